"""A diagnosis received today is a hard time in every language: „Ich habe heute meine Diagnose
bekommen. Dein Brot tröstet mich." was starred and quoted back („Es freut mich so, …“), and so were
« J'ai reçu mon diagnostic aujourd'hui. », "Hoy me dieron el diagnóstico.", "Oggi ho ricevuto la
diagnosi.", "Recebi o diagnóstico hoje.". Beside them, the oven's diagnosis, a diagnosis that was
nothing serious and a post's diagnosis section stay warm (they had been met with sorrow)."""

import pytest

from tests.support.drafts import assert_read_hard, assert_read_warm

DIAGNOSIS_TODAY = [
    ("de", "Ich habe heute meine Diagnose bekommen. Dein Brot tröstet mich."),
    ("en", "I got my diagnosis today."),
    ("fr", "J'ai reçu mon diagnostic aujourd'hui."),
    ("es", "Hoy me dieron el diagnóstico."),
    ("it", "Oggi ho ricevuto la diagnosi."),
    ("pt", "Recebi o diagnóstico hoje."),
    ("en", "We finally got a diagnosis for my son."),
]
WARM = [
    ("en", "Finally got a diagnosis for the oven: a broken thermostat!"),
    ("en", "Got my diagnosis: nothing serious, just a cold!"),
    ("en", "The diagnosis section of your post helped"),
    ("de", "Ich habe die Diagnose für meinen Ofen bekommen: das Thermostat!"),
    ("fr", "J'ai reçu mon diagnostic : rien de grave !"),
]


@pytest.mark.parametrize(("language", "text"), DIAGNOSIS_TODAY)
def test_a_diagnosis_received_is_a_hard_time(language, text):
    assert_read_hard(text, language, "grief")


@pytest.mark.parametrize(("language", "text"), WARM)
def test_a_diagnosis_of_an_oven_or_of_nothing_serious_stays_warm(language, text):
    assert_read_warm(text, language)
