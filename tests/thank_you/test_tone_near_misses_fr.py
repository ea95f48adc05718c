"""Warm French comments that share the words of this session's new French cues (cold scorn,
farewells, loss told obliquely, seizures, old pets gone) and were read worse by them: a reader
whose grandmother "cuisine mieux que toi, mais de peu ! 😄", « Maman aurait adoré cette recette,
je lui envoie le lien », a chair left empty by teenagers asleep at noon, a dog whose one seizure
was two years ago, « Notre cher Filou est parti ce matin... chez le toiletteur 😂 », a hen party
(« enterrement de vie de jeune fille »). They lost their star and got scorn's reply, condolences
or a helpline. Beside them, the cold scorn, the farewells and the losses the cues were added for
still read hard (tests/thank_you/test_tone_cold_scorn_fr.py and its neighbours)."""

import pytest

from reply_drafts.compose import tone_flags
from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

# Read as cold scorn (label "hostile": no star, "which part do you disagree with?").
TEASED_NOT_SCORNED = [
    "Je suis sûre que votre maman trouve ça délicieux, comme nous tous ici !",
    "Ce blog c'est de la merde... non je rigole, c'est mon préféré 😂",
    "Ce blog c'est de la daube ? Mais non, c'est le meilleur ! Ne l'écoute pas 😊",
    "Ma grand-mère cuisine mieux que toi, mais de peu ! 😄 Bravo",
    "Mignon, ce petit effort de présentation, ça donne envie ! 😍",
    "C'est un peu surjoué la déco non ? 😄 Mais le goût est parfait.",
    "Vous écrivez comme vous cuisinez : sans fioritures, et c'est parfait.",
    "Tu écris comme tu cuisines : avec les mains et le cœur !",
    "Je vous lis par pitié pour mon estomac affamé 😂",
    "Quand tu crois savoir cuisiner et que ta brioche ressemble à une galette 😂 (c'est moi hein)",
    "T'as vraiment cru que c'était une bonne idée de poster ça ? OUI ! Excellente idée, merci 😄",
    "Tu fais ça pour attirer l'attention de tes enfants vers les légumes ? Bonne technique 😄",
    "Quelle originalité, un pain aux olives et au romarin ! On n'avait jamais vu ça chez nous, "
    "les enfants ont adoré.",
]

# Read as a loss, a hard time or a crisis (condolences, "Accordez-vous de la douceur", helpline).
EVERYDAY_NOT_GRIEF = [
    "Personne ne s'en rendrait compte si je disparaissais dans la cuisine avec le gâteau 😂",
    "Maman aurait adoré cette recette, je lui envoie le lien tout de suite !",
    "Papy aurait adoré ça, je vais lui en apporter dimanche.",
    "Mamie aurait adoré ta recette, on lui fera goûter à Noël !",
    "Papa aurait aimé la version au chocolat, je la lui fais demain !",
    "Sa chaise est vide, il est parti jouer au foot avant le dessert 😂",
    "Leur place est vide, mes ados dorment encore à midi 😂",
    "Sa place est vide depuis qu'il est parti en stage à Lille, mais il revient à Noël 😊",
    "g plu envie de rien, a part dormir apres ce repas mdr",
    "Mon chien a fait une crise d'épilepsie il y a deux ans, il va très bien depuis, merci pour "
    "tes biscuits sans céréales.",
    "Mon fils a fait une crise d'épilepsie quand il était petit, il a 20 ans aujourd'hui et fait "
    "ta recette !",
    "Notre cher Filou est parti ce matin... chez le toiletteur 😂",
    "Notre vieux matou est parti hier soir... et il est rentré à 6 h du matin 😂",
    "Il y avait tellement de monde à l'anniversaire qu'on aurait dit un enterrement de vie de "
    "garçon 😂",
    "Enterrement de vie de jeune fille ce week-end, je fais tes cupcakes !",
]

# Everyday comments on the same words that were read right and must stay so.
WARM_NEIGHBOURS = [
    "Ma mère trouve ça très bien, elle en a refait trois fois.",
    "Ce blog c'est de la bombe, sérieux !",
    "Vous écrivez comme vous cuisinez : avec le cœur ❤️",
    "Je vous lis par plaisir depuis 2015.",
    "Ma daronne cuisine mieux que moi, mais ta recette l'a bluffée.",
    "C'est mignon ce petit pain en forme de lapin !",
    "Notre chère Mimi est partie, elle est à la pension pour le week-end !",
    "Mon chat est mort de jalousie en voyant le gâteau 😂",
    "Je ne serai plus là pour le prochain live, je suis au boulot.",
    "Premier Noël chez nous, j'ai fait ta bûche, tout le monde a adoré.",
    "Mon chien a eu une crise d'angoisse à cause de l'orage, mais il va mieux.",
]

# The scorn, the losses and the farewells these cues were written for.
STILL_HARD = [
    ("Je suis sûre que votre maman trouve ça très bien.", "hostile"),
    ("Ce blog c'est de la merde, sérieux.", "hostile"),
    ("Ta daronne cuisine mieux que toi, boloss", "hostile"),
    ("C'est mignon, ce petit effort. Continuez, un jour peut-être.", "hostile"),
    ("Perso j'ai rien ressenti en lisant, c'est un peu surjoué non ?", "hostile"),
    ("Vous écrivez comme vous cuisinez : sans saveur.", "hostile"),
    ("Quelle originalité, une tarte aux pommes. On n'avait jamais vu ça.", "hostile"),
    ("Maman aurait adoré ce pain. Elle le faisait tous les dimanches.", "grief"),
    ("Sa chaise est vide à table depuis septembre.", "grief"),
    ("Notre fils a fait sa première crise d'épilepsie cette nuit.", "grief"),
    ("Notre vieux Max est parti ce matin.", "grief"),
    ("Les obsèques sont jeudi. Je relirai votre billet après.", "grief"),
]


