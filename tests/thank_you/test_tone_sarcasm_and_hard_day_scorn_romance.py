"""Sarcasm and scorn in French, Spanish, Italian and Portuguese that was thanked (session 43):
"you managed to burn water" after a "bravo" was quoted back with a star; faint praise "for a
beginner, I guess" was starred; "another post to complain?" on the author's hard-day post was
answered "I'll answer your question properly soon". Each beside a kind twin that stays warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import HOSTILE_ADVICE, assert_read_warm, draft_of

SARCASM = [
    ("fr", "Bravo, tu as réussi à brûler de l'eau. Chapeau l'artiste."),
    ("es", "Enhorabuena, conseguiste quemar el agua. Todo un chef."),
    ("it", "Complimenti, sei riuscita a bruciare l'acqua. Una vera chef."),
    ("pt_BR", "Parabéns, conseguiu queimar a água. Uma verdadeira chef."),
    ("fr", "C'est joli pour une débutante, j'imagine."),
    ("es", "Está bonito para ser principiante, supongo."),
    ("it", "Carino per essere una principiante, immagino."),
    ("pt_BR", "Bonitinho pra uma iniciante, eu acho."),
]

# The reader's own burnt water, and praise for a beginner said warmly.
WARM_TWINS = [
    ("fr", "J'ai réussi à brûler de l'eau en faisant ta recette 😂 la honte !"),
    ("pt_BR", "Eu consegui queimar a água do macarrão kkk"),
    ("fr", "Très joli pour une débutante, bravo !"),
    ("es", "¡Está bonito para ser principiante, me encanta!"),
    ("es", "Otra vez llorando con tu post, qué bonito ❤️"),
]

HARD_DAY_SCORN = [
    ("fr", "Encore un billet pour se plaindre ? On a tous des problèmes."),
    ("es", "Otra vez llorando en el blog... todos tenemos problemas."),
    ("pt_BR", "Lá vem mimimi de novo. Todo mundo tem problema."),
]


@pytest.mark.parametrize(("language", "text"), SARCASM)
def test_sarcasm_is_hostile_not_thanked(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label == "hostile", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""
    assert draft.advice.startswith(HOSTILE_ADVICE)


@pytest.mark.parametrize(("language", "text"), WARM_TWINS)
def test_the_kind_twin_stays_warm(language, text):
    assert_read_warm(text, language, thanked=True)


@pytest.mark.parametrize(("language", "text"), HARD_DAY_SCORN)
def test_scorn_on_a_hard_day_post_is_not_answered_as_comfort(language, text):
    tone, draft = read_tone(text, support=True), draft_of(text, language, support=True)
    assert tone.label == "hostile", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""
    assert not draft.advice.startswith("A quiet reply")
