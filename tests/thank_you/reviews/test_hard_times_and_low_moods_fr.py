"""French hard times and low moods, and the warm comments that share their words.

A French reader who is low, ill (« un cancer », anxiety attacks), on a children's ward, laid off or
whose home burned is heard with a quiet reply and not cheered; a hard time long over or comfort
offered is not answered as today's. Beside each case stand its warm twins (tired legs after a
game, a cold cured by soup, a tart all eaten, a star sign, a promotion), which stay warm.
"""

import pytest

from reply_drafts.grief import hard_time_cues
from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of
from tests.support.readings import (
    assert_never_starred_nor_quoted,
    assert_read_quiet_in_french,
    assert_warm_or_plain,
)


def test_a_lay_off_that_keeps_the_reader_awake_is_not_quoted_back():
    draft = draft_of("Depuis mon licenciement je ne dors plus. Je tourne en rond.", "fr")
    assert draft.tone == "grief" and not draft.quote


@pytest.mark.parametrize(
    "text, language",
    [
        # each had been answered "I'm so sorry you're going through this" and "I'll be thinking
        # of you this week", as if the hard time were today's
        ("I went through a layoff two years ago, and now I love my new job.", "en"),
        ("I had cancer ten years ago. Still here, still baking. Thanks for this.", "en"),
        ("I was homeless in my twenties; the bit about kindness from strangers rang true.", "en"),
        ("J'ai été licenciée il y a cinq ans, et aujourd'hui je suis heureuse.", "fr"),
    ],
)
def test_a_hard_time_long_over_is_not_answered_as_today_s(text, language):
    draft = draft_of(text, language)
    assert draft.tone == "grief"
    for today in ("going through", "thinking of you this week", "sounds so hard", "traversez"):
        assert today not in draft.text
    assert "came through it" in draft.text or "l'autre côté" in draft.text


@pytest.mark.parametrize(
    "text, language",
    [
        ("I was laid off two years ago and I still haven't found work.", "en"),
        ("I got laid off today.", "en"),
        ("J'ai eu un cancer il y a dix ans et j'en souffre encore.", "fr"),
    ],
)
def test_a_hard_time_still_lived_is_not_called_over(text, language):
    draft = draft_of(text, language)
    assert draft.tone == "grief" and draft.gold_stars == 0
    assert "came through it" not in draft.text and "l'autre côté" not in draft.text


@pytest.mark.parametrize(
    "text",
    [
        # a second reviewer's: each had been told « Quel soulagement de vous savoir de l'autre
        # côté »
        "Mon mari est parti il y a deux ans et je n'arrive plus à cuisiner pour une personne.",
        "Mon père est parti il y a dix ans et je n'ai jamais retrouvé le goût de sa brioche.",
        "J'ai eu un cancer il y a cinq ans et j'ai peur chaque jour qu'il revienne.",
        "J'ai perdu mon travail il y a deux ans, et je cherche toujours.",
        "Il a eu un cancer il y a dix ans, maintenant il court des marathons !",
    ],
)
def test_a_french_hard_time_still_lived_or_someone_else_s_is_not_over(text):
    assert not read_tone(text).behind


def test_a_cancer_just_told_is_heard_not_written_in_the_notebook():
    assert_read_quiet_in_french("On vient de m'annoncer un cancer. Lire votre blog m'aide un peu.")
    assert_read_quiet_in_french(
        "On m'a diagnostiqué une leucémie en mars. Vos recettes me tiennent compagnie."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Mon signe ? Cancer, évidemment 😄",
        "On vient de m'annoncer une promotion, je fête ça avec votre tarte !",
        "Le médecin m'a annoncé que tout allait bien, ouf !",
        "On m'a annoncé une bonne nouvelle : je suis enceinte !",
    ],
)
def test_a_star_sign_a_promotion_and_good_news_are_no_illness(text):
    assert_warm_or_plain(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On a perdu la maison dans un incendie la semaine dernière, mais tout le monde va "
            "bien.",
            "fr",
        ),
        ("En plein divorce, ce billet sur les petites gentillesses m'a touchée.", "fr"),
        ("We lost the house in the fire last week but we're all safe.", "en"),
        ("We lost our home to a flood in March. Reading this helped.", "en"),
    ],
)
def test_a_home_lost_in_a_fire_or_a_divorce_is_not_cheered(text, language):
    assert_read_quiet_in_french(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Je vous écris depuis le service de pédiatrie, ma fille dort. Votre blog m'aide à tenir.",
        "Je fais des crises d'angoisse toute la semaine. Votre écriture m'apaise.",
    ],
)
def test_a_parent_on_a_childrens_ward_or_anxiety_attacks_are_heard(text):
    assert_read_quiet_in_french(text)


