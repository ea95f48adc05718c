"""Spanish and German readers who may be at risk, in words no list had: "Ya regalé mis cosas,
solo quería despedirme de este blog tan bonito." and „Ich habe alles geregelt und meine Sachen
verschenkt." were quoted back with a gold star („Wie schön, das zu lesen!"), „Manchmal denke ich,
es wäre besser, wenn ich einfach nicht mehr aufwache." was a line for the author's notebook. Beside
them, the same words about a move, a holiday or a lie-in, which keep their warm draft."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

# A wish not to wake up: the helpline, no star, no quote.
AT_RISK = [
    ("es", "A veces pienso que sería mejor no despertar mañana."),
    ("de", "Manchmal denke ich, es wäre besser, wenn ich einfach nicht mehr aufwache."),
    ("de", "Ich wünschte, ich würde morgen einfach nicht mehr aufwachen."),
    ("de", "Ich kann nicht mehr. Ich will einfach nur, dass es aufhört."),
]
# Things given away, a last comment: as in English ("I've given away my things"), too doubtful
# for a helpline, but nothing to quote or star.
GUARDED = [
    ("es", "Ya regalé mis cosas, solo quería despedirme de este blog tan bonito."),
    ("es", "Regalé todas mis cosas y dejé cartas para mi familia. Gracias por todo."),
    ("de", "Ich habe alles geregelt und meine Sachen verschenkt. Danke für die schönen Rezepte."),
    ("es", "Este será mi último comentario. Cuídense mucho."),
    ("de", "Das wird mein letzter Kommentar sein. Passt auf euch auf."),
]
# The same words on an ordinary day: a warm draft, no helpline.
WARM = [
    ("es", "Regalé mis moldes viejos a mi sobrina y me compré unos nuevos. ¡Gracias por la idea!"),
    ("es", "Me despido hasta septiembre, ¡nos vamos de vacaciones! Gracias por las recetas."),
    ("es", "Este será mi último comentario del año, ¡felices fiestas y gracias por todo!"),
    ("es", "Jajaja me quiero morir con el chiste del horno 😂"),
    ("de", "Ich habe meine alten Backformen verschenkt, weil wir nach Wien ziehen. Danke!"),
    ("de", "Das wird mein letzter Kommentar vor dem Urlaub sein, bis bald und danke!"),
    ("de", "Seit der Rente wache ich nicht mehr vor neun auf, herrlich. Tolles Rezept!"),
    ("de", "Ich lach mich tot über dein verbranntes Brot 😂"),
    ("de", "Ich will einfach nur, dass es aufhört zu regnen, dann backe ich draußen. Danke!"),
]


@pytest.mark.parametrize(("language", "text"), AT_RISK)
def test_a_reader_at_risk_gets_the_helpline_and_no_star(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.crisis and draft.crisis, tone.cues
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(("language", "text"), GUARDED)
def test_things_given_away_or_a_last_word_are_neither_quoted_nor_starred(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.guarded or tone.crisis or tone.label == "grief", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(("language", "text"), WARM)
def test_the_same_words_on_an_ordinary_day_stay_warm(language, text):
    assert_read_warm(text, language)
    assert not read_tone(text).guarded
