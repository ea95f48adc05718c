"""Everyday Spanish, German, Italian and Portuguese comments that share the words of the newest
hard-time, at-risk and scorn cues, and had come to read worse: a child's "convulsión de risa" got
condolences, "el entierro de mi dieta 😂" and "la missa de sétimo dia do meu fermento kkk" were
bereavements, "Il nostro vecchio Bobby se n'è andato stamattina... al mare con i nonni!" a pet
gone, „Das wird mein letzter Kommentar sein, bevor ich in den Urlaub fahre!" a last word, "Eu
queria me matar quando vi que esqueci o açúcar" got the helpline, and "un'altra ricetta copiata
dalla nonna" was a jab. Each keeps its warm draft; the hard times beside them still read hard."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

WARM = [
    # A fit of laughter is no seizure.
    ("es", "Tuve una convulsión de risa con tu historia del perro y la masa."),
    ("es", "Mi hija tuvo una convulsión de risa cuando vio el pan aplastado."),
    ("es", "Le dio una convulsión de alegría a mi abuela cuando probó el flan, jaja."),
    ("it", "Mio figlio ha avuto una convulsione di risate quando il pane è esploso."),
    ("pt_BR", "Meu filho teve uma convulsão de riso quando o bolo explodiu kkk"),
    # The burial of a diet, an oven or a starter, told as a joke.
    ("es", "El velorio de mi masa madre fue ayer, descanse en paz jaja. ¿Me das otra?"),
    ("es", "Mañana es el entierro de mi dieta, empiezo con tu brownie 😂"),
    ("es", "Hicimos el entierro de mi viejo horno con honores y estrenamos el nuevo con tu pan."),
    ("it", "La veglia funebre del mio forno: ha resistito vent'anni, ora ne ho uno nuovo 😂"),
    ("pt_BR", "Missa de sétimo dia do meu fermento, descanse em paz kkk"),
    # Kin who cut the queue, made peace with a kitchen, or are away.
    ("es", "Mi hermano se nos adelantó en la cola del horno y se llevó la primera pizza."),
    ("es", "Mi abuelo ya está en paz con la cocina nueva, le encanta tu receta."),
    ("it", "Mio nonno non c'è più da un mese a casa, è in crociera con la nonna!"),
    ("it", "Il primo Natale senza la nonna in cucina: ha lasciato fare tutto a me!"),
    ("pt_BR", "Primeiro Natal sem ela, a minha sogra, na cozinha: fui eu que fiz tudo kkk"),
    # A pet or a friend gone somewhere: the next sentence says where.
    ("it", "Il nostro vecchio Bobby se n'è andato stamattina... al mare con i nonni!"),
    ("it", "La mia cara amica se n'è andata stamattina. In vacanza, beata lei!"),
    ("pt", "O nosso velho Bidu partiu hoje. Para a casa da praia, com os meus pais!"),
    ("pt_BR", "Minha querida Ana partiu hoje. Para Paris! Levou o bolo na mala."),
    # Let go from a cooking class or a kitchen, laughing.
    ("it", "Ci hanno licenziati tutti dal corso di cucina perché bruciavamo tutto, ahah."),
    ("pt_BR", "Fomos todos despedidos da cozinha pela minha mãe kkk"),
    # A lie-in, a holiday.
    ("de", "Ich komme seit Tagen kaum aus dem Bett, weil die Ferien so schön sind 😂 Danke!"),
    ("de", "Das wird mein letzter Kommentar sein, bevor ich in den Urlaub fahre!"),
    # Hyperbole over a forgotten ingredient.
    ("pt_BR", "Eu queria me matar quando vi que esqueci o açúcar, mas ficou bom mesmo assim!"),
    # Praise that opens like a jab.
    ("it", "Un'altra ricetta copiata dalla nonna, e sempre la migliore!"),
    ("es", "Qué original, otra receta con calabaza, justo lo que buscaba. ¡Gracias!"),
    ("pt_BR", "Nossa, que original, mais uma receita de pão de queijo e a melhor de todas!"),
]


@pytest.mark.parametrize(("language", "text"), WARM)
def test_everyday_comments_sharing_the_words_stay_warm(language, text):
    assert_read_warm(text, language)
    draft = draft_of(text, language)
    assert not read_tone(text).guarded and not draft.crisis
    if read_tone(text).label != "question":
        assert draft.gold_stars > 0 or draft.quote != "", draft


# The hard times the same cues were written for still read hard.
HARD = [
    ("es", "Mañana es el entierro de mi mejor amiga."),
    ("es", "Mañana es el velorio de mi papá y no sé ni cómo llegué a tu blog."),
    ("es", "Mi hija tuvo su primera convulsión anoche."),
    ("es", "Se nos adelantó mi hermano en marzo. Este pan era su favorito."),
    ("es", "Mi abuelo se nos adelantó en enero. Hacía este pan."),
    ("es", "Mi abuelita ya está en paz. Gracias por la receta."),
    ("it", "Dopo la veglia funebre avevamo bisogno di qualcosa di caldo."),
    ("it", "Mio figlio ha avuto una convulsione ieri sera, siamo ancora in ospedale."),
    ("it", "Il nostro vecchio Fido se n'è andato stamattina."),
    ("it", "Il primo Natale senza la nonna. Farò il suo pane."),
    ("pt_BR", "Fiz esse bolo pra missa de sétimo dia da minha avó."),
    ("pt", "O nosso velho Bidu partiu hoje. Para sempre."),
    ("pt_BR", "Meu filho teve uma convulsão ontem à noite."),
]


@pytest.mark.parametrize(("language", "text"), HARD)
def test_the_hard_times_beside_them_still_read_hard(language, text):
    assert_read_hard(text, language, "grief")


def test_a_reader_at_risk_still_gets_the_helpline():
    text = "Ontem à noite eu queria me matar, hoje está um pouco melhor."
    assert draft_of(text, "pt_BR").crisis


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Ich habe alles geregelt und meine Sachen verschenkt. Danke für die Rezepte."),
        ("de", "Das wird mein letzter Kommentar sein. Passt auf euch auf."),
    ],
)
def test_a_last_word_still_gets_no_star(language, text):
    draft = draft_of(text, language)
    assert draft.gold_stars == 0 and draft.quote == ""


# Things given away before a move abroad: as in English ("We're moving to Lisbon, so I've given
# away most of my things"), guarded (nothing quoted or starred) but no hard time to be sorry for.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Ich habe alles geregelt und meine Sachen verschenkt, wir wandern nach Kanada aus!"),
        ("es", "Regalé todas mis cosas, ¡nos mudamos a Chile!"),
    ],
)
def test_things_given_away_before_a_move_are_no_hard_time(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label != "grief" and not tone.crisis, (tone.label, tone.cues)
    assert not draft.crisis and "sorry" not in draft.advice.casefold()


# Goodbyes to a thing, a farewell to an old oven, an ending put to a sedentary life, a mum off on
# holiday and a job cut that turned out well share the words of this morning's hard-time and
# at-risk cues: "Esto es una despedida... ¡de la harina blanca!" got the helpline and
# "Mi puesto fue eliminado… ¡y me ascendieron!" condolences. Each is thanked as before.
GOOD_TURNS = [
    ("es", "Esto es una despedida... ¡de la harina blanca! Desde hoy solo integral."),
    ("it", "Questo è un addio… al pane del supermercato. Grazie!"),
    ("it", "Regalo i miei stampi, non mi servono più. Grazie di tutto!"),
    ("es", "Descanse en paz mi horno viejo, el nuevo es una maravilla."),
    ("de", "Ruhe in Frieden, mein alter Ofen. Der neue backt wie ein Traum."),
    ("it", "Riposa in pace, vecchio forno. Quello nuovo è una meraviglia."),
    ("pt", "Descanse em paz, forno velho. O novo é uma maravilha!"),
    ("es", "Acabó con su vida sedentaria y ahora corre maratones."),
    ("pt", "Pôs fim à própria vida sedentária e agora corre maratonas."),
    ("es", "Mamá se fue tranquila de vacaciones a Cádiz."),
    ("es", "Mi puesto fue eliminado… ¡y me ascendieron! Ahora soy jefa de equipo."),
    ("es", "Mi puesto fue eliminado y me dieron uno mejor, estoy feliz."),
    (
        "es",
        "La empresa prescindió de mí… y monté mi propia panadería. ¡Gracias por la inspiración!",
    ),
    ("de", "Meine Stelle wurde gestrichen – und ich habe eine viel bessere gefunden! Danke."),
    ("it", "Il mio posto è stato soppresso… e mi hanno promosso! Che anno."),
    ("it", "Il mio posto di lavoro è stato eliminato, ma ne ho trovato uno migliore!"),
    ("pt", "Meu cargo foi extinto… e fui promovida! Que ano."),
    ("pt", "O meu posto foi eliminado e encontrei um melhor, estou feliz!"),
    ("pt_BR", "A empresa me dispensou… e abri minha própria padaria! Obrigada pela inspiração."),
    ("pt_BR", "O Biscoito atravessou a ponte do arco-íris… a do parque de diversões kkk"),
]


@pytest.mark.parametrize(("language", "text"), GOOD_TURNS)
def test_a_goodbye_to_a_thing_or_a_job_cut_turned_well_is_thanked(language, text):
    assert_read_warm(text, language, thanked=True)


# The farewells, deaths and job cuts those cues were written for still read as they did.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Descanse en paz mi abuelo. Hacía este pan cada domingo."),
        ("de", "Ruhe in Frieden, mein alter Freund. Er hat dieses Brot geliebt."),
        ("it", "Mio fratello ha posto fine alla sua vita a marzo."),
        ("es", "Mamá se fue el domingo, tranquila, de la mano."),
        ("es", "Mi puesto fue eliminado el lunes. Doce años."),
        ("pt", "O meu posto foi eliminado e não sei o que fazer."),
        ("it", "Ho avuto un esaurimento nervoso a maggio."),
    ],
)
def test_the_losses_beside_those_good_turns_still_read_hard(language, text):
    assert_read_hard(text, language, "grief")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Gracias por las recetas. Esto es una despedida."),
        ("it", "Grazie per tutto. Questo è un addio."),
        ("es", "Esto es una despedida… de todos vosotros."),
    ],
)
def test_a_goodbye_to_no_thing_still_gets_the_helpline(language, text):
    assert draft_of(text, language).crisis


# Killing an oven, eating oneself silly, a term abroad, an old toaster, a job cut "zum Glück" and
# a Christmas of cakes: hyperbole and good news that had come to get the helpline or condolences.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Quiero matar a mi horno, quemó todo otra vez."),
        ("es", "Me quiero matar a comer este pan todos los días."),
        ("es", "No voy a estar aquí mucho tiempo más… ¡me voy de Erasmus!"),
        ("de", "Ruhe in Frieden, alter Toaster."),
        (
            "de",
            "Meine Stelle wurde gestrichen… zum Glück! Jetzt mache ich meine eigene Bäckerei auf.",
        ),
        ("pt_BR", "Tive um burnout… de tanto fazer bolo no Natal kkk"),
    ],
)
def test_hyperbole_and_good_news_in_those_words_stay_warm(language, text):
    assert_read_warm(text, language, thanked=True)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Me quiero matar."),
        ("es", "Quiero matarme, ya no puedo más."),
        ("es", "No voy a estar aquí mucho tiempo más."),
    ],
)
def test_wanting_to_die_still_gets_the_helpline(language, text):
    assert draft_of(text, language).crisis
