"""What a review of French comments found (session 39), worst harm first: « Je vais tout arrêter,
j'en peux plus de cette vie. » starred and quoted with no helpline; « J'ai plus la force de
continuer, à quoi bon. » and « Ca sert a rien de vivre comme ca » starred or quoted; a death told
as « Mamie est partie cette nuit. », « Bébé est parti trop tôt », « Notre petit ange est parti à
5 mois de grossesse », « une grossesse arrêtée », infertility (« je suis stérile », « nous sommes
infertiles »), a burn-out spelled « burn out », a husband « parti pour une autre » and « on vient
de divorcer » starred or quoted back; sarcasm and condescension starred or quoted (« Merci pour ce
magnifique article... qui ne sert à rien. », « …, quelle originalité. », « Bel effort, mais c'est
du niveau débutant. », « Renseignez-vous. »); and the other way, a laugh answered with
condolences (« Mon fils est mort de rire », « Je suis décédée 😂 », « J'ai fait mon deuil du pain
parfait haha ») and « une fausse manip » read as a correction.

Each case is pinned with its near misses: the same words in everyday use keep their warmth.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of


@pytest.mark.parametrize(
    "text",
    [
        "Je vais tout arrêter, j'en peux plus de cette vie.",
        "J'en peux plus de ma vie.",
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
        "J'ai plus la force de continuer, à quoi bon.",
        "Je n'ai plus la force de continuer.",
        "Ca sert a rien de vivre comme ca",
        "Ça ne sert plus à rien de vivre.",
    ],
)
@pytest.mark.parametrize("support", [False, True])
def test_oblique_words_of_a_reader_at_risk_are_never_starred_nor_quoted(text, support):
    tone, draft = read_tone(text, support=support), draft_of(text, "fr", support=support)
    assert tone.guarded or tone.crisis, tone.cues
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "Mamie est partie cette nuit. Je relis ses recettes grâce à votre blog.",
        "Papa est parti dans son sommeil.",
        "Bébé est parti trop tôt, à 8 semaines de grossesse.",
        "Notre petit ange est parti à 5 mois de grossesse.",
        "On nous a annoncé une grossesse arrêtée à l'écho des 12 semaines.",
        "Je suis stérile, et lire vos posts sur vos enfants me fait du bien et du mal à la fois.",
        "On a appris que je suis stérile. Trois ans d'essais pour rien.",
        "Le médecin dit que nous sommes infertiles. Je lis vos recettes pour ne pas pleurer.",
        "Gros burn out, arrêt maladie de 3 mois. Je teste tes recettes.",
        "Je suis en burn out depuis janvier.",
        "Mon mari est parti pour une autre, et votre blog me tient compagnie.",
        "On vient de divorcer, mais les enfants ont adoré tes cookies.",
    ],
)
def test_a_loss_or_a_hard_time_gets_a_quiet_reply(text):
    assert_read_hard(text, "fr", "grief")


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


@pytest.mark.parametrize(
    "text",
    [
        "Merci pour ce magnifique article... qui ne sert à rien.",
        "Super article… qui ne sert à rien.",
        "Ah ben bravo, encore une recette sans gluten, quelle originalité.",
        "Bel effort, mais c'est du niveau débutant.",
        "Mignon, ce petit blog. Continue, un jour tu sauras écrire.",
        "Je me permets de vous corriger : le levain ne se nourrit pas de sucre. Renseignez-vous.",
        "Euh, on dit « pain au levain », pas « pain de levain ». Faudrait relire avant de publier.",
        "Vous devriez apprendre les bases avant d'écrire un tuto.",
    ],
)
def test_a_jab_is_neither_thanked_nor_quoted(text):
    assert_read_hard(text, "fr", "hostile")


@pytest.mark.parametrize(
    "text",
    [
        "Mon fils est mort de rire devant la vidéo.",
        "Ma fille est morte de honte quand j'ai montré la photo à ses copines lol",
        "Mon chat est mort de peur à cause de l'orage mais il va bien maintenant lol",
        "Mon fils est mort de faim après le foot, il a tout mangé",
        "Je suis décédée 😂 cette chute de la fin",
        "Je suis décédé de rire",
        "J'ai fait mon deuil du pain parfait haha",
        "J'ai fait une fausse manip avec git, ton article m'a sauvé la vie !",
    ],
)
def test_a_laugh_or_a_slip_gets_no_condolences(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Des figues et du chèvre, quelle originalité ! J'adore.",
        "Pour le levain, renseignez-vous auprès d'un boulanger, ils sont adorables !",
        "Enfin un tuto clair, c'est du niveau débutant, parfait pour moi !",
        "Ce gadget qui ne sert à rien, je l'ai acheté quand même haha",
        "Moi aussi je devrais relire avant de publier mes commentaires lol",
        "Tu devrais apprendre à ta fille les bases avant de faire la pâte, c'est trop mignon",
        "J'ai stérilisé mes bocaux comme tu dis, parfait !",
        "Je suis stérile de toute idée de recette ce soir, merci pour l'inspi !",
        "Mamie est partie cette nuit en train pour Nice, elle a pris ta recette.",
        "Mamie est partie ce matin après une semaine chez nous, la maison est vide haha",
        "Bébé est parti à la crèche tout content avec son cookie !",
        "Ma grossesse s'est bien passée, merci pour les recettes !",
        "J'en peux plus de cette vie de fou avec trois enfants lol",
        "J'ai plus la force de continuer ce régime, je craque pour tes cookies !",
        "Merci, j'ai plus le courage de continuer à chercher, ta recette est parfaite.",
        "C'était une fausse alerte, le levain est reparti !",
        "Mon mari est parti pour une autre tournée de croissants, il adore !",
        "Le deuil du pain blanc, ptdr",
        "Un gros burn de la pâte au fond du moule, mais le goût était top, merci !",
        "Don't let the candles burn out, lovely post!",
    ],
)
def test_the_same_words_said_in_fun_stay_warm(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Mon chat est mort de vieillesse la semaine dernière.",
        "Mon oncle est mort du covid.",
        "Ma mère est morte il y a un an.",
        "Mon grand-père est décédé en mars.",
        "Je fais mon deuil doucement, merci.",
        "Je suis en deuil de mon chat, ça fait du bien de voir les photos du tien.",
        "Super tuto, dommage que la moitié soit fausse.",
    ],
)
def test_a_death_or_a_correction_is_still_heard(text):
    tone = read_tone(text)
    assert tone.label in ("grief", "critical"), tone.cues
    assert draft_of(text, "fr").gold_stars == 0
