"""A reader at risk told obliquely in English ("I won't be around for the next bake-along. I've
made my peace with things.", "Everyone would be better off if I just stopped.") had been starred
and quoted back: now the helpline, or at least no star and no quote. The same words about a
holiday, a bake or a bad loaf stay warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

AT_RISK = [
    "I won't be around for the next bake-along. I've made my peace with things.",
    "Reading this at 3am again. Everyone would be better off if I just stopped.",
    "I've made my peace with everything.",
]

GUARDED = [
    "I won't be around for the next bake-along.",
    "Great recipe. I won't be here for the next post.",
]

WARM = [
    "I won't be around for the next bake-along, I'm on holiday in Spain!",
    "Everyone would be better off if I just stopped baking, my loaves are bricks lol",
    "I've made my peace with it, my bread will never be pretty.",
]


@pytest.mark.parametrize("text", AT_RISK)
def test_a_reader_at_risk_told_obliquely_gets_the_helpline(text):
    draft = draft_of(text)
    assert read_tone(text).crisis and draft.crisis
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize("text", GUARDED)
def test_not_around_for_the_next_post_is_neither_starred_nor_quoted(text):
    draft = draft_of(text)
    assert read_tone(text).guarded
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize("text", WARM)
def test_the_same_words_about_a_holiday_or_a_bake_stay_warm(text):
    assert_read_warm(text, "en", thanked=True)
