"""Spanish, German, Italian and Portuguese comments a native reader would answer differently
(session 39 review): pills at hand and "ya da igual" had been starred and quoted; „Ich mag nicht
mehr.", a baby lost „in der 12. Woche", "Abbiamo perso il bambino alla 14esima settimana", the
anniversary of a death („der dritte Todestag meines Bruders", "hace dos años que se fue mi
padre", « anniversario della morte di mio fratello », "faz três anos da morte do meu irmão"), a
pet put down, infertility, a divorce, fibromyalgia and "la depre" had been quoted back as what the
post was missing; a family's sign-off ("Saludos, el equipo Martínez") had been read as a firm's
spam; "Ich kann nicht mehr. 😂" and « Ho perso le chiavi, ma la torta è venuta benissimo! » had been
answered as a hard time.

Each fix is pinned with its warm near misses, in the same language.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

AT_RISK = [
    ("es", "Tengo las pastillas aquí al lado. Ya da igual."),
    ("es", "Tengo las pastillas aqui al lado. ya da igual"),
    ("es", "Ya nada tiene sentido, mañana no estaré."),
    ("de", "Die Tabletten liegen neben mir. Ist eh egal."),
    ("de", "Bald bin ich euch allen keine Last mehr."),
    ("it", "Ho le pillole qui accanto. Tanto ormai non importa più niente."),
    ("pt", "Tenho os comprimidos aqui do lado. Tanto faz."),
]

GUARDED = [
    ("es", "No sé si seguir aquí mucho tiempo más. Solo quería darte las gracias."),
    ("de", "Ich weiß nicht, wie lange ich das noch durchhalte. Danke für alles."),
    ("it", "Non so se sarò ancora qui per il prossimo post. Grazie di tutto."),
    ("pt", "Não sei se vou estar aqui no próximo post. Obrigada por tudo."),
]

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

# An illness told as English tells "I have fibromyalgia" (cue.DISCLOSURE): warm, but nothing of it
# quoted back as what the post was missing.
DISCLOSED = [
    ("es", "Tengo fibromialgia y hay días que ni me levanto. Gracias por escribir sobre esto."),
    ("it", "Ho la fibromialgia e certi giorni non riesco ad alzarmi. Grazie per questo post."),
    ("pt", "Tenho fibromialgia e tem dias que nem levanto. Obrigada por escrever sobre isso."),
]

FAMILY_SIGN_OFFS = [
    "Qué rica receta, la hicimos el domingo. Saludos, el equipo Martínez",
    "Gracias por la receta. Un saludo, el equipo López",
    "Saludos, el equipo García",
]

FIRM_SIGN_OFFS = [
    "Saludos, el equipo de ReformasYa",
    "Saludos, el equipo ReformasYa",
]


@pytest.mark.parametrize(("language", "text"), AT_RISK)
def test_pills_at_hand_and_a_farewell_get_the_helpline(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.crisis and draft.crisis, tone.cues
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(("language", "text"), GUARDED)
def test_a_reader_unsure_to_be_here_is_neither_starred_nor_quoted(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.guarded or tone.crisis, tone.cues
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(("language", "text"), HARD_TIMES)
def test_a_loss_an_anniversary_an_illness_or_a_low_mood_gets_a_quiet_reply(language, text):
    assert_read_hard(text, language, "grief")


@pytest.mark.parametrize(("language", "text"), WARM_NEAR_MISSES)
def test_the_same_words_in_an_everyday_comment_stay_warm(language, text):
    assert_read_warm(text, language)


@pytest.mark.parametrize(("language", "text"), DISCLOSED)
def test_fibromyalgia_is_not_quoted_back(language, text):
    assert_read_warm(text, language)
    assert "fibromialgia" not in draft_of(text, language).quote.casefold()


@pytest.mark.parametrize("text", FAMILY_SIGN_OFFS)
def test_a_family_signing_as_a_team_is_no_spam(text):
    assert read_tone(text).label != "spam"
    assert_read_warm(text, "es")


@pytest.mark.parametrize("text", FIRM_SIGN_OFFS)
def test_a_firm_signing_as_a_team_is_still_spam(text):
    assert read_tone(text).label == "spam"
    assert draft_of(text, "es").gold_stars == 0


# An insult aimed with "você é" (AIM had "eres", "du bist", "sei" but not Portuguese): it had been
# read as praise and quoted back.
@pytest.mark.parametrize(
    "text",
    ["Que texto horrível, você é um incompetente.", "Você é um inútil, nem sabe fazer pão."],
)
def test_a_portuguese_insult_aimed_at_the_author_is_hostile(text):
    assert_read_hard(text, "pt", "hostile")


@pytest.mark.parametrize(
    "text",
    [
        "Você é incrível, obrigada!",
        "Eu sou uma incompetente na cozinha, mas com sua receita deu certo!",
        "Você é demais! Nada inútil esse post, amei.",
    ],
)
def test_praise_beside_the_same_words_in_portuguese_stays_warm(text):
    assert_read_warm(text, "pt")
