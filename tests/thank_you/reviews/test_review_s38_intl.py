"""Spanish, German, Italian and Portuguese comments that session 38's review found read wrong.

A reader at risk who said it in their own word order (« starebbero tutti meglio senza di me »,
"quiero desaparecer y que nadie me busque", „Ich will einfach nur verschwinden.") had been quoted
back with a star; a death told without the word for dying ("mi papa se nos fue", „von uns
gegangen", « ci ha lasciati », "virou estrelinha", a stillbirth, a miscarriage) was quoted back
too; "Mi hijo se murió de risa", „aus dem Krankenhaus entlassen" and « ho perso il conto » got
condolences; a retort ("y yo soy astronauta"), "infórmate antes de escribir" and a crypto-recovery
scam were starred. Italian and Portuguese comments get English drafts (language "en").
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

AT_RISK = [
    ("es", "quiero desaparecer y que nadie me busque"),
    ("de", "Ich will einfach nur verschwinden."),
    ("en", "A volte penso che starebbero tutti meglio senza di me."),
    ("en", "Non vedo più un senso nella vita."),
    ("en", "queria sumir e ninguém sentir falta"),
    ("en", "Já não aguento mais, apetecia-me desaparecer."),
]


@pytest.mark.parametrize(("language", "text"), AT_RISK)
@pytest.mark.parametrize("support", [False, True])
def test_a_reader_at_risk_gets_the_helpline_and_no_star(language, text, support):
    tone = read_tone(text, support=support)
    draft = draft_of(text, language, support=support)
    assert tone.crisis, tone.cues
    assert draft.crisis and draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "ya no puedo más, de verdad"),
        ("en", "Já não aguento mais, estou farto de tudo."),
    ],
)
def test_a_reader_at_the_end_of_their_tether_gets_a_quiet_reply(language, text):
    assert_read_hard(text, language, "grief")


LOSSES = [
    ("es", "mi papa se nos fue hace un mes y leer esto me hizo llorar"),
    ("es", "Perdimos a la abuela en noviembre. Gracias por escribir esto."),
    ("es", "Nuestro hijo nació dormido en agosto. Todavía no sé cómo seguir."),
    ("es", "Mi gatita cruzó el arcoíris esta mañana. Era mi compañera."),
    ("es", "Perdí el embarazo a las 10 semanas. Nadie habla de esto."),
    ("de", "Mein Papa ist im Frühjahr von uns gegangen, ich vermisse ihn so."),
    ("de", "Wir haben Oma im Oktober verloren. Danke, dass du das teilst."),
    ("de", "Unser Sohn ist still geboren worden. Ich weiß nicht, wie es weitergeht."),
    ("de", "Meine Katze ist über die Regenbogenbrücke gegangen."),
    ("de", "Unser Sternenkind wäre heute ein Jahr alt geworden."),
    ("en", "Il mio papà ci ha lasciati a marzo, mi manca tantissimo."),
    ("en", "Abbiamo perso la nonna a novembre. Grazie per averlo scritto."),
    ("en", "Nostro figlio è nato morto ad agosto. Non so come andare avanti."),
    ("en", "La mia gatta ha attraversato il ponte dell'arcobaleno stamattina."),
    ("en", "Ho avuto un aborto spontaneo la settimana scorsa e oggi non ho forze."),
    ("en", "meu pai partiu mes passado e ler isso me fez chorar"),
    ("en", "Perdemos a vovó em novembro. Obrigada por escrever isso."),
    ("en", "Nosso filho nasceu sem vida em agosto. Não sei como seguir."),
    ("en", "Minha gatinha virou estrelinha hoje de manhã."),
    ("en", "Tive um aborto espontâneo semana passada e hoje não tenho forças."),
    ("en", "Perdi o bebê com 10 semanas. Ninguém fala sobre isso."),
]


@pytest.mark.parametrize(("language", "text"), LOSSES)
def test_a_loss_told_without_the_word_for_dying_is_a_loss(language, text):
    assert_read_hard(text, language, "grief")
    assert read_tone(text).loss


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
        ("es", "Que post más inútil, menuda pérdida de tiempo"),
        ("es", "Cariño, eso no es pan de masa madre. Infórmate antes de escribir."),
        ("es", "Claro que sí, guapi, y yo soy astronauta."),
        ("de", "Schätzchen, das ist kein Sauerteig. Informier dich erst mal."),
        ("de", "Na klar, und ich bin der Kaiser von China."),
        ("en", "Tesoro, quello non è lievito madre. Informati prima di scrivere."),
        ("en", "Sì, certo, e io sono il Papa."),
        ("en", "Querida, isso não é fermentação natural. Se informe antes de escrever."),
        ("en", "Claro, e eu sou o Papa."),
    ],
)
def test_a_retort_or_a_put_down_is_no_praise(language, text):
    assert_read_hard(text, language, "hostile")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "¿Perdiste dinero en criptomonedas? Yo recuperé mis bitcoins con un hacker experto, "
            "escríbele.",
        ),
        ("es", "Visita mi perfil para ver más contenido como este 😘"),
        ("es", "Gana 500€ al día desde casa, pregúntame cómo"),
        (
            "de",
            "Geld mit Krypto verloren? Ein Experte hat meine Bitcoins zurückgeholt, kontaktiert "
            "ihn.",
        ),
        ("de", "Besuch mein Profil für mehr Inhalte 😘"),
        (
            "en",
            "Hai perso soldi con le criptovalute? Un hacker esperto ha recuperato i miei bitcoin, "
            "contattalo.",
        ),
        ("en", "Visita il mio profilo per altri contenuti 😘"),
        ("en", "Guadagna 500€ al giorno da casa, chiedimi come"),
        (
            "en",
            "Perdeu dinheiro com cripto? Um hacker especialista recuperou meus bitcoins, fale com "
            "ele.",
        ),
        ("en", "Visite meu perfil para mais conteúdo 😘"),
    ],
)
def test_spam_with_no_link_is_spam(language, text):
    assert read_tone(text).label == "spam"
    draft = draft_of(text, language)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the fixed misreadings: these had been given condolences or a helpline
        ("es", "Mi hijo se murió de risa viendo cómo se inflaba la masa"),
        ("es", "Mi abuelo se murió de ganas de repetir, le encantó"),
        (
            "de",
            "Ich wurde heute aus dem Krankenhaus entlassen und hab als erstes deinen Blog "
            "gelesen ❤️",
        ),
        (
            "de",
            "Meine Mutter wurde gestern aus dem Krankenhaus entlassen, wir feiern mit deinem "
            "Kuchen!",
        ),
        ("en", "Ho perso la cognizione del tempo leggendo il tuo blog"),
        ("en", "Ho perso il conto di quante volte l'ho fatto"),
        ("en", "Ho perso 3 chili e festeggio con la tua insalata"),
        ("en", "Vorrei sparire sotto una coperta con questa cioccolata calda"),
        # near misses of the new cues
        ("es", "Mi perro se nos fue corriendo detrás de un gato, jaja, volvió a la hora."),
        ("es", "Mi mamá se nos fue de viaje y le guardamos un trozo"),
        ("es", "Perdimos a la abuela en el supermercado, jaja, apareció en la frutería."),
        ("es", "Estoy harta de todo este frío, menos mal que tengo tu sopa."),
        ("es", "Estoy harto de todo. Menos de tu pan, ¡eso nunca!"),
        ("es", "Quiero desaparecer y que nadie me moleste mientras me como esta tarta"),
        ("es", "Mi hermana gana 500€ al mes más que yo y aun así le hago tu tarta 😄"),
        ("es", "Me informé antes de hacerla y salió perfecta"),
        ("es", "Perdí el bebé de vista un segundo y ya tenía la cara llena de chocolate 😂"),
        ("de", "Wir haben Oma beim Einkaufen verloren, haha, sie stand beim Käse."),
        ("de", "Ich will einfach nur verschwinden – unter der Decke, mit Tee und deinem Kuchen"),
        ("de", "Na klar, und ich bin die Erste, die das nachbackt!"),
        ("de", "Ich habe mich vorher informiert und es hat super geklappt."),
        ("de", "Ich habe den Hund im Park kurz verloren, aber er kam sofort zurück"),
        ("de", "Unser Baby ist gesund geboren, wir feiern mit deinem Kuchen!"),
        ("en", "Il mio gatto ci ha lasciato un regalino sul tappeto, ahah"),
        ("en", "Questa torta ci ha lasciati a bocca aperta!"),
        ("en", "Mio papà ci ha lasciati tutti senza parole con questa torta"),
        ("en", "Abbiamo perso la nonna al supermercato, ahah, era al reparto formaggi."),
        ("en", "Sì, certo che la rifaccio, è buonissima!"),
        ("en", "Vorrei sparire sotto le coperte con questa cioccolata"),
        ("en", "Non vedo più un senso nella dieta dopo questa torta, ahah"),
        ("en", "Meu pai partiu o bolo antes de todo mundo chegar kkkk"),
        ("en", "Meu filho partiu pra escola levando um pedaço"),
        ("en", "Perdemos a vovó no shopping kkkk, ela tava na padaria"),
        ("en", "Estou farta de tudo isso de dieta, bora comer bolo!"),
        ("en", "Claro, e eu sou a primeira a repetir!"),
        ("en", "Queria sumir debaixo do cobertor com esse chocolate quente"),
        ("en", "Minha gatinha virou a tigela de farinha no chão kkkk"),
        ("en", "Visite meu perfil? Brincadeira, amei a receita!"),
    ],
)
def test_idioms_and_everyday_news_stay_warm(language, text):
    assert_read_warm(text, language)
    assert read_tone(text).label != "spam"


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
        ("es", "Contesta ya, llevo tres días esperando respuesta. Qué falta de respeto."),
        ("de", "Antworte endlich, ich warte seit drei Tagen. Unverschämt."),
        ("en", "Rispondi subito, aspetto da tre giorni. Che maleducazione."),
        ("en", "Responde logo, estou esperando há três dias. Que falta de respeito."),
        ("es", "Enhorabuena, has descubierto el agua tibia 👏"),
        ("en", "Complimenti, hai scoperto l'acqua calda."),
        ("en", "Parabéns, descobriu a roda."),
    ],
)
def test_a_rude_demand_or_stating_the_obvious_is_no_praise(language, text):
    assert_read_hard(text, language, "hostile")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Hoy no tengo ganas de nada, así que hice tu receta más fácil 😄"),
        ("de", "Ich habe heute zu nichts Lust, außer deinen Kuchen zu backen!"),
        ("en", "Non ho voglia di niente oggi, solo della tua torta!"),
        ("en", "Desde que ela se foi pra faculdade, faço seu bolo toda semana"),
        ("en", "Há semanas não tenho vontade de nada além do seu bolo kkk"),
        ("de", "Seit sie nicht mehr da ist, esse ich nur noch Pizza, haha"),
        ("en", "Da quando lei non c'è più in ufficio, porto io la torta il venerdì"),
        ("en", "Responde logo, fiquei curiosa! 😍"),
        ("es", "Contesta ya, ¡necesito saber qué harina usaste! 😍"),
        (
            "de",
            "Mein Nachbar parkt ständig vor meiner Tür, unverschämt. Dein Brot hat mich beruhigt.",
        ),
    ],
)
def test_a_lazy_day_a_child_at_college_or_an_eager_question_stays_warm(language, text):
    assert_read_warm(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Estoy pensando en hacer una locura, ya no aguanto esta vida."),
        ("es", "Nadie me echaría de menos si me fuera."),
        ("es", "Soy una carga para mi familia."),
        ("de", "Niemand würde mich vermissen."),
        ("de", "Ich bin nur noch eine Last für alle."),
        ("de", "Ich habe die Tabletten schon bereitgelegt."),
        ("en", "Sono un peso per tutti."),
        ("en", "Ho già preparato le pillole."),
        ("en", "Sono stanca di vivere."),
        ("en", "Ninguém sentiria minha falta."),
        ("en", "Sou um peso para todo mundo."),
        ("en", "Já separei os remédios."),
        ("en", "Tô cansada de viver."),
        ("en", "Queria dormir pra sempre."),
    ],
)
@pytest.mark.parametrize("support", [False, True])
def test_a_burden_a_wish_to_sleep_forever_or_pills_set_out_gets_the_helpline(
    language, text, support
):
    draft = draft_of(text, language, support=support)
    assert read_tone(text, support=support).crisis
    assert draft.crisis and draft.gold_stars == 0 and draft.quote == ""


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
