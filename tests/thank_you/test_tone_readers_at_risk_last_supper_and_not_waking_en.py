"""Readers at risk told obliquely in English had been starred and quoted back: "I keep thinking it
would be easier to just not wake up." and "Nobody would miss me anyway. Nice loaf though." (now the
helpline), "Made your bread for my last supper, so to speak. It's been a good run.", "Baking this
one last time for my family. I want them to remember something nice.", "I've sorted out my will
and rehomed my cat. Your bread is the last thing on my list.", "What's the point of learning to
bake when I won't be here next year?" (now guarded: no star, no quote). A move, a new diet, a cat
rehomed to a farm, the kids not woken and a party laughed off stay warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

GUARDED = [
    "Made your bread for my last supper, so to speak. It's been a good run.",
    "Baking this one last time for my family. I want them to remember something nice.",
    "I've sorted out my will and rehomed my cat. Your bread is the last thing on my list.",
    "What's the point of learning to bake when I won't be here next year?",
]

WARM = [
    "Why learn German when I won't be here next year, we're moving to Spain!",
    "Baking this one last time for my family before we switch to gluten-free!",
    "We rehomed our cat to my mum's farm, she loves it there. Great recipe!",
    "My husband said it would be easier to just not wake up the kids. Lovely recipe.",
    "Nobody would miss me at the party anyway lol",
]


@pytest.mark.parametrize(
    "text",
    [
        "I keep thinking it would be easier to just not wake up.",
        "Nobody would miss me anyway. Nice loaf though.",
    ],
)
def test_easier_not_to_wake_up_or_not_missed_gets_the_helpline(text):
    draft = draft_of(text)
    assert read_tone(text).crisis and draft.crisis
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize("text", GUARDED)
def test_a_farewell_told_in_passing_is_neither_starred_nor_quoted(text):
    tone, draft = read_tone(text), draft_of(text)
    assert tone.guarded or tone.crisis, (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize("text", WARM)
def test_the_same_words_about_a_move_or_a_diet_stay_warm(text):
    assert_read_warm(text, "en", thanked=True)
