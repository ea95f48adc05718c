""" "The cancer is gone!" and „Der Krebs ist weg!" were met glad, but "¡El cáncer se ha ido! Hoy
celebro con tu pan.", "Il cancro è sparito!" and "O câncer sumiu!" were offered condolences, and
« Le cancer a disparu ! » was quoted back with a star. All six are good news now: glad, no star,
no quote. A cancer gone "but" back, and a cancer that took a grandmother, are not."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, draft_of

SORRY = ("sorry", "désolé", "siento", "sentimiento", "leid", "dispiace", "sinto muito", "lamento")

CANCER_GONE = [
    ("en", "The cancer is gone!"),
    ("de", "Der Krebs ist weg!"),
    ("fr", "Le cancer a disparu !"),
    ("es", "¡El cáncer se ha ido! Hoy celebro con tu pan."),
    ("it", "Il cancro è sparito!"),
    ("pt", "O câncer sumiu!"),
]


@pytest.mark.parametrize(("language", "text"), CANCER_GONE)
def test_the_cancer_gone_is_met_glad(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.good_news and not tone.loss, (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""
    assert not any(words in draft.text.casefold() for words in SORRY), draft.text


def test_a_cancer_that_took_a_grandmother_is_still_a_loss():
    text = "Mi abuela murió. El cáncer se la llevó."
    assert not read_tone(text).good_news
    assert_read_hard(text, "es", "grief")
