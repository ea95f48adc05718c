"""A Spanish thank-you that opens with „¡" is small talk like one without: "¡Gracias por la
receta, me salió genial!" had been quoted whole ("Me apunto “¡Gracias por la receta, me salió
genial!” en mi libreta; lo has dicho mejor que mi entrada"), thanking the reader for their thanks;
now the reader's own words are quoted, with their opening mark: "¡Me salió genial!"."""

import pytest

from reply_drafts.quote import own_words
from tests.support.drafts import assert_read_warm, draft_of


@pytest.mark.parametrize(
    ("said", "own"),
    [
        ("¡Gracias por la receta, me salió genial!", "¡Me salió genial!"),
        ("¡Hola, la hice ayer y quedó perfecta!", "¡La hice ayer y quedó perfecta!"),
        ("¡Gracias!", ""),
        # the near misses: no mark, or no thanks, as before
        ("Gracias por la receta, la hice ayer.", "La hice ayer."),
        ("¡Me salió genial!", "¡Me salió genial!"),
        ("¿Se puede congelar la masa?", "¿Se puede congelar la masa?"),
    ],
)
def test_a_thank_you_opened_with_a_mark_is_not_the_reader_s_own_words(said: str, own: str) -> None:
    assert own_words(said) == own


def test_the_draft_quotes_what_the_reader_made_not_their_thanks() -> None:
    text = "¡Gracias por la receta, me salió genial!"
    assert_read_warm(text, "es")
    quotes = {draft_of(text, "es", number=number).quote for number in range(1, 9)}
    assert quotes <= {"¡Me salió genial!", ""} and "¡Me salió genial!" in quotes
