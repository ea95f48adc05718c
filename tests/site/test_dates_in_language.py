"""A post's dates are in its language with no locale on the machine that builds: a static host's
build image (Netlify, GitHub Actions, a slim Docker image) has C.UTF-8 only, and Pelican wrote
"5 March 2021" on a French post there. Real Pelican builds, in a process whose locale is C.UTF-8."""

import json
import subprocess
import sys
from datetime import datetime

import pytest
from bs4 import BeautifulSoup

from tests.support import ROOT
from tests.support.posts import comment, said_text, write_export, write_post

pytestmark = pytest.mark.slow


def build_without_locale(content, output, **settings) -> None:
    """Build *content* into *output* with the project's settings, warnings fatal, in a Pelican
    process that has only the C.UTF-8 locale (LC_ALL), as on a static host."""
    command = [sys.executable, "-m", "pelican", str(content), "-s", str(ROOT / "pelicanconf.py")]
    command += ["-o", str(output), "--fatal", "warnings"]
    settings = {"CACHE_CONTENT": False, "LOAD_CONTENT_CACHE": False, **settings}
    command += ["-e", *(f"{key}={json.dumps(value)}" for key, value in settings.items())]
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr


def page(output, relative: str) -> BeautifulSoup:
    """Return the built page *relative* of *output*, parsed."""
    return BeautifulSoup((output / relative).read_text("utf-8"), "html.parser")


def test_a_french_post_is_dated_in_french_and_an_english_one_in_english(tmp_path):
    content = tmp_path / "content"
    write_post(content, "hello", date="2021-03-05 10:00")
    write_post(content, "bonjour", date="2021-03-05 10:00", Lang="fr", Modified="2021-08-02")
    created = {"created": "2021-03-06T10:00:00Z", "updated": "2021-03-06T10:00:00Z"}
    write_export(content, "bonjour", [comment(1, **created)])
    write_export(content, "hello", [comment(1, **created)])
    output = tmp_path / "output"
    build_without_locale(content, output)
    french = page(output, "2021/bonjour-fr/index.html")
    english = page(output, "2021/hello/index.html")
    assert french.select_one(".byline time").get_text() == "5 mars 2021"
    assert english.select_one(".byline time").get_text() == "5 March 2021"
    updated = [time.get_text() for time in french.select(".meta time")]
    assert "2 août 2021" in updated
    assert french.select_one(".comment-permalink time").get_text() == "6 mars 2021"
    assert english.select_one(".comment-permalink time").get_text() == "6 March 2021"


def test_a_spanish_and_a_german_post_are_dated_in_their_language_too(tmp_path):
    # Babel's CLDR names every language: no words file had to give Spanish or German months.
    content = tmp_path / "content"
    write_post(content, "hola", date="2021-03-05 10:00", Lang="es")
    write_post(content, "hallo", date="2021-03-05 10:00", Lang="de_DE")
    output = tmp_path / "output"
    build_without_locale(content, output)
    spanish = page(output, "2021/hola-es/index.html")
    german = page(output, "2021/hallo-de_DE/index.html")
    assert spanish.select_one(".byline time").get_text() == "5 de marzo de 2021"
    assert german.select_one(".byline time").get_text() == "5. März 2021"


def test_a_french_blogs_archives_name_their_months_in_french(tmp_path):
    content = tmp_path / "content"
    write_post(content, "hiver", date="2021-02-01 10:00")
    write_post(content, "printemps", date="2021-03-05 10:00")
    output = tmp_path / "output"
    build_without_locale(content, output, DEFAULT_LANG="fr")
    archives = page(output, "archives/index.html")
    rows = [time.get_text() for time in archives.select(".date-list time")]
    assert rows == ["5 mars", "1er févr."]
    with_year = page(output, "categories/index.html").select(".date-list time")
    assert [time.get_text() for time in with_year] == ["5 mars 2021", "1er févr. 2021"]
    year = page(output, "2021/index.html")
    headings = [said_text(h) for h in year.select(".period h2")]
    assert headings == ["mars 2021 1 billet", "février 2021 1 billet"]
    month = page(output, "2021/03/index.html").select_one(".page-title").get_text()
    assert "mars 2021" in month and "March" not in month


def test_a_bloggers_own_format_keeps_its_shape_with_french_names(tmp_path):
    content = tmp_path / "content"
    write_post(content, "bonjour", date="2021-03-05 10:00", Lang="fr")
    output = tmp_path / "output"
    build_without_locale(content, output, DATE_FORMATS={"fr": "%A %-d %B %Y, %H h"})
    byline = page(output, "2021/bonjour-fr/index.html").select_one(".byline time")
    assert byline.get_text() == "vendredi 5 mars 2021, 10 h"


