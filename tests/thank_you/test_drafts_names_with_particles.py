"""A surname with a particle, as a person writes it in a letter: "De la Cruz, hello!" when the name
opens the line, "Dear de la Cruz," inside it; "MARÍA DE LA CRUZ" typed in capitals is greeted as
"María de la Cruz". Handles and initials stay as typed."""

import pytest

from reply_drafts import CommentFacts, draft_reply
from reply_drafts.plain import plain_name

MADE_IT = "I made it twice this week and my son asked for a third."


def first_line(author: str, number: int, language: str = "en") -> str:
    facts = CommentFacts(
        author=author,
        post_title="My week of sourdough",
        text=MADE_IT,
        comment_id=number,
        thread="t",
        commenter="",
        commenter_comments=7,
        language=language,
    )
    return draft_reply(facts).text.split("\n")[0]


@pytest.mark.parametrize(
    ("author", "number", "language", "line"),
    [
        ("de la Cruz", 3, "en", "De la Cruz, it's so good to see you here again!"),
        ("de la Cruz", 13, "en", "De la Cruz, hello!"),
        ("van der Berg", 3, "en", "Van der Berg, it's so good to see you here again!"),
        ("de la Cruz", 3, "es", "De la Cruz, ¡qué gusto volver a leerte por aquí!"),
    ],
)
def test_a_name_that_opens_the_line_opens_on_a_capital(author, number, language, line):
    assert first_line(author, number, language) == line


@pytest.mark.parametrize(
    ("author", "number", "line"),
    [
        ("de la Cruz", 1, "Dear de la Cruz,"),  # inside the line, the particle stays small
        ("de la Cruz", 0, "Greetings, de la Cruz!"),
        ("xX_baker_Xx", 3, "xX_baker_Xx, it's so good to see you here again!"),  # a handle
        ("María de la Cruz", 3, "María de la Cruz, it's so good to see you here again!"),
    ],
)
def test_near_misses_keep_the_name_as_typed(author, number, line):
    assert first_line(author, number) == line


@pytest.mark.parametrize(
    ("typed", "greeted"),
    [
        ("MARÍA DE LA CRUZ", "María de la Cruz"),
        ("DE LA CRUZ", "De la Cruz"),
        ("LUDWIG VAN BEETHOVEN", "Ludwig van Beethoven"),
        ("VAN DER BERG", "Van der Berg"),
        # near misses: as before
        ("JOHN SMITH", "John Smith"),
        ("MARY-ANNE O'NEIL", "Mary-Anne O'Neil"),
        ("JJ ABRAMS", "JJ ABRAMS"),
        ("DJ Kool", "DJ Kool"),
    ],
)
def test_a_name_in_capitals_keeps_its_particles_small(typed, greeted):
    assert plain_name(typed) == greeted
