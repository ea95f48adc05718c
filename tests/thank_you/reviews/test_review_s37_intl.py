"""What a review of the tone reader in Italian, Portuguese, Spanish and German found.

Readers at risk who were thanked, starred and quoted back (« Stasera la faccio finita, scusate. »,
"Hoje à noite vou acabar com tudo.", „Heute Nacht mache ich Schluss. Danke für alles."), a father's
death starred (« È venuto a mancare mio padre »), insults quoted back ("Vai se foder, seu babaca."),
loans sold with no link thanked, and warm praise held as hostile for the character pairs of its
accented words alone ("Qué pasada de artículo, de verdad.", „Großartiger Beitrag"). Italian and
Portuguese comments get English drafts (language "en"); Spanish and German ones their own. Each fix
comes with the same words in everyday use, which stay warm.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Stasera la faccio finita, scusate."),
        ("en", "Penso spesso che sarebbe meglio se non ci fossi più."),
        ("en", "Non vedo più il senso di andare avanti."),
        ("en", "Mi sento inutile, nessuno si accorgerebbe se sparissi."),
        ("en", "Às vezes acho que seria melhor se eu não estivesse aqui."),
        ("en", "Hoje à noite vou acabar com tudo."),
        ("en", "Ninguém ia sentir minha falta se eu sumisse."),
        ("es", "Esta noche voy a acabar con todo."),
        ("es", "No le veo sentido a seguir viviendo."),
        ("es", "Nadie me echaría de menos si desapareciera."),
        ("de", "Heute Nacht mache ich Schluss. Danke für alles."),
        ("de", "Niemand würde mich vermissen, wenn ich weg wäre."),
    ],
)
def test_a_reader_at_risk_gets_the_helpline_and_no_star_or_quote(language, text):
    draft = draft_of(text, language)
    assert read_tone(text).crisis and draft.crisis
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "Stasera la faccio finita con la dieta, provo la tua lasagna!",
        "Sarebbe stato meglio se non ci fossi andata, a quel ristorante. La tua ricetta è molto "
        "meglio!",
        "Non vedo più il senso di andare avanti con Windows, grazie a te passo a Linux.",
        "Seria melhor se eu não estivesse aqui no escritório hoje, que calor 😅",
        "Hoje à noite vou acabar com tudo que sobrou do bolo 😂",
        "Ninguém ia sentir minha falta se eu sumisse da reunião de hoje kkkk",
        "Esta noche voy a acabar con todo el bizcocho, no queda nada 😂",
        "Nadie me echaría de menos si desapareciera de la oficina una hora 😂",
        "Heute Abend mache ich Schluss mit dem Rauchen, wünscht mir Glück!",
        "Heute Abend mache ich früher Schluss und backe dein Brot.",
        "Niemand würde mich vermissen, wenn ich eine Woche weg wäre, so ist das im Homeoffice 😅",
    ],
)
def test_a_diet_a_cake_or_a_meeting_gets_no_helpline(text):
    tone = read_tone(text)
    assert not tone.crisis and not tone.guarded


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


def test_a_father_who_died_is_a_loss_not_a_star():
    text = "È venuto a mancare mio padre due settimane fa. Non riesco ancora a crederci."
    assert_read_hard(text, "en", "grief")
    assert read_tone(text).loss


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


def _read_as_scorn(text: str, language: str, *, support: bool = False) -> None:
    """Scorn, threats or insults: no thanks, no star, no quote."""
    draft = draft_of(text, language, support=support)
    assert read_tone(text, support=support).label == "hostile"
    assert draft.tone == "hostile" and draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Che cazzata. Ma vai a cagare."),
        ("en", "Ma chi ti credi di essere? Articolo pietoso."),
        ("en", "Vergognati, scrivere certe cose sul lutto per fare click."),
        ("en", "Vai se foder, seu babaca."),
        ("es", "Qué pérdida de tiempo, menudo bodrio."),
        ("de", "Selten so einen Müll gelesen."),
    ],
)
def test_an_insult_gets_no_thanks(language, text):
    _read_as_scorn(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Texto ridículo, quem escreveu isso não sabe nada."),
        ("de", "Was für ein Scheißartikel. Verpiss dich."),
    ],
)
def test_scorn_in_accented_words_stays_scorn(language, text):
    _read_as_scorn(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Che cazzata ho fatto: ho dimenticato il lievito 😂 La rifaccio domani!"),
        ("en", "Vergognati, mi hai fatto mangiare mezza torta da sola 😂"),
        ("en", "Que texto ridículo de bom, me acabei de rir 😂"),
        ("de", "Selten so einen guten Artikel gelesen!"),
        ("en", "Che giornata di merda, ma il tuo post mi ha tirato su. Grazie!"),
        ("es", "Qué día de mierda, pero tu post me ha alegrado. ¡Gracias!"),
        ("de", "Was für ein Scheißtag, aber dein Beitrag hat mich aufgeheitert. Danke!"),
        ("de", "Was für eine Scheißwoche, aber dein Rezept hat sie gerettet. Danke!"),
    ],
)
def test_a_forgotten_yeast_or_a_bad_day_is_not_scorn(language, text):
    assert_read_warm(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Che schifo di articolo, sei proprio un incompetente."),
        ("es", "Vaya mierda de artículo. Vete a la mierda."),
        ("en", "Parabéns, mais um post inútil. Que vergonha."),
    ],
)
def test_the_same_words_of_scorn_said_of_the_post_stay_scorn(language, text):
    _read_as_scorn(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Cerchi un prestito veloce senza garanzie? Contattaci subito, risposta in 24 ore."),
        (
            "en",
            "Offerta imperdibile: occhiali da sole a metà prezzo, spedizione gratuita in tutta "
            "Italia!",
        ),
        ("en", "Empréstimo rápido sem consulta ao SPC, chama no zap!"),
        ("es", "Préstamos rápidos sin aval, contáctanos hoy mismo."),
        ("de", "Günstige Kredite ohne Schufa, jetzt anfragen!"),
    ],
)
def test_a_loan_or_an_offer_without_a_link_is_spam(language, text):
    draft = draft_of(text, language)
    assert read_tone(text).label == "spam"
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Ho comprato lo stampo in offerta, con spedizione gratuita. Grazie per il consiglio!",
        ),
        ("en", "Grazie per il prestito del libro alla presentazione, te lo ridò sabato!"),
        ("en", "Comprei a forma com frete grátis, obrigada pela dica!"),
        ("en", "Meu pai teve que pedir um empréstimo para a reforma, mas seu post ajudou muito."),
        ("es", "Lo compré con envío gratis gracias a tu enlace, ¡me encanta!"),
        ("de", "Ich habe die Pfanne mit kostenlosem Versand bestellt, danke für den Tipp!"),
    ],
)
def test_a_bargain_or_a_borrowed_book_is_no_spam(language, text):
    assert read_tone(text).label != "spam"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Que mimimi, todo mundo perde alguém. Supera."),
        ("es", "Supéralo ya, todos perdemos a alguien."),
        ("de", "Stell dich nicht so an, jeder verliert mal jemanden."),
    ],
)
def test_get_over_it_on_a_hard_day_gets_no_quiet_thanks(language, text):
    _read_as_scorn(text, language, support=True)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Força, você supera! Um abraço."),
        ("en", "Você supera isso, tenho certeza. Um beijo."),
        ("es", "Lo superarás, ánimo."),
        ("de", "Stell dich nicht so an, probier es einfach aus, das Rezept ist kinderleicht!"),
    ],
)
def test_you_will_get_through_this_is_comfort_not_scorn(language, text):
    assert read_tone(text, support=True).label == "grief"
    assert read_tone(text).label != "hostile"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Qué pasada de artículo, de verdad."),
        ("de", "Großartiger Beitrag, ich lese hier schon seit Jahren mit."),
        ("de", "Wunderschön geschrieben, hat mich sehr berührt."),
        ("en", "Sensacional, explicação muito clara. Valeu!"),
        ("en", "Não tenho palavras, que post maravilhoso."),
        ("en", "Nossa, que incrível! Não fazia ideia."),
    ],
)
def test_warm_praise_is_thanked_not_held_as_hostile(language, text):
    assert_read_warm(text, language, thanked=True)
    assert read_tone(text).label == "praise"


def test_scorn_whose_words_alone_ask_stays_scorn():
    _read_as_scorn("Are you paid by the cliché?", "en")