@pytest.mark.parametrize("text", TEASED_NOT_SCORNED + EVERYDAY_NOT_GRIEF + WARM_NEIGHBOURS)
def test_an_everyday_french_comment_on_the_words_of_a_new_cue_stays_warm(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize("text", TEASED_NOT_SCORNED + EVERYDAY_NOT_GRIEF)
def test_it_keeps_its_star_under_a_support_post_too(text):
    tone, draft = read_tone(text, support=True), draft_of(text, "fr", support=True)
    assert tone.label != "hostile" and not tone.loss and not tone.crisis, tone.cues
    assert draft.text != "" and not draft.crisis


def test_a_slower_leave_for_a_knee_operation_is_no_farewell():
    text = (
        "Je ne serai plus là pour les prochaines recettes pendant un mois, je me fais opérer du "
        "genou, rien de grave !"
    )
    assert not read_tone(text).guarded
    assert_read_warm(text, "fr", thanked=True)


def test_good_news_after_a_hospital_stay_is_not_answered_as_a_hard_time_told():
    tone = read_tone(
        "Mamie est sortie de l'hôpital, elle va bien, on a fait ta soupe pour fêter ça !"
    )
    assert tone.good_news
    assert "shared" not in tone_flags(tone, support=False)


@pytest.mark.parametrize(("text", "label"), STILL_HARD)
def test_the_scorn_and_the_losses_the_cues_were_added_for_still_read_hard(text, label):
    assert_read_hard(text, "fr", label)


# Words of this morning's French cues said of a thing, a move or a better job: « Repose en paix,
# mon régime » had condolences, a goodbye before leaving for Australia the helpline.
ENDINGS_OF_THINGS = [
    "Dire adieu avant de partir pour toujours en Australie, ça fait drôle. Merci pour tout !",
    "Mon poste a été supprimé… remplacé par un poste bien mieux payé 😄",
    "Mon poste a été supprimé du forum par erreur, je le remets : super recette !",
    "Mon emploi a été supprimé l'an dernier, et depuis j'ai créé mon entreprise de gâteaux. "
    "Merci pour l'inspiration !",
    "Repose en paix mon régime",
    "Repose en paix, levain numéro 1",
    "Repose en paix, mon vieux batteur. 25 ans de bons et loyaux services.",
    "Nous avons fait endormir Biscotte… dans son nouveau panier 🥰",
    "Elle a mis fin à ses jours de régime avec cette tarte 😂",
    "Il a mis fin à sa vie parisienne pour la campagne, et il fait son pain !",
    "Repose en paix la boulangerie du coin, vive le pain maison !",
    "L'entreprise s'est séparée de moi et j'ai enfin ouvert mon salon de thé ! Merci pour les "
    "recettes.",
    "Je ne serai plus là pour Noël, on sera à Lyon ! Mais je garde la recette.",
    "On a fait endormir notre chat pour lui couper les griffes, il va très bien !",
    "Mon poste a été supprimé, mais on m'a proposé mieux dans la même boîte !",
    "Je ne compte pas être là pour mon anniversaire, je le fête à Rome !",
]


@pytest.mark.parametrize("text", ENDINGS_OF_THINGS)
def test_an_ending_told_of_a_thing_a_move_or_a_better_job_reads_warm(text):
    assert_read_warm(text, "fr", thanked=True)


@pytest.mark.parametrize(
    "text",
    [
        "Mon poste a été supprimé du jour au lendemain.",
        "Repose en paix, chef.",
        "Mon ami Sam a mis fin à ses jours.",
        "Nous avons fait endormir Biscotte ce matin.",
        "Nous avons fait endormir Biscotte hier, elle repose dans le jardin.",
        "Il a mis fin à sa vie.",
        "L'entreprise s'est séparée de moi hier.",
        "Repose en paix, papa.",
        "On a fait endormir notre chat ce matin, il avait 18 ans.",
        "Mon poste a été supprimé, je ne sais pas quoi faire.",
    ],
)
def test_the_endings_beside_them_are_still_hard_times(text):
    assert read_tone(text).label == "grief", read_tone(text).cues
    assert draft_of(text, "fr").gold_stars == 0


def test_a_goodbye_before_leaving_for_good_still_gets_the_helpline():
    assert draft_of("Je voulais vous dire au revoir avant de partir pour toujours.", "fr").crisis


@pytest.mark.parametrize(
    "text",
    [
        "Mon poste a été supprimé... et j'ai retrouvé un job en deux semaines !",
        "Mon emploi va être supprimé en juin, et j'ai hâte : retraite anticipée et pâtisserie !",
    ],
)
def test_a_job_lost_for_a_better_one_is_no_hard_time(text):
    assert read_tone(text).label != "grief", read_tone(text).cues


@pytest.mark.parametrize(
    "text",
    [
        "J'ai donné ma vieille machine à pain à ma voisine. Je n'en aurai plus besoin, merci pour "
        "tout !",
    ],
)
def test_an_old_thing_given_away_is_no_crisis(text):
    assert not draft_of(text, "fr").crisis


@pytest.mark.parametrize(
    "text", ["Je ne serai plus là pour Noël.", "Je ne compte pas être là pour mon anniversaire."]
)
def test_a_holiday_missed_with_no_place_said_still_gets_the_helpline(text):
    assert draft_of(text, "fr").crisis
