"""The theme and the partials speak Italian on an Italian blog (DEFAULT_LANG = "it") and on an
Italian post of an English blog (`Lang: it`): goldstar_support/words/it.toml, built with real
Pelican. Before it, an Italian blog showed "Comments", "Leave a comment", "Post comment"..."""

import json
import re
import tomllib

import pytest
from bs4 import BeautifulSoup

from goldstar_support.theme_words import WORDS, goldstar_words
from tests.support.demo import CONTENT, build_demo

pytestmark = pytest.mark.slow

# The theme's English words that an Italian page must not show (its posts' own text aside).
ENGLISH = re.compile(
    r"\b(?:Comments|Leave a comment|Post comment|Related posts|Home|Categories|Tags|min read|"
    r"Reply|gold stars? (?:in|from)|Older posts|Newer posts|Page \d+ of|\d+ posts?\b|Back to top|"
    r"Skip to content|Atom feed|Posts from|Wall of gold stars|How badges|Page not found|Updated|"
    r"No comments yet|in reply to|Authors|I see you|Star this post|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
    r"Aug|Sep|Oct|Nov|Dec)\b)\b"
)
# What a post writes itself (the demo's posts are English): not the theme's words.
CONTENT_PARTS = (
    ".post-body, .card-summary, .comment-body, .card-title, .post-title, .date-list-title, "
    ".promote-related-item a, .promote-related-reason, .wall-starred, .brand, .footer-tagline, "
    ".intro h1, .intro-lede, .chips, .post-kicker a, .series-parts, .badge, .wall-legend dd, "
    ".comment-author, cite, h2 a, .page-title, .site-nav li:nth-child(n+5), .series-title strong"
)
ITALIAN = {
    "home": "Inizio",
    "comments": "Commenti",
    "related": "Articoli correlati",
    "form": "Lascia un commento",
    "submit": "Pubblica il commento",
    "star": "Stella",
    "star_post": "Una stella a questo articolo",
    "i_see_you": "Ti penso",
    "no_comments": "Ancora nessun commento.",
    "zero_stars": "0 stelle",
    "award": "due grandi stelle d'oro da chi scrive il blog",
    "thanks": "Grazie! Il tuo commento è in attesa di approvazione.",
    "quiet": "Il tuo commento è in attesa di approvazione.",
    "held": "Il tuo commento suona duro verso una persona: chi scrive il blog lo leggerà",
    "harsh": "Questo messaggio suona duro verso una persona.",
    "crisis": "Prima di pubblicare: se stai pensando di toglierti la vita",
    "post_my_comment": "Pubblica il mio commento",
    "min_read": "min di lettura",
    "wall": "Il muro delle stelle d'oro",
}


