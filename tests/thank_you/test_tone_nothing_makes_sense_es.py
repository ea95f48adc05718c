""" "Ya nada tiene sentido sin ella" had been quoted back with a gold star, and "Ya nada tiene
sentido" was read as someone else's hard time: both are the reader's own low mood now, met as the
English "Nothing matters anymore." is (grief, shared: a quiet reply, no star, no quote). Said of a
recipe and laughed off, it stays warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm

LOW = [
    "Ya nada tiene sentido",
    "Ya nada tiene sentido.",
    "Ya nada tiene sentido sin ella",
    "Gracias por escribir. Ya nada tiene sentido sin él.",
]

WARM = [
    "Sin azúcar, ya nada tiene sentido en esta receta jaja",
    "Ya nada tiene sentido sin tu pan de los domingos, jaja. ¡Vuelve pronto!",
]


def test_the_english_is_met_so():
    tone = read_tone("Nothing matters anymore.")
    assert tone.label == "grief" and tone.shared and not tone.crisis


@pytest.mark.parametrize("text", LOW)
def test_nothing_makes_sense_is_the_readers_own_low_mood(text):
    assert_read_hard(text, "es", "grief")
    assert read_tone(text).shared


@pytest.mark.parametrize("text", WARM)
def test_said_of_a_recipe_and_laughed_off_it_stays_warm(text):
    assert_read_warm(text, "es")
