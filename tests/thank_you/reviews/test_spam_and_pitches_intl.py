"""Spanish, German, Italian and Portuguese spam and pitches (some lists with French ones beside
them), and their warm twins.

A loan, an offer or a sales pitch with no link, stock SEO praise, a firm signing as a team, a shop
behind a get-well wish: spam. A bargain, a borrowed book, a price said in everyday words, a family
signing as a team or a reader's thanks is no spam.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of
from tests.support.readings import assert_never_starred_nor_quoted


def test_a_shop_behind_a_get_well_wish_is_spam_on_the_author_s_hard_day():
    text = (
        "Que te mejores pronto. Por cierto, visita mi tienda online de suplementos www.suple-top.es"
    )
    assert read_tone(text, support=True).label == "spam"


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
        ("fr", "Nous sommes une agence de rédaction web, tarifs dégressifs, devis gratuit."),
        ("fr", "Je suis marabout africain, retour de l'être aimé en 7 jours, contactez-moi."),
        ("fr", "Grand voyant médium, retour affectif rapide, résultats garantis."),
        ("es", "Somos una agencia de marketing, presupuesto gratis, tarifas económicas."),
        ("it", "Siamo un'agenzia SEO, preventivo gratuito, prezzi competitivi."),
        ("de", "Wir sind eine Webagentur, kostenloses Angebot, günstige Preise."),
        ("de", "Wir sind eine SEO-Agentur, unverbindliches Angebot, unschlagbare Preise."),
    ],
)
def test_a_sales_pitch_with_no_link_is_spam(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label == "spam", (tone.label, tone.cues)
    assert draft.text == "" and draft.gold_stars == 0


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "J'ai demandé un devis à mon boulanger pour le gâteau de mariage, merci pour l'idée !",
        ),
        ("fr", "J'ai eu un devis gratuit chez mon couvreur, merci pour les conseils !"),
        ("fr", "Tarifs dégressifs pour les familles nombreuses au musée, merci pour le bon plan !"),
        ("fr", "Recette testée ce week-end, résultats garantis, merci !"),
        ("fr", "contactez-moi si vous voulez la recette de ma grand-mère"),
        ("fr", "Nous sommes une entreprise familiale, et ta brioche a fait l'unanimité !"),
        ("es", "Pedí presupuesto gratis a tres pintores, gracias por los consejos."),
        ("it", "Ho chiesto un preventivo gratuito all'idraulico, grazie per i consigli!"),
        ("de", "Ich habe ein unverbindliches Angebot vom Maler geholt, danke für die Tipps!"),
        ("de", "Der Laden hat faire Preise, danke für den Tipp!"),
    ],
)
def test_a_quote_or_a_price_in_everyday_words_is_no_spam(language, text):
    assert read_tone(text).label != "spam", read_tone(text).cues
    assert_read_warm(text, language)


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
    ("text", "language"),
    [
        ("Article très intéressant, merci de partager ces informations précieuses.", "fr"),
        ("Très bon article, merci pour ces informations précieuses !", "fr"),
        ("Super article, merci de partager ces précieuses informations.", "fr"),
        ("Muy buen artículo. Gracias por compartir esta información tan valiosa.", "es"),
        ("Excelente artículo, gracias por esta valiosa información.", "es"),
        (
            "Sehr informativer Artikel, danke für das Teilen dieser wertvollen Informationen.",
            "de",
        ),
        ("Toller Artikel, danke für die wertvollen Infos!", "de"),
        (
            "Articolo molto interessante, grazie per aver condiviso queste preziose informazioni",
            "en",
        ),
        ("Ottimo articolo, grazie per queste preziose informazioni.", "en"),
        ("Ótimo artigo, obrigado por compartilhar essas informações valiosas.", "en"),
        ("Excelente artigo, obrigada pelas informações valiosas.", "en"),
        ("Super article ! Cordialement, l'équipe de RénovExpert", "fr"),
        ("Cordialement, l'équipe de RénovExpert", "fr"),
        ("Vous cherchez un plombier sur Lyon ?", "fr"),
        ("Super article ! Vous cherchez un plombier sur Lyon ? Contactez PlombExpress.", "fr"),
        ("Ma boutique : Les Savons de Léa", "fr"),
        ("Merci pour l'article. Ma boutique : Les Savons de Léa", "fr"),
        ("Très bon article ! Ma boutique en ligne : savons artisanaux.", "fr"),
        ("Muy buen artículo. Saludos, el equipo de ReformasYa.", "es"),
        ("Toller Artikel! Viele Grüße, Ihr Team von MalerMax", "de"),
        ("Ottimo articolo! Cordiali saluti, il team di EdilCasa", "en"),
        ("Ótimo artigo! Atenciosamente, equipe ReformaJá", "en"),
    ],
)
@pytest.mark.parametrize("support", [False, True])
def test_stock_seo_praise_and_a_firms_line_get_no_reply(text, language, support):
    assert read_tone(text, support=support).label == "spam"
    assert_never_starred_nor_quoted(text, language, support)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Merci pour cet article, très intéressant !", "fr"),
        ("Gracias por compartir, me ha servido mucho para mi pan", "es"),
        (
            "Merci pour ces informations précieuses sur l'hydratation du seigle, mon pain a enfin "
            "levé.",
            "fr",
        ),
        (
            "Très bon article, merci pour ces informations précieuses, ma brioche est enfin "
            "réussie.",
            "fr",
        ),
        ("Merci de partager ces informations précieuses, ma grand-mère faisait pareil.", "fr"),
        (
            "Muy buen artículo, gracias por compartir esta información tan valiosa sobre la masa "
            "madre de centeno.",
            "es",
        ),
        ("Gracias por esta información tan valiosa, mi abuela hacía el pan igual.", "es"),
        ("Danke für die wertvollen Tipps zum Roggenbrot, mein Brot ist endlich gelungen!", "de"),
        ("Toller Artikel, danke fürs Teilen! Mein Sauerteig blubbert endlich.", "de"),
        ("Grazie per le preziose informazioni, la mia focaccia è venuta benissimo!", "en"),
        (
            "Articolo molto interessante, ho provato la ricetta con farina integrale ed è venuta "
            "benissimo.",
            "en",
        ),
        ("Obrigada pelas informações valiosas, meu pão ficou perfeito!", "en"),
        ("Ótimo artigo, obrigado por compartilhar! Fiz o pão e a família adorou.", "en"),
        ("Ma boutique préférée vend ce moule, merci pour l'idée.", "fr"),
        ("Ma boutique de quartier vend du levain, je vais essayer !", "fr"),
        ("Merci pour la recette ! Bien à vous, Claire.", "fr"),
        ("Toute l'équipe de la crèche a adoré ton gâteau !", "fr"),
        ("Vous cherchez un bon boulanger à Lyon ? Allez chez Pralus, leur brioche est top.", "fr"),
        ("J'ai appelé un plombier sur Lyon, il a réparé mon four, merci pour l'astuce !", "fr"),
        ("Saludos desde Sevilla, el equipo de mi oficina adoró tu bizcocho.", "es"),
        ("Viele Grüße aus Berlin, mein Team liebt dein Brot!", "de"),
        ("Un saludo, el equipo entero del cole probó tu receta.", "es"),
    ],
)
def test_a_readers_thanks_or_greeting_stays_warm(text, language):
    assert read_tone(text).label != "spam"
    assert_read_warm(text, language)


FAMILY_SIGN_OFFS = [
    "Qué rica receta, la hicimos el domingo. Saludos, el equipo Martínez",
    "Gracias por la receta. Un saludo, el equipo López",
    "Saludos, el equipo García",
]


@pytest.mark.parametrize("text", FAMILY_SIGN_OFFS)
def test_a_family_signing_as_a_team_is_no_spam(text):
    assert read_tone(text).label != "spam"
    assert_read_warm(text, "es")


FIRM_SIGN_OFFS = [
    "Saludos, el equipo de ReformasYa",
    "Saludos, el equipo ReformasYa",
]


@pytest.mark.parametrize("text", FIRM_SIGN_OFFS)
def test_a_firm_signing_as_a_team_is_still_spam(text):
    assert read_tone(text).label == "spam"
    assert draft_of(text, "es").gold_stars == 0
