"""Warm comments in Italian, German and Spanish that the session's crisis, death and hard-time cues
misread, found by the second regression review (items 1, 2, 3, 6, 13, 21 and 22).

« la faccio finita » going on to a diet or to reading, „Heute Abend mache ich Schluss.“ explained by
the next sentence („Mit der Arbeit, meine ich.“), « se sparissi... dalla dieta », « venire a
mancare alla festa » (missing an event), « nada tiene sentido desde que se fue la luz » and « mi
sento vuota... la dispensa è vuota! » read as they did at the session's start again; a reader's
own "giornata di merda" is thanked, but the swear is not quoted back with a star. The harms the cues
were added for stay fixed. Italian comments get English drafts (language "en").
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Domani la faccio finita, basta dieta! Grazie per la torta."),
        ("en", "Stanotte la faccio finita... di leggere tutto il tuo blog! Bravissima."),
        ("en", "Nessuno se ne accorgerebbe se sparissi... dalla dieta, ahah. Bella ricetta."),
        ("de", "Heute Abend mache ich Schluss. Mit der Arbeit, meine ich. Danke für das Rezept!"),
        ("de", "Heute Abend mache ich Schluss. Feierabend! Und dann dein Brot."),
    ],
)
def test_a_crisis_phrase_going_on_to_a_diet_or_a_job_is_no_crisis(language, text):
    assert_read_warm(text, language)
    assert not draft_of(text, language).crisis


@pytest.mark.parametrize(
    "text",
    [
        "Il mio cane è venuto a mancare alla passeggiata perché pioveva. Grazie per la ricetta!",
        "Mia sorella è venuta a mancare alla festa, era malata. Ma la torta era buonissima.",
        "Mio marito è venuto a mancare all'ultimo momento alla cena, lavoro!",
        "Il mio amico è venuto a mancare all'appuntamento, ahah.",
        "Mio nonno è venuto a mancare... alla cena, era in ritardo, ahah.",
    ],
)
def test_missing_an_event_is_no_death(text):
    assert_read_warm(text, "en")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Nada tiene sentido desde que se fue la luz, jaja. ¡Menos mal que tu receta no "
            "necesita horno!",
        ),
        ("es", "Nada tiene sentido desde que perdí las llaves, jaja."),
        ("es", "Ya nada tiene sentido desde que murió mi portátil, jaja."),
        (
            "es",
            "Nada tiene sentido desde que se fue mi hermano a vivir a Chile, jaja. Gracias por la "
            "receta.",
        ),
        ("en", "Mi sento vuoto da quando ho finito la tua serie, scrivine un'altra!"),
        ("en", "Mi sento così vuota... la dispensa è vuota!"),
    ],
)
def test_an_emptiness_of_a_thing_is_no_hard_time(language, text):
    assert_read_warm(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Ma journée de merde est sauvée par ta tarte. Merci !"),
        ("en", "Una giornata di merda, ma la tua torta l'ha salvata. Grazie!"),
    ],
)
def test_a_bad_day_is_thanked_but_its_swear_is_not_quoted(language, text):
    assert_read_warm(text, language)
    draft = draft_of(text, language)
    assert draft.quote == "" and draft.gold_stars == 0


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Heute Abend mache ich Schluss."),
        ("de", "Heute Abend mache ich Schluss. Danke für alles."),
        ("en", "Stasera la faccio finita, scusate."),
    ],
)
def test_the_same_words_said_bare_stay_a_crisis(language, text):
    assert read_tone(text).crisis and draft_of(text, language).crisis


@pytest.mark.parametrize(
    "text",
    [
        "Nada tiene sentido desde que se fue mi madre.",
        "Nada tiene sentido desde que murió mi padre.",
        "Mi sento vuoto dentro. Non ho fame da giorni.",
    ],
)
def test_the_same_words_of_a_person_stay_a_hard_time(text):
    assert read_tone(text).label == "grief"


@pytest.mark.parametrize(
    "text",
    [
        "Mio padre è venuto a mancare all'improvviso la settimana scorsa.",
        "Mia nonna è venuta a mancare a 92 anni.",
        "Mio nonno è venuto a mancare all'affetto dei suoi cari.",
        "Mio padre è venuto a mancare a marzo.",
        "Mia madre è venuta a mancare alla fine di una lunga malattia.",
    ],
)
def test_a_death_told_with_a_or_all_stays_a_death(text):
    tone = read_tone(text)
    assert tone.label == "grief" and tone.loss
