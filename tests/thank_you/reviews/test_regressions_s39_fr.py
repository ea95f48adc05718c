"""A review of the merged session 39 French cues for warmth lost: everyday French comments that
share a new cue's words and had kept their warm reading before the session.

The new cues had read « Mamie est partie cette nuit… en croisière ! », « Ma fille a fait une
tentative hier, ratée mais délicieuse ! », « On a traversé le pont de l'arc-en-ciel à Tokyo »,
« Trois ans sans ma sœur, elle vit en Australie » and « Mon four est en plein burn out 😂 » as a
loss or a hard time (no star, no quote, a quiet reply); « Je vais tout arrêter, j'en peux plus de
cette vie. On déménage à la campagne et j'ouvre une boulangerie ! » got the helpline; « Après 3
heures de pétrissage, j'ai plus la force de continuer. Je finis demain ! » and « C'est la dernière
fois que je viens ici. À chaque visite je repars avec deux kilos de plus ! » were guarded (never
starred nor quoted); « Si comme moi vous n'avez rien compris aux levures, cet article est
parfait ! » and « Il y a un marché de producteurs à Lyon. Renseignez-vous ! » read as jabs,
« Merci pour ce tuto ! Cordialement, Julie, agence web » as spam; and a post titled « Deux ans
sans ma sœur : les retrouvailles ! » or « On a traversé le pont de l'arc-en-ciel à Tokyo » was a
hard day.

And the other way: a letter to a dead parent (« Un an sans toi, maman... », « 10 ans déjà sans toi,
papa. ») had been starred and quoted back (« Vous l'avez si bien dit : « 10 ans déjà sans toi,
papa ». … une belle étoile d'or scintillante »); it gets the quiet reply, as « Un an sans papa »
does.
"""

import pytest

from reply_drafts.grief import hard_time_cues
from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

