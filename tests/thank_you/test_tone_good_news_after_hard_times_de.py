"""German good news after a hard stretch: „Nach einem schweren Jahr habe ich endlich wieder einen
Job gefunden." had been read as hostile („Mit welchem Teil bist du nicht einverstanden?"), „Es war
ein schweres Jahr, aber …" quoted as a fine line, and „Wir sind Eltern geworden! Nach drei
Fehlgeburten halten wir endlich unsere Tochter im Arm." met with condolences. Like "After a hard
year I finally found a job again." they are met glad and gently now. Beside them, a hard time with
the dough stays a baking story, and the new losses stay losses."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

GLAD_AFTER_HARD = [
    "Nach einem schweren Jahr habe ich endlich wieder einen Job gefunden. Dein Blog hat mich "
    "begleitet.",
    "Nach einer schweren Zeit habe ich endlich wieder einen Job gefunden.",
    "Es war ein schweres Jahr, aber ich habe endlich wieder einen Job gefunden!",
    "Wir sind Eltern geworden! Nach drei Fehlgeburten halten wir endlich unsere Tochter im Arm.",
]
WARM = [
    "Nach einer schweren Zeit mit dem Teig klappt es jetzt endlich!",
    "Es war ein hartes Jahr für meinen Ofen, aber das Brot ist super geworden!",
    "Wir sind Eltern geworden und backen jetzt nachts 😄",
]


@pytest.mark.parametrize("text", GLAD_AFTER_HARD)
def test_good_news_after_a_hard_stretch_is_met_glad(text):
    tone, draft = read_tone(text), draft_of(text, "de")
    assert tone.good_news and tone.label == "grief", (tone.label, tone.cues)
    assert not tone.loss
    assert "freue mich" in draft.text
    assert "einverstanden" not in draft.text and "Trauern" not in draft.text
    assert draft.quote == "" and draft.gold_stars == 0


@pytest.mark.parametrize("text", WARM)
def test_a_hard_time_with_the_dough_stays_a_baking_story(text):
    assert_read_warm(text, "de")
