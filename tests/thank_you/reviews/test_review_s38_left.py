"""What the review of French, Spanish, German, Italian and Portuguese comments left (session 38),
worst harm first: « Ce soir c'est pour ce soir. Adieu. » quoted back where "Tonight's the night."
is guarded, « j'ai été viré hier… lol » quoted and starred where "I got fired yesterday lol" is a
hard time; sarcasm starred or quoted (« Génial, encore un blogueur qui a tout compris à la vie »,
« C'est ça que t'appelles une brioche ? », "Bravo, genio, has descubierto que el pan lleva
harina"); the stock SEO thanks ("Muy buen artículo. Gracias por compartir esta información tan
valiosa.") and a firm's sign-off or shop line with no link starred.

Each case is pinned with its near misses: the same words said by a reader keep their warmth.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

# A draft's star and quote vary with the comment's number: every number here must hold back.
NUMBERS = range(1, 9)


def assert_never_starred_nor_quoted(text: str, language: str, support: bool = False) -> None:
    for number in NUMBERS:
        draft = draft_of(text, language, support=support, number=number)
        assert draft.gold_stars == 0 and draft.quote == "", (number, draft.text)


@pytest.mark.parametrize(
    "text",
    [
        "Ce soir c'est pour ce soir. Adieu.",
        "C'est pour ce soir.",
        "Merci pour tout. Adieu.",
        "Adieu.",
    ],
)
@pytest.mark.parametrize("support", [False, True])
def test_a_goodbye_that_may_be_a_reader_at_risk_is_never_quoted(text, support):
    tone = read_tone(text, support=support)
    assert tone.guarded or tone.crisis, tone
    assert_never_starred_nor_quoted(text, "fr", support)


@pytest.mark.parametrize(
    "text",
    [
        "Adieu les régimes, bonjour ta brioche !",
        "La brioche c'est pour ce soir !",
        "C'est pour ce soir ! J'ai hâte de goûter.",
        "Ce soir c'est pizza maison grâce à toi.",
    ],
)
def test_a_dinner_tonight_or_a_diet_dropped_stays_warm(text):
    assert not read_tone(text).guarded
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "j'ai été viré hier… lol",
        "Je me suis fait virer ce matin mdr",
        "On m'a viré du boulot hier, heureusement il y a ta brioche.",
    ],
)
def test_a_job_lost_in_slang_is_a_hard_time_even_laughed_off(text):
    assert_read_hard(text, "fr", "grief")
    assert_never_starred_nor_quoted(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "J'ai viré le sel de la recette, c'est meilleur.",
        "Je me suis fait virer de la cuisine par ma mère mdr",
        "Le ciel a viré au gris mais ta soupe réchauffe.",
        "On m'a viré 50 euros pour le concours, merci !",
    ],
)
def test_salt_taken_out_or_a_kitchen_left_is_no_job_lost(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Waouh, révolutionnaire.", "fr"),
        ("Wow, révolutionnaire… 🙄", "fr"),
        ("Génial, encore un blogueur qui a tout compris à la vie", "fr"),
        ("Bel effort, mais on sent que tu n'es pas du métier", "fr"),
        ("article pondu par ChatGPT", "fr"),
        ("Encore un article pondu par ChatGPT.", "fr"),
        ("C'est ça que t'appelles une brioche ?", "fr"),
        ("C'est ça que vous appelez du pain ?", "fr"),
        ("Bravo, genio, has descubierto que el pan lleva harina", "es"),
        ("Bravo, hai scoperto che il pane si fa con la farina 👏👏", "en"),
    ],
)
def test_sarcasm_is_neither_thanked_nor_quoted(text, language):
    assert_read_hard(text, language, "hostile")
    assert_never_starred_nor_quoted(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Waouh, révolutionnaire cette technique, je n'y aurais jamais pensé !", "fr"),
        ("Waouh, révolutionnaire !", "fr"),
        ("Bravo, génial !", "fr"),
        ("C'est ça que j'appelle une brioche !", "fr"),
        ("C'est ça que tu appelles le frasage ? Merci, je comprends enfin !", "fr"),
        ("Enfin une blogueuse qui a tout compris, merci !", "fr"),
        ("Le gourou du levain, c'est toi ! Encore un gourou qui sait tout, j'adore 😂", "fr"),
        (
            "C'est ça que tu appelles une brioche ? Elle a l'air incroyable, je veux la recette !",
            "fr",
        ),
        ("Super, encore une recette qui marche du premier coup !", "fr"),
        ("On sent que tu es du métier, bravo !", "fr"),
        ("Je ne suis pas du métier mais j'ai tout compris, merci.", "fr"),
        ("J'ai demandé une recette à ChatGPT, la tienne est bien meilleure !", "fr"),
        ("Cet article n'a pas été écrit par ChatGPT, ça se sent, merci !", "fr"),
        ("¡Bravo! Has descubierto mi nueva receta favorita", "es"),
        ("Has descubierto que el pan se hace mejor con paciencia, ¡me encanta!", "es"),
        ("Bravo! Hai scoperto il segreto della focaccia perfetta.", "en"),
        (
            "Hai scoperto che il pane si fa con il lievito madre? Io lo faccio da anni, è "
            "buonissimo!",
            "en",
        ),
    ],
)
def test_the_same_words_said_in_earnest_stay_warm(text, language):
    assert read_tone(text).label != "hostile"
    assert_read_warm(text, language)


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
