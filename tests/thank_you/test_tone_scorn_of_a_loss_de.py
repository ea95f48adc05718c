"""German scorn of a loss on a hard-day post: „Jeder stirbt mal, kein Grund so ein Drama zu
machen." and „Es war doch nur ein Hund." had been answered „Ich habe deine Worte gelesen, und ich
bin da." as if they comforted; like "Jajaja qué drama, es solo un perro." they are scorn now, with
no draft to thank them. Beside them, the same words said to comfort („Jeder stirbt mal, aber dein
Papa lebt in deinen Rezepten weiter.", „Es war nicht nur ein Hund, er war Familie.") keep their
quiet, kind reading."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of

TITLE = "Abschied von Bello"
SCORN = [
    "Jeder stirbt mal, kein Grund so ein Drama zu machen.",
    "Es war doch nur ein Hund.",
    "Jeder stirbt irgendwann.",
]
COMFORT = [
    "Jeder stirbt mal, aber dein Papa lebt in deinen Rezepten weiter.",
    "Es war nicht nur ein Hund, er war Familie.",
    "Für manche war er nur ein Hund. Für dich war er Familie. ❤️",
    "Jeder stirbt mal vor Lachen bei deinen Geschichten 😂",
]


@pytest.mark.parametrize("text", SCORN)
def test_scorn_of_a_loss_is_not_thanked(text):
    tone = read_tone(text, support=True)
    draft = draft_of(text, "de", support=True, title=TITLE)
    assert tone.label == "hostile", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""
    assert "Danke" not in draft.text and "ich bin da" not in draft.text


@pytest.mark.parametrize("text", COMFORT)
def test_the_same_words_said_to_comfort_stay_kind(text):
    tone = read_tone(text, support=True)
    draft = draft_of(text, "de", support=True, title=TITLE)
    assert tone.label != "hostile", (tone.label, tone.cues)
    assert draft.text
