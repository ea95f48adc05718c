"""Numbers a reader's story holds are quoted, not taken for a phone number; a name typed in capitals
is greeted as it is spelled.

A life's span in brackets, "My grandma (1921 - 2019) would have baked this", was read as a phone
number (seven digits or more) and the memory went unquoted and unstarred; "MARY MCDONALD" was
greeted as "Mary Mcdonald".
"""

import pytest

from reply_drafts import CommentFacts, draft_reply
from tests.support.drafts import draft_of

SPANS_OF_YEARS = [
    (
        "My grandma (1921 - 2019) would have baked this every Sunday.",
        "en",
        "My grandma (1921 - 2019) would have baked this every Sunday",
    ),
    (
        "Mon grand-père (1930-2010) faisait exactement ce pain le dimanche.",
        "fr",
        "Mon grand-père (1930-2010) faisait exactement ce pain le dimanche",
    ),
    (
        "Mi abuela (1921–2019) hacía este pan todos los domingos.",
        "es",
        "Mi abuela (1921–2019) hacía este pan todos los domingos",
    ),
]

# Near misses: a phone number in brackets is still never quoted.
PHONES = [
    ("Lovely bread, my kids loved it. Call me on (555) 123-4567 for my nan's version.", "en"),
    ("Super pain ! Appelez-moi au (06) 12 34 56 78 pour la recette de ma mère.", "fr"),
]


@pytest.mark.parametrize(("text", "language", "quote"), SPANS_OF_YEARS)
def test_a_span_of_years_in_brackets_is_no_phone_number(text, language, quote):
    draft = draft_of(text, language)
    assert draft.quote == quote and draft.gold_stars > 0, draft.text


@pytest.mark.parametrize(("text", "language"), PHONES)
def test_a_phone_number_in_brackets_is_never_quoted(text, language):
    draft = draft_of(text, language)
    assert "123" not in draft.text and "34 56" not in draft.text, draft.text


def greeting(name: str) -> str:
    facts = CommentFacts(
        author=name,
        post_title="My week of sourdough",
        text="Lovely loaf, my kids devoured it in ten minutes flat.",
        comment_id=1,
        thread="t",
        commenter="",
        commenter_comments=1,
        language="en",
    )
    return draft_reply(facts).text.split("\n", 1)[0]


@pytest.mark.parametrize(
    ("typed", "greeted"),
    [
        ("MARY MCDONALD", "Dear Mary McDonald,"),
        ("ROSS MCGREGOR", "Dear Ross McGregor,"),
        # near misses: as typed, or no "Mc" to raise
        ("McDonald", "Dear McDonald,"),
        ("SEAN O'BRIEN", "Dear Sean O'Brien,"),
        ("ANNA MACK", "Dear Anna Mack,"),
        ("VAN DER BERG", "Dear Van der Berg,"),
    ],
)
def test_a_name_in_capitals_is_greeted_as_spelled(typed, greeted):
    assert greeting(typed) == greeted
