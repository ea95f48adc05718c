"""« Merci pour cette recette, je la fais souvent depuis que je suis seule. Merci. » had been
quoted back with a gold star: loneliness said in passing is a hard time of the reader's own (a
quiet reply, no star, no quote, no helpline), in Spanish, Italian and Portuguese as well. Alone at
home for a weekend or an evening stays warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm

ALONE = [
    ("fr", "Merci pour cette recette, je la fais souvent depuis que je suis seule. Merci."),
    ("fr", "Depuis que je vis seule, c'est mon dessert du dimanche."),
    ("es", "Gracias por la receta, la hago a menudo desde que estoy sola."),
    ("it", "Grazie, la preparo spesso da quando sono rimasta sola."),
    ("pt", "Obrigada, faço sempre desde que fiquei sozinha."),
]

WARM = [
    ("fr", "Merci, je la fais souvent depuis que je suis seule à la maison ce week-end."),
    ("fr", "Depuis que je suis seule ce soir, je teste tout le blog !"),
    ("es", "Desde que estoy sola en casa este finde, pruebo todas tus recetas."),
    ("it", "Da quando sono sola in cucina, nessuno mi ruba i biscotti!"),
]


@pytest.mark.parametrize(("language", "text"), ALONE)
def test_alone_since_is_a_hard_time_of_their_own(language, text):
    assert_read_hard(text, language, "grief")
    tone = read_tone(text)
    assert not tone.loss and not tone.crisis


@pytest.mark.parametrize(("language", "text"), WARM)
def test_alone_for_a_while_stays_warm(language, text):
    assert_read_warm(text, language)
