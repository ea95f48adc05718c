"""A reader at risk: "A veces pienso que estarían mejor sin mí.", "A volte penso che starebbero
meglio senza di me.", "Às vezes acho que eles estariam melhor sem mim." and « Parfois je pense
qu'ils seraient mieux sans moi. » had been quoted back with a gold star; each is a crisis sign now,
as "Sometimes I think they'd be better off without me." is. The cook who burns everything stays
warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

AT_RISK = [
    ("es", "A veces pienso que estarían mejor sin mí."),
    ("es", "Gracias por escribir esto. Estarían mejor sin mí."),
    ("it", "A volte penso che starebbero meglio senza di me."),
    ("pt", "Às vezes acho que eles estariam melhor sem mim."),
    ("fr", "Parfois je pense qu'ils seraient mieux sans moi."),
]

WARM = [
    ("es", "En la cocina estarían mejor sin mí, jaja."),
    ("es", "Creo que estarían mejor sin mí en la cocina, quemo todo."),
    ("it", "In cucina starebbero meglio senza di me, brucio tutto."),
    ("pt", "Acho que eles estariam melhor sem mim na cozinha kkk"),
    ("fr", "Je pense qu'ils seraient mieux sans moi en cuisine, mdr."),
]


@pytest.mark.parametrize(("language", "text"), AT_RISK)
def test_better_off_without_me_is_a_crisis_sign(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.crisis, (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(("language", "text"), WARM)
def test_the_cook_who_burns_everything_stays_warm(language, text):
    assert_read_warm(text, language)