def theme_text(html: str) -> str:
    """Return the words of a page the theme wrote: no script, no post's own text."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(["script", "style"]):
        element.decompose()
    for element in soup.select(CONTENT_PARTS):
        element.decompose()
    return soup.get_text(" ", strip=True)


def template_soup(soup: BeautifulSoup, selector: str) -> BeautifulSoup:
    """Return the markup of the <template> at *selector*, parsed (the embed clones it)."""
    return BeautifulSoup(soup.select_one(selector).decode_contents(), "html.parser")


def test_the_italian_words_have_every_key_the_other_languages_have_and_each_is_used():
    words = tomllib.loads((WORDS / "it.toml").read_text(encoding="utf-8"))
    for other in ("fr", "es", "de"):
        theirs = tomllib.loads((WORDS / f"{other}.toml").read_text(encoding="utf-8"))
        assert set(words) == set(theirs), other
        for key, value in theirs.items():
            # the same slots ({n}, {author}, {site}...) and, for lists, as many entries
            if isinstance(value, str):
                assert set(re.findall(r"\{\w+\}", words[key])) == set(
                    re.findall(r"\{\w+\}", value)
                ), key
            else:
                assert len(words[key]) == len(value), key
    templates = "".join(
        path.read_text(encoding="utf-8")
        for path in (CONTENT.parent / "theme" / "templates").rglob("*.html")
    )
    unused = [key for key in words if f'"{key}"' not in templates and f"'{key}'" not in templates]
    assert unused == []
    assert words == goldstar_words("it")
    assert goldstar_words("it_IT") is goldstar_words("it-CH") is goldstar_words("it")


def test_the_italian_words_guess_no_gender_and_say_tu():
    words = tomllib.loads((WORDS / "it.toml").read_text(encoding="utf-8"))
    text = " ".join(value for value in words.values() if isinstance(value, str))
    for gendered in ("Anonimo", "l'autore", "dell'autore", "lettori", "da solo", "Si è unito"):
        assert gendered not in text, gendered
    assert not re.search(r"\b(?:Lei|Suo|Sua)\b", text)
    assert "findahelpline.com" in words["nudge_crisis"]
    assert "numero di emergenza" in words["nudge_crisis"]


def test_an_italian_blog_shows_its_own_words_and_no_english_of_the_theme(tmp_path):
    said = ITALIAN
    demo = build_demo(tmp_path / "output", DEFAULT_LANG="it", COMMENTS_API="http://127.0.0.1:8001")
    pages = sorted(demo.output.rglob("*.html"))
    assert len(pages) > 40
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert '<html lang="it">' in html, page
        found = ENGLISH.search(theme_text(html))
        assert found is None, (page, found and found.group(0))
    home = BeautifulSoup((demo.output / "index.html").read_text("utf-8"), "html.parser")
    assert home.select_one(".site-nav a").get_text() == said["home"]
    post = demo.output / "2026" / "reading-slowly" / "index.html"
    soup = BeautifulSoup(post.read_text("utf-8"), "html.parser")
    assert soup.select_one("#comments-title").get_text() == said["comments"]
    assert soup.select_one(".comments-empty").get_text() == said["no_comments"]
    assert soup.select_one(".promote-related-title").get_text() == said["related"]
    assert said["min_read"] in soup.select_one(".byline").get_text()
    assert soup.select_one('[data-stars="post"]')["data-label"] == said["star_post"]
    form = template_soup(soup, "#comment-form-template")
    assert form.select_one("#comment-form-title").get_text() == said["form"]
    assert form.select_one(".comment-submit").get_text() == said["submit"]
    star = template_soup(soup, "#comment-star-template")
    assert star.select_one(".star-button > .star-label").get_text() == said["star"]
    harsh = template_soup(soup, "#comment-nudge-hostile").get_text(" ", strip=True)
    assert harsh.startswith(said["harsh"])
    crisis = template_soup(soup, "#comment-nudge-grief").select_one(".comments-crisis")
    assert crisis.get_text().startswith(said["crisis"])
    assert crisis["data-submit"] == said["post_my_comment"]
    assert crisis.select_one("a")["href"] == "https://findahelpline.com"
    words = json.loads(soup.select_one("#comment-words").string)
    assert words["post"] == said["submit"]
    assert words["awards"][1] == said["award"]
    assert words["thanks"]["pending"] == said["thanks"]
    assert words["grief"]["pending"] == said["quiet"]
    assert words["held_hostile"].startswith(said["held"])
    # a post with comments: "0 stelle" (0 takes the plural in Italian, as in Spanish)
    thanking = demo.output / "2025" / "how-to-thank-a-commenter" / "index.html"
    thanks = BeautifulSoup(thanking.read_text("utf-8"), "html.parser")
    counts = {" ".join(p.get_text().split()) for p in thanks.select(".comment-footer .stars")}
    assert said["zero_stars"] in counts
    # a hard day: its star says "Ti penso", and no "grazie"
    hard_day = demo.output / "2025" / "a-hard-day" / "index.html"
    quiet = BeautifulSoup(hard_day.read_text("utf-8"), "html.parser")
    assert quiet.select_one('[data-stars="post"]')["data-label"] == said["i_see_you"]
    quiet_words = json.loads(quiet.select_one("#comment-words").string)
    assert quiet_words["thanks"]["pending"] == said["quiet"]
    wall = BeautifulSoup(demo.read("gold-stars/"), "html.parser")
    assert wall.select_one("h1").get_text() == said["wall"]


def test_an_italian_post_on_an_english_blog_is_italian_and_the_rest_english(site_builder, tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "hello.md").write_text(
        "Title: Hello\nDate: 2026-01-01 10:00\nSlug: hello\n\nA post in English.\n",
        encoding="utf-8",
    )
    (content / "ciao.md").write_text(
        "Title: Ciao\nDate: 2026-01-02 10:00\nSlug: ciao\nLang: it\n\n"
        "Il pane con il lievito madre vuole pazienza: cresce piano, tutta la notte.\n",
        encoding="utf-8",
    )
    result = site_builder(content, COMMENTS_API="http://127.0.0.1:8001")
    italian = BeautifulSoup(result.read("2026/ciao-it/index.html"), "html.parser")
    english = BeautifulSoup(result.read("2026/hello/index.html"), "html.parser")
    assert italian.html["lang"] == "it" and english.html["lang"] == "en"
    assert italian.select_one("#comments-title").get_text() == "Commenti"
    assert italian.select_one(".comments-empty").get_text() == "Ancora nessun commento."
    assert italian.select_one(".skip-link").get_text() == "Vai al contenuto"
    assert english.select_one("#comments-title").get_text() == "Comments"
    assert english.select_one(".skip-link").get_text() == "Skip to content"
    form = template_soup(italian, "#comment-form-template")
    assert form.select_one(".comment-submit").get_text() == "Pubblica il commento"
