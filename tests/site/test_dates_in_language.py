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
from tests.support.posts import comment, write_export, write_post

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
    assert spanish.select_one(".byline time").get_text() == "5 marzo 2021"
    assert german.select_one(".byline time").get_text() == "5 März 2021"


def test_a_french_blogs_archives_name_their_months_in_french(tmp_path):
    content = tmp_path / "content"
    write_post(content, "hiver", date="2021-02-01 10:00")
    write_post(content, "printemps", date="2021-03-05 10:00")
    output = tmp_path / "output"
    build_without_locale(content, output, DEFAULT_LANG="fr")
    archives = page(output, "archives/index.html")
    rows = [time.get_text() for time in archives.select(".date-list time")]
    assert rows == ["5 mars", "1 févr."]
    with_year = page(output, "categories/index.html").select(".date-list time")
    assert [time.get_text() for time in with_year] == ["5 mars 2021", "1 févr. 2021"]
    year = page(output, "2021/index.html")
    headings = [" ".join(h.get_text().split()) for h in year.select(".period h2")]
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
