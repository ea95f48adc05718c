"""Spanish and German losses told without the word "died": „Mañana es el entierro de mi mejor
amiga." got a gold star and was quoted as better said than the post, "Mañana es el velorio de mi
papá" was answered as a hostile comment, „Das erste Weihnachten ohne sie." was a line for the
author's notebook. Beside them, a carnival's "entierro de la sardina", a first Christmas without
snow and a sourdough starter that "died" again keep their warm draft, with no condolences."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

HARD_TIME = [
    ("es", "Mañana es el velorio de mi papá y no sé ni cómo llegué a tu blog."),
    ("es", "Hoy fue la misa de difuntos de mi abuela. Ella hacía este pan."),
    ("es", "Mañana es el entierro de mi mejor amiga."),
    ("es", "Se nos adelantó mi hermano en marzo. Este pan era su favorito."),
    ("es", "Mi abuelita ya está con Dios. Gracias por la receta, me recordó a ella."),
    ("es", "Me quedé sin chamba y con tres hijos. Gracias por las recetas baratas."),
    ("de", "Das erste Weihnachten ohne sie. Ich backe trotzdem ihre Plätzchen."),
    ("de", "Sie ist jetzt bei den Engeln. Danke für das Rezept, es erinnert mich an sie."),
    ("de", "Meine Frau hat sich von mir getrennt. Jetzt backe ich nur noch für mich."),
    ("de", "Ich komme seit Wochen kaum aus dem Bett. Deine Beiträge helfen ein bisschen."),
    ("de", "Mein Mann liegt seit Montag auf der Intensivstation. Ich backe gegen die Angst."),
    ("es", "Llevo meses sin ganas de levantarme de la cama. Leerte me ayuda un poco."),
]
WARM = [
    ("es", "Fuimos al entierro de la sardina en Carnaval, ¡qué fiesta! Y luego tu pan."),
    ("es", "Después de misa hicimos tu pan con mi abuela. ¡Quedó buenísimo!"),
    ("es", "Mi abuela se nos adelantó y ya tenía la masa lista cuando llegamos, jaja."),
    ("de", "Das erste Weihnachten ohne Schnee, aber mit deinem Stollen. Danke!"),
    ("de", "Das erste Weihnachten in der neuen Wohnung, und dein Rezept war dabei!"),
    ("de", "Mein Sauerteig ist schon wieder gestorben, haha. Tipps?"),
    ("de", "Meine Frau ist Pflegerin auf der Intensivstation und liebt dein Brot. Danke!"),
    ("de", "Meine Tochter war als Baby auf der Intensivstation, heute backt sie dein Brot!"),
    ("es", "Se me murió la masa madre otra vez jaja. ¿Algún consejo?"),
    ("es", "Llevo semanas sin ganas de levantarme temprano, pero por este pan madrugo. ¡Gracias!"),
    ("de", "Meine Frau und ich haben den Teig getrennt gebacken, ihrer war besser. Danke!"),
]


@pytest.mark.parametrize(("language", "text"), HARD_TIME)
def test_a_loss_told_obliquely_gets_the_quiet_reply(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label == "grief", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == "" and not draft.crisis


@pytest.mark.parametrize(("language", "text"), WARM)
def test_the_same_words_on_an_ordinary_day_stay_warm(language, text):
    assert_read_warm(text, language)


# A loss of the reader's own told with the verb alone: condolences, not "thank you for being here".
OWN_LOSS_VERB_ONLY = [
    "Tuve un aborto espontáneo y no se lo he dicho a nadie.",
    "Perdimos al bebé en la semana 12. Hoy horneé por primera vez desde entonces.",
]


@pytest.mark.parametrize("text", OWN_LOSS_VERB_ONLY)
def test_a_loss_told_with_the_verb_alone_is_the_readers_own(text):
    tone, draft = read_tone(text), draft_of(text, "es")
    assert tone.label == "grief" and tone.shared, (tone.label, tone.cues)
    assert "gracias por estar ahí" not in draft.text.casefold()
    assert draft.gold_stars == 0 and draft.quote == ""


def test_comfort_that_says_we_had_the_same_stays_comfort():
    text = "Lo siento mucho. Nosotros también tuvimos que despedirnos de nuestro perro. Un abrazo."
    tone = read_tone(text, support=True)
    assert tone.label == "grief" and tone.comforting, (tone.label, tone.cues)
