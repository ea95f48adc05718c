"""Everyday Spanish, German, Italian and Portuguese comments that session 38's new cues misread.

The cues added for real losses, retorts, readers at risk and spam in these languages
(tone_cues' DEATH_TOLD_INTL, LOW_MOOD_INTL, RETORTS_INTL, CRISIS, GRIEF_OTHER, SPAM_TERMS) also
caught warm comments with the same words: a dog that ran off and came back ("se nos fue hace un
rato"), granny lost at a museum for an hour, guests who left at midnight („von uns gegangen"), a
brother gone to live in Milan (« ci ha lasciati per andare… »), a son off on an exchange ("partiu
hoje para o intercâmbio"), a school play's little star ("virou estrelinha"), a husband's "claro, y
yo soy astronauta" told as a family joke, travel advice („informier dich vorher"), a dog that
found the hot water, a charity run against breast cancer, an oncologist at work, a food coma
("Depois desse feijão, queria dormir pra sempre.") and a cook who burns water ("estarían todos
mejor sin mí, ¡quemo hasta el agua!"). Each had been read as a loss, a jab, spam or a reader at
risk. Italian and Portuguese comments get English drafts (language "en").
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import HOSTILE_ADVICE, QUIET_ADVICE, draft_of

NEAR_MISSES = [
    # a pet that ran off, a relative lost for an hour, a trip: not a death
    ("es", "Mi gato se nos fue ayer por la tarde y volvió a las dos horas con un ratón."),
    ("es", "Nuestra perrita se nos fue hace un rato detrás de una paloma, ¡menudo susto!"),
    ("es", "Mi perro se nos fue hoy en el parque persiguiendo una pelota, pero lo encontramos."),
    ("es", "Mi padre se nos fue hace un mes a Argentina de vacaciones y ya ha hecho tu pan allí."),
    ("es", "Perdimos a la abuela en el museo durante una hora, estaba en la cafetería."),
    ("es", "En el aeropuerto perdimos a mi hermano diez minutos, casi perdemos el vuelo."),
    ("es", "Perdimos a nuestro perro en la playa un rato, ¡apareció con un bocadillo robado!"),
    ("es", "El globo aerostático cruzó el arcoíris justo cuando hicimos la foto."),
    ("de", "Wir haben Oma im Möbelhaus verloren, sie saß im Restaurant beim Kuchen."),
    ("de", "Wir haben den Hund kurz verloren, aber er war nur beim Nachbarn."),
    ("de", "Ich habe meinen Bruder am Bahnhof verloren und ihn am Bäckerstand wiedergefunden."),
    ("de", "Die Gäste sind erst um Mitternacht von uns gegangen, der Kuchen war ratzeputz weg."),
    ("de", "Der Praktikant ist letzte Woche von uns gegangen, er arbeitet jetzt bei Bosch."),
    ("de", "Unser Kollege ist nach zwanzig Jahren von uns gegangen – in den Ruhestand!"),
    ("de", "Unsere Katze ist von uns gegangen – zu den Nachbarn, die haben bessere Leckerli."),
    ("de", "Wir sind am Samstag zur Regenbogenbrücke in Hamburg gelaufen, dann gab es Brot."),
    ("de", "Mein Sternenkind-Kalender für die Astronomie-AG ist fertig, danke!"),
    ("en", "Abbiamo perso il cane per due ore al parco, era dal gelataio."),
    ("en", "Abbiamo perso la nonna in fiera, l'abbiamo trovata allo stand dei dolci."),
    ("en", "Abbiamo perso il nonno a carte, come sempre!"),
    ("en", "Mia mamma ci ha lasciati dalla nonna per il weekend e abbiamo fatto la tua torta."),
    ("en", "Mio fratello ci ha lasciati per andare a vivere a Milano, gli ho spedito i biscotti."),
    ("en", "Mio papà ci ha lasciati per due settimane: è in crociera."),
    ("en", "Il progetto è nato morto, ma la torta per consolarci era ottima."),
    ("en", "Il mio lievito madre è nato morto, riprovo domani con la tua guida."),
    ("en", "Sono passata sul ponte dell'arcobaleno a Bologna? No, era un arcobaleno vero!"),
    ("en", "Meu filho partiu hoje para o intercâmbio e levou um pote desses biscoitos."),
    ("en", "Meu marido partiu cedo pro trabalho e deixou só migalhas do bolo."),
    ("en", "Minha filha partiu ontem para Lisboa, mandei a receita para ela."),
    ("en", "Nossa cachorrinha partiu atrás de uma borboleta e voltou toda suja."),
    ("en", "Meu pai partiu feliz para a pescaria com seu pão na mochila."),
    ("en", "Minha filha virou estrelinha na peça da escola e estava linda!"),
    ("en", "No Natal, meu filho virou uma estrelinha no presépio da igreja."),
    ("en", "Nossa gata virou estrelinha da internet com aquela foto!"),
    ("en", "Perdemos o cachorro na praia por meia hora, ele estava atrás de um peixe."),
    ("en", "Perdemos a vovó na feira, ela estava na barraca de pastel."),
    ("en", "Perdemos o vovô no dominó de novo!"),
    # nothing but cake for weeks; someone away on a trip or a new job, said in the same sentence
    ("es", "Llevo semanas sin ganas de nada dulce, pero esta tarta me ha devuelto el apetito."),
    ("es", "No tengo ganas de nada desde hace semanas que no sea tu bizcocho."),
    ("es", "Desde que ella no está, cocino yo: mi mujer está de viaje por trabajo."),
    ("de", "Seit er nicht mehr da ist, ist das Büro viel ruhiger – er hat den Job gewechselt."),
    ("de", "Seit Oma nicht mehr bei uns ist, sondern im schönen Allgäu wohnt, backe ich selbst."),
    ("de", "Seit Wochen habe ich zu nichts Lust außer zu deinem Käsekuchen."),
    ("de", "Hab seit Wochen auf nichts mehr Lust als auf Pizza, danke für das Rezept!"),
    ("en", "Da quando mio figlio non c'è più, perché è andato a studiare a Bologna, cucino meno."),
    ("en", "Da settimane non ho voglia di niente se non della tua focaccia!"),
    ("en", "Non ho voglia di niente da settimane tranne che di questa pasta."),
    ("en", "Há semanas não tenho vontade de nada além de pão de queijo."),
    ("en", "Não tenho vontade de nada há semanas que não seja esse bolo de cenoura."),
    # a family joke told, travel advice, a dog and the hot water, a child's discovery: no retort
    ("es", "Le dije a mi marido que el pan lo hice yo y me contestó: claro, y yo soy astronauta."),
    ("es", 'Mi hijo, cuando le dije que hice el cruasán: "Claro, mamá, y yo soy Batman." Jajaja.'),
    ("es", "Si vas a Sevilla en agosto, infórmate un poco."),
    ("es", "Infórmate antes de publicar recetas de conservas, me lo dijo mi profe. ¡Gracias!"),
    ("es", "El perro descubrió el agua caliente de la ducha y ahora no quiere salir 😂"),
    ("es", "Mi abuelo decía que su pueblo descubrió el agua caliente antes que nadie."),
    ("es", "Mi hija de cinco años me dijo hoy: mamá, has descubierto que el pan lleva harina."),
    ("es", "Contéstame ya, ¡que estoy con la masa en las manos! Qué vergüenza me da preguntar."),
    ("de", "Mein Sohn sagte: Na klar, und ich bin der Kaiser von China. Dann aß er zwei Stück."),
    ("de", "Klar, und ich bin Batman! – sagte mein Mann, als ich vom Brot erzählte."),
    ("de", "Mein Mann sagt immer: Sicher, und ich bin der Papst. Dein Rezept glaubt er."),
    ("de", "Wenn du im August nach Italien fährst, informier dich vorher."),
    ("de", "Für Allergiker: informier dich mal."),
    ("de", "Antworte endlich, Schatz, das Essen ist fertig! – ruft sie. Frechheit, sagt sie."),
    ("en", "Mio figlio quando gli ho detto che l'avevo fatto io: «Sì, certo, e io sono il Papa.»"),
    ("en", "Certo, e io sono Napoleone! — ha detto mio marito. Invece era tutto fatto in casa."),
    ("en", "Se andate a Venezia ad agosto, informati un po'."),
    ("en", "Informati prima di scrivere la lista della spesa, ci sono offerte al mercato!"),
    ("en", "Hai scoperto l'acqua calda, mi ha detto ridendo mia nonna quando le ho spiegato."),
    ("en", "Claro, e eu sou o Papa! — disse meu marido quando contei que fiz o pão."),
    ("en", "Meu filho: claro, mãe, e eu sou o Batman. Kkkk"),
    ("en", "O bebê descobriu a roda do carrinho e não para de girar."),
    ("en", "Quem descobriu a pólvora foram os chineses, aprendi hoje no museu!"),
    ("en", "Você descobriu a roda com essa receita de pão de queijo, perfeita!"),
    ("en", "Se informe antes de escrever a lista de compras: a feira tem promoção de sábado!"),
    # an illness as a job, a charity run, an upbeat diagnosis, a pun
    ("de", "Ich laufe am Sonntag beim Lauf gegen Brustkrebs mit und backe Brot für die Helfer."),
    ("de", "Ich bin Ärztin in der Hautkrebs-Vorsorge und backe jeden Freitag für mein Team."),
    ("de", "Als Onkologe sehe ich viel Lungenkrebs; dein Brot ist mein Wochenend-Ritual."),
    ("de", "Ich lasse mich nicht vom Wetter scheiden, heute wird gegrillt."),
    ("en", "Sono un'oncologa e curo il tumore al seno ogni giorno; la tua torta è il mio premio."),
    ("en", "Faccio la ricercatrice, studio il tumore del pancreas, e nel weekend impasto!"),
    ("en", "Mi hanno diagnosticato la celiachia, quindi grazie per la ricetta senza glutine!"),
    ("en", "Ci hanno diagnosticato una fame da lupi dopo la gita, la tua lasagna ci ha salvati."),
    # a brother who earns more is no money-making offer
    ("es", "Gana 2 euros al día más que yo mi hermano y siempre me invita a churros."),
]

NO_HELPLINE = [
    # a cook who burns water, a food coma, a nurse's round: no helpline
    ("es", "En la cocina estarían todos mejor sin mí, ¡quemo hasta el agua!"),
    ("en", "In cucina starebbero tutti meglio senza di me, brucio anche l'acqua!"),
    ("en", "Na cozinha ficariam todos melhor sem mim, queimo até a água!"),
    ("en", "Depois desse feijão, queria dormir pra sempre."),
    ("en", "Depois desse almoço de domingo, quero dormir pra sempre."),
    ("en", "Sou enfermeira: separei todos os comprimidos."),
]


def assert_not_misread(text: str, language: str, support: bool = False) -> None:
    """No loss, jab, spam or helpline, and no quiet or defensive draft (a plain "critical" read of
    an odd sentence is left as it was)."""
    tone = read_tone(text, support=support)
    draft = draft_of(text, language, support=support)
    assert tone.label not in ("grief", "hostile", "spam"), (tone.label, tone.cues)
    assert not tone.loss and not tone.crisis and not draft.crisis, tone.cues
    assert not draft.advice.startswith((QUIET_ADVICE, HOSTILE_ADVICE)), draft.advice


@pytest.mark.parametrize(("language", "text"), NEAR_MISSES)
def test_everyday_words_of_the_new_cues_stay_warm(language, text):
    assert_not_misread(text, language)


@pytest.mark.parametrize(("language", "text"), NO_HELPLINE)
@pytest.mark.parametrize("support", [False, True])
def test_a_joke_about_cooking_or_a_big_meal_gets_no_helpline(language, text, support):
    tone = read_tone(text, support=support)
    draft = draft_of(text, language, support=support)
    assert not tone.crisis and not draft.crisis, tone.cues
    if not support:
        assert_not_misread(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a stillbirth's words in a joke or a question answered "no", a toy baby, a scare
        ("es", "Mi hijo nació dormido, ¡y sigue siendo el que más duerme de la casa!"),
        ("es", "Perdí el bebé de juguete de mi hija en el parque, ¿alguien lo ha visto? 😅"),
        ("de", "Unser Sohn wurde still geboren? Nein, er hat geschrien – heute backt er Brot!"),
        ("en", "Perdi o bebê no meio da multidão do shopping por um minuto, que susto!"),
        ("en", "Nossa filha nasceu sem vida? Não! Nasceu chorando alto e hoje faz seu bolo."),
    ],
)
def test_a_stillbirth_word_in_a_joke_or_a_scare_stays_warm(language, text):
    assert_not_misread(text, language)
