"""A job lost and a better one got in the same sentence ("Lost my job last week but got a better
one today! Celebrating with your cake.") was answered "I'm so sorry you're going through this":
only "found a better one" was heard as the turn. It is good news after a hard time, met glad
(no star, no cheer). A job lost with no better one yet is still met sorry."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, draft_of

BETTER_ONE = [
    "Lost my job last week but got a better one today! Celebrating with your cake.",
    "Lost my job last week, found a better one today. Thank you for the cake recipe!",
    "I lost my job in May and landed a much better job in June! This cake is my treat.",
]

STILL_HARD = [
    "I lost my job today.",
    "Lost my job last week. Hoping to find a new one soon.",
    "I lost my job and can't find a new one.",
]


@pytest.mark.parametrize("text", BETTER_ONE)
def test_a_job_lost_for_a_better_one_is_met_glad(text):
    assert read_tone(text).good_news
    draft = draft_of(text, "en")
    assert "sorry" not in draft.text.casefold() and "glad" in draft.text.casefold(), draft.text


@pytest.mark.parametrize("text", STILL_HARD)
def test_a_job_lost_is_still_a_hard_time(text):
    assert not read_tone(text).good_news
    assert_read_hard(text, "en", "grief")
