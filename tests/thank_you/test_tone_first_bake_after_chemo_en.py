"""A first bake "after a year of chemo" had met a sorry, quiet reply ("That sounds so hard"): it
is good news at the end of a hard time, met glad as "The cancer is gone!" and "Got the all clear
yesterday!" are. Near misses stay warm or stay sad."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

GOOD_NEWS = [
    "My first bake after a year of chemo, and it turned out perfect!",
    "First loaf after a year of chemo!",
    "First bake after six months of radiotherapy. Feels good.",
    "Got the all clear yesterday!",
    "Back in remission!",
]

WARM = [
    "all clear on the bread front: it rose!",
    "First loaf after a year of trying, it finally rose!",
]


@pytest.mark.parametrize("text", GOOD_NEWS)
def test_good_news_is_met_glad(text):
    tone, draft = read_tone(text), draft_of(text)
    assert tone.good_news and not tone.crisis, tone.cues
    assert "glad to hear the good news" in draft.text
    assert "sorry" not in draft.text.casefold()


@pytest.mark.parametrize("text", WARM)
def test_near_misses_stay_warm(text):
    assert_read_warm(text, "en", thanked=True)
