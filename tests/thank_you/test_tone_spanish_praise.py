"""Spanish praise the word lists did not know: a new reader's "¡Qué bonito blog!" was held at the
door as harsh and answered "¿Con qué parte no estás de acuerdo?" (the model alone, 0.52 hostile),
now that Spanish posts get Spanish drafts."""

import pytest

from reply_drafts import CommentFacts, draft_reply
from reply_drafts.tone import read_tone

WARM = [
    "Hola, soy nueva por aquí. ¡Qué bonito blog!",
    "Hola, soy nueva por aquí. Qué bonito blog.",
    "Buenísima receta, la hice ayer.",
    "Preciosa receta.",
    "Riquísimo, gracias!",
]
# "Bonito" in scorn or irony is no praise word.
NOT_PRAISED_FOR_BONITO = [
    "No es bonito lo que escribes sobre ella.",
    "Nada bonito, la verdad.",
    "Bonito intento, pero todo está mal.",
    "Bonita forma de perder el tiempo.",
]


@pytest.mark.parametrize("text", WARM)
def test_spanish_praise_is_read_as_praise_and_thanked(text):
    assert read_tone(text).label == "praise"
    draft = draft_reply(CommentFacts("Ana", "Tarta de queso", text, 1, "t", "", 1, language="es"))
    assert draft.tone == "praise" and "de acuerdo" not in draft.text


@pytest.mark.parametrize("text", NOT_PRAISED_FOR_BONITO)
def test_bonito_in_scorn_or_irony_is_no_praise_cue(text):
    tone = read_tone(text)
    assert tone.label != "praise" and not any("bonit" in cue for cue in tone.cues)
