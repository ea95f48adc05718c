"""Warm comments in Spanish, Italian, Portuguese and German that the session's new cues misread.

A review of the cues added for the harms of reviews/test_review_s37_intl.py found warm comments read
as a reader at risk (« Hoy voy a acabar con todo… el chocolate de casa »), as a death (« Mi è venuto
a mancare il mio lievito madre »), as a hard time (« Nada tiene sentido. Excepto esta receta »), as
hostile (any word of scorn beside "texto", "testo" or „Beitrag", a joke after « Chi ti credi di
essere? »), as a swear to be left unanswered (« Vai se foder, que bolo bom! kkkk »), or as spam
(« Contáctanos si vienes a Madrid »). Each reads as it did before those cues again, and the harms
they were added for stay fixed. Italian and Portuguese comments get English drafts
(language "en")."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import HOSTILE_ADVICE, assert_read_hard, assert_read_warm, draft_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Hoy voy a acabar con todo… el chocolate de casa. ¡Gracias por la receta!"),
        ("es", "Ya no le veo sentido a seguir viviendo sin tu pan, jaja. Buenísimo."),
        ("en", "Hoje à noite vou acabar com tudo… que sobrou do bolo! kkkk"),
        (
            "de",
            "Niemand würde mich vermissen, wenn ich weg wäre... vom Stammtisch, haha. Tolles "
            "Rezept!",
        ),
        ("de", "Niemand würde es merken, wenn ich weg wäre vom Büro, haha. Toller Beitrag!"),
        ("en", "Vai se foder, que bolo bom! kkkk"),
        ("en", "Vai a cagare, che ricetta buona! Ahah."),
        ("de", "Verpiss dich, Winter! Dein Suppenrezept hilft. Danke."),
        (
            "en",
            "Mi è venuto a mancare il mio lievito madre dopo le vacanze, ricomincio con la "
            "tua ricetta!",
        ),
        (
            "en",
            "Mi sono venute a mancare le mie forze dopo la maratona, ma la tua pasta mi ha "
            "salvato!",
        ),
        (
            "en",
            "È venuta a mancare la mia pazienza con il vecchio forno, ne ho comprato uno "
            "nuovo. Grazie!",
        ),
        (
            "en",
            "Sono venuti a mancare i miei soldi dopo le vacanze, ahah. Ricetta economica perfetta!",
        ),
        ("en", "Mi sento vuoto dentro... ho fame! Faccio subito la tua lasagna."),
        ("en", "Niente ha più senso. Dopo questa pizza, le altre non contano. Bravissimo!"),
        ("en", "Ci stiamo separando, io e il mio vecchio forno. Grazie per i consigli sul nuovo!"),
        ("es", "Nada tiene sentido. Excepto esta receta, que es perfecta."),
        ("en", "Nada faz sentido. Como eu vivi sem essa receita? Sensacional!"),
        ("en", "Estou passando por um divórcio... com a dieta, kkkk. Adorei o bolo."),
        ("de", "Nichts hat mehr Sinn. Nach diesem Brot ist alles andere langweilig. Danke!"),
        ("en", "Chi ti credi di essere, Cracco? Scherzo, sei bravissimo!"),
        ("es", "¿Quién te crees que eres, la reina del pan? ¡Es broma, me encanta!"),
        ("en", "Quem você pensa que é, a Ana Maria Braga? Brincadeira, amei!"),
        ("de", "Für wen hältst du dich, für einen Sternekoch? Spaß, einfach großartig!"),
        ("en", "Ma che cazzata! Ho sempre comprato il pane e invece è così facile. Grazie!"),
        ("en", "Vergognati, mi hai fatto mangiare tre fette! Buonissima."),
        ("es", "Avergüénzate, me comí la bandeja entera. ¡Buenísimo!"),
        ("en", "Que mimimi que eu fiz antes de tentar, e deu certo! Obrigada."),
        ("en", "Chega de mimimi, vou fazer esse pão hoje! Obrigada pela receita."),
        ("en", "Babaca sou eu que não conhecia esse texto! Incrível."),
        (
            "de",
            "Stell dich nicht so an, jeder kann backen, hat meine Oma gesagt. Und mit deinem "
            "Rezept stimmt es!",
        ),
        ("en", "Contattaci se organizzi un corso, noi ci siamo! Bellissimo blog."),
        ("es", "Contáctanos si vienes a Madrid, te invitamos a comer. ¡Gracias por el blog!"),
        ("en", "Contacte-nos se vier a Lisboa, adoramos o blog!"),
        ("de", "Kontaktieren Sie uns, sagte mein Chef, und ich war beim Backen. Toller Beitrag!"),
        ("es", "Préstamos rápidos de azúcar en la vecina para tu receta, jaja. ¡Gracias!"),
        ("es", "Préstamos inmediatos de harina entre vecinos, jaja. Gracias por la receta."),
        ("de", "Günstige Kredite beim Bäcker um die Ecke, haha. Tolles Brot."),
        ("es", "Oferta imperdible: tu receta gratis. ¡Me encantó!"),
        ("en", "Promoção imperdível: fiz dois bolos de uma vez! Obrigada."),
    ],
)
def test_a_joke_a_cake_or_an_invitation_is_thanked(language, text):
    assert_read_warm(text, language, thanked=True)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Nach diesem Beitrag ist mein altes Rezept einfach nur peinlich. Danke!"),
        ("de", "Dieser Beitrag hat mir viel Zeitverschwendung erspart. Danke!"),
        ("de", "Ein toller Beitrag gegen die erbärmlich schlechten Rezepte im Netz! Danke."),
        ("de", "Lächerlich, wie lange ich ohne diesen Beitrag gebacken habe. Danke!"),
        ("de", "Zu deinem Beitrag: Der Blödsinn, den man sonst liest, ist widerlegt. Danke!"),
        ("de", "Peinlich, dass ich diesen Beitrag erst jetzt entdecke! Großartig."),
        ("de", "Lächerlich einfach, dieser Beitrag! Danke."),
        ("es", "Es ridículo lo bueno que es este texto. ¡Gracias!"),
        ("es", "Qué vergüenza, no conocía este texto. ¡Me encanta!"),
        ("es", "Tu texto sobre cómo reducir la basura en casa me cambió la vida. ¡Gracias!"),
        ("es", "Este texto me dio vergüenza ajena de mis recetas anteriores, jaja. ¡Genial!"),
        ("es", "Con este texto me reí de lo ridícula que era mi técnica. ¡Gracias!"),
        ("en", "Il testo è ridicolo... ridicolmente bello! Bravo."),
        ("en", "Ho riso in modo ridicolo leggendo questo testo, bravissimo!"),
        ("en", "Che vergogna, non avevo mai letto questo testo! Bellissimo."),
        (
            "en",
            "Il tuo testo sulla raccolta differenziata è utilissimo, basta con lo schifo nei "
            "parchi!",
        ),
        ("en", "Que vergonha, eu não conhecia esse texto! Maravilhoso."),
        ("en", "Esse texto me fez ver como minha técnica era ridícula, kkkk. Obrigada!"),
    ],
)
def test_a_word_of_scorn_beside_this_text_is_not_scorn_for_it(language, text):
    assert_read_warm(text, language)


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
        ("en", "Vai a cagare, che schifo di ricetta."),
        ("en", "Vai se foder, que texto horrível."),
        ("de", "Verpiss dich, du Idiot."),
    ],
)
def test_a_swear_at_the_author_gets_no_draft(language, text):
    assert read_tone(text).severe and draft_of(text, language).text == ""


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Mañana voy a acabar con todo... lo he decidido."),
        ("es", "Ya no le veo sentido a seguir viviendo sin mi madre."),
    ],
)
def test_a_reader_at_risk_still_gets_the_helpline(language, text):
    assert read_tone(text).crisis and draft_of(text, language).crisis


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Kontaktieren Sie uns für günstige Kredite!"),
        ("es", "Préstamos rápidos sin aval, escríbeme por whatsapp."),
        ("es", "Oferta imperdible: relojes de lujo a mitad de precio en www.relojes-baratos.com"),
    ],
)
def test_a_sales_pitch_is_still_spam(language, text):
    assert read_tone(text).label == "spam" and draft_of(text, language).gold_stars == 0
