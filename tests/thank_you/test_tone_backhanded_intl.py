"""Thanks with a sting in French, Spanish, German, Italian and Portuguese, as English already
reads them: "Thanks for the recipe, shame it doesn't work" is a point to look into, not a line
to quote back with a star (« Merci pour la recette, dommage qu'elle ne marche pas. »), and
"Lovely photos, shame about the writing" is a jab (« Vos photos sont jolies, dommage pour le
texte. »). The same words about the rain, or the reader's own photos, stay warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

SHAME_IT_DOES_NOT_WORK = [
    ("fr", "Merci pour la recette, dommage qu'elle ne marche pas."),
    ("es", "Gracias por la receta, lástima que no funcione."),
    ("de", "Danke für das Rezept, schade, dass es nicht funktioniert."),
    ("it", "Grazie per la ricetta, peccato che non funzioni."),
    ("pt_BR", "Obrigada pela receita, pena que não funciona."),
]

SHAME_ABOUT_THE_TEXT = [
    ("fr", "Vos photos sont jolies, dommage pour le texte."),
    ("es", "Bonitas fotos, lástima el texto."),
    ("de", "Schöne Fotos, schade um den Text."),
    ("it", "Belle foto, peccato per il testo."),
    ("pt_BR", "Fotos bonitas, pena o texto."),
]

WARM = [
    ("fr", "Dommage pour la pluie, mais vos photos sont superbes !"),
    ("fr", "Merci pour la recette, dommage que je n'aie pas de four, je la ferai chez ma mère !"),
    ("es", "Gracias por la receta, lástima que se acabó tan rápido, ¡a mis hijos les encantó!"),
    ("it", "Grazie per la ricetta, peccato che sia finita in un attimo!"),
    ("pt_BR", "Obrigada pela receita, pena que acabou tão rápido, todo mundo amou!"),
]


@pytest.mark.parametrize(("language", "text"), SHAME_IT_DOES_NOT_WORK)
def test_shame_it_does_not_work_is_a_point_to_look_into(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label == "critical", (tone.label, tone.cues)
    assert draft.quote == "" and draft.gold_stars == 0 and draft.text


@pytest.mark.parametrize(("language", "text"), SHAME_ABOUT_THE_TEXT)
def test_lovely_photos_shame_about_the_text_is_a_jab(language, text):
    assert_read_hard(text, language, "hostile")


@pytest.mark.parametrize(("language", "text"), WARM)
def test_a_shame_about_something_else_stays_warm(language, text):
    assert_read_warm(text, language, thanked=True)
