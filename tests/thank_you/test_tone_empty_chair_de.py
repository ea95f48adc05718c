"""A German loss told by the chair or place left empty: „Der Stuhl von Opa am Esstisch ist jetzt
leer." was starred and quoted back as a fine line („Du hast es so schön gesagt"), where the English
"Mum's chair is still empty" gets a quiet reply. Beside it, a chair cleared away, and a grandpa
away at a spa, in the garden or in hospital keep their everyday reading."""

import pytest

from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

EMPTY_PLACES = [
    "Der Stuhl von Opa am Esstisch ist jetzt leer.",
    "Omas Platz am Tisch bleibt leer.",
    "Papas Sessel ist immer noch leer. Ich vermisse ihn.",
    "Der Platz von meiner Oma am Fenster ist jetzt leer.",
]
EVERYDAY = [
    "Der Stuhl ist jetzt leer, ich hab ihn abgeräumt",
    "Opas Stuhl ist jetzt leer, er ist auf Kur 😄",
    "Der Stuhl von Opa ist jetzt leer, er sitzt lieber im Garten.",
    "Opas Stuhl am Esstisch ist nie leer, er liebt dein Brot!",
]


@pytest.mark.parametrize("text", EMPTY_PLACES)
def test_a_place_left_empty_is_met_quietly(text):
    assert_read_hard(text, "de", "grief")
    assert "so schön gesagt" not in draft_of(text, "de").text


@pytest.mark.parametrize("text", EVERYDAY)
def test_a_chair_empty_for_an_everyday_reason_stays_warm(text):
    assert_read_warm(text, "de")