# Each had been read as a loss or a hard time by a session 39 cue (none was before).
WARM_NOT_A_LOSS = [
    "Mamie est partie cette nuit… en croisière !",
    "Mamie est partie cette nuit. Elle rentre de Lisbonne dimanche avec des pasteis de nata !",
    "Papa est parti cette nuit. Il revient de Montréal dans une semaine, je teste ta recette !",
    "Maman est partie dans la nuit… au marché de Rungis, comme chaque jeudi 😄",
    "Papi est parti dans son sommeil... enfin, il s'est endormi devant le Tour de France 😂",
    "Mamie est partie cette nuit ! Direction la Corse avec ses copines, elle a pris tes sablés.",
    "Mon chien est parti cette nuit ! Il a sauté la clôture, on l'a retrouvé chez le voisin 😅",
    "Bébé est parti trop tôt à la crèche ce matin, j'ai pu tester ta brioche tranquille !",
    "Bébé est parti rejoindre ses cousins pour le week-end, on a fait tes crêpes !",
    "Bébé est parti paisiblement faire sa sieste, j'ai enfin pu cuisiner.",
    "Mon mari a rendu l'âme après trois parts de ton fondant 😂",
    "Mon frère a rendu son dernier souffle dans la dernière montée du col, mais il est arrivé !",
    "Ma fille a rendu l'âme après la séance de sport mdr",
    "Mon chat a rendu l'âme à mon canapé, il est tout lacéré 😂",
    "Mon fils a rendu son dernier souffle de ballon, la fête était géniale merci pour le gâteau !",
    "On a traversé le pont de l'arc-en-ciel à Tokyo, magnifique de nuit !",
    "Nous avons passé le pont de l'arc-en-ciel à Odaiba, merci pour tes conseils sur le Japon !",
    "Les enfants ont traversé le pont de l'arc-en-ciel du parc d'attractions, trop contents !",
    "On a franchi le pont de l'arc-en-ciel en bateau à Niagara, un souvenir incroyable !",
    "Mon chat est parti au paradis des chats : l'animalerie en bas de chez moi 😂",
    "Notre chat est parti au paradis des chats, la pension du village, pendant nos vacances !",
    "Trois ans sans ma sœur, elle vit en Australie, mais elle rentre à Noël !",
    "10 ans sans mon frère, il rentre enfin du Canada, on a fait ton gâteau !",
    "Deux ans sans mon mari, déjà ! Il est en mission au Mali, je lui envoie tes biscuits.",
    "Un an sans mon chat, il est chez ma mère pendant mes études.",
    "Deux ans sans ma fille, partie étudier à Montréal : elle rentre demain, je fais ta brioche !",
    "Un an sans mon fils, en Erasmus à Berlin. Il rentre samedi, je lui fais ton gratin !",
    "Samedi ça aurait été les 70 ans de papa, mais on a reporté la fête à dimanche !",
    "Ça aurait été les 30 ans de ma sœur si elle ne mentait pas sur son âge 😂",
    "Hier ça aurait été les 40 ans de mon mari… s'il n'avait pas décidé de les fêter en juin 😂",
    "Ma fille a fait une tentative hier, ratée mais délicieuse !",
    "Mon fils a fait une tentative, c'était pas si mal pour un premier essai !",
    "Mon mari a fait une tentative... on a fini par commander des pizzas 😂",
    "Ma sœur a fait une tentative samedi, la brioche a triplé de volume !",
    "Mon fils a fait une tentative. Verdict : il veut recommencer demain !",
    "Ma mère a fait une tentative ce week-end, elle veut ta recette de pâte !",
    "Grâce à ton kombucha, je me suis remise à boire ! 😂",
    "Avec ta citronnade, je me suis remise à boire. De l'eau, je précise 😄",
    "Je me suis remis à boire, du thé vert bien sûr, merci pour l'article !",
    "Après deux mois sans café, je me suis remise à boire depuis ton article sur le cold brew 😅",
    "Je me suis remise à boire. De l'eau ! Deux litres par jour grâce à ton défi.",
    "Moi je cuisine, mon mari boit. Chacun son rôle 😂",
    "Mon mari boit encore et encore ton chocolat chaud, il en redemande !",
    "Mon père boit trop, de ta citronnade ! Il en fait des litres 😂",
    "Ma femme boit encore, et encore, ton smoothie mangue : merci !",
    "Covid : j'ai plus de goût à rien. Vivement que ça revienne pour tester ta tarte !",
    "Mon four est en plein burn out après 12 fournées 😂",
    "Le levain a fait un burn out, il ne monte plus mdr",
    "Tes batch cookings m'ont évité le gros burn out de la rentrée, merci !",
    "Mon robot est en burn out, trop de brioches ce mois-ci 😅",
    "On vient de se séparer après une super soirée crêpes entre copines, merci pour la recette !",
    "On vient de se séparer, les cousins sont rentrés chez eux après une semaine géniale.",
    "Mon mari est parti pour une autre... part de gâteau ! 😂",
    "Mon copain est parti pour une autre, fournée je veux dire 😂",
    "Ma femme est partie pour une autre, tournée de cookies bien sûr !",
    "On est stériles côté idées ce soir, merci pour l'inspiration !",
    "Je suis stérile niveau inspiration, heureusement que ton blog existe !",
    "On est stériles ! Enfin, nos bocaux, grâce à ta méthode au four 😄",
]


