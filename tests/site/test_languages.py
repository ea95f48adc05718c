"""The theme and the partials speak the page's language: a French blog (or a French post on an
English blog) shows French words, from goldstar_support/words/fr.toml; English stays as it was."""

import json
import re
import tomllib

import pytest
from bs4 import BeautifulSoup

from goldstar_support.theme_words import WORDS, goldstar_words
from tests.support.demo import CONTENT, build_demo
from tests.support.posts import page_at, said_text
from tests.support.theme_pages import ENGLISH, english_in, template_soup, theme_text

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def french_demo(tmp_path_factory):
    """The demo built as a French blog (DEFAULT_LANG "fr"), with the comment embed on."""
    output = tmp_path_factory.mktemp("fr") / "output"
    return build_demo(output, DEFAULT_LANG="fr", COMMENTS_API="http://127.0.0.1:8001")


@pytest.mark.parametrize(
    ("lang", "locale", "tag"),
    [
        ("fr", "fr_FR", "fr-CA"),
        ("es", "es_ES", "es-MX"),
        ("de", "de_DE", "de-AT"),
        ("it", "it_IT", "it-CH"),
        ("pt", "pt_BR", "pt-PT"),
    ],
)
def test_every_word_has_an_english_place_in_a_template(lang, locale, tag):
    words = tomllib.loads((WORDS / f"{lang}.toml").read_text(encoding="utf-8"))
    templates = "".join(
        path.read_text(encoding="utf-8")
        for path in (CONTENT.parent / "theme" / "templates").rglob("*.html")
    )
    unused = [key for key in words if f'"{key}"' not in templates and f"'{key}'" not in templates]
    assert unused == []
    assert words == goldstar_words(lang)
    assert goldstar_words(locale) is goldstar_words(tag) is goldstar_words(lang)
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
    assert words["thanks"]["pending"].startswith("Merci\u202f!")
    assert words["grief"]["pending"] == "Votre commentaire attend sa validation."
    assert "min de lecture" in soup.select_one(".byline").get_text()
    # « 0 étoiles » had been written under every unstarred comment: 0 takes the singular.
    thanking = french_demo.output / "2025" / "how-to-thank-a-commenter" / "index.html"
    thanks = BeautifulSoup(thanking.read_text("utf-8"), "html.parser")
    counts = {said_text(p) for p in thanks.select(".comment-footer .stars")}
    assert "0 étoile" in counts and "0 étoiles" not in counts


# What a Spanish and a German page say where an English one says "Comments", "Post comment",
# "Star", "I see you", "No comments yet"... (goldstar_support/words/es.toml and de.toml)
OWN_WORDS = {
    "es": {
        "home": "Inicio",
        "comments": "Comentarios",
        "related": "Entradas relacionadas",
        "also_about": "También sobre",
        "form": "Deja un comentario",
        "submit": "Publicar comentario",
        "star": "Estrella",
        "star_post": "Estrella para esta entrada",
        "i_see_you": "Pienso en ti",
        "no_comments": "Todavía no hay comentarios.",
        "zero_stars": "0 estrellas",
        "award": "dos grandes estrellas doradas de quien escribe el blog",
        "thanks": "¡Gracias! Tu comentario está pendiente de aprobación.",
        "quiet": "Tu comentario está pendiente de aprobación.",
        "held": "Tu comentario suena duro con una persona: quien escribe el blog lo leerá",
        "harsh": "Este mensaje suena duro con una persona.",
        "crisis": "Antes de publicar: si estás pensando en quitarte la vida",
        "post_my_comment": "Publicar mi comentario",
        "min_read": "min de lectura",
        "wall": "El muro de las estrellas doradas",
    },
    "de": {
        "home": "Startseite",
        "comments": "Kommentare",
        "related": "Ähnliche Beiträge",
        "also_about": "Auch über",
        "form": "Schreib einen Kommentar",
        "submit": "Kommentar abschicken",
        "star": "Stern",
        "star_post": "Stern für diesen Beitrag",
        "i_see_you": "Ich denke an dich",
        "no_comments": "Noch keine Kommentare.",
        "zero_stars": "0 Sterne",
        "award": "zwei große Goldsterne vom Blog",
        "thanks": "Danke! Dein Kommentar wartet auf Freigabe.",
        "quiet": "Dein Kommentar wartet auf Freigabe.",
        "held": "Dein Kommentar klingt hart gegenüber einer Person: Wer den Blog schreibt",
        "harsh": "Das klingt hart gegenüber einer Person.",
        "crisis": "Bevor du das abschickst: Wenn du daran denkst, dir das Leben zu nehmen",
        "post_my_comment": "Meinen Kommentar abschicken",
        "min_read": "Min. Lesezeit",
        "wall": "Die Wand der Goldsterne",
    },
    "it": {
        "home": "Inizio",
        "comments": "Commenti",
        "related": "Articoli correlati",
        "also_about": "Anche su",
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
    },
    # one Portuguese for Brazil and Portugal (pt.toml): no "você", no "obrigado/obrigada"
    "pt": {
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
    },
}


