"""Spanish, German, Italian and Portuguese jabs, scorn and insults (some lists with French ones
beside them), and their warm twins.

An insult, a retort, a put-down, a rude demand, "get over it" on the author's hard day: no thanks,
no star, no quote, and no draft on a hard day. Beside each case stand its warm twins (teasing
praise, a reader's own bad day, an onion, a dog, an oven, admiration in the words of a jab), which
are no scorn.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of
from tests.support.readings import (
    assert_never_starred_nor_quoted,
    first_comment_draft,
    reads_as_before,
)


@pytest.mark.parametrize(
    "text",
    [
        "Quel con.",
        "Franchement ton article est nul, tu racontes n'importe quoi sur Python 3.12.",
        "Franchement, c'est de la merde ce tuto.",
        "T'as rien compris au sujet, retourne à tes casseroles.",
        "Magnifique article, dommage que tu ne saches pas écrire.",
        "Quelle chance tu as de pouvoir partir trois mois, certains bossent eux.",
        "Lol t'es sérieux ? Même mon chat code mieux que ça.",
        "Sérieux, tu penses vraiment que quelqu'un va lire ça jusqu'au bout ?",
        "C'est une blague ce tuto ? Rien ne marche.",
        "Tu ne penses pas que tu en fais un peu trop avec tes histoires de deuil ? Je dis ça "
        "pour toi hein.",
        "Gracias por nada, perdí una hora.",
        "Esto es una mierda de tutorial, no funciona nada.",
        "Du bist echt ein Vollpfosten. Hör auf zu schreiben.",
        "Toll, noch ein Artikel über Sauerteig. Wie originell.",
        "Was für ein Schwachsinn, hast du das überhaupt getestet?",
        "Ma che schifo di tutorial, niente funziona.",
        "Bravo, un altro post inutile. Complimenti davvero.",
        "Que lixo de artigo, nada funciona.",
        "Geweldig, weer een artikel over zuurdesem. Hoe origineel.",
        "Wat een onzin, heb je dit wel getest?",
    ],
)
def test_an_insult_or_a_jab_gets_no_thanks(text):
    assert read_tone(text).label == "hostile"


@pytest.mark.parametrize(
    "text",
    [
        "Mdr tu t'attendais à quoi franchement",
        "Un licenciement, c'est pas la fin du monde hein, y'a pire. Reprends-toi.",
        "Tu devrais peut-être voir un psy au lieu de raconter ta vie ici, je dis ça gentiment.",
        "Génial, encore un post sur ta maladie. On s'en lasse.",
        "Pfff, tout le monde perd son boulot, arrête de te plaindre.",
        "Moi je pense que c'est un peu ta faute aussi, non ?",
    ],
)
def test_scorn_on_the_author_s_hard_day_gets_no_draft(text):
    assert read_tone(text, support=True).label == "hostile"


@pytest.mark.parametrize(
    "text",
    [
        "Je suis con, j'avais oublié le sel 😂 Super recette !",
        "Ne crois surtout pas que c'est ta faute. Courage.",
        "On ne s'en lasse pas, de tes recettes ! Merci",
        "Tes billets, on s'en lasse jamais 😍",
        "Tu t'attendais à quoi en mettant 300 g de sel ? 😂 Blague à part, super recette.",
        "Reprends-toi une part de gâteau, tu l'as méritée 😄",
        "Arrête de te plaindre de ton four, ton pain est magnifique !",
        "Merci pour ton article, il n'est pas du tout nul, au contraire !",
        "Con quel tutorial ho finalmente capito Docker, grazie!",
        "¡Qué original! Me encanta la idea.",
        "Wie originell! Tolle Idee, probiere ich aus.",
        "Wat een onzin dat mensen zeggen dat zuurdesem moeilijk is, jouw recept is super!",
        "Même mon fils de 8 ans a réussi la recette, merci !",
        "Esto es genial, gracias por el tutorial.",
    ],
)
def test_jokes_and_praise_near_these_jabs_stay_warm(text):
    assert read_tone(text).label != "hostile"


@pytest.mark.parametrize(
    "text",
    [
        "Ya está otra vez llorando en internet. Supéralo.",
        "Schon wieder so ein Heul-Artikel. Reiß dich zusammen.",
        "Hör auf zu jammern, anderen geht es schlimmer.",
        "Basta piangerti addosso, trovati un lavoro vero.",
        "Para de reclamar, todo mundo perde emprego.",
        "Stop met zeuren, iedereen verliest wel eens een baan.",
    ],
)
def test_get_over_it_in_other_languages_gets_no_draft_on_the_author_s_hard_day(text):
    assert read_tone(text, support=True).label == "hostile"


@pytest.mark.parametrize(
    "text",
    [
        "Deja de llorar, que esta receta de cebolla es buenísima 😂",
        "Mein Hund hört auf zu jammern, sobald er dein Rezept riecht 😂",
        "Para de reclamar do forno e faz essa receita, é perfeita!",
    ],
)
def test_an_onion_a_dog_or_an_oven_is_no_scorn(text):
    assert read_tone(text).label != "hostile"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("¿Esto es una broma? ¡Me encanta!", "es"),
        ("Ist das ein Witz? Ich habe so gelacht!", "de"),
        ("Ist das ein Witz? So einfach und so lecker! Danke.", "de"),
        ("¿Esto es una broma? Qué fácil y qué rico, ¡gracias!", "es"),
    ],
)
def test_a_joke_asked_in_delight_is_not_scorn(text, language):
    assert read_tone(text).label != "hostile"


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
        ("en", "Vai a cagare, che schifo di ricetta."),
        ("en", "Vai se foder, que texto horrível."),
        ("de", "Verpiss dich, du Idiot."),
    ],
)
def test_a_swear_at_the_author_gets_no_draft(language, text):
    assert read_tone(text).severe and draft_of(text, language).text == ""


@pytest.mark.parametrize(
    "text",
    ["Que texto horrível, você é um incompetente.", "Você é um inútil, nem sabe fazer pão."],
)
def test_an_insult_aimed_with_voce_e_is_still_hostile(text):
    assert_read_hard(text, "pt", "hostile")
    assert draft_of(text, "pt").gold_stars == 0


# French and Spanish jabs wearing the new "je vous admire", "te admiro": never starred.
JABS_ADMIRE = [
    ("fr", "Je vous admire de publier ça sans honte."),
    ("es", "Te admiro, de verdad: escribir tanto para no decir nada tiene mérito."),
]


@pytest.mark.parametrize(("language", "text"), JABS_ADMIRE)
def test_admiring_jab_is_not_starred(language, text):
    assert read_tone(text).label != "praise"
    assert first_comment_draft(text, language).gold_stars == 0


# Warm admiration keeps its star.
ADMIRE_KEPT = [
    ("fr", "Je t'admire tellement, merci pour ce partage."),
    ("fr", "Je vous admire, publier ça demande du courage. Merci."),
    ("es", "Te admiro, de verdad, criar tres hijos y escribir así. ¡Gracias!"),
    ("es", "Te admiro muchísimo, gracias por compartir tu historia."),
]


@pytest.mark.parametrize(("language", "text"), ADMIRE_KEPT)
def test_warm_admiration_stays_praise(language, text):
    assert read_tone(text).label == "praise"


# "Che genio, un'altra ricetta perfetta!": praise, not a jab.
PRAISE_NOT_JAB = [
    ("it", "Che genio, un'altra ricetta perfetta! Grazie!"),
    ("it", "Ma che originalità, un'altra ricetta meravigliosa! Grazie!"),
    ("pt", "Que originalidade, mais uma receita incrível!"),
]


@pytest.mark.parametrize(("language", "text"), PRAISE_NOT_JAB)
def test_praise_with_jab_words_stays_praise(language: str, text: str) -> None:
    tone = read_tone(text, author="Sam")
    assert tone.label == "praise", (text, tone.label)
    assert first_comment_draft(text, language).gold_stars >= 1, text


@pytest.mark.parametrize(
    ("language", "text", "label", "starred", "label_on_hard_day"),
    [
        (
            "fr",
            "C'est de ta faute si je suis devenue accro au levain, merci !",
            "praise",
            True,
            "grief",
        ),
        (
            "fr",
            "C'est un peu ta faute si je mange trop de brioche maintenant 😂",
            "praise",
            True,
            "grief",
        ),
        (
            "fr",
            "C'est ta faute si j'ai pris trois kilos avec tes recettes !",
            "neutral",
            True,
            "grief",
        ),
        (
            "fr",
            "Certains bossent, eux, pendant que je lis ton blog au bureau 😂 merci pour la pause !",
            "praise",
            True,
            "grief",
        ),
        (
            "fr",
            "D'autres travaillent, eux, moi je fais ta brioche un mardi. Merci !",
            "praise",
            True,
            "grief",
        ),
        (
            "fr",
            "Tes gâteaux sont mauvais pour ma ligne, mais tellement bons !",
            "neutral",
            True,
            "grief",
        ),
        (
            "fr",
            "Tes pulls sont trop mauvais... pour mon porte-monnaie…",
            "neutral",
            True,
            "grief",
        ),
        (
            "fr",
            "Cette recette était nulle... de ma faute, j'ai oublié le sucre !",
            "neutral",
            True,
            "grief",
        ),
        (
            "fr",
            "Ton article est nul, j'adore ! Nul comme les blagues de mon père, "
            "c'est-à-dire génial.",
            "praise",
            True,
            "grief",
        ),
        (
            "fr",
            "Je m'en lasse un peu du levain, tu aurais une idée pour changer ?",
            "question",
            False,
            "question",
        ),
        (
            "fr",
            "Tu racontes n'importe quoi sur ta chute en cuisine, j'ai ri aux larmes 😂",
            "praise",
            True,
            "grief",
        ),
        (
            "fr",
            "Tu n'as pas mieux à faire un dimanche ? Moi non plus, alors je fais ta brioche 😂",
            "question",
            False,
            "question",
        ),
        (
            "fr",
            "Même mon chat cuisinerait mieux que moi ! Merci pour le tuto si clair.",
            "praise",
            True,
            "grief",
        ),
        (
            "fr",
            "Même ma fille de 6 ans fait mieux... elle a suivi ta recette toute seule, merci !",
            "praise",
            True,
            "grief",
        ),
        (
            "fr",
            "C'est une blague, ce tuto ? Trop facile, génial !",
            "question",
            False,
            "question",
        ),
        (
            "fr",
            "Ce billet n'a rien à faire ici, il mérite un livre !",
            "neutral",
            True,
            "grief",
        ),
        (
            "fr",
            "Merci pour rien... je n'ai plus d'excuse pour ne pas cuisiner 😂",
            "praise",
            True,
            "grief",
        ),
        (
            "fr",
            "T'es con, tu m'as fait pleurer de rire.",
            "neutral",
            True,
            "grief",
        ),
        (
            "fr",
            "Espèce de con, tu m'as fait craquer avec ces cookies 😂",
            "praise",
            True,
            "grief",
        ),
        (
            "fr",
            "Tes photos sont moches comparées aux miennes lol, non je rigole, "
            "elles sont superbes !",
            "praise",  # once hostile for the spelling of « comparées » alone (wide review)
            False,
            "grief",
        ),
        (
            "fr",
            "Ben voyons, encore un tuto parfait 😍 merci !",
            "praise",
            True,
            "grief",
        ),
        (
            "fr",
            "Tu as oublié de dire à quel point c'était bon ! Merci !",
            "praise",
            True,
            "grief",
        ),
        (
            "fr",
            "Tu as oublié de préciser que c'est addictif 😂",
            "praise",
            True,
            "grief",
        ),
        (
            "es",
            "Gracias por nada... ahora no tengo excusa para no cocinar 😂",
            "praise",
            True,
            "grief",
        ),
        (
            "de",
            "Danke für nichts... jetzt hab ich keine Ausrede mehr, nicht zu backen 😂",
            "praise",
            True,
            "grief",
        ),
        (
            "pt",
            "Obrigada por nada... agora não tenho desculpa pra não cozinhar 😂",
            "praise",
            True,
            "grief",
        ),
        (
            "nl",
            "Bedankt voor niks, nu moet ik elke dag bakken 😂",
            "praise",
            True,
            "grief",
        ),
        (
            "it",
            "Grazie di niente, è stato un piacere aiutarti con la ricetta!",
            "praise",
            True,
            "grief",
        ),
        (
            "es",
            "Qué basura de horno tengo, se me quemó todo. La receta genial igual.",
            "praise",
            False,
            "praise",
        ),
        (
            "it",
            "Che schifo di giornata, ma la tua torta me l'ha salvata!",
            "neutral",
            False,
            "grief",
        ),
        (
            "it",
            "Che schifo il mio forno, si è bruciato tutto. Ricetta ottima comunque!",
            "neutral",
            False,
            "grief",
        ),
        (
            "pt",
            "Que lixo de dia, mas sua receita salvou tudo!",
            "neutral",
            True,
            "grief",
        ),
        (
            "pt",
            "Que porcaria de forno, queimou tudo. Receita ótima!",
            "neutral",
            True,
            "grief",
        ),
        (
            "de",
            "Was für ein Quatsch, ich hab 20 Jahre falsch geknetet! Danke für den Tipp.",
            "praise",
            True,
            "grief",
        ),
        (
            "de",
            "Was für ein Blödsinn, dass ich das nicht früher wusste!",
            "neutral",
            False,
            "grief",
        ),
        (
            "es",
            "Deja de llorar, ¡tu pan está perfecto! El mío parece una piedra 😂",
            "praise",
            True,
            "grief",
        ),
        (
            "pt",
            "Para de chorar, seu pão está lindo! O meu parece uma pedra 😂",
            "praise",
            True,
            "grief",
        ),
        (
            "pt",
            "Para de mimimi e vai fazer esse bolo, gente, é incrível!",
            "praise",
            True,  # starred since « incrível » is a word of praise
            "praise",  # its draft on a hard day is as quiet, with no star
        ),
        (
            "pt",
            "Para de reclamar das suas fotos, estão lindas!",
            "neutral",  # once hostile for the spelling of « estão » alone (wide review)
            True,
            "grief",
        ),
        (
            "it",
            "Smettila di lamentarti delle tue foto, sono bellissime!",
            "neutral",
            True,
            "grief",
        ),
        (
            "nl",
            "Stop met zeuren over je foto's, ze zijn prachtig!",
            "praise",
            True,
            "grief",
        ),
        (
            "de",
            "Hör auf zu jammern über deine Fotos, die sind wunderschön!",
            "praise",  # once hostile for the spelling of « über », « wunderschön » alone
            True,  # starred since « wunderschön » is a word of praise
            "grief",
        ),
        (
            "de",
            "Reiß dich zusammen, Teig! Meiner geht nie auf 😂 Tolles Rezept.",
            "praise",
            True,
            "grief",
        ),
        (
            "de",
            "Mein Chef ist ein Arschloch, aber dein Rezept rettet meinen Tag!",
            "neutral",
            False,
            "grief",
        ),  # not starred: the insult is never quoted back
        (
            "de",
            "Du Vollpfosten, ich hab so gelacht 😂",
            "praise",
            True,
            "grief",
        ),
        (
            "fr",
            "Depuis mon licenciement, je cuisine tous les jours, et ta recette m'a redonné le "
            "sourire.",
            "neutral",
            True,
            "grief",
        ),
        (
            "es",
            "Me despidieron el año pasado y ahora tengo mi panadería, ¡gracias por la inspiración!",
            "praise",
            True,
            "grief",
        ),
    ],
)
def test_teasing_praise_and_a_reader_s_own_bad_day_are_not_scorn(
    language, text, label, starred, label_on_hard_day
):
    reads_as_before(language, text, label, starred, label_on_hard_day)


@pytest.mark.parametrize(
    "text",
    [
        "Votre blog est une honte.",
        "Arrêtez de vous plaindre, d'autres ont perdu bien plus.",
        "Tu l'as bien cherché.",
        "Stell dich nicht so an.",
        "Dein Artikel ist Müll.",
        "Seu artigo é um lixo.",
        "Je artikel is waardeloos.",
    ],
)
def test_scorn_said_plainly_gets_no_thanks(text):
    assert read_tone(text).label == "hostile"


@pytest.mark.parametrize(
    "text",
    [
        "Votre blog est une honte pour mon régime 😂",
        "Tu l'as bien cherché, ce livre, et tu l'as trouvé !",
        "Stell dich nicht so an, Teig! 😂 Tolles Rezept.",
        "Mein alter Artikel ist Müll, dein Rezept dagegen super!",
        "Meu artigo é um lixo perto do seu, parabéns!",
        "Mijn recept is waardeloos vergeleken met het jouwe!",
    ],
)
def test_a_reader_s_own_work_or_a_joke_is_not_scorn(text):
    assert read_tone(text).label != "hostile"


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