def test_a_literal_percent_and_english_stay_as_strftime_writes_them():
    from goldstar_support.dates import goldstar_date  # here: the builds above run on older code

    friday = datetime(2021, 3, 5, 10)
    assert goldstar_date(friday, "%a %d %b, 100%%B", "fr_FR") == "ven. 05 mars, 100%B"
    assert goldstar_date(friday, "%a %d %b", "en") == friday.strftime("%a %d %b")


# A post of 10 June 2025 in each language, updated on 1 July, with a comment of 11 June: its
# dates as a reader of the language writes them, and the strftime format the embed is given.
NATIVE_DATES = {
    "es": ("10 de junio de 2025", "1 de julio de 2025", "11 de junio de 2025", "%-d de %B de %Y"),
    "de": ("10. Juni 2025", "1. Juli 2025", "11. Juni 2025", "%-d. %B %Y"),
    "fr": ("10 juin 2025", "1er juillet 2025", "11 juin 2025", "%-d %B %Y"),
    "it": ("10 giugno 2025", "1 luglio 2025", "11 giugno 2025", "%-d %B %Y"),
    "pt": ("10 de junho de 2025", "1º de julho de 2025", "11 de junho de 2025", "%-d de %B de %Y"),
    "pt_PT": (
        "10 de junho de 2025",
        "1 de julho de 2025",
        "11 de junho de 2025",
        "%-d de %B de %Y",
    ),
    # A language CLDR does not know is dated as the blog's (English here), and builds.
    "xx": ("10 June 2025", "1 July 2025", "11 June 2025", "%-d %B %Y"),
}


def write_dated_posts(content, languages, **meta) -> None:
    """Write a post of 10 June 2025 in each of *languages*, slug `post-<lang>`, updated on
    1 July, each with a comment of 11 June."""
    for lang in languages:
        slug = f"post-{lang.lower().replace('_', '-')}"
        write_post(content, slug, date="2025-06-10 10:00", Lang=lang, Modified="2025-07-01", **meta)
        created = {"created": "2025-06-11T10:00:00Z", "updated": "2025-06-11T10:00:00Z"}
        write_export(content, slug, [comment(1, **created)])


@pytest.fixture(scope="module")
def native_site(tmp_path_factory):
    """An English blog with a post in each language of NATIVE_DATES, its embed on, built once."""
    folder = tmp_path_factory.mktemp("native")
    write_dated_posts(folder / "content", NATIVE_DATES)
    settings = {"COMMENTS_API": "https://comments.example.org", "DEFAULT_PAGINATION": False}
    build_without_locale(folder / "content", folder / "output", **settings)
    return folder / "output"


@pytest.mark.parametrize("lang", NATIVE_DATES)
def test_a_posts_dates_read_as_its_language_writes_them(native_site, lang):
    published, updated, commented, embed_format = NATIVE_DATES[lang]
    slug = f"post-{lang.lower().replace('_', '-')}"
    post = page(native_site, f"2025/{slug}-{lang}/index.html")
    assert post.select_one(".byline time").get_text() == published
    assert post.select_one('p.meta time[datetime^="2025-07-01"]').get_text() == updated
    assert post.select_one(".comment-permalink time").get_text() == commented
    # The embed dates a comment newer than the build in the same shape (comments.js).
    assert post.select_one("#comments")["data-date-format"] == embed_format
    listing = page(native_site, "index.html").select_one(f'a[href*="/{slug}-{lang}/"]')
    assert listing.find_parent("article").select_one(".meta time").get_text() == published


def test_the_first_of_a_month_is_1er_in_french_and_1o_in_brazil_not_in_portugal(tmp_path):
    content = tmp_path / "content"
    for lang in ("fr", "pt_BR", "pt_PT", "es"):
        write_post(content, f"premier-{lang.lower()}", date="2025-06-01 10:00", Lang=lang)
    # A post's own `date_format` metadata (Pelican reads it) keeps its format.
    write_post(content, "propia", date="2025-06-01 10:00", Lang="es", date_format="%Y-%m-%d")
    build_without_locale(content, tmp_path / "output")
    own = page(tmp_path / "output", "2025/propia-es/index.html").select_one(".byline time")
    assert own.get_text() == "2025-06-01"
    bylines = {
        lang: page(tmp_path / "output", f"2025/premier-{lang.lower()}-{lang}/index.html")
        .select_one(".byline time")
        .get_text()
        for lang in ("fr", "pt_BR", "pt_PT", "es")
    }
    assert bylines == {
        "fr": "1er juin 2025",
        "pt_BR": "1º de junho de 2025",
        "pt_PT": "1 de junho de 2025",
        "es": "1 de junio de 2025",
    }


