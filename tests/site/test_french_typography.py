"""French puts a no-break space before : and », after «, and a narrow one before ; ! ? (as the
reply drafts do, reply_drafts/language_lines.py): the theme wrote « Autres langues: » and
"Merci ! Votre commentaire…" with no space, or a plain one a line could break at."""

import json
import re
import tomllib

from goldstar_support.theme_words import WORDS
from tests.support.posts import page_at
from tests.support.sources import write_source

NO_BREAK = "\u00a0\u202f"
URL_COLON = re.compile(r"\w://")


def typography_slips(text: str) -> list[str]:
    """Return each mark of *text* French sets apart with a no-break space that lacks one."""
    slips = []
    for match in re.finditer(r"[:;!?»]", text):
        at = match.start()
        if match.group() == ":" and URL_COLON.match(text, at - 1):
            continue  # https://…
        if at == 0 or text[at - 1] not in NO_BREAK:
            slips.append(text[max(0, at - 6) : at + 1])
    slips += [
        text[at : at + 7]
        for at in (m.start() for m in re.finditer("«", text))
        if text[at + 1 : at + 2] not in tuple(NO_BREAK)
    ]
    return slips


def test_every_french_word_keeps_its_marks_with_a_no_break_space() -> None:
    words = tomllib.loads((WORDS / "fr.toml").read_text(encoding="utf-8"))
    phrases = [
        w for value in words.values() for w in (value if isinstance(value, list) else [value])
    ]

    slips = {phrase: typography_slips(phrase) for phrase in phrases}

    assert {phrase: found for phrase, found in slips.items() if found} == {}
    assert words["colon"] == "\u00a0:"
    assert words["thanks_published"] == "Merci\u202f! Votre commentaire est publié."


def test_the_slip_finder_sees_a_plain_space_and_none() -> None:
    assert typography_slips("Autres langues: x") == ["angues:"]
    assert typography_slips("Merci ! Votre") == ["Merci !"]
    assert typography_slips("Merci! Votre") == ["Merci!"]
    assert typography_slips("« Je pense à vous »") == [" vous »", "« Je pe"]
    assert typography_slips("Merci\u202f! https://example.org «\u00a0oui\u00a0»") == []


def test_a_french_page_writes_the_themes_colons_as_french_does(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(
        content,
        "bonjour.md",
        "Title: Bonjour\nDate: 2024-01-01\nSlug: bonjour\nSeries: Jardin\n\nUn.\n",
    )
    write_source(
        content,
        "suite.md",
        "Title: Suite\nDate: 2024-01-02\nSlug: suite\nSeries: Jardin\n\nDeux.\n",
    )
    write_source(
        content, "hello.md", "Title: Hello\nDate: 2024-01-01\nSlug: bonjour\nLang: en\n\nOne.\n"
    )

    result = site_builder(DEFAULT_LANG="fr", COMMENTS_API="https://comments.example")

    assert result.warnings() == []
    french = page_at(result, "2024/bonjour/index.html")
    assert french.select_one(".translations").get_text().startswith("Autres langues\u00a0: Hello")
    assert french.select_one(".footer-tagline").get_text() == (
        "Small Kindnesses\u00a0: Notes on being kind online"
    )
    assert french.select_one(".series")["aria-label"] == "Série\u00a0: Jardin"
    feed = french.select_one('link[type="application/atom+xml"]')["title"]
    assert feed == "Small Kindnesses\u00a0: tous les billets"
    embed = json.loads(french.select_one("#comment-words").string)
    assert embed["colon"] == "\u00a0:"
    assert embed["thanks"]["approved"] == "Merci\u202f! Votre commentaire est publié."
    category = page_at(result, "category/misc/index.html")
    assert category.select_one("link[title$='misc']")["title"] == "Small Kindnesses\u00a0: misc"
    # English keeps its own colon, on the same French blog
    english = page_at(result, "2024/bonjour-en/index.html")
    assert english.select_one(".translations").get_text().startswith("Other languages: Bonjour")
    assert json.loads(english.select_one("#comment-words").string)["colon"] == ":"
