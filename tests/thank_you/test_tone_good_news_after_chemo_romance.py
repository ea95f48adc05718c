"""The taste of bread back after chemo, told in French, Spanish, Italian and Portuguese, was met
« Cela a l'air si dur » (session 43): good news after a hard time, met glad; chemo's aftermath
told as still hard stays a hard time, not good news."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of

GOOD_NEWS = [
    ("fr", "Après la chimio, je peux de nouveau sentir le goût du pain. Merci pour cette recette."),
    ("es", "Después de la quimio por fin vuelvo a sentir el sabor del pan. Gracias por la receta."),
    ("it", "Dopo la chemio finalmente sento di nuovo il sapore del pane. Grazie per la ricetta."),
    ("pt_BR", "Depois da quimio finalmente sinto o gosto do pão de novo. Obrigada pela receita."),
]

STILL_HARD = [
    ("pt_BR", "Depois da quimio sinto muito cansaço."),
    ("es", "Después de la quimio vuelvo a tener náuseas."),
    ("fr", "Après la chimio, je ne peux plus rien manger."),
]


@pytest.mark.parametrize(("language", "text"), GOOD_NEWS)
def test_taste_back_after_chemo_is_good_news(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.good_news, (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""
    assert "dur" not in draft.text and "difícil" not in draft.text


@pytest.mark.parametrize(("language", "text"), STILL_HARD)
def test_chemo_still_hard_is_no_good_news(language, text):
    tone = read_tone(text)
    assert tone.label == "grief" and not tone.good_news, (tone.label, tone.cues)
