"""Spanish, German, Italian and Portuguese hard times and low moods, and their warm twins.

A low mood, a divorce, an illness, the end of one's tether or nothing making sense any more gets a
quiet reply, no star and no quote. Beside them stand the warm comments in the same words (a power
cut, lost keys, a laptop gone, a pizza, an oven, an empty larder), which are no hard time.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import HOSTILE_ADVICE, assert_read_hard, assert_read_warm, draft_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Vergognati, mi hai fatto mangiare tre fette! Buonissima."),
        ("de", "Peinlich ist nur, wer so einen Beitrag kritisiert. Alles Liebe."),
        ("en", "Que vergonha de quem critica esse texto. Um abraço enorme."),
        (
            "de",
            "Selten so einen Mist gelesen... habe ich gedacht, bevor ich es probiert habe. Jetzt "
            "begeistert!",
        ),
    ],
)
def test_a_kind_comment_on_a_hard_day_post_gets_a_draft(language, text):
    draft = draft_of(text, language, support=True)
    assert read_tone(text, "Sam", support=True).label != "hostile"
    assert draft.text != "" and not draft.advice.startswith(HOSTILE_ADVICE)
    assert not draft.advice.startswith("Scorn")


@pytest.mark.parametrize(
    ("language", "text", "label"),
    [
        ("es", "Este texto es ridículo.", "hostile"),
        ("en", "Il testo è ridicolo.", "hostile"),
        ("de", "Peinlich ist dieser Beitrag.", "hostile"),
        ("de", "Dieser Beitrag ist Müll.", "hostile"),
        ("en", "Texto ridículo, quem escreveu isso não sabe nada.", "hostile"),
        ("en", "Chi ti credi di essere? Articolo pietoso.", "hostile"),
        ("es", "¿Quién te crees que eres? Das pena.", "hostile"),
        ("en", "Vergognati, mi fai schifo.", "hostile"),
        ("en", "Babaca é você.", "hostile"),
        ("de", "Selten so einen Mist gelesen.", "hostile"),
        ("en", "Mi sento vuoto dentro. Non ho fame da giorni.", "grief"),
        ("en", "Ci stiamo separando, io e mio marito.", "grief"),
        ("en", "È venuta a mancare la mia nonna ieri.", "grief"),
        ("en", "Estou passando por um divórcio. Está muito difícil.", "grief"),
        ("es", "Nada tiene sentido desde que se fue mi madre.", "grief"),
    ],
)
def test_the_same_words_said_in_earnest_still_read_hard(language, text, label):
    assert_read_hard(text, language, label)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ultimamente mi sento così vuota e sola."),
        ("en", "Sono giorni che non riesco ad alzarmi dal letto. Niente ha più senso."),
        ("en", "Tenho me sentido tão sozinha e vazia ultimamente."),
        ("en", "Nada mais faz sentido pra mim."),
        ("en", "Estou passando por um divórcio difícil."),
        ("es", "Llevo días sin poder levantarme de la cama. Nada tiene sentido."),
        ("es", "Me estoy divorciando y todo se me hace cuesta arriba."),
        ("de", "Ich fühle mich in letzter Zeit so leer und allein."),
        ("de", "Ich komme seit Tagen nicht aus dem Bett. Nichts hat mehr Sinn."),
    ],
)
def test_a_low_mood_or_a_divorce_gets_a_quiet_reply(language, text):
    assert_read_hard(text, language, "grief")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Ieri è venuta a mancare la corrente a metà impasto 😅 ma il pane è venuto lo stesso!",
        ),
        ("en", "Mi sento inutile in cucina, ma con la tua ricetta ce l'ho fatta!"),
        ("en", "Niente ha più senso di una buona pizza fatta in casa."),
        (
            "en",
            "Mi sento così vuota dopo l'ultima puntata della serie, ma il tuo post mi ha "
            "consolato 😄",
        ),
        ("es", "Me estoy divorciando de mi horno viejo, el nuevo es genial 😂"),
        ("es", "Nada tiene sentido en este código, jajaja, pero tu tutorial me salvó."),
        (
            "de",
            "Ich fühle mich so leer, seit die Serie vorbei ist 😅 Zum Glück gibt es deinen Blog!",
        ),
        ("de", "Nichts hat mehr Sinn gemacht als dein Artikel über Git."),
    ],
)
def test_the_power_a_pizza_or_an_oven_is_no_hard_time(language, text):
    assert_read_warm(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "ya no puedo más, de verdad"),
        ("en", "Já não aguento mais, estou farto de tudo."),
    ],
)
def test_a_reader_at_the_end_of_their_tether_gets_a_quiet_reply(language, text):
    assert_read_hard(text, language, "grief")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Bei mir wurde Brustkrebs diagnostiziert. Dein Blog lenkt mich ab."),
        (
            "de",
            "Wir lassen uns nach 20 Jahren scheiden. Backen ist das einzige, was mich beruhigt.",
        ),
        ("en", "Mi hanno diagnosticato un tumore al seno. Il tuo blog mi distrae."),
        ("en", "Estou me divorciando depois de 15 anos, cozinhar é a única coisa que me acalma."),
    ],
)
def test_an_illness_or_a_divorce_gets_a_quiet_reply(language, text):
    assert_read_hard(text, language, "grief")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Llevo semanas sin ganas de nada, hoy al menos leí tu post."),
        ("de", "Seit Wochen habe ich zu nichts Lust. Heute wenigstens dein Beitrag."),
        ("en", "Da settimane non ho voglia di niente. Oggi almeno ho letto il tuo post."),
        ("en", "Há semanas não tenho vontade de nada. Hoje pelo menos li seu post."),
        ("es", "Desde que ella no está, la casa se siente vacía."),
        ("de", "Seit sie nicht mehr da ist, ist das Haus so still."),
        ("en", "Da quando lei non c'è più, la casa è così silenziosa."),
        ("en", "Desde que ela se foi, a casa ficou vazia."),
    ],
)
def test_weeks_of_wanting_nothing_or_a_house_gone_quiet_gets_a_quiet_reply(language, text):
    assert_read_hard(text, language, "grief")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Ya no le encuentro sentido a nada."),
        ("de", "Es hat alles keinen Sinn mehr."),
        ("en", "Non ha più senso niente."),
    ],
)
def test_nothing_making_sense_any_more_gets_a_quiet_reply(language, text):
    assert_read_hard(text, language, "grief")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the fixed misreadings: these had been given condolences
        ("en", "Mia nonna è morta dal ridere quando ha visto la mia torta storta"),
        ("en", "Meu avô morreu de rir com a minha tentativa de pão"),
        ("de", "Mein Opa ist fast gestorben vor Lachen, als er das Brot sah"),
        ("de", "Ich habe gekündigt und mache jetzt meine eigene Bäckerei auf!"),
        ("en", "Mi sono licenziata per aprire una pasticceria, grazie per l'ispirazione!"),
        # near misses of the new cues
        ("es", "Soy una carga en la cocina, jaja, pero esta vez me salió."),
        ("es", "Estoy cansada de vivir a dieta, ¡esta tarta me salvó!"),
        ("es", "Nadie me echaría de menos si me fuera de vacaciones un mes, jaja."),
        ("es", "Nadie me echaría de menos si me fuera a la cocina a comerme otro trozo jaja"),
        ("en", "Sono stanca di vivere a dieta, questa torta mi ha salvata!"),
        ("en", "Ho già preparato le pillole per il viaggio e la tua torta per il treno."),
        ("en", "Tô cansada de viver de dieta, esse bolo me salvou!"),
        ("en", "Queria dormir pra sempre nesse domingo chuvoso com esse bolo kkk"),
        ("en", "Já separei os remédios da semana e agora vou fazer seu bolo."),
        ("de", "Ich bin so müde von allem, was heute los war, aber dein Kuchen!"),
        ("de", "Es hat alles keinen Sinn mehr, wenn der Ofen kaputt ist, haha."),
    ],
)
def test_dying_of_laughter_quitting_for_a_bakery_and_a_tired_day_stay_warm(language, text):
    assert_read_warm(text, language)


# An illness told as English tells "I have fibromyalgia" (cue.DISCLOSURE): warm, but nothing of it
# quoted back as what the post was missing.
DISCLOSED = [
    ("es", "Tengo fibromialgia y hay días que ni me levanto. Gracias por escribir sobre esto."),
    ("it", "Ho la fibromialgia e certi giorni non riesco ad alzarmi. Grazie per questo post."),
    ("pt", "Tenho fibromialgia e tem dias que nem levanto. Obrigada por escrever sobre isso."),
]


@pytest.mark.parametrize(("language", "text"), DISCLOSED)
def test_fibromyalgia_is_not_quoted_back(language, text):
    assert_read_warm(text, language)
    assert "fibromialgia" not in draft_of(text, language).quote.casefold()


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
    "text",
    [
        "Nada tiene sentido desde que se fue mi madre.",
        "Nada tiene sentido desde que murió mi padre.",
        "Mi sento vuoto dentro. Non ho fame da giorni.",
    ],
)
def test_the_same_words_of_a_person_stay_a_hard_time(text):
    assert read_tone(text).label == "grief"
