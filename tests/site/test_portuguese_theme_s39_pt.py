"""The theme speaks Portuguese: a Brazilian or a Portuguese blog (DEFAULT_LANG "pt", "pt_BR"), or a
Portuguese post on an English blog (`Lang: pt`), shows the words of goldstar_support/words/pt.toml
where it showed the theme's English ("Comments", "Post comment", "No comments yet", "I see you")."""

import json
import re
import tomllib

import pytest
from bs4 import BeautifulSoup

from goldstar_support.theme_words import WORDS, goldstar_words
from tests.support.demo import CONTENT, build_demo

pytestmark = pytest.mark.slow

# The theme's English words a Portuguese page must not show (its posts' own text aside); "1 post",
# "12 posts" are Portuguese too.
ENGLISH = re.compile(
    r"\b(?:Comments|Leave a comment|Post comment|Related posts|Home|Categories|Tags|min read|"
    r"Reply|gold stars? (?:in|from)|Older posts|Newer posts|Page \d+ of|Back to top|"
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
# What a Portuguese page says where an English one says "Home", "Comments", "Star this post"...
SAID = {
    "home": "Início",
    "comments": "Comentários",
    "related": "Posts relacionados",
    "also_about": "Também sobre",
    "form": "Deixe um comentário",
    "submit": "Publicar comentário",
    "star": "Estrela",
    "star_post": "Estrela para este post",
    "i_see_you": "Um abraço",
    "no_comments": "Ainda não há comentários.",
    "zero_stars": "0 estrelas",
    "award": "duas grandes estrelas douradas de quem escreve o blog",
    "thanks": "Que bom receber o seu comentário! Aguarda aprovação.",
    "quiet": "O seu comentário aguarda aprovação.",
    "held": "O seu comentário soa duro com uma pessoa: quem escreve o blog vai ler",
    "harsh": "Esta mensagem soa dura com uma pessoa.",
    "crisis": "Antes de publicar: se pensa em pôr fim à própria vida",
    "post_my_comment": "Publicar o meu comentário",
    "min_read": "min de leitura",
    "wall": "O mural das estrelas douradas",
}
# Words that would read as one side's only, or guess a gender, in a file for Brazil and Portugal.
ONE_SIDE_OR_GENDER = re.compile(
    r"\b(?:você|tu|ti|si|obrigad[oa]|querid[oa]|bem-vind[oa]|anónim[oa]|anônim[oa]|"
    r"leitor(?:a|es)?|autor(?:a|es)?|(?<!tal como )est(?:ou|á|ão|ava) \w+[aei]ndo|"
    r"gralha|ecrã|tela)\b",
    re.IGNORECASE,
)


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


@pytest.mark.parametrize("code", ["pt", "pt_BR", "pt-BR", "pt_PT", "pt-PT", "PT_br"])
def test_every_portuguese_code_gets_the_portuguese_words(code):
    words = tomllib.loads((WORDS / "pt.toml").read_text(encoding="utf-8"))
    assert goldstar_words(code) == words
    assert words["comments"] == "Comentários" and words["reply"] == "Responder"


def test_every_portuguese_word_has_an_english_place_in_a_template_and_reads_on_both_sides():
    words = tomllib.loads((WORDS / "pt.toml").read_text(encoding="utf-8"))
    french = tomllib.loads((WORDS / "fr.toml").read_text(encoding="utf-8"))
    assert set(words) == set(french)
    templates = "".join(
        path.read_text(encoding="utf-8")
        for path in (CONTENT.parent / "theme" / "templates").rglob("*.html")
    )
    assert [
        key for key in words if f'"{key}"' not in templates and f"'{key}'" not in templates
    ] == []
    for key, text in words.items():
        for said in text if isinstance(text, list) else [text]:
            assert set(re.findall(r"{\w+}", said)) == set(re.findall(r"{\w+}", str(french[key])))
            assert not ONE_SIDE_OR_GENDER.search(said), (key, said)
    assert "https://findahelpline.com" in words["nudge_crisis"]


@pytest.mark.parametrize("lang", ["pt", "pt_BR"])
def test_a_portuguese_blog_shows_its_own_words_and_no_english_of_the_theme(tmp_path, lang):
    # A Brazilian or a Portuguese blog showed the theme's English: "Comments", "Post comment",
    # "Star this post", "No comments yet", the held and crisis notes, the wall of gold stars.
    demo = build_demo(tmp_path / "output", DEFAULT_LANG=lang, COMMENTS_API="http://127.0.0.1:8001")
    pages = sorted(demo.output.rglob("*.html"))
    assert len(pages) > 40
    tag = lang.replace("_", "-").lower()  # a language tag's case says nothing
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert f'<html lang="{tag}">' in html.lower(), page
        found = ENGLISH.search(theme_text(html))
        assert found is None, (page, found and found.group(0))
    home = BeautifulSoup((demo.output / "index.html").read_text("utf-8"), "html.parser")
    assert home.select_one(".site-nav a").get_text() == SAID["home"]
    post = demo.output / "2026" / "reading-slowly" / "index.html"
    soup = BeautifulSoup(post.read_text("utf-8"), "html.parser")
    assert soup.select_one("#comments-title").get_text() == SAID["comments"]
    assert soup.select_one(".comments-empty").get_text() == SAID["no_comments"]
    assert soup.select_one(".promote-related-title").get_text() == SAID["related"]
    assert SAID["min_read"] in soup.select_one(".byline").get_text()
    assert soup.select_one('[data-stars="post"]')["data-label"] == SAID["star_post"]
    form = template_soup(soup, "#comment-form-template")
    assert form.select_one("#comment-form-title").get_text() == SAID["form"]
    assert form.select_one(".comment-submit").get_text() == SAID["submit"]
    star = template_soup(soup, "#comment-star-template")
    assert star.select_one(".star-button > .star-label").get_text() == SAID["star"]
    harsh = template_soup(soup, "#comment-nudge-hostile").get_text(" ", strip=True)
    assert harsh.startswith(SAID["harsh"])
    crisis = template_soup(soup, "#comment-nudge-grief").select_one(".comments-crisis")
    assert crisis.get_text().startswith(SAID["crisis"])
    assert crisis["data-submit"] == SAID["post_my_comment"]
    assert crisis.select_one("a")["href"] == "https://findahelpline.com"
    words = json.loads(soup.select_one("#comment-words").string)
    assert words["post"] == SAID["submit"]
    assert words["awards"][1] == SAID["award"]
    assert words["thanks"]["pending"] == SAID["thanks"]
    assert words["grief"]["pending"] == SAID["quiet"]
    assert words["held_hostile"].startswith(SAID["held"])
    thanking = demo.output / "2025" / "how-to-thank-a-commenter" / "index.html"
    thanks = BeautifulSoup(thanking.read_text("utf-8"), "html.parser")
    counts = {" ".join(p.get_text().split()) for p in thanks.select(".comment-footer .stars")}
    assert SAID["zero_stars"] in counts
    # a hard day: its star sends a hug, and no "Que bom!"
    hard_day = demo.output / "2025" / "a-hard-day" / "index.html"
    quiet = BeautifulSoup(hard_day.read_text("utf-8"), "html.parser")
    assert quiet.select_one('[data-stars="post"]')["data-label"] == SAID["i_see_you"]
    pending = json.loads(quiet.select_one("#comment-words").string)["thanks"]["pending"]
    assert pending == SAID["quiet"]
    wall = BeautifulSoup(demo.read("gold-stars/"), "html.parser")
    assert wall.select_one("h1").get_text() == SAID["wall"]


POST = (
    "Title: Pão de fermentação natural\nDate: 2026-01-02 10:00\nSlug: {slug}\nLang: pt\n"
    "Tags: pão, fermento\n\nO pão de fermentação natural pede paciência: o fermento trabalha "
    "devagar, a massa cresce na cozinha durante a noite e de manhã o forno cheira a pão quente.\n"
)


def test_a_portuguese_post_on_an_english_blog_speaks_portuguese_and_the_rest_english(
    site_builder, tmp_path
):
    content = tmp_path / "content"
    content.mkdir()
    (content / "hello.md").write_text(
        "Title: Hello\nDate: 2026-01-01 10:00\nSlug: hello\n\nA post in English.\n",
        encoding="utf-8",
    )
    for slug in ("um", "dois"):
        (content / f"pt-{slug}.md").write_text(POST.format(slug=f"pt-{slug}"), encoding="utf-8")
    result = site_builder(content, COMMENTS_API="http://127.0.0.1:8001")
    html = result.read("2026/pt-um-pt/index.html")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.html["lang"] == "pt"
    assert soup.select_one("#comments-title").get_text() == SAID["comments"]
    assert soup.select_one(".comments-empty").get_text() == SAID["no_comments"]
    assert soup.select_one(".skip-link").get_text() == "Ir para o conteúdo"
    reason = soup.select_one(".promote-related-reason").get_text()
    assert reason.startswith(SAID["also_about"] + " "), reason
    form = template_soup(soup, "#comment-form-template")
    assert form.select_one(".comment-submit").get_text() == SAID["submit"]
    words = json.loads(soup.select_one("#comment-words").string)
    assert words["held_hostile"].startswith(SAID["held"])
    found = ENGLISH.search(theme_text(html))
    assert found is None, found and found.group(0)
    english = BeautifulSoup(result.read("2026/hello/index.html"), "html.parser")
    assert english.select_one("#comments-title").get_text() == "Comments"
    assert english.select_one(".skip-link").get_text() == "Skip to content"
