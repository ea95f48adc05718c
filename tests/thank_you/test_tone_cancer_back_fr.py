"""« Le cancer a disparu, mais il est revenu. » and « Son cancer est revenu. » had been quoted back
with a gold star: a cancer back is a hard time (a quiet reply, no star, no quote). « Le cancer a
disparu ! » stays good news, and a cancer gone with an appetite back stays glad."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, draft_of

CANCER_BACK = [
    "Le cancer a disparu, mais il est revenu.",
    "Le cancer de ma mère avait disparu, mais il est revenu cet hiver.",
    "Le cancer est revenu.",
    "La tumeur avait disparu, puis elle est réapparue.",
]

GLAD = [
    "Le cancer a disparu !",
    "Le cancer a disparu, et l'appétit est revenu : je refais ton pain !",
]


@pytest.mark.parametrize("text", CANCER_BACK)
def test_a_cancer_back_is_a_hard_time(text):
    assert_read_hard(text, "fr", "grief")
    assert not read_tone(text).good_news


@pytest.mark.parametrize("text", GLAD)
def test_a_cancer_gone_stays_glad(text):
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.good_news and not tone.loss, (tone.label, tone.cues)
    assert "désolé" not in draft.text.casefold()
