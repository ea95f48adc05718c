"""What a review of French comments found (session 38), worst harm first: a reader who writes
« J'ai pensé au suicide plusieurs fois ce mois-ci. », « J'ai des idées noires en ce moment »,
« Personne ne remarquerait si je partais. » or « je me suis refait du mal » given no helpline
(most of them starred and quoted back), « Adieu tout le monde, merci pour tout. » starred;
« Je voudrais juste disparaître quelques jours sur une île avec ce gâteau 😂 » given one; a child
in intensive care, a relapse, failed IVF, a stillbirth's euphemisms, a pet named in its death, a
husband who hits, an assault, words typed without accents (« mon pere est decede ») starred and
quoted as « exactement le genre de chose que j'espérais lire »; « J'ai perdu 3 kilos avec tes
recettes ! » and « J'ai perdu la notion du temps » answered as a loss; backhanded praise (« Pas
mal pour une fille. »), Québec insults and pitches with no link starred.

Each case is pinned with its near misses: the same words in everyday use keep their warmth.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of


@pytest.mark.parametrize(
    "text",
    [
        "J'ai pensé au suicide plusieurs fois ce mois-ci.",
        "J'ai des idées noires en ce moment, merci pour ton texte.",
        "Personne ne remarquerait si je partais.",
        "Jveux juste dormir pour toujours",
        "J'ai craqué, je me suis refait du mal.",
    ],
)
@pytest.mark.parametrize("support", [False, True])
def test_a_reader_at_risk_is_heard_with_a_helpline(text, support):
    tone, draft = read_tone(text, support=support), draft_of(text, "fr", support=support)
    assert tone.label == "grief" and tone.crisis, tone.cues
    assert draft.crisis and draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "Je voudrais juste disparaître quelques jours sur une île avec ce gâteau 😂",
        "J'aimerais disparaître sous la couette tout le week-end.",
    ],
)
def test_a_wish_to_vanish_for_a_while_gets_no_helpline(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Après ce gratin je veux juste dormir pour toujours 😂",
        "J'ai envie de dormir pour toujours sous cette couette avec ta soupe.",
        "Personne ne remarquerait si je partais avec le dernier cookie 😂",
        "Le film était plein d'idées noires mais ta recette m'a remonté le moral.",
        "Je me suis refait du mal au dos en jardinant, mais ta soupe m'a réchauffée !",
    ],
)
def test_the_same_words_said_in_fun_stay_warm(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Jai fait ce gateau pour les obseques de mon grand pere, tout le monde a adoré",
        "mon pere est decede la semaine derniere, merci pour ton blog qui me fait tenir",
        "Mon papa ns a quitté dimanche, il adorait tes recettes",
        "Merci pour la recette ! Je l'ai faite pour la veillée funèbre de mon oncle, ça a fait du "
        "bien à tout le monde.",
        "On vient d'enterrer mon beau-père. Merci pour le gâteau des funérailles, tout le monde a "
        "adoré.",
        "Bravo pour ce billet, très clair. Je le lis à l'hôpital où mon fils est en réa depuis dix "
        "jours.",
        "Ma grand-mère est à l'hôpital depuis lundi, je lui apporterai une part.",
        "Merci pour ce partage, après trois FIV ratées je me sens moins seule.",
        "On est en parcours PMA depuis 4 ans, votre billet m'a fait pleurer.",
        "Notre petit ange est parti à 20 SA, merci de parler de ça.",
        "IMG à 24 semaines l'an dernier. Merci d'en parler.",
        "Merci. Le bébé n'a pas de battement de cœur à l'écho.",
        "Notre minou est parti rejoindre les étoiles cette nuit 😢",
        "Mon chat Filou est mort écrasé ce matin.",
        "J'ai rechuté après deux ans sobre. Merci pour votre texte.",
        "Rechute du cancer annoncée hier. Votre billet tombe à pic.",
        "Ma mère a la maladie de Charcot",
        "Merci pour ce billet, arrêt maladie pour épuisement professionnel, je me reconnais "
        "tellement.",
        "Mon mari me frappe et je ne sais pas à qui parler.",
        "j ai plus envie de rien, plus envie de me lever, a quoi bon",
        "Jsuis au bout du rouleau, plus envie de rien.",
        "Franchement je sais plus quoi faire, je suis épuisée, je vois plus le bout.",
    ],
)
def test_a_hard_time_is_answered_quietly(text):
    assert_read_hard(text, "fr", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "J'ai perdu la notion du temps en lisant ton blog.",
        "J'ai perdu 3 kilos avec tes recettes légères !",
        "J'ai perdu mes clés mais trouvé ta recette.",
        "J'ai perdu mon pari, je dois faire ton gâteau pour tout le bureau 😂",
        "J'ai perdu la tête pour cette tarte !",
        "J'ai perdu mon temps à chercher la farine, mais le pain est top",
    ],
)
def test_a_loss_of_nothing_stays_warm(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Ma sœur est infirmière en réa, elle a adoré ton gâteau.",
        "Mon mari travaille en réanimation, il emporte ta quiche au boulot.",
        "Ma sœur est à l'hôpital, elle vient d'accoucher d'un petit garçon !",
        "Ma fille est à l'hôpital pour son stage d'infirmière, elle adore.",
        "J'ai rechuté sur le chocolat 😂 ton fondant est une tuerie.",
        "J'ai rechuté, j'ai refait ton gâteau une troisième fois !",
        "Ma femme me bat aux échecs tous les soirs, mais je gagne en cuisine.",
        "Mon fils me bat à plate couture à Mario Kart.",
        "Mon chat Filou est mort de rire en me voyant rater la pâte 😂",
        "Mon petit ange est parti à l'école avec une part de ton gâteau.",
        "La fusée est partie rejoindre les étoiles, mon fils était aux anges.",
        "Je travaille sur la PMA en labo, super article de vulgarisation.",
        "J'ai eu un bébé grâce à la FIV il y a 3 ans, et aujourd'hui il dévore tes crêpes !",
        "Les funérailles nationales à la télé m'ont donné envie de faire ta tarte tatin.",
        "On vient d'enterrer la capsule temporelle de l'école, trop mignon.",
        "Le bébé a un super battement de cœur à l'écho ! On est ravis.",
        "Je n'ai plus envie de rien d'autre que ce gâteau !",
        "Je vois le bout du tunnel, enfin !",
    ],
)
def test_the_same_words_in_everyday_life_stay_warm(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Pas mal pour une fille.",
        "Sympa pour un amateur.",
        "C'est bien, pour un blog de ménagère.",
        "Toi t'es la honte des blogueuses culinaires.",
        "Bravo, t'as réussi à rater une recette de pâtes.",
        "T'es ben épais, ça marche pas pantoute ta recette.",
        "Ostie de colon, apprends à écrire.",
    ],
)
def test_scorn_is_not_thanked(text):
    assert_read_hard(text, "fr", "hostile")


def test_a_quebec_curse_is_severe_and_never_answered_warmly():
    text = "Gros cave, va donc chier."
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.label == "hostile" and tone.severe, tone.cues
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "Sympa pour un amateur comme moi, les explications sont claires.",
        "C'est bien pour une débutante comme moi, merci !",
        "Pas mal pour une fille de 8 ans qui cuisine seule, bravo à ta nièce !",
        "Tu es épaisse comme un fil, mange donc une part !",
        "Vous êtes un peu épais sur la farine, non ? Moi je mets 200 g.",
        "Une crème bien épaisse, c'est parfait !",
        "J'ai réussi à rater une recette de pâtes, je suis la honte de la cuisine 😂",
        "Tu as réussi à rater une omelette ? Moi aussi la première fois, courage !",
        "Je suis allée à la cave chercher du vin pour accompagner ton gratin.",
    ],
)
def test_the_same_words_said_kindly_stay_warm(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Super article, très instructif ! Visitez mon profil pour plus de conseils.",
        "Excellent contenu, je partage sur mes réseaux. Ma boutique : Les Bougies de Claire, "
        "livraison offerte.",
        "Voyance gratuite par téléphone, première question offerte !",
        "Grand merci ! Pour vos déménagements sur Paris, pensez à DemenagPro, devis gratuit.",
    ],
)
def test_a_pitch_with_no_link_gets_no_reply(text):
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.label == "spam", tone.cues
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "J'ai commandé le moule sur Amazon, livraison offerte, merci pour le lien !",
        "Ma boutique préférée vend ce moule, merci pour l'idée.",
        "Visitez le marché de Noël de Colmar si vous passez, on y trouve ce pain d'épices !",
    ],
)
def test_a_reader_naming_a_shop_is_no_pitch(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "J'ai écrit des lettres à tout le monde et je donne mes affaires.",
        "Adieu tout le monde, merci pour tout.",
    ],
)
def test_a_goodbye_of_a_reader_at_risk_is_never_starred_nor_quoted(text):
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.guarded or tone.crisis, tone
    assert draft.gold_stars == 0 and draft.quote == ""


def test_an_assault_is_answered_quietly():
    text = "Je me suis fait agresser dans la rue la semaine dernière, j'ai du mal à sortir."
    assert_read_hard(text, "fr", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "Je pars en Australie pour un an, adieu tout le monde et merci pour les recettes !",
        "Adieu les régimes, bonjour ta brioche !",
        "Je donne mes affaires de bébé, merci pour l'idée !",
        "Je donne mes affaires à Emmaüs ce week-end, ça fait du bien.",
        "Je me suis fait agresser par un cygne au parc mdr, heureusement ton gâteau m'a consolée.",
    ],
)
def test_a_move_a_clear_out_or_a_swan_stays_warm(text):
    assert_read_warm(text, "fr")
