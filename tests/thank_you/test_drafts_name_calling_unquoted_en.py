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


# The reader's own self-mockery is no name called: the comment stays unquoted as before, and the
# draft does not quote its next line instead ("You put it so well: “Time to redo the whole level”").
SELF_MOCKERY = [
    "I'm such an idiot, I forgot to save. Time to redo the whole level.",
    "Ugh, I'm such an idiot for not finding your blog sooner. Binge-reading everything now.",
]


@pytest.mark.parametrize("text", SELF_MOCKERY)
def test_self_mockery_is_not_answered_with_its_next_line(text):
    draft = draft_of(text)
    assert draft.quote == "" and draft.gold_stars == 0, draft.text
