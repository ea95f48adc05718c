"""Italian and Portuguese comments that had been starred and quoted back: a cat no longer there
("Il mio gatto Micio non c'è più da ieri sera.", a loss: a quiet reply), a burnt cake praised as
"geniale" ("Complimenti, davvero geniale: un'altra torta bruciata.") and praise taken back with
"só que não" ("Ficou ótimo... só que não."), both jabs (no star, no quote). Beside them, the warm
near misses that share their words stay warm and thanked."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm

PET_GONE_IT = [
    "Il mio gatto Micio non c'è più da ieri sera.",
    "Il nostro cane Fido non c'è più.",
]

JABS = [
    ("Complimenti, davvero geniale: un'altra torta bruciata.", "it"),
    ("Davvero geniale, un altro pane crudo.", "it"),
    ("Ficou ótimo... só que não.", "pt"),
    ("Adorei a receita, só que não. 🙄", "pt"),
]

WARM = [
    ("Il gatto non c'è, è uscito a caccia", "it"),
    ("Il mio gatto Micio non c'è più, è tornato a casa stamattina!", "it"),
    ("Complimenti, davvero geniale questa torta!", "it"),
    ("Geniale, un'altra ricetta perfetta per la domenica!", "it"),
    ("Ficou ótimo, sem dúvida!", "pt"),
    ("Eu ia fazer hoje, só que não deu tempo. Amanhã faço!", "pt"),
]


@pytest.mark.parametrize("text", PET_GONE_IT)
def test_a_pet_no_longer_there_is_a_loss(text):
    assert_read_hard(text, "it", "grief")
    assert read_tone(text).shared


@pytest.mark.parametrize(("text", "language"), JABS)
def test_praise_taken_back_is_a_jab(text, language):
    assert_read_hard(text, language, "hostile")


@pytest.mark.parametrize(("text", "language"), WARM)
def test_near_misses_stay_warm(text, language):
    assert_read_warm(text, language, thanked=True)
