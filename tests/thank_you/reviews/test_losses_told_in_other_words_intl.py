"""Spanish, German, Italian and Portuguese losses told in other words, and their warm twins.

A father who died, a death told without the word for dying, an anniversary of one, are a loss:
a quiet reply, no star, no quote. Beside them stand the warm comments in the same words (a
character's death in a book, an event missed, a stillbirth word in a joke, a son away two weeks),
which get no condolences.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm
from tests.support.readings import assert_not_misread, first_comment_draft


def test_a_son_gone_two_weeks_and_a_quiet_house_to_knit_in_stays_warm():
    text = (
        "Mon fils est parti il y a deux semaines et je profite de la maison calme pour tricoter 😄"
    )
    assert read_tone(text).label != "grief"


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


# A character's death in a book review is no loss to console (Spanish, as in English).
FICTION = [
    ("en", "The protagonist kills himself in the end, great book review though."),
    ("es", "El protagonista se mató al final, ¡gran reseña!"),
    ("es", "El personaje se mató en el último capítulo, qué buena reseña."),
]


@pytest.mark.parametrize(("language", "text"), FICTION)
def test_character_death_in_review_is_no_loss(language, text):
    tone = read_tone(text)
    assert tone.label != "grief"
    assert not tone.crisis
    assert not first_comment_draft(text, language).crisis


def test_a_father_who_died_is_a_loss_not_a_star():
    text = "È venuto a mancare mio padre due settimane fa. Non riesco ancora a crederci."
    assert_read_hard(text, "en", "grief")
    assert read_tone(text).loss


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


HARD_TIMES = [
    ("es", "Perdimos al bebé en la semana 20. No sé por qué te escribo esto aquí."),
    ("es", "Hoy hace dos años que se fue mi padre. Tu entrada me hizo llorar."),
    ("es", "Mi perro murio la semana pasada y no paro de llorar"),
    ("es", "Me acabo de divorciar y cocinar tus recetas me mantiene a flote."),
    ("es", "Hoy se cumple un año del accidente de mi hermano. Sigo sin creerlo."),
    ("es", "La depre me tiene hecho polvo, pero tus fotos del jardín me alegran."),
    (
        "es",
        "Llevamos cuatro años intentando tener un hijo y otro negativo este mes. Tu blog me "
        "distrae un poco.",
    ),
    ("de", "Ich mag nicht mehr."),
    ("de", "Ich mag einfach nicht mehr. Alles ist zu viel."),
    (
        "de",
        "Wir haben unser Baby in der 12. Woche verloren. Danke, dass du so offen darüber "
        "schreibst.",
    ),
    ("de", "Heute ist der dritte Todestag meines Bruders. Ich denke viel an ihn."),
    ("de", "Mir geht es gerade echt nicht gut, aber dein Blog bringt mich zum Lächeln."),
    ("de", "Nach drei erfolglosen ICSI-Versuchen hilft mir dein Garten-Blog ein bisschen."),
    (
        "it",
        "Oggi è un anno che se n'è andata la mia mamma. Ho fatto la sua torta seguendo la tua "
        "ricetta.",
    ),
    ("it", "Abbiamo perso il bambino alla 14esima settimana. Scusa se lo scrivo qui."),
    (
        "it",
        "Dopo tre tentativi di fecondazione assistita falliti, leggere del tuo orto mi rilassa.",
    ),
    ("it", "Oggi è il terzo anniversario della morte di mio fratello."),
    ("it", "Il nostro cane è stato addormentato ieri. Non smetto di piangere."),
    ("it", "Mi manca tantissimo mio papà, oggi avrebbe compiuto 70 anni."),
    ("it", "Ho perso il lavoro e la casa nello stesso mese. Scusa lo sfogo."),
    ("pt", "Estamos tentando engravidar há três anos e mais um negativo. Seu blog me distrai."),
    ("pt", "Hoje faz três anos da morte do meu irmão."),
    ("pt", "Nosso cachorro foi sacrificado ontem. Não paro de chorar."),
    ("pt", "Tô cansada de tudo."),
    ("pt", "Sinto muita falta do meu pai, hoje ele faria 70 anos."),
    ("pt", "Hoje ele faria 80 anos, meu avô. Fiz o pão dele."),
    ("es", "Hoy mi abuela habría cumplido 90 años. Hice su flan."),
    ("es", "Hace un año de la muerte de mi abuela y hoy hice su flan con tu receta."),
]


@pytest.mark.parametrize(("language", "text"), HARD_TIMES)
def test_a_loss_an_anniversary_an_illness_or_a_low_mood_gets_a_quiet_reply(language, text):
    assert_read_hard(text, language, "grief")


# The everyday comments that share the new cues' words, and must keep their warm reading.
WARM_NEAR_MISSES = [
    ("es", "Tengo las pastillas aquí al lado por si me vuelve la migraña. Gracias por la receta!"),
    ("es", "Tengo mis pastillas a mano para el viaje, ya da igual lo que pase con el vuelo jaja"),
    (
        "de",
        "Die Tabletten liegen neben mir, damit ich sie nach dem Essen nicht vergesse. Tolles "
        "Rezept!",
    ),
    (
        "it",
        "Ho le pillole qui accanto per il mal di testa, ma la tua torta è stata la cura migliore!",
    ),
    ("pt", "Tenho os remédios aqui do lado pra não esquecer, amei a receita!"),
    ("de", "Ich kann nicht mehr. 😂"),
    ("de", "Ich kann nicht mehr 🤣🤣 der Kater im Brotkorb"),
    ("es", "Ya no puedo más. Jajaja qué foto"),
    ("de", "Drei Stück Kuchen später: ich mag nicht mehr."),
    ("de", "Ich mag nicht mehr als zwei Stück davon essen."),
    ("de", "Nach drei Stück Stollen. Ich mag nicht mehr, ich bin satt."),
    ("es", "Perdí al bebé de vista un segundo en el parque y casi me da algo jaja"),
    ("de", "Wir haben unser Kind kurz im Möbelhaus verloren, zum Glück war es bei den Betten 😅"),
    (
        "de",
        "Wir haben unser Baby in der 12. Woche zum ersten Mal im Ultraschall gesehen! Danke für "
        "das Rezept.",
    ),
    ("it", "Ho perso il bambino di vista al parco per un attimo, che spavento! Bella ricetta."),
    ("it", "Ho perso le chiavi, ma la torta è venuta benissimo!"),
    ("it", "Ho perso il treno per colpa tua: stavo leggendo la ricetta del tiramisù!"),
    ("es", "Hace un año que se fue mi hija a Berlín y aún la echo de menos."),
    ("es", "Hace dos años que se fue mi hijo de Erasmus y volvió hablando alemán jaja"),
    ("it", "È un anno che se n'è andato mio figlio a Londra, gli mando la tua ricetta!"),
    ("es", "Mi hijo se murió de la risa con el video del gato."),
    ("es", "Mi hijo se murio de risa con el video del gato."),
    ("de", "Heute ist Mozarts Todestag, passend zu deinen Mozartkugeln!"),
    ("es", "Qué depre, se me quemó el pan otra vez jaja"),
    ("es", "Llevamos dos años intentando que la masa madre suba bien jaja"),
    ("it", "Il bambino è stato addormentato alle otto, così ho potuto fare la tua torta!"),
    ("pt", "Tô cansada de tudo isso de dieta, vou fazer seu bolo hoje!"),
    ("de", "Mir geht es gerade echt gut, danke für das tolle Rezept!"),
    ("es", "Tengo fibromialgia de tanto amasar jaja, qué brazos!"),
    ("es", "Nos estamos divorciando de la comida rápida gracias a tus recetas jaja"),
    ("es", "Tuvimos que dormir al gato en el sofá porque no se quería ir jaja"),
    ("es", "Hoy se cumple un año del blog, felicidades!"),
    ("es", "Estoy con la depre del domingo por la noche jaja, pero este bizcocho la cura"),
    ("de", "Ich mag nicht mehr. Nein Quatsch, ich will noch ein Stück! 😂"),
    (
        "de",
        "Seit drei Monaten probiere ich dein Rezept, heute ist der Todestag meines alten Ofens 😂",
    ),
    ("it", "Oggi avrebbe compiuto 100 anni la ricetta della nonna!"),
    ("it", "Il gatto è stato addormentato dalla ninna nanna, troppo carino"),
    ("pt", "Estamos tentando engravidar há dois meses, torçam por nós! Amei a receita."),
    ("pt", "Tô cansada de tudo. Kkkkk mentira, vou fazer o bolo agora"),
    ("pt", "Hoje faz um ano da morte do meu celular kkkk"),
    ("pt", "Artigo muito interessante, obrigada! Vou testar no fim de semana."),
]


@pytest.mark.parametrize(("language", "text"), WARM_NEAR_MISSES)
def test_the_same_words_in_an_everyday_comment_stay_warm(language, text):
    assert_read_warm(text, language)


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