@pytest.mark.parametrize(
    "text",
    [
        "Je suis infirmière en pédiatrie et je lis votre blog pendant mes pauses.",
        "Passe voir le marché de Noël de Colmar, c'est magique.",
        "Je travaille dans le service de pédiatrie et vos recettes font le bonheur des collègues.",
        "Cette tartine m'aide à tenir jusqu'au dîner, merci !",
        "Votre planning m'aide à tenir mes résolutions.",
        "J'ai fait une crise d'angoisse en voyant le prix du beurre 😂",
        "Mon chat fait des crises de jalousie quand je cuisine 😂",
    ],
)
def test_a_nurse_a_christmas_market_and_a_snack_are_not_held_nor_grieved(text):
    assert_warm_or_plain(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mamie est partie cette nuit. Je relis ses recettes grâce à votre blog.",
        "Je suis stérile, et lire vos posts sur vos enfants me fait du bien et du mal à la fois.",
        "Notre petit ange est parti à 5 mois de grossesse.",
    ],
)
def test_under_a_hard_day_post_too(text):
    draft = draft_of(text, "fr", support=True)
    assert read_tone(text, support=True).label == "grief"
    assert draft.gold_stars == 0 and draft.quote == "" and not draft.crisis


NOT_A_HARD_TIME = [
    "Jai pas trop le moral depuis la fin des vacances, mais ta tarte aide !",
    "Jai pas le moral, il pleut depuis 3 jours, vivement le soleil et ta recette de tarte !",
    "Je déprime depuis que j'ai fini ta série d'articles, écris-en d'autres !",
    "Notre maison a brûlé dans les Sims, mdr. Super article sur le jeu.",
    "Ma maison a été inondée de compliments grâce à ta recette !",
    "Notre appart a été inondé l'an dernier, tout est refait et ta recette a inauguré la "
    "nouvelle cuisine !",
]


