"""The theme and the partials speak the page's language: a French blog (or a French post on an
English blog) shows French words, from goldstar_support/words/fr.toml; English stays as it was."""

import json
import re
import tomllib

import pytest
from bs4 import BeautifulSoup

from goldstar_support.theme_words import WORDS, goldstar_words
from tests.support.demo import CONTENT, build_demo

pytestmark = pytest.mark.slow

# The theme's English words that a French page must not show (its posts' own text aside).
ENGLISH = re.compile(
    r"\b(?:Comments|Leave a comment|Post comment|Related posts|Home|Categories|Tags|min read|"
    r"Reply|gold stars? (?:in|from)|Older posts|Newer posts|Page \d+ of|\d+ posts?\b|Back to top|"
    r"Skip to content|Atom feed|Posts from|Wall of gold stars|How badges|Page not found|Updated|"
    r"No comments yet|in reply to|Authors|"
    # a date's English month (the build machine's locale has no French: goldstar_support/dates.py)
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
    r"Aug|Sep|Oct|Nov|Dec))\b"
)
# What a post writes itself (the demo's posts are English): not the theme's words.
CONTENT_PARTS = (
    ".post-body, .card-summary, .comment-body, .card-title, .post-title, .date-list-title, "
    ".promote-related-item a, .promote-related-reason, .wall-starred, .brand, .footer-tagline, "
    ".intro h1, .intro-lede, .chips, .post-kicker a, .series-parts, .badge, .wall-legend dd, "
    ".comment-author, cite, h2 a, .page-title, .site-nav li:nth-child(n+5), .series-title strong"
)


