"""A kind heads-up ("Just a small heads-up: the yeast is missing") had been read as disagreement
("where you see it differently"): a correction, thanked for the careful reading. A heads-up of
the reader's own plans stays warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

HEADS_UP = [
    "Just a small heads-up: the yeast is missing",
    "Quick heads-up: the oven temperature isn't in the recipe.",
    "Friendly heads-up, the link to the starter post is broken",
]

WARM = [
    "Just a heads-up, I'm away next week, gorgeous loaf!",
]


@pytest.mark.parametrize("text", HEADS_UP)
def test_a_heads_up_is_a_correction(text):
    tone, draft = read_tone(text), draft_of(text)
    assert tone.correction, tone.cues
    assert "see it differently" not in draft.text


@pytest.mark.parametrize("text", WARM)
def test_near_misses_stay_warm(text):
    assert_read_warm(text, "en", thanked=True)
