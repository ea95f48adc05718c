"""Warm French comments the session-38 cues had newly read as a hard time, a reader at risk, scorn,
a pitch or a goodbye (a probe of 227 everyday comments: cooking, sport, work, family, jokes,
history, hospital jobs). A nurse « en réa » for fifteen years, « Mon mari me bat de dix points au
Scrabble », « Je me suis fait agresser par un pigeon », « On vient d'enterrer ma vie de jeune
fille » and « J'ai rechuté hier soir, les cannelés étaient trop bons » had been given
condolences; « J'ai des idées noires pour Halloween » and « Après cette raclette je veux juste
dormir pour toujours. » a helpline; « On sent que tu n'es pas du métier et pourtant c'est
bluffant, bravo ! » nothing; « Cordialement, l'équipe compta » after a thank-you was spam.

Each is a near miss of a real case pinned in test_french_readers_at_risk_losses_and_jabs.py or
test_review_s38_*.py: the same words in everyday use keep their warmth.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm


@pytest.mark.parametrize(
    "text",
    [
        "J'ai rechuté : encore une tarte au citron ce week-end 😂",
        "J'ai encore rechuté, troisième fournée de madeleines cette semaine.",
        "J'ai rechuté hier soir, les cannelés étaient trop bons.",
        "J'étais en réa de nuit toute la semaine (je suis interne), ta soupe m'a sauvée.",
        "Je suis en réanimation depuis 15 ans comme infirmière, et tes recettes me détendent.",
        "Ma femme est en réa ce soir, elle est médecin de garde, alors je cuisine.",
        "Mon fils est en réanimation néonatale comme interne, il adore ton pain !",
        "J'étais en réa pendant dix ans avant de devenir boulangère, quel changement !",
        "Ma mère est à l'hôpital toute la semaine, elle est aide-soignante de nuit.",
        "Je suis chirurgienne, j'ai retiré une tumeur ce matin et ce soir je fais ta tarte.",
        "Je suis technicienne de labo, je lis des biopsies toute la journée.",
        "En cours d'anatomie on a étudié les tumeurs, et le soir je fais ton pain.",
        "La tumeur de mon chat était bénigne, on fête ça avec ton gâteau !",
        "Mon chien a eu une biopsie la semaine dernière, finalement c'était un simple kyste, ouf !",
        "J'ai fait ma biopsie de la pâte (un petit bout goûté cru) : parfait.",
        "J'ai dispersé les cendres de la cheminée au jardin comme tu conseilles.",
        "Il faut disperser les cendres de bois dans le potager, ça nourrit les tomates !",
        "Je me suis fait virer hier soir du canapé par le chat, alors j'ai fait ta tarte.",
        "J'ai été viré sans ménagement de la table des desserts par mes enfants 😂",
        "On m'a viré comme un malpropre du barbecue, trop de sel dans ma marinade !",
        "Je me suis fait virer hier du cours de yoga pour avoir apporté tes cookies 😂",
        "Ma lanterne chinoise est partie rejoindre les étoiles au mariage de ma sœur, magique !",
        "Notre petit télescope est parti rejoindre les étoiles du club d'astronomie.",
        "Ma femme me bat systématiquement à Mario Kart, mais moi je fais les meilleures crêpes.",
        "Mon mari me bat de dix points au Scrabble chaque dimanche.",
        "Mon copain me bat haut la main au ping-pong, je me venge en cuisine.",
        "Ma femme me frappe par sa patience avec le levain.",
        "Ma copine me bat a chaque partie de belote, je suis nul.",
        "Mon compagnon me bat en cuisine, il est bien meilleur que moi.",
        "Je me suis fait agresser par un pigeon en mangeant mon sandwich sur la terrasse.",
        "Je me suis fait agresser par le prix des fraises au marché ce matin.",
        "Je me suis fait tabasser au ping-pong par mon neveu de 10 ans.",
        "Je me suis fait agresser par le chien du voisin qui voulait mon croissant 😅",
        "Dans le film, les funérailles vikings sont magnifiques, ça m'a donné envie de pain.",
        "En histoire on a étudié les funérailles de Victor Hugo, deux millions de personnes !",
        "Pour les funérailles de mon poisson rouge, mes enfants ont exigé ton gâteau 😂",
        "On vient d'enterrer ma vie de jeune fille, et ton gâteau était la star de la soirée !",
        "Nous venons d'enterrer nos carottes dans le sable pour l'hiver comme tu l'expliques.",
        "Je viens d'enterrer mes bulbes de tulipes, vivement le printemps.",
        "Je viens d'enterrer mon vieux jean, il ne fermait plus après tes brioches 😂",
        "Je fais partie du plan social du comité des fêtes : je gère le buffet.",
    ],
)
def test_the_words_of_a_hard_time_in_everyday_life_stay_warm(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "J'ai des idées noires pour Halloween : gâteau au charbon végétal et meringues noires.",
        "J'ai des idées noires le lundi matin, mais ta brioche les chasse.",
        "J'ai des idées noires… comme ton gâteau forêt-noire, j'en veux encore !",
        "Après cette raclette je veux juste dormir pour toujours.",
        "Je me suis refait du mal hier au dos en pétrissant, mais ça valait le coup.",
        "Je me suis refait du mal ce matin avec la mandoline, attention aux doigts !",
    ],
)
@pytest.mark.parametrize("support", [False, True])
def test_a_joke_or_a_sore_back_gets_no_helpline(text, support):
    assert not read_tone(text, support=support).crisis
    if not support:
        assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Waouh, vraiment révolutionnaire… ma vie a changé depuis ce tuto.",
        "Enfin, encore une blogueuse qui a tout compris : la simplicité !",
        "Encore une experte qui sait tout, et tant mieux pour nous, merci pour les astuces !",
        "On sent que tu n'es pas du métier et pourtant c'est bluffant, bravo !",
        "On sent bien que vous n'êtes pas du métier, et c'est ce qui rend ce blog si humain.",
        "Ce n'est pas un article pondu par ChatGPT, ça se sent, merci !",
        "Ton texte n'a rien d'un texte généré par l'IA, on sent le vécu.",
        "Mon fils a rendu un article écrit par ChatGPT, la prof l'a vu tout de suite 😂",
        "C'est ça que t'appelles une brioche ? Elle est énorme, je suis jaloux 😍",
        "C'est ça que t'appelles un petit gâteau ? Il nourrirait une armée 😂",
        "Idée cadeau sympa pour une fille.",
        "Ce kit est sympa pour un amateur.",
        "Ma fille m'a dit : t'as réussi à rater une omelette.",
        "Mon mari : « t'es la honte de la cuisine » 😂 il a raison, j'ai brûlé les pâtes.",
        "Les maudits colons anglais, disait mon grand-père en cours d'histoire 😂 Belle recette.",
        "Vous êtes épais, les pancakes? Moi je les fais fins.",
        "Mes galettes? T'es ben épais, disait ma mère de ma pâte, et elle avait raison!",
        "Les gros caves du sous-sol sont pleins de conserves de ma grand-mère.",
        "Mon frère m'appelle gros cave quand je rate ma pâte 😂",
        "Les maudits épais du hockey ont perdu, mais ta poutine a sauvé la soirée!",
    ],
)
@pytest.mark.parametrize("support", [False, True])
def test_kind_words_like_a_jab_are_no_scorn(text, support):
    assert read_tone(text, support=support).label != "hostile"
    if not support:
        assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Merci pour la recette, on l'a faite au bureau ! Cordialement, l'équipe compta",
        "Super atelier, merci ! Bien à vous, l'équipe bénévole",
        "Ma boutique : fermée pour la journée, je teste ta recette à la place !",
        "Vous cherchez un plombier à Lyon ? Moi aussi, mon évier fuit depuis ta soupe 😂",
        "Vous cherchez une entreprise en ligne pour vos cartes de vœux ? Fais-les toi-même !",
        "Vous cherchez une voyante à Paris ? Moi je consulte ton blog, c'est plus fiable 😂",
    ],
)
@pytest.mark.parametrize("support", [False, True])
def test_a_team_a_shop_or_a_plumber_joked_about_is_no_pitch(text, support):
    assert read_tone(text, support=support).label != "spam"
    if not support:
        assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "J'ai goûté tes cookies. Ma ligne ? Adieu.",
        "Mon régime a duré deux jours. Adieu.",
        "Adieu !",
        "Le moule à cake en silicone ? Adieu.",
        "C'est pour ce soir… j'ai hâte de goûter !",
    ],
)
def test_a_goodbye_to_a_diet_or_a_greeting_is_not_guarded(text):
    tone = read_tone(text)
    assert not tone.guarded and not tone.crisis, tone.cues
