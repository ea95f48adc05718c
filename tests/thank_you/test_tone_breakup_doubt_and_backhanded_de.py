"""German comments that had been starred and quoted back: a breakup („Ich hab mich heute
getrennt.", a hard time: a quiet reply), a doubt whether anything still makes sense („Manchmal
frage ich mich, ob es überhaupt noch Sinn hat.", the guarded answer, as the French « Plus rien n'a
de sens »), and backhanded jabs („Schön, dass du auch mal was postest, das funktioniert.",
„Dafür, dass du angeblich Profi bist, …"). Beside them, warm near misses stay warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

BREAKUPS = [
    "Ich hab mich heute getrennt.",
    "Wir haben uns gestern getrennt. 💔",
]

DOUBTS = [
    "Manchmal frage ich mich, ob es überhaupt noch Sinn hat.",
    "Ich frage mich oft, ob das alles noch Sinn macht.",
]

JABS = [
    "Schön, dass du auch mal was postest, das funktioniert.",
    "Dafür, dass du angeblich Profi bist, ist das Brot ziemlich flach.",
]

WARM = [
    "Ich hab mich heute für Roggen entschieden",
    "Ich habe die Eier getrennt und den Teig gerührt, klappt super!",
    "Manchmal frage ich mich, ob es überhaupt noch Sinn hat, Roggen zu füttern.",
    "Schön, dass du mal wieder was postest!",
    "Dafür, dass du erst angefangen hast, ist das Brot super!",
]


@pytest.mark.parametrize("text", BREAKUPS)
def test_a_breakup_is_a_hard_time(text):
    assert_read_hard(text, "de", "grief")


@pytest.mark.parametrize("text", DOUBTS)
def test_a_doubt_that_anything_makes_sense_is_guarded(text):
    tone, draft = read_tone(text), draft_of(text, "de")
    assert tone.guarded, (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize("text", JABS)
def test_backhanded_praise_is_a_jab(text):
    assert_read_hard(text, "de", "hostile")


@pytest.mark.parametrize("text", WARM)
def test_near_misses_stay_warm(text):
    assert_read_warm(text, "de", thanked=True)
