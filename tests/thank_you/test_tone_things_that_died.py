"""A sourdough starter or a yeast that "died" ("La masa madre se me murió otra vez", "Il lievito
madre è morto", "Meu fermento natural morreu") is a letdown at most, never grief; a mother, a pet
named for a starter, or a loss told beside one are still grief."""

import pytest

from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

THINGS = [
    ("en", "My starter died again lol"),
    ("es", "La masa madre se me murió otra vez"),
    ("es", "Se me murió la masa madre, a empezar de cero."),
    ("fr", "Mon levain est mort"),
    ("de", "Mein Sauerteig ist gestorben"),
    ("it", "Il lievito madre è morto"),
    ("it", "Il mio lievito è morto di nuovo, ricomincio."),
    ("pt_BR", "Meu fermento natural morreu"),
    ("pt_BR", "Meu fermento morreu, vou começar outro."),
]

LOSSES = [
    ("en", "My mum died; her starter lives on in my kitchen"),
    ("en", "Our dog Levain died yesterday"),
    ("es", "Mi madre se me murió el año pasado, su masa madre sigue viva."),
    ("it", "Mia madre è morta l'anno scorso, il suo lievito madre vive ancora."),
    ("pt_BR", "Minha mãe morreu; o fermento dela vive na minha cozinha"),
]


@pytest.mark.parametrize(("language", "text"), THINGS)
def test_a_starter_that_died_is_no_grief(language, text):
    assert_read_warm(text, language)
    assert draft_of(text, language).text


@pytest.mark.parametrize(("language", "text"), LOSSES)
def test_a_person_or_a_pet_that_died_beside_a_starter_is_still_grief(language, text):
    assert_read_hard(text, language, "grief")