@pytest.mark.parametrize("lang", ["es", "de", "it", "pt", "pt_BR"])
def test_a_blog_in_another_language_shows_its_own_words_and_no_english_of_the_theme(tmp_path, lang):
    # A Spanish, German, Italian or Portuguese blog showed the theme's English: "Comments", "Post
    # comment", "Star", "No comments yet", the held notes and the crisis note, the wall.
    said = OWN_WORDS[lang[:2]]
    english = english_in(lang)
    tag = lang.replace("_", "-").lower()  # a language tag's case says nothing
    demo = build_demo(tmp_path / "output", DEFAULT_LANG=lang, COMMENTS_API="http://127.0.0.1:8001")
    pages = sorted(demo.output.rglob("*.html"))
    assert len(pages) > 40
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert f'<html lang="{tag}">' in html.lower(), page
        found = english.search(theme_text(html))
        assert found is None, (page, found and found.group(0))
    home = BeautifulSoup((demo.output / "index.html").read_text("utf-8"), "html.parser")
    assert home.select_one(".site-nav a").get_text() == said["home"]
    # a post with no comment yet: its section, form, star button and the notes before posting
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
    # a post with comments: "0 estrellas", "0 Sterne" (the plural, not French's singular)
    thanking = demo.output / "2025" / "how-to-thank-a-commenter" / "index.html"
    thanks = BeautifulSoup(thanking.read_text("utf-8"), "html.parser")
    counts = {said_text(p) for p in thanks.select(".comment-footer .stars")}
    assert said["zero_stars"] in counts
    # a hard day: its star says "I see you" in the page's language, and no "thank you"
    hard_day = demo.output / "2025" / "a-hard-day" / "index.html"
    quiet = BeautifulSoup(hard_day.read_text("utf-8"), "html.parser")
    assert quiet.select_one('[data-stars="post"]')["data-label"] == said["i_see_you"]
    assert (
        json.loads(quiet.select_one("#comment-words").string)["thanks"]["pending"]
        == (said["quiet"])
    )
    wall = page_at(demo, "gold-stars/")
    assert wall.select_one("h1").get_text() == said["wall"]


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
    french = page_at(result, "2026/bonjour-fr/index.html")
    english = page_at(result, "2026/hello/index.html")
    assert french.html["lang"] == "fr" and english.html["lang"] == "en"
    assert french.select_one("#comments-title").get_text() == "Commentaires"
    assert english.select_one("#comments-title").get_text() == "Comments"
    assert french.select_one(".skip-link").get_text() == "Aller au contenu"
    assert english.select_one(".skip-link").get_text() == "Skip to content"


