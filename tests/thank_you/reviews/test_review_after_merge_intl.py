"""What a review after the merges found in French, Spanish, German, Italian, Portuguese and Dutch.

Cues added that morning read ordinary warm comments as a reader at risk (a hangover « ne pas me
réveiller demain », a trip « ce soir je ne serai plus là. Je pars… », recipes kept « pour quand je
ne serai plus là ») or as scorn (« c'est ta faute si je suis devenue accro au levain », « Danke für
nichts… 😂 », « Che schifo di giornata, ma la tua torta me l'ha salvata! »). Each reads as it did
before those cues, on an ordinary post and on the author's hard-day post.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of

HARD_DAY_TITLE = "Adieu, papa"


def _reads_as_before(language, text, label, starred, label_on_hard_day):
    draft = draft_of(text, language)
    assert (draft.tone, draft.gold_stars > 0) == (label, starred)
    on_hard_day = draft_of(text, language, support=True, title=HARD_DAY_TITLE)
    assert on_hard_day.tone == label_on_hard_day


@pytest.mark.parametrize(
    ("language", "text", "label", "starred", "label_on_hard_day"),
    [
        (
            "fr",
            "Ce serait plus simple de ne pas me réveiller demain avec ce mal de "
            "tête, trop de vin hier soir 😂",
            "praise",
            True,
            "grief",
        ),
        (
            "fr",
            "Ce soir je ne serai plus là. Je pars pour trois mois au Canada !",
            "neutral",
            True,
            "grief",
        ),
        (
            "fr",
            "J'ai préparé mes médicaments, au cas où. Trousse de secours prête pour la rando !",
            "neutral",
            True,
            "grief",
        ),
        (
            "fr",
            "J'ai mis de côté des médicaments, au cas où. On part trois semaines au Népal.",
            "neutral",
            True,
            "grief",
        ),
        (
            "fr",
            "Les vacances, c'est bientôt fini pour moi.",
            "neutral",
            True,
            "grief",
        ),
        (
            "fr",
            "Pour quand je ne serai plus là, j'ai noté toutes les recettes de "
            "mamie dans un cahier.",
            "neutral",
            True,
            "grief",
        ),
        (
            "fr",
            "J'ai rangé les photos pour quand je ne serai plus là…",
            "neutral",
            True,
            "grief",
        ),
        (
            "it",
            "Ho scritto le ricette per quando non ci sarò più, per i miei nipoti.",
            "neutral",
            True,
            "grief",
        ),
    ],
)
def test_a_hangover_a_trip_or_recipes_for_the_grandchildren_get_no_helpline(
    language, text, label, starred, label_on_hard_day
):
    tone = read_tone(text)
    assert not tone.crisis and not tone.guarded
    _reads_as_before(language, text, label, starred, label_on_hard_day)


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
    _reads_as_before(language, text, label, starred, label_on_hard_day)


@pytest.mark.parametrize(
    "text",
    [
        "Plus rien ne me retient.",
        "À quoi bon, je n'y arrive plus. Plus rien ne me retient.",
        "Je crois qu'il vaudrait mieux que je ne me réveille pas demain.",
        "C'est bientôt la fin pour moi, je n'ai plus la force.",
        "Je pense souvent à mourir.",
        "Adieu tout le monde.",
        "Je n'ai plus la force, je pense à partir pour de bon.",
        "Ya no aguanto más, adiós a todos.",
        "Es wäre für alle besser, wenn ich nicht mehr da wäre.",
        "Ho scritto lettere ai miei figli, per ogni evenienza.",
        "Seria mais fácil não acordar amanhã.",
        "Het zou makkelijker zijn als ik er niet meer was.",
        "Ik wil niet meer wakker worden.",
        "J'ai mis de côté mes médicaments, au cas où. Merci de ma part pour tout.",
    ],
)
def test_a_reader_at_risk_said_plainly_is_heard(text):
    assert read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "Plus rien ne me retient à Paris, je pars vivre au Portugal !",
        "Il vaudrait mieux que je ne me réveille pas à 5h pour le levain.",
        "Je pense souvent à mourir de rire en relisant ton billet.",
        "Adieu tout le monde ! Je pars en vacances trois semaines.",
        "Je pense à partir pour de bon au Canada, merci pour tes conseils !",
        "Ya no aguanto más, ¡quiero probar esta receta ya!",
        "Ho scritto le ricette per i miei figli, per ogni evenienza.",
        "Seria mais fácil não acordar amanhã às 5h pra fazer o pão.",
        "Ik wil niet meer wakker worden om 5 uur voor het deeg 😂",
    ],
)
def test_an_early_bake_a_move_or_a_holiday_gets_no_helpline(text):
    assert not read_tone(text).crisis


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