def theme_text(html: str) -> str:
    """Return the words of a page the theme wrote: no script, no post's own text."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(["script", "style"]):
        element.decompose()
    for element in soup.select(CONTENT_PARTS):
        element.decompose()
    return soup.get_text(" ", strip=True)


@pytest.fixture(scope="module")
def french_demo(tmp_path_factory):
    """The demo built as a French blog (DEFAULT_LANG "fr"), with the comment embed on."""
    output = tmp_path_factory.mktemp("fr") / "output"
    return build_demo(output, DEFAULT_LANG="fr", COMMENTS_API="http://127.0.0.1:8001")


def test_every_french_word_has_an_english_place_in_a_template():
    words = tomllib.loads((WORDS / "fr.toml").read_text(encoding="utf-8"))
    templates = "".join(
        path.read_text(encoding="utf-8")
        for path in (CONTENT.parent / "theme" / "templates").rglob("*.html")
    )
    unused = [key for key in words if f'"{key}"' not in templates and f"'{key}'" not in templates]
    assert unused == []
    assert goldstar_words("fr_FR") is goldstar_words("fr-CA") is goldstar_words("fr")
    assert goldstar_words("en") == {} and goldstar_words(None) == {}


def test_a_french_blog_shows_no_english_word_of_the_theme(french_demo):
    pages = sorted(french_demo.output.rglob("*.html"))
    assert len(pages) > 40
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert '<html lang="fr">' in html, page
        found = ENGLISH.search(theme_text(html))
        assert found is None, (page, found and found.group(0))


def test_every_language_has_every_word_of_the_french() -> None:
    # A word a language's file lacks shows in English, left to right in a right-to-left page.
    french = set(tomllib.loads((WORDS / "fr.toml").read_text(encoding="utf-8")))
    for path in sorted(WORDS.glob("*.toml")):
        words = tomllib.loads(path.read_text(encoding="utf-8"))
        assert set(words) == french, (path.name, french ^ set(words))
        assert len(words["counted"]) == 5, path.name
        for key, text in words.items():
            assert set(re.findall(r"{\w+}", str(text))) <= {
                "{n}",
                "{m}",
                "{author}",
                "{status}",
                "{count}",
                "{site}",
                "{tag}",
                "{category}",
                "{period}",
                "{name}",
            }, (path, key)


@pytest.mark.parametrize(
    ("lang", "home", "comments"),
    [
        ("fa", "خانه", "دیدگاه‌ها"),
        ("ar", "الرئيسية", "التعليقات"),
        ("he", "בית", "תגובות"),
    ],
)
def test_a_right_to_left_blog_shows_its_own_words_right_to_left(tmp_path, lang, home, comments):
    # A real Persian blog (DEFAULT_LANG = "fa") showed the theme's English words, laid out right
    # to left around them ("stars 0", ".No comments yet").
    demo = build_demo(tmp_path / "output", DEFAULT_LANG=lang, COMMENTS_API="http://127.0.0.1:8001")
    pages = sorted(demo.output.rglob("*.html"))
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert f'<html lang="{lang}" dir="rtl">' in html, page
        found = ENGLISH.search(theme_text(html))
        assert found is None, (page, found and found.group(0))
    soup = BeautifulSoup((demo.output / "index.html").read_text("utf-8"), "html.parser")
    assert soup.select_one(".site-nav a").get_text() == home
    post = demo.output / "2026" / "reading-slowly" / "index.html"
    soup = BeautifulSoup(post.read_text("utf-8"), "html.parser")
    assert soup.select_one("#comments-title").get_text() == comments


def test_a_french_article_page_has_its_comment_section_and_embed_words_in_french(french_demo):
    html = (french_demo.output / "2026" / "reading-slowly" / "index.html").read_text("utf-8")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("#comments-title").get_text() == "Commentaires"
    assert soup.select_one(".promote-related-title").get_text() == "Billets liés"
    form = BeautifulSoup(soup.select_one("#comment-form-template").decode_contents(), "html.parser")
    assert form.select_one("#comment-form-title").get_text() == "Laisser un commentaire"
    assert form.select_one(".comment-submit").get_text() == "Publier le commentaire"
    star = BeautifulSoup(soup.select_one("#comment-star-template").decode_contents(), "html.parser")
    assert star.select_one(".star-button > .star-label").get_text() == "Étoile"
    words = json.loads(soup.select_one("#comment-words").string)
    assert words["post"] == "Publier le commentaire"
    assert words["awards"][1] == "deux grandes étoiles d'or de l'auteur"
    assert words["thanks"]["pending"].startswith("Merci !")
    assert words["grief"]["pending"] == "Votre commentaire attend sa validation."
    assert "min de lecture" in soup.select_one(".byline").get_text()
    # « 0 étoiles » had been written under every unstarred comment: 0 takes the singular.
    thanking = french_demo.output / "2025" / "how-to-thank-a-commenter" / "index.html"
    thanks = BeautifulSoup(thanking.read_text("utf-8"), "html.parser")
    counts = {" ".join(p.get_text().split()) for p in thanks.select(".comment-footer .stars")}
    assert "0 étoile" in counts and "0 étoiles" not in counts


def test_a_french_post_on_an_english_blog_is_french_and_the_rest_english(site_builder, tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "hello.md").write_text(
        "Title: Hello\nDate: 2026-01-01 10:00\nSlug: hello\n\nA post in English.\n",
        encoding="utf-8",
    )
    (content / "bonjour.md").write_text(
        "Title: Bonjour\nDate: 2026-01-02 10:00\nSlug: bonjour\nLang: fr\n\nUn billet.\n",
        encoding="utf-8",
    )
    result = site_builder(content)
    french = BeautifulSoup(result.read("2026/bonjour-fr/index.html"), "html.parser")
    english = BeautifulSoup(result.read("2026/hello/index.html"), "html.parser")
    assert french.html["lang"] == "fr" and english.html["lang"] == "en"
    assert french.select_one("#comments-title").get_text() == "Commentaires"
    assert english.select_one("#comments-title").get_text() == "Comments"
    assert french.select_one(".skip-link").get_text() == "Aller au contenu"
    assert english.select_one(".skip-link").get_text() == "Skip to content"


def test_a_post_and_a_page_link_their_translations(site_builder, tmp_path):
    content = tmp_path / "content"
    (content / "pages").mkdir(parents=True)
    files = {
        "hello.md": "Title: Hello\nDate: 2026-01-01 10:00\nSlug: hello\n\nIn English.\n",
        "bonjour.md": "Title: Bonjour\nDate: 2026-01-01 10:00\nSlug: hello\nLang: fr\n\nUn.\n",
        "pages/about.md": "Title: About\nSlug: about\n\nMe.\n",
        "pages/a-propos.md": "Title: À propos\nSlug: about\nLang: fr\n\nMoi.\n",
    }
    for name, text in files.items():
        (content / name).write_text(text, encoding="utf-8")
    result = site_builder(content, SITE_ORIGIN="https://blog.example")
    assert result.warnings() == []
    pairs = (
        ("2026/hello/index.html", "Other languages", "fr", "2026/hello-fr/", "Bonjour"),
        ("2026/hello-fr/index.html", "Autres langues", "en", "2026/hello/", "Hello"),
        ("about/index.html", "Other languages", "fr", "about-fr/", "À propos"),
        ("about-fr/index.html", "Autres langues", "en", "about/", "About"),
    )
    for page, label, lang, url, title in pairs:
        soup = BeautifulSoup(result.read(page), "html.parser")
        # the translation was written, but no page of the site linked to it
        line = soup.select_one(".post-header .translations")
        assert line is not None, page
        assert line.get_text().startswith(label + ":"), page
        link = line.select_one("a")
        assert (link.get_text(), link["hreflang"], link["lang"]) == (title, lang, lang), page
        assert (result.output / page).parent.joinpath(link["href"]).resolve() == (
            result.output / url
        ).resolve(), page
        head = soup.select_one(f'head link[rel="alternate"][hreflang="{lang}"]')
        assert head["href"] == f"https://blog.example/{url}", page
    alone = BeautifulSoup(result.read("index.html"), "html.parser")
    assert alone.select(".translations") == []


# A language tag as HTML's `lang` and `hreflang` take it (BCP 47): `fr-FR`, never `fr_FR`.
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")


def test_a_locale_style_language_is_written_as_a_language_tag(site_builder, tmp_path):
    # Real blogs write their languages as locales (DEFAULT_LANG = "en_US", `Lang: fr_FR`): the
    # pages said lang="en_US", which browsers and screen readers do not know, hreflang="fr_FR",
    # which search engines ignore, and comments.js's dates threw a RangeError on such a lang.
    content = tmp_path / "content"
    content.mkdir()
    files = {
        "hello.md": "Title: Hello\nDate: 2026-01-01 10:00\nSlug: hello\n\nIn English.\n",
        "bonjour.md": "Title: Bonjour\nDate: 2026-01-01 10:00\nSlug: hello\nLang: fr_FR\n\nUn.\n",
        "ola.md": "Title: Olá\nDate: 2026-01-02 10:00\nSlug: ola\nLang: pt_BR\n\nUm.\n",
    }
    for name, text in files.items():
        (content / name).write_text(text, encoding="utf-8")
    result = site_builder(
        content, DEFAULT_LANG="en_US", SITE_ORIGIN="https://blog.example", COMMENTS_API="x"
    )
    tags = set()
    for page in result.output.rglob("*.html"):
        soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
        for element in soup.select("[lang], [hreflang]"):
            for attribute in ("lang", "hreflang"):
                if element.has_attr(attribute):
                    assert LANGUAGE_TAG.fullmatch(element[attribute]), (page, str(element)[:80])
                    tags.add(element[attribute].lower())
        for data in soup.select('script[type="application/ld+json"]'):
            assert "_" not in json.loads(data.string)["inLanguage"], page
    assert {"en-us", "fr-fr", "pt-br"} <= tags
    french = BeautifulSoup(result.read("2026/hello-fr_FR/index.html"), "html.parser")
    assert french.html["lang"].lower() == "fr-fr"
    assert french.select_one("#comments")["lang"].lower() == "fr-fr"
    assert french.select_one(".translations a")["hreflang"].lower() == "en-us"