@pytest.mark.parametrize("text", WARM_NOT_A_LOSS)
def test_the_new_words_of_a_loss_said_of_a_trip_a_bake_or_a_laugh_stay_warm(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize("text", WARM_NOT_A_LOSS[::4])
def test_under_a_hard_day_post_they_get_no_condolences_either(text):
    tone = read_tone(text, support=True)
    assert not tone.loss and not tone.crisis, tone.cues


@pytest.mark.parametrize(
    "text",
    [
        "Trois gâteaux d'anniversaire cette semaine, j'en peux plus de cette vie ! 😂",
        "Les enfants réclament encore des crêpes… j'en peux plus de cette vie. Mdr",
        "J'en peux plus de cette vie ! Vivement les vacances 😂",
        "Je vais tout arrêter, j'en peux plus de cette vie. Je pars élever des chèvres ! 😄",
        "Je vais tout arrêter, j'en peux plus de cette vie. On déménage à la campagne et j'ouvre "
        "une boulangerie !",
    ],
)
@pytest.mark.parametrize("support", [False, True])
def test_a_laugh_or_a_plan_is_no_crisis(text, support):
    assert not read_tone(text, support=support).crisis
    assert not draft_of(text, "fr", support=support).crisis


@pytest.mark.parametrize(
    "text",
    [
        "Après 3 heures de pétrissage, j'ai plus la force de continuer. Je finis demain !",
        "Je n'ai plus la force de continuer, je vais me coucher, la suite demain 😴",
        "J'ai plus la force de continuer, trop mangé de ta galette !",
        "Trois étages de pièce montée, j'ai plus la force de continuer. Je ferai le dernier "
        "demain !",
        "J'ai testé 10 recettes de cookies. Celle-ci est la meilleure, ça sert à rien de "
        "continuer.",
        "C'est la dernière fois que je viens ici. À chaque visite je repars avec trois recettes et "
        "deux kilos de plus !",
        "C'est la dernière fois que j'écris ici. Enfin, jusqu'à ta prochaine recette !",
        "Je laisse mes carnets à ma fille, je n'en aurai plus besoin. Ton blog les remplace tous !",
        "Je donne mes livres à ma voisine, je n'en aurai plus besoin. Tout est sur ton blog "
        "maintenant !",
    ],
)
def test_a_task_left_for_tomorrow_or_a_joke_is_not_guarded(text):
    tone = read_tone(text)
    assert not tone.guarded and not tone.crisis, tone.cues


@pytest.mark.parametrize(
    "text",
    [
        "Merci pour la liste des ustensiles inutiles, mon presse-ail... qui ne sert à rien !",
        "J'ai fait deux plaques, on n'en avait pas assez.",
        "Si comme moi vous n'avez rien compris aux levures, cet article est parfait !",
        "Si comme moi tu n'as rien compris à la fermentation, lis vite cet article !",
        "Même si n'importe qui peut faire ça, personne ne le fait aussi bien que toi !",
        "C'est simple, même si n'importe qui peut faire ça, ta version est la meilleure.",
        "Il y a un super marché de producteurs le samedi à Lyon. Renseignez-vous !",
        "Merci ! Pour la farine bio, il existe des moulins qui livrent. Renseignez-vous !",
        "Oups, il faudrait se relire avant de poster : je voulais dire 200 g, pas 2 kg !",
        "Pardon, faudrait relire avant de publier, c'est 180°C pas 280°C dans mon message "
        "précédent 😅",
        "Joli effort mais c'est niveau débutant, et c'est exactement ce qu'il me fallait, merci !",
        "Mon fils a fait un bel effort, mais c'est niveau CM2 😂 On a adoré quand même !",
        "Tu tricotes aussi ? Super, ça t'occupe.",
        "Très clair, merci ! Stagiaire, agence web.",
        "Merci pour ce tuto ! Cordialement, Julie, agence web",
    ],
)
def test_praise_a_tip_or_a_reader_s_own_slip_is_no_jab_nor_spam(text):
    assert read_tone(text).label not in ("hostile", "spam"), read_tone(text).cues


def test_a_child_told_they_will_write_one_day_is_no_jab_under_a_hard_day_post():
    text = (
        "Ma fille rêve d'écrire un blog comme le tien. Je lui ai dit : un jour tu sauras écrire !"
    )
    assert "un jour tu sauras écrire" not in read_tone(text, support=True).cues


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
        "Un an sans toi, maman... J'ai fait ta recette de crêpes grâce à ce blog. Merci.",
        "10 ans déjà sans toi, papa.",
        "Deux ans sans toi, mamie. Je refais tes madeleines chaque dimanche.",
    ],
)
def test_a_letter_to_a_dead_parent_gets_the_quiet_reply(text):
    assert_read_hard(text, "fr", "grief")
    assert read_tone(text).shared


@pytest.mark.parametrize("title", ["Un an sans toi, maman", "10 ans déjà sans toi, papa"])
def test_a_letter_to_a_dead_parent_is_a_hard_day(title):
    assert hard_time_cues(title, "", "Je refais ta tarte chaque dimanche.")


@pytest.mark.parametrize(
    "text",
    [
        "Deux ans sans toi, ma sœur, reviens vite d'Australie !",
        "Un an sans toi, mon vieux four ! Le nouveau est top.",
        "Un an sans sucre, et ta tarte aux pommes m'a fait craquer !",
        "Ma tentative de brioche a raté mais on a bien ri.",
        "c'est la dernière fois que je viens ici sans mes enfants, ils adorent tes gâteaux !",
        "Je vais tout arrêter : le sucre, le gluten et le beurre. Ça va être dur !",
        "Cordialement, l'équipe compta",
    ],
)
def test_near_misses_stay_warm(text):
    assert_read_warm(text, "fr")


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
