"""Spanish and German scorn that wears praise or a shrug: „Toll, noch ein Bananenbrot-Rezept.
Genau das hat die Welt gebraucht." was quoted back with a gold star, "Qué original, otra receta de
pan." went in the author's notebook, „Sie sind ja eine echte Pfeife" and "Eres un pringado, tío."
got a star, "¿En serio cobras por esto? Qué vergüenza." was "muy buena pregunta", and on a hard-day
post "Jajaja qué drama, es solo un perro." was thanked for being there. Beside them, the sincere
"noch ein Rezept!", "qué original la idea", the reader calling themselves a „Pfeife" and hands
"pringadas" of dough keep their warm draft."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

SCORN = [
    ("de", "Toll, noch ein Bananenbrot-Rezept. Genau das hat die Welt gebraucht."),
    ("de", "Na super, wieder ein Beitrag über Sauerteig. Wie innovativ."),
    ("de", "Klar, jeder hat einen Holzofen zu Hause. Sehr realistisch."),
    ("de", "Sie sind ja eine echte Pfeife, Frau Bloggerin."),
    ("es", "Qué original, otra receta de pan. Nunca lo hubiera imaginado."),
    ("es", "Ay sí, porque el mundo necesitaba otro blog de masa madre."),
    ("es", "Claro, porque todos tenemos un horno de leña en casa. Muy realista."),
    ("es", "Eres un pringado, tío."),
    ("es", "¿En serio cobras por esto? Qué vergüenza."),
]
WARM = [
    ("de", "Toll, noch ein Rezept von dir! Ich freue mich schon aufs Wochenende."),
    ("de", "Genau das hat mir gefehlt, danke für das Rezept!"),
    ("de", "Klar, das probiere ich am Wochenende aus. Danke!"),
    ("de", "Ich bin so eine Pfeife, hab das Salz vergessen 😅 Trotzdem lecker, danke!"),
    ("es", "Qué original la idea de usar cerveza, ¡me encantó!"),
    ("es", "Claro, lo pruebo este finde. ¡Gracias!"),
    ("es", "Me he pringado las manos de masa hasta los codos, jaja. ¡Qué rico quedó!"),
    ("es", "Me da vergüenza admitir que me comí medio pan yo sola. ¡Gracias!"),
]


@pytest.mark.parametrize(("language", "text"), SCORN)
def test_scorn_is_neither_starred_nor_quoted(language, text):
    assert_read_hard(text, language, "hostile")


@pytest.mark.parametrize(("language", "text"), WARM)
def test_the_same_words_said_warmly_keep_their_star(language, text):
    assert_read_warm(text, language)


def test_laughing_off_a_loss_on_a_hard_day_post_is_not_thanked():
    text = "Jajaja qué drama, es solo un perro."
    tone = read_tone(text, support=True)
    draft = draft_of(text, "es", support=True, title="Adiós, Luna")
    assert tone.label == "hostile", (tone.label, tone.cues)
    assert "gracias" not in draft.text.casefold()
