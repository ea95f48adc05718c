"""« Je dis ça je dis rien mais ton pain a l'air cru. » (the shrug said first), « C'est pas pour
dire, mais... », "Non per dire, ma..." and "Não é por nada, mas..." had been quoted back with a
gold star: each is a disclaimer before a critique, read critical like « Ton pain a l'air cru. Je
dis ça. » (no star, no quote). The same openings before praise, and « pas pour dire » going on to
something else, stay warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

JABS = [
    ("fr", "Je dis ça je dis rien mais ton pain a l'air cru."),
    ("fr", "Je dis ça, je dis rien, mais la croûte est brûlée."),
    ("fr", "C'est pas pour dire, mais ton pain a l'air cru."),
    ("it", "Non per dire, ma il tuo pane sembra crudo."),
    ("pt", "Não é por nada, mas o seu pão parece cru."),
    ("fr", "Ton pain a l'air cru. Je dis ça."),
]

WARM = [
    ("fr", "Je dis ça je dis rien mais c'est le meilleur pain que j'ai fait !"),
    ("fr", "Ce n'est pas pour dire merci que j'écris, mais pour la photo : sublime !"),
    ("it", "Non per dire, ma è il pane più buono che abbia mai fatto!"),
    ("fr", "Je dis souvent à ma fille que ton pain est le meilleur."),
]


@pytest.mark.parametrize(("language", "text"), JABS)
def test_a_disclaimer_before_a_critique_is_no_praise(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label == "critical", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(("language", "text"), WARM)
def test_the_same_words_before_praise_stay_warm(language, text):
    assert_read_warm(text, language)