# A blog in the language: the archives' rows (the day and month, then with the year on the
# categories page), the month heading of the year page and the month page's title.
ARCHIVES = {
    "es": ("10 jun", "10 jun 2025", "junio de 2025", "Entradas de junio de 2025"),
    "de": ("10. Juni", "10. Juni 2025", "Juni 2025", "Beiträge aus Juni 2025"),
    "pt": ("10 de jun.", "10 de jun. de 2025", "junho de 2025", "Posts de junho de 2025"),
}


@pytest.mark.parametrize("lang", ARCHIVES)
def test_a_blogs_archives_write_days_and_months_as_its_language_does(tmp_path, lang):
    row, row_with_year, heading, title = ARCHIVES[lang]
    content = tmp_path / "content"
    write_post(content, "entrada", date="2025-06-10 10:00")
    build_without_locale(content, tmp_path / "output", DEFAULT_LANG=lang)
    archives = page(tmp_path / "output", "archives/index.html")
    assert [time.get_text() for time in archives.select(".date-list time")] == [row]
    categories = page(tmp_path / "output", "categories/index.html")
    assert [time.get_text() for time in categories.select(".date-list time")] == [row_with_year]
    year = page(tmp_path / "output", "2025/index.html")
    assert [h.a.get_text() for h in year.select(".period h2")] == [heading]
    month = page(tmp_path / "output", "2025/06/index.html").select_one(".page-title")
    assert month.get_text().startswith(f"{title} ")


def test_a_post_in_a_language_cldr_does_not_know_is_dated_as_the_blogs_language(tmp_path):
    content = tmp_path / "content"
    write_dated_posts(content, ["xx"])
    build_without_locale(content, tmp_path / "output", DEFAULT_LANG="es")
    post = page(tmp_path / "output", "2025/post-xx-xx/index.html")
    assert post.select_one(".byline time").get_text() == "10 de junio de 2025"
    assert post.select_one(".comment-permalink time").get_text() == "11 de junio de 2025"


def test_the_bloggers_own_formats_still_win_for_the_post_and_its_comments(tmp_path):
    # Pelican's rule: DATE_FORMATS[lang], then DEFAULT_DATE_FORMAT; the language's names.
    # DATE_FORMATS["es"] is Mexico's too: the language's, as pelicanconf.py's "en" is en_GB's.
    content = tmp_path / "content"
    write_dated_posts(content, ["es", "es_MX", "de"])
    formats = {"DATE_FORMATS": {"es": "%d/%m/%Y"}, "DEFAULT_DATE_FORMAT": "%A %-d %B %Y"}
    build_without_locale(content, tmp_path / "output", COMMENTS_API="https://c.example", **formats)
    spanish = page(tmp_path / "output", "2025/post-es-es/index.html")
    assert spanish.select_one(".byline time").get_text() == "10/06/2025"
    assert spanish.select_one(".comment-permalink time").get_text() == "11/06/2025"
    assert spanish.select_one("#comments")["data-date-format"] == "%d/%m/%Y"
    mexican = page(tmp_path / "output", "2025/post-es-mx-es_MX/index.html")
    assert mexican.select_one(".byline time").get_text() == "10/06/2025"
    german = page(tmp_path / "output", "2025/post-de-de/index.html")
    assert german.select_one(".byline time").get_text() == "Dienstag 10 Juni 2025"
    assert german.select_one(".comment-permalink time").get_text() == "Mittwoch 11 Juni 2025"


def test_a_cldr_pattern_becomes_the_strftime_format_the_embed_can_write_too():
    from goldstar_support.dates import strftime_of_pattern  # here: the builds run on older code

    assert strftime_of_pattern("d 'de' MMMM 'de' y") == "%-d de %B de %Y"
    assert strftime_of_pattern("EEEE d. MMMM y 'um' '100%'") == "%A %-d. %B %Y um 100%%"
    # The stand-alone month ("LLLL y", Russian's month heading) has no strftime twin: not used.
    assert strftime_of_pattern("LLLL y") is None
