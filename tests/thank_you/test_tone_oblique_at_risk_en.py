"""Readers at risk who say it obliquely had been starred and quoted back: "Nothing matters
anymore without her" and "I have no reason to get up in the morning anymore" are the reader's
own low mood (the quiet reply, as "Nothing matters anymore." and "Ya nada tiene sentido sin
ella" are); "I just wanted to say thank you for everything. I won't be back." is guarded (no
star, no quote); "I've been stockpiling my pills, but this bread made me smile." was only
guarded: it gets the helpline. Near misses stay warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

LOW_MOOD = [
    "Nothing matters anymore without her",
    "Nothing matters without him.",
    "I have no reason to get up in the morning anymore",
    "I have no reason to get up anymore.",
]

GUARDED = [
    "I just wanted to say thank you for everything. I won't be back.",
    "Thank you for everything. I won't be coming back.",
]

CRISIS = [
    "I've been stockpiling my pills, but this bread made me smile.",
    "I've been hoarding my meds, but your posts help.",
]

WARM = [
    "Nothing beats this bread",
    "Nothing matters without salt, great loaf!",
    "I won't be back until I've tried all your recipes!",
    "Thank you for everything! I'll be back next week for the bagels.",
    "I have no reason to get up early anymore, retired life!",
]


@pytest.mark.parametrize("text", LOW_MOOD)
def test_the_readers_own_low_mood_gets_the_quiet_reply(text):
    assert_read_hard(text, "en", "grief")
    assert read_tone(text).shared


@pytest.mark.parametrize("text", GUARDED)
def test_a_goodbye_after_thanks_for_everything_is_guarded(text):
    draft = draft_of(text)
    assert draft.gold_stars == 0 and draft.quote == ""
    assert draft.advice.startswith("Some words here are ones a reader at risk may write")


@pytest.mark.parametrize("text", CRISIS)
def test_pills_stockpiled_are_a_crisis_even_beside_a_smile(text):
    draft = draft_of(text)
    assert draft.crisis and draft.gold_stars == 0 and draft.quote == ""
    assert "findahelpline.com" in draft.text


@pytest.mark.parametrize("text", WARM)
def test_near_misses_stay_warm(text):
    assert_read_warm(text, "en")
    draft = draft_of(text, support=True)
    assert not draft.crisis


@pytest.mark.parametrize("text", WARM[:3])
def test_a_glad_line_is_still_starred_or_quoted(text):
    assert_read_warm(text, "en", thanked=True)