# Two posts about the same thing in each language, on an English blog (`Lang: es`...).
POSTS_IN_THEIR_LANGUAGE = {
    "es": (
        "Title: Pan de masa madre\nDate: 2026-01-02 10:00\nSlug: {slug}\nLang: es\n"
        "Tags: pan, masa madre\n\n{words}\n",
        "El pan de masa madre necesita paciencia: la masa madre fermenta despacio, el pan crece "
        "en la cocina toda la noche y por la mañana el horno huele a pan recién hecho.",
    ),
    "de": (
        "Title: Sauerteigbrot\nDate: 2026-01-02 10:00\nSlug: {slug}\nLang: de\n"
        "Tags: brot, sauerteig\n\n{words}\n",
        "Sauerteigbrot braucht Geduld: Der Sauerteig gärt langsam, das Brot geht über Nacht in "
        "der Küche auf und am Morgen duftet der Ofen nach frischem Brot.",
    ),
    "it": (
        "Title: Pane con il lievito madre\nDate: 2026-01-02 10:00\nSlug: {slug}\nLang: it\n"
        "Tags: pane, lievito madre\n\n{words}\n",
        "Il pane con il lievito madre vuole pazienza: il lievito madre lavora piano, il pane "
        "cresce in cucina tutta la notte e al mattino il forno profuma di pane appena fatto.",
    ),
    "pt": (
        "Title: Pão de fermentação natural\nDate: 2026-01-02 10:00\nSlug: {slug}\nLang: pt\n"
        "Tags: pão, fermento\n\n{words}\n",
        "O pão de fermentação natural pede paciência: o fermento trabalha devagar, a massa cresce "
        "na cozinha durante a noite e de manhã o forno cheira a pão quente.",
    ),
}


def test_a_post_in_another_language_on_an_english_blog_speaks_its_own_language(
    site_builder, tmp_path
):
    content = tmp_path / "content"
    content.mkdir()
    (content / "hello.md").write_text(
        "Title: Hello\nDate: 2026-01-01 10:00\nSlug: hello\n\nA post in English.\n",
        encoding="utf-8",
    )
    for lang, (post, words) in POSTS_IN_THEIR_LANGUAGE.items():
        for slug in ("uno", "dos"):
            (content / f"{lang}-{slug}.md").write_text(
                post.format(slug=f"{lang}-{slug}", words=words), encoding="utf-8"
            )
    result = site_builder(content, COMMENTS_API="http://127.0.0.1:8001")
    for lang, said in OWN_WORDS.items():
        html = result.read(f"2026/{lang}-uno-{lang}/index.html")
        soup = BeautifulSoup(html, "html.parser")
        assert soup.html["lang"] == lang
        assert soup.select_one("#comments-title").get_text() == said["comments"]
        assert soup.select_one(".comments-empty").get_text() == said["no_comments"]
        reason = soup.select_one(".promote-related-reason").get_text()
        assert reason.startswith(said["also_about"] + " "), reason
        form = template_soup(soup, "#comment-form-template")
        assert form.select_one(".comment-submit").get_text() == said["submit"]
        words = json.loads(soup.select_one("#comment-words").string)
        assert words["held_hostile"].startswith(said["held"])
        found = english_in(lang).search(theme_text(html))
        assert found is None, (lang, found and found.group(0))
    english = page_at(result, "2026/hello/index.html")
    assert english.select_one("#comments-title").get_text() == "Comments"


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
        ("2026/hello/index.html", "Other languages:", "fr", "2026/hello-fr/", "Bonjour"),
        ("2026/hello-fr/index.html", "Autres langues\u00a0:", "en", "2026/hello/", "Hello"),
        ("about/index.html", "Other languages:", "fr", "about-fr/", "À propos"),
        ("about-fr/index.html", "Autres langues\u00a0:", "en", "about/", "About"),
    )
    for page, label, lang, url, title in pairs:
        soup = page_at(result, page)
        # the translation was written, but no page of the site linked to it
        line = soup.select_one(".post-header .translations")
        assert line is not None, page
        assert line.get_text().startswith(label), page
        link = line.select_one("a")
        assert (link.get_text(), link["hreflang"], link["lang"]) == (title, lang, lang), page
        assert (result.output / page).parent.joinpath(link["href"]).resolve() == (
            result.output / url
        ).resolve(), page
        head = soup.select_one(f'head link[rel="alternate"][hreflang="{lang}"]')
        assert head["href"] == f"https://blog.example/{url}", page
    alone = page_at(result, "index.html")
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
    french = page_at(result, "2026/hello-fr_FR/index.html")
    assert french.html["lang"].lower() == "fr-fr"
    assert french.select_one("#comments")["lang"].lower() == "fr-fr"
    assert french.select_one(".translations a")["hreflang"].lower() == "en-us"