@pytest.mark.parametrize("text", NOT_A_HARD_TIME)
def test_holiday_blues_rain_a_game_and_a_flood_of_compliments_are_no_hard_time(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Notre maison a été inondée, on a tout perdu.",
        "Notre maison a brûlé de fond en comble.",
        # a pause ends the sentence the words read: « a brûlé... dans les Sims » gets sympathy
        "Notre maison a brûlé… On a tout perdu, même les photos.",
        "Je déprime depuis des semaines, ton blog m'aide un peu.",
    ],
)
def test_a_hard_time_beside_the_narrowed_words_is_still_heard(text):
    assert read_tone(text).label == "grief"


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
    ("title", "text"),
    [
        ("Un an sans papa... au ski !", "Papa est en saison à Val Thorens, on a survécu ."),
        ("Deux ans sans ma sœur : les retrouvailles !", "Elle rentre d'Australie."),
        ("Dix ans sans mon frère, enfin réunis !", "Il rentre du Canada."),
        ("Un an sans ma fille, en Erasmus", "Elle rentre samedi, je prépare son gratin."),
        ("Mamie est partie cette nuit !", "Direction la Corse avec ses copines."),
        ("Ma fille a fait une tentative, réussie !", "Ses premiers macarons."),
        ("Mon robot en burn out", "Trop de brioches ce mois-ci."),
        ("On a traversé le pont de l'arc-en-ciel à Tokyo", "Notre voyage au Japon, jour 3."),
        ("Ça aurait été les 70 ans de papa, on a reporté la fête !", ""),
    ],
)
def test_a_happy_post_is_no_hard_day(title, text):
    assert hard_time_cues(title, "", text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Mamie est partie cette nuit.",
        "Papa est parti dans son sommeil, paisiblement.",
        "Bébé est parti trop tôt.",
        "Mon chien a rendu son dernier souffle hier.",
        "Notre chienne a franchi le pont de l'arc-en-ciel à 14 ans.",
        "Ma fille a fait une tentative la semaine dernière. Elle est suivie en psychiatrie.",
        "Mon mari boit trop depuis son licenciement.",
        "Je suis en plein burn out.",
        "On vient de se séparer après 12 ans de mariage.",
        "Trois ans sans mon frère. Il me manque chaque jour.",
    ],
)
def test_the_hard_times_the_cues_were_made_for_are_still_heard(text):
    assert_read_hard(text, "fr", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "On l'a enterrée samedi. Je n'ai pas encore eu le courage de relire ses lettres.",
        "chui pas bien depuis que mamie est partie",
        "Licencié ce matin après 15 ans dans la boîte.",
        "On divorce. Je fais ton pain pour tenir le coup.",
    ],
)
def test_a_hard_time_of_the_readers_own_is_not_answered_as_comfort_offered(text):
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.label == "grief" and tone.shared and not tone.comforting, tone
    assert "mots bienveillants" not in draft.text
    assert "m'accompagner dans ce moment" not in draft.text


@pytest.mark.parametrize(
    "text",
    ["Courage à vous, je pense fort à vous.", "Je vous envoie tout mon courage."],
)
def test_courage_offered_is_still_comfort(text):
    assert read_tone(text, support=True).comforting


@pytest.mark.parametrize(
    "text",
    [
        "J'ai plus la force de me battre.",
        "J'ai pas le moral en ce moment, ton blog m'aide un peu.",
        "Je déprime grave ces temps-ci.",
        "Notre maison a brûlé en juin, on repart de zéro.",
    ],
)
def test_a_low_mood_or_a_hard_time_said_plainly_is_heard(text):
    assert_read_hard(text, "fr", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "Après le marathon, j'ai plus aucune force dans les jambes, mais ce pain m'a sauvée !",
        "Je déprime grave, il n'y a plus de brioche mdr",
        "J'ai pas le moral à cause du match, mais ton gâteau m'a consolé.",
        "J'étais déprimée par la pluie mais ta recette m'a remonté le moral !",
        "Ma maison a brûlé dans Minecraft mdr",
    ],
)
def test_tired_legs_a_lost_match_and_a_game_stay_warm(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Toutes mes condoléances, je suis de tout cœur avec vous.",
        "Je suis tellement désolée pour ta perte.",
        "Je t'envoie plein de force.",
        "Je suis là pour toi, courage.",
    ],
)
def test_comfort_offered_on_a_hard_day_is_thanked_not_condoled(text):
    tone, draft = read_tone(text, support=True), draft_of(text, "fr", support=True)
    assert tone.label == "grief" and tone.comforting and not tone.shared, tone
    assert "condoléances" not in draft.text


def test_a_cold_cured_by_soup_stays_warm():
    assert_read_warm("Je suis guérie de mon rhume grâce à ta soupe !", "fr", thanked=True)


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


A_TART_ALL_EATEN = [
    "Je déprime grave, la tarte est finie ! Refais-en, merci.",
]


@pytest.mark.parametrize("text", A_TART_ALL_EATEN)
def test_a_tart_all_eaten_is_no_hard_time(text):
    assert_read_warm(text, "fr", thanked=True)


@pytest.mark.parametrize(
    "text", ["Je déprime grave depuis des mois.", "Je déprime grave, ma vie est finie."]
)
def test_a_low_mood_beside_the_narrowed_words_is_still_heard(text):
    assert read_tone(text).label == "grief"
