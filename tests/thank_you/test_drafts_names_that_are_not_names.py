"""A name field that holds no one's name (a role, a login) is greeted as a reader with no name,
in every language, and a name typed in lower case opens a paragraph on a capital."""

import pytest

from reply_drafts import CommentFacts, draft_reply
from reply_drafts.language_lines import lines_for
from reply_drafts.plain import plain_name
from tests.support.drafts import assert_read_warm

LANGUAGES = ("en", "fr", "es", "de", "it", "pt")
COMMENT = {
    "en": "Lovely post, my kids loved the bread.",
    "fr": "Joli billet, mes enfants ont adoré ce pain.",
    "es": "Bonita entrada, a mis hijos les encantó el pan.",
    "de": "Schöner Beitrag, meine Kinder lieben das Brot.",
    "it": "Bel post, ai miei figli è piaciuto tanto il pane.",
    "pt": "Bonito post, os meus filhos adoraram o pão.",
}


def draft_for(name: str, language: str, number: int, comments: int = 1) -> str:
    facts = CommentFacts(
        author=name,
        post_title="My week of sourdough",
        text=COMMENT[language],
        comment_id=number,
        thread="names",
        commenter="",
        commenter_comments=comments,
        language=language,
    )
    return draft_reply(facts).text


@pytest.mark.parametrize(
    "name",
    [
        *("admin", "Admin", "Webmaster", "Visitor", "Visiteur", "Besucher", "Reader"),
        *("jdoe42", "baker_99", "user123", "jane.doe"),
    ],
)
def test_a_role_or_a_login_is_no_name(name):
    assert plain_name(name) == "friend"


@pytest.mark.parametrize(
    "name",
    ["Agnès", "José", "Jürgen", "Zoë", "J.R.", "DJ Kool", "Louis XIV", "Anne-Marie", "xX_baker_Xx"],
)
def test_a_real_name_is_kept(name):
    assert plain_name(name) == name


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ["admin", "jdoe42", "Visitor"])
def test_a_reader_with_a_login_for_a_name_is_greeted_without_it(language, name):
    nameless = lines_for(language).nameless
    for number in range(1, 13):
        text = draft_for(name, language, number, comments=1 + number % 6)
        assert name not in text, text
        assert nameless.casefold() in text.casefold(), text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_comments_stay_warm(language):
    assert_read_warm(COMMENT[language], language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_name_in_lower_case_opens_a_paragraph_on_a_capital(language):
    openings = [
        paragraph
        for number in range(1, 40)
        for paragraph in draft_for("agnès", language, number, comments=3).split("\n")
        if paragraph.casefold().startswith("agnès")
    ]
    assert openings  # some drafts open a paragraph on the name
    assert all(paragraph.startswith("Agnès") for paragraph in openings), openings
