"""German kind corrections: „Nur ein kleiner Hinweis: im Rezept fehlt die Hefe." and „Kleiner
Tipp: Die Backzeit steht zweimal drin." were quoted back as compliments („Du hast es so schön
gesagt") or answered as a disagreement to think over; like "Quick tip: the recipe is missing the
yeast." they are corrections now, thanked for the hint and starred for the careful reading, never
quoted. Beside them, tips that name no fault, a recipe that lacks nothing and a reader who lacks
the time keep their warm draft."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

CORRECTIONS = [
    "Nur ein kleiner Hinweis: im Rezept fehlt die Hefe.",
    "Kleiner Tipp: im Rezept fehlt die Hefe.",
    "Kleiner Tipp: Die Backzeit steht zweimal drin.",
    "Nur als Hinweis: In der Zutatenliste fehlt das Salz.",
    "Kleiner Hinweis: Die Backzeit fehlt.",
    "Toller Beitrag! Die Menge Mehl fehlt aber in der Anleitung.",
]
WARM = [
    "Kleiner Tipp: Mit etwas Zimt schmeckt es noch besser!",
    "Kleiner Tipp: Wenn die Hefe fehlt, geht auch Sauerteig.",
    "Kleiner Tipp: Nicht zu lange kneten, sonst wird der Teig zäh.",
    "Im Rezept fehlt nichts, einfach perfekt!",
    "Mir fehlt im Rezept nur noch die Zeit, es nachzubacken 😄",
    "Danke für den Hinweis mit der Hefe, das hat mir gefehlt!",
]


@pytest.mark.parametrize("text", CORRECTIONS)
def test_a_kind_correction_is_thanked_not_quoted(text):
    tone, draft = read_tone(text), draft_of(text, "de")
    assert tone.label == "critical" and tone.correction, (tone.label, tone.cues)
    assert draft.quote == ""
    assert "so schön gesagt" not in draft.text
    assert "anders siehst" not in draft.text and "Widerspruch" not in draft.text


@pytest.mark.parametrize("text", WARM)
def test_a_tip_or_a_want_that_corrects_nothing_stays_warm(text):
    assert_read_warm(text, "de", thanked=True)
