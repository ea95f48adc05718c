"""A line that calls anyone a name, even in jest ("you absolute muppet 😂 see you Thursday"), had
been quoted back ("You put it so well: you absolute muppet…"): the draft stays warm and quotes
nothing of it. A name that praises ("you absolute legend") is still quoted."""

import pytest

from tests.support.drafts import assert_read_warm, draft_of

CALLED_A_NAME = [
    "you absolute muppet 😂 see you Thursday",
    "You total numpty, I forgot the salt again 😂",
    "What a plonker I am, burnt the first loaf haha. Second one was perfect!",
]

PRAISED = [
    "You absolute legend, this loaf is perfect",
    "You star, this bread made my week!",
]


@pytest.mark.parametrize("text", CALLED_A_NAME)
def test_a_name_called_in_jest_stays_warm_and_is_not_quoted(text):
    assert_read_warm(text, "en")
    quote = draft_of(text).quote.casefold()
    assert not any(name in quote for name in ("muppet", "numpty", "plonker"))


@pytest.mark.parametrize("text", PRAISED)
def test_a_name_that_praises_is_still_quoted(text):
    assert_read_warm(text, "en", thanked=True)
    assert draft_of(text).quote
