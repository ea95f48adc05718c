"""Warm Spanish, German, Italian and Portuguese comments that the session 39 es/de/it/pt cues had
read worse (review of the merged main): a balloon that "se fue al cielo", "Dos años sin mi
hermana, ¡hoy por fin la vi!", „Ich mag nicht mehr. Ich bin pappsatt!", a cat "addormentato" for
its operation, "Mozart oggi avrebbe compiuto 270 anni", "Llevamos tres años buscando bebé y por
fin ¡estoy embarazada!", "Perdemos o bebê! ... kkkk" had been given condolences; „Bald bin ich
euch keine Last mehr. Ich ziehe nächste Woche aus, Mama!" the helpline; "Tu és incompetente na
cozinha? Esta receita é para ti!" the hostile draft; a reader moving to Valencia or Milan was no
longer starred nor quoted.

Each is pinned beside the hard times the same cues were made for, which must still read hard.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

# Read as a loss or a hard time (or the helpline, or hostile) on the merged main; warm again.
REGRESSIONS = [
    ("es", "Hace un año que se fue mi hija. Ahora vive en Berlín y le encanta tu blog."),
    ("es", "Hace dos años que se fue mi perro. Jaja no, se fue a vivir con mi madre al campo."),
    ("es", "Perdí al bebé del roscón, ¡mi hijo se lo comió! 😂"),
    ("es", "Perdí al bebé Jesús del belén, el gato lo tiró debajo del sofá."),
    ("es", "Perdimos al bebé de la foto, ¿dónde está? jaja"),
    ("es", "Dos años sin mi hermana, ¡hoy por fin la vi en el aeropuerto! 😍"),
    ("es", "Un año sin mi marido, que trabaja en Noruega. ¡Vuelve el mes que viene!"),
    ("es", "Dos años sin papá... y hoy vino a visitarme desde México. ¡Hicimos tu flan!"),
    ("es", "Tres años sin perro, ya es hora de adoptar uno, ¿no?"),
    ("es", "Un año sin gato, hoy adoptamos uno 😍"),
    ("es", "El globo de mi hija se fue al cielo jajaja"),
    ("es", "El precio de la mantequilla se fue al cielo."),
    ("es", "La pelota se fue al cielo y rompió la ventana del vecino 😂"),
    ("es", "El bizcocho subió tanto que casi se fue al cielo, ¡gracias por la receta!"),
    ("es", "Con este postre mi marido se fue al cielo, ¡gracias!"),
    ("es", "Mi hijo probó tu tarta y se fue al cielo. 😍"),
    ("es", "La cometa se fue al cielo y no la volvimos a ver, jaja."),
    ("es", "Freddie Mercury hoy habría cumplido 80 años."),
    ("es", "Mi blog de cocina hoy habría cumplido diez años, si no lo hubiera cerrado jaja"),
    (
        "es",
        "Hoy se cumple un año del accidente de mi marido y ya camina perfectamente, ¡gracias "
        "por tus recetas durante la recuperación!",
    ),
    (
        "es",
        "Se cumple un mes del accidente de mi hijo con la bici y hoy ganó su primera carrera 🚴",
    ),
    ("es", "Tengo la depre, se acabó la Nutella jaja"),
    ("es", "Tengo una depre... ¡se acabó el verano! 😂"),
    ("es", "La depre me come viva desde que se acabó el verano jaja"),
    ("es", "Estoy con la depre y tu tarta me la quitó 😍"),
    ("es", "Llevamos tres años buscando bebé y por fin ¡estoy embarazada! 🎉"),
    (
        "es",
        "Llevamos dos años intentando tener un hijo y ¡por fin llegó! Gracias por tus recetas "
        "en el embarazo",
    ),
    ("es", "Llevamos cinco años intentando tener un hijo... y hoy nació Lucía 💕"),
    ("es", "¡Me acabo de divorciar y nunca he sido tan feliz! Brindo con tu sangría 🥂"),
    ("es", "Me acabo de divorciar y estoy feliz como nunca, ¡a cocinar para mí!"),
    ("es", "Me acabo de divorciar... de mi freidora de aire jaja, ahora todo al horno"),
    ("es", "Tuvimos que sacrificar al perro de peluche, mi hijo le dio de comer helado jaja"),
    ("es", "El gato fue sacrificado... su cama, la usa el perro ahora jaja"),
    ("es", "Se me murio el portatil justo cuando iba a comentar jaja"),
    ("es", "Mi horno murio justo a mitad de la tarta, pero quedó rica igual!"),
    ("es", "El wifi murio y no pude ver el video, pero la receta es genial"),
    ("es", "Nada tiene sentido, mañana no estaré. ¡Vacaciones! 🏖️"),
    ("de", "Ich mag nicht mehr. Ich bin pappsatt! Danke für das leckere Rezept"),
    ("de", "Ich mag nicht mehr! Drei Teller Lasagne später 😂"),
    ("de", "Lecker! Ich mag nicht mehr. Zu satt! 😋"),
    ("de", "Ich mag einfach nicht mehr. Dritter Teller Spaghetti, ich platze 😂"),
    ("de", "Ich mag nicht mehr. Danke, das war köstlich!"),
    ("de", "Mir geht es total schlecht, ich habe den ganzen Kuchen allein gegessen 😂"),
    ("de", "Mir geht's gerade wirklich mies vor Lachen 😂"),
    ("de", "Habe mein Baby verloren! Mein Sauerteig heißt Baby und ist eingegangen 😂"),
    ("de", "Wir haben unser Kind verloren... beim Versteckspiel! Es war im Schrank 😂"),
    ("de", "Bald bin ich euch keine Last mehr! Ab Montag habe ich meine eigene Wohnung 😊"),
    ("de", "Bald bin ich euch keine Last mehr. Ich ziehe nächste Woche aus, Mama!"),
    ("it", "Che bella la torta Sacher! Mozart oggi avrebbe compiuto 270 anni."),
    ("it", "Lucio Dalla oggi avrebbe compiuto 80 anni, che bello ascoltarlo mentre cucino!"),
    ("it", "Il mio blog oggi avrebbe compiuto dieci anni. Bei tempi!"),
    ("it", "Abbiamo dovuto far addormentare il gatto per tagliargli le unghie 😂"),
    ("it", "Il nostro gatto è stato addormentato ieri per la sterilizzazione, ora sta benissimo!"),
    ("it", "Il gatto è stato addormentato, e ora dorme russando sul divano 😂"),
    ("it", "Abbiamo dovuto addormentare il cane per la visita, era troppo agitato. Ora sta bene!"),
    ("it", "Il cagnolino è stato addormentato oggi per l'operazione, è andata benissimo!"),
    ("it", "Abbiamo perso il bambino. Era sotto il tavolo a mangiare il tiramisù 😂"),
    ("it", "Abbiamo perso il bimbo! Trovato in cucina con le mani nella crema 😂"),
    ("it", "Sono due mesi che se n'è andata mia figlia. Erasmus a Madrid, è felicissima!"),
    ("it", "È un anno che se n'è andato mio figlio. Ora vive a Londra e cucina le tue ricette!"),
    ("pt", "Ayrton Senna hoje faria 65 anos. Fiz esse bolo em homenagem!"),
    ("pt", "Meu blog hoje faria 10 anos, que saudade dessa época kkk"),
    ("pt", "Estamos tentando engravidar há dois anos e finalmente deu positivo!! 🎉"),
    (
        "pt",
        "Estamos tentando engravidar há três anos e hoje veio o positivo! Obrigada pelas receitas",
    ),
    ("pt", "Perdemos o bebê! Ele estava escondido atrás do sofá kkkk"),
    ("pt", "Perdemos o bebê. Tava dormindo no cesto de roupa 😂"),
    ("pt", "Se você é incompetente na cozinha como eu, essa receita é perfeita!"),
    ("pt", "Tu és incompetente na cozinha? Esta receita é para ti!"),
    ("pt", "Você é um inútil na cozinha? Eu também era, até achar esse blog!"),
]

# A reader who says they are moving, off on holiday or fasting: no longer starred nor quoted
# as a reader who may not be here much longer (they had been, before the new cues).
MOVES_AND_FASTS = [
    ("es", "No sé si voy a seguir aquí mucho tiempo más. ¡Me mudo a Valencia!"),
    (
        "de",
        "Ich weiß nicht, wie lange ich das noch durchhalte. Fastenzeit ist hart, aber dein "
        "Rezept hilft!",
    ),
    ("it", "Non so se sarò ancora qui per il prossimo post, mi trasferisco a Milano! Grazie."),
    ("it", "Non so se sarò ancora qui, domani parto per le vacanze! 🌞"),
    ("pt", "Não sei se vou estar aqui no próximo encontro, vou viajar pra Portugal! Obrigada!"),
]

# Everyday comments sharing the cues' words that were warm before and after (near misses).
NEAR_MISSES = [
    ("es", "Tengo las pastillas de levadura aquí al lado, ¡mañana hago tu pan!"),
    ("es", "Cinco años sin fumar y hoy lo celebro con tu tarta."),
    ("es", "Veinte años sin ver a mi prima y hoy la abracé."),
    ("es", "Hace dos años que se fue mi hijo a vivir a Madrid y sigue haciendo tu tortilla."),
    ("es", "Hoy se cumple un año del blog, felicidades!"),
    ("es", "Nos estamos divorciando del azúcar en casa, ¡gracias por estas recetas!"),
    ("es", "Tuvimos que sacrificar el pastel para la foto jaja"),
    ("es", "Mi madre se murio de risa con tu video!"),
    ("es", "Estoy cansada de tanto reír con tus historias"),
    ("es", "Perdimos el tren pero la tarta llegó entera, ¡gracias!"),
    ("es", "Mi perro se durmió en el sofá mientras hacía tu tarta 😍"),
    ("es", "El equipo de fútbol de mi hijo devoró la tarta"),
    ("de", "Ich mag nicht mehr ohne dein Brot leben."),
    ("de", "Ich mag nicht mehr warten! Wann kommt der nächste Teil?"),
    ("de", "Mir geht es wirklich nicht schlecht, dank deiner Rezepte!"),
    ("de", "Zum Todestag von Mozart habe ich deine Torte gebacken."),
    ("de", "Wir haben unser Kind in der 2. Klasse angemeldet, es freut sich riesig."),
    ("it", "Ho le pastiglie per il mal di gola accanto, ma la tua torta è meglio!"),
    ("it", "È un anno che se n'è andato mio figlio a Londra, gli mando la tua ricetta!"),
    ("it", "Ho perso il conto delle volte che ho fatto questa torta!"),
    ("pt", "Tenho meus remédios comigo, tanto faz onde a gente come!"),
    ("pt", "Estou cansada de tanto rir com esse post!"),
    ("pt", "Tivemos que sacrificar o bolo de chocolate pra foto kkkk"),
    ("pt", "Você é demais! Amei a receita."),
]

# What the same cues were made for, after the narrowing: still a hard time.
STILL_HARD = [
    ("es", "Hace un año que se fue mi padre. Lo echo de menos cada día."),
    ("es", "Mi abuela se fue al cielo la semana pasada."),
    ("es", "Cinco años sin papá."),
    ("es", "Dos años sin mi hermano, todavía duele."),
    ("es", "Mi madre murio el año pasado y hoy hice su receta."),
    ("es", "Llevamos tres años buscando bebé y otro negativo este mes."),
    ("es", "Tengo la depre y no tengo ganas de nada."),
    ("es", "Nuestro perro fue sacrificado ayer."),
    ("de", "Ich mag einfach nicht mehr. Alles ist zu viel."),
    ("de", "Mir geht es gerade echt nicht gut."),
    ("de", "Wir haben unser Baby in der 12. Woche verloren."),
    ("it", "Il nostro cane è stato addormentato ieri. Non smetto di piangere."),
    ("it", "Abbiamo dovuto sopprimere il cane. Aveva quindici anni."),
    ("it", "Mi manca tantissimo mio papà, oggi avrebbe compiuto 70 anni."),
    ("it", "È un anno che se n'è andata la mia mamma."),
    ("pt", "Sinto muita falta do meu pai, hoje ele faria 70 anos."),
    ("pt", "Estamos tentando engravidar há três anos e mais um negativo."),
]


@pytest.mark.parametrize(("language", "text"), REGRESSIONS)
def test_a_warm_comment_sharing_a_new_cues_words_stays_warm(language, text):
    assert_read_warm(text, language)


@pytest.mark.parametrize(("language", "text"), MOVES_AND_FASTS)
def test_a_reader_moving_or_fasting_is_not_read_as_at_risk(language, text):
    tone = read_tone(text)
    assert not tone.guarded and not tone.crisis and tone.label != "hostile", tone.cues
    assert_read_warm(text, language)


@pytest.mark.parametrize(("language", "text"), NEAR_MISSES)
def test_the_near_misses_stay_warm(language, text):
    assert_read_warm(text, language)


@pytest.mark.parametrize(("language", "text"), STILL_HARD)
def test_what_the_cues_were_made_for_still_reads_hard(language, text):
    assert_read_hard(text, language, "grief")


@pytest.mark.parametrize(
    "text",
    ["Que texto horrível, você é um incompetente.", "Você é um inútil, nem sabe fazer pão."],
)
def test_an_insult_aimed_with_voce_e_is_still_hostile(text):
    assert_read_hard(text, "pt", "hostile")
    assert draft_of(text, "pt").gold_stars == 0
