"""A pet gone, told gently, had been quoted back with a gold star: « Adieu Minou. Tu vas nous
manquer. », « Le chat est parti rejoindre les étoiles. », "Nuestro gato Félix se fue esta
noche.". Each is a loss now (a quiet reply, no star, no quote). A cat gone hunting, a goodbye
until tomorrow, a cat gone from home that came back for dinner stay warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm

PETS_GONE = [
    ("fr", "Adieu Minou. Tu vas nous manquer."),
    ("fr", "Le chat est parti rejoindre les étoiles."),
    ("fr", "Notre vieux chien est parti rejoindre les étoiles cette nuit."),
    ("es", "Nuestro gato Félix se fue esta noche."),
    ("es", "Mi perra Luna se nos fue ayer."),
    ("it", "Il nostro gatto Fufi se n'è andato stanotte."),
    ("pt", "Nosso cachorro Bob partiu esta noite."),
]

WARM = [
    ("fr", "Minou est parti chasser dans le jardin"),
    ("fr", "Adieu Minou, à demain !"),
    ("fr", "Le chat est parti chasser les étoiles de mer à la plage, trop drôle."),
    ("es", "Félix se fue de casa pero volvió a la hora de cenar"),
    ("es", "Nuestro gato Félix se fue esta noche de casa, pero volvió al amanecer."),
    ("it", "Il nostro gatto Fufi se n'è andato in giardino."),
    ("pt", "Nosso cachorro Bob partiu o brinquedo novo hoje."),
]


@pytest.mark.parametrize(("language", "text"), PETS_GONE)
def test_a_pet_gone_is_a_loss(language, text):
    assert_read_hard(text, language, "grief")
    assert read_tone(text).loss


@pytest.mark.parametrize(("language", "text"), WARM)
def test_a_pet_out_and_about_stays_warm(language, text):
    assert_read_warm(text, language)
