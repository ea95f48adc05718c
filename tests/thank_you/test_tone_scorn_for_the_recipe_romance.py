"""« Quelle horreur cette recette, j'ai perdu mon après-midi. » had been offered condolences (« j'ai
perdu » read as a loss), « Wow, quel talent. On voit que tu as passé des heures… à rater ta pâte. »
was quoted back with a gold star, and "Qué asco de receta", "Che schifo di ricetta", "Que nojo dessa
receita" read as praise: each is a jab now (hostile: no star, no quote). An afternoon or an evening
lost is no loss; a reader's own failed hours, sympathy and a laugh stay warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm

JABS = [
    ("fr", "Quelle horreur cette recette, j'ai perdu mon après-midi."),
    ("fr", "Wow, quel talent. On voit que tu as passé des heures… à rater ta pâte."),
    ("es", "Qué asco de receta, perdí la tarde."),
    ("it", "Che schifo di ricetta, ho buttato tutto."),
    ("pt", "Que nojo dessa receita, joguei tudo fora."),
]

WARM = [
    ("fr", "J'ai passé des heures à rater ma pâte, puis ta méthode m'a sauvée !"),
    ("fr", "On voit que tu as passé des heures à peaufiner ta pâte, bravo !"),
    ("fr", "Quelle horreur cette recette, je suis accro maintenant 😂"),
]

NO_LOSS = [
    "J'ai perdu mon après-midi avec cette recette.",
    "Recette ratée, j'ai perdu ma soirée.",
]


@pytest.mark.parametrize(("language", "text"), JABS)
def test_scorn_for_the_recipe_is_a_jab(language, text):
    assert_read_hard(text, language, "hostile")


@pytest.mark.parametrize(("language", "text"), WARM)
def test_warm_near_misses_stay_warm(language, text):
    assert_read_warm(text, language)


@pytest.mark.parametrize("text", NO_LOSS)
def test_an_afternoon_lost_is_no_loss(text):
    tone = read_tone(text)
    assert tone.label != "grief" and not tone.loss, (tone.label, tone.cues)
