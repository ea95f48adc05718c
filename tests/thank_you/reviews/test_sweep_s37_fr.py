"""Warm French comments the session's new French cues had turned hard (session 37, second
regression review, items 17 and 21, and a sweep of warm French comments against the cues added
that day).

A writer who « n'y connaît rien » themselves, « encore du pathos » in a film on TV, a missed
train « fallait le faire », an invitation after « jamais mis les pieds dans une vraie
boulangerie ? », a critic quoted on a « chef-d'œuvre de banalité » and a « je déprime grave » over
a tart that is all eaten were read as scorn (no draft at all on a hard-day post) or as a hard
time. Each is pinned here as a warm near miss of the cue that caught it; the jabs and hard times
the cues were added for stay heard, pinned here beside them and in reviews/test_review_s37_fr.py
and reviews/test_review_s37_kind2.py.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import HOSTILE_ADVICE, assert_read_warm, draft_of

NOT_A_JAB = [
    "Pour quelqu'un qui n'y connaît rien comme moi, ton tuto est parfait !",
    "Pour quelqu'un qui n'y connaît rien, je m'en sors bien grâce à toi ! Merci.",
    "Encore du pathos dans mon film du soir, mais ta tarte me console. Merci.",
    "Encore du pathos à la télé, heureusement ton blog me fait rire.",
    "Tu as raté ton train, fallait le faire ! Mais ta tarte valait le voyage.",
    "Tu n'as jamais mis les pieds dans une vraie boulangerie ? Viens à Lyon, je t'invite !",
    "T'as jamais mis les pieds dans une vraie cuisine pro ? Moi non plus, et ta recette marche !",
    "Un chef-d'œuvre de banalité, disait le critique du film. Ta recette, elle, est un vrai "
    "chef-d'œuvre !",
]

NOT_A_HARD_TIME = [
    "Je déprime grave, la tarte est finie ! Refais-en, merci.",
]

# From the sweep of 60 warm French comments against the day's French cues.
NOT_A_DEATH = [
    "On l'a enterré hier, le vieux four ! Le nouveau cuit ta brioche à merveille.",
    "Mamie est au ciel quand elle goûte tes crêpes, elle en redemande !",
    "Il est parti trop tôt, le dernier croissant ! Délicieux, merci.",
]

NOT_SCORN = [
    "Tu fais ton intéressante avec tes macarons parfaits, bravo !",
    "Nul à chier mes gâteaux avant ta recette ! Merci.",
    "Encore un article pour rien dire ? Non, pour tout dire sur la brioche ! Merci.",
    "Ça sert à quoi ce blog ? À rendre mes dimanches meilleurs, voilà !",
]

NOT_A_CRISIS = [
    "Je veux pu me réveiller sans l'odeur de ton pain, mdr !",
    "Je veux plus vivre sans ta tarte au citron, elle est divine ! Merci.",
]


@pytest.mark.parametrize("text", NOT_A_JAB)
def test_a_writer_about_themselves_a_film_a_train_and_a_critic_are_no_jab(text):
    assert_read_warm(text, "fr", thanked=True)


@pytest.mark.parametrize("text", NOT_A_JAB)
def test_on_a_hard_day_post_they_still_get_a_draft(text):
    tone, draft = read_tone(text, support=True), draft_of(text, "fr", support=True)
    assert tone.label != "hostile", tone.cues
    assert draft.text != "" and not draft.advice.startswith(HOSTILE_ADVICE)


@pytest.mark.parametrize("text", NOT_A_HARD_TIME)
def test_a_tart_all_eaten_is_no_hard_time(text):
    assert_read_warm(text, "fr", thanked=True)


@pytest.mark.parametrize("text", NOT_A_DEATH)
def test_an_old_oven_a_grandma_in_heaven_over_crepes_and_a_croissant_gone_are_no_death(text):
    assert_read_warm(text, "fr", thanked=True)
    assert not read_tone(text, support=True).loss


@pytest.mark.parametrize("text", NOT_SCORN)
def test_perfect_macarons_the_readers_own_cakes_and_a_jab_taken_back_are_no_scorn(text):
    assert_read_warm(text, "fr", thanked=True)
    assert draft_of(text, "fr", support=True).text != ""


@pytest.mark.parametrize("text", NOT_A_CRISIS)
def test_not_waking_up_without_the_smell_of_bread_is_no_crisis(text):
    assert_read_warm(text, "fr", thanked=True)
    assert not read_tone(text, support=True).crisis


@pytest.mark.parametrize(
    "text", ["Je ne veux plus vivre.", "j'veux plus me réveiller", "Je veux plus vivre sans lui."]
)
def test_a_wish_not_to_live_beside_the_narrowed_words_is_still_a_crisis(text):
    assert read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "On l'a enterrée samedi, ma grand-mère.",
        "On l'a enterré hier.",
        "Mamie est au ciel, elle me manque tant.",
        "Papa est au ciel depuis l'hiver.",
        "Il est parti trop tôt, mon petit frère.",
        "Elle est partie trop tôt.",
    ],
)
def test_a_death_beside_the_narrowed_words_still_gets_condolences(text):
    tone = read_tone(text)
    assert tone.label == "grief" and tone.loss, tone.cues


@pytest.mark.parametrize(
    "text",
    [
        "Encore du pathos dans ce billet.",
        "Encore du pathos, quelle surprise.",
        "Tu as raté tes macarons, fallait le faire.",
        "T'as encore cramé la brioche, il fallait le faire !",
        "Vous avez réussi à massacrer une recette simple. Fallait le faire.",
        "On voit que tu n'as jamais mis les pieds dans une vraie cuisine.",
        "Pour quelqu'un qui n'y connaît rien, tu donnes beaucoup de leçons.",
        "Quel chef-d'œuvre de banalité, ce billet.",
        "Un chef-d'oeuvre de vacuité, bravo.",
        "Tu fais ton intéressante avec ton deuil.",
        "Vous faites votre cinéma avec ce billet.",
        "Nul à chier, ton gâteau.",
        "Encore un article pour rien dire ? Non mais sérieux.",
        "Franchement, ça sert à quoi ce blog ?",
    ],
)
def test_the_jabs_beside_the_narrowed_words_still_get_no_star(text):
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.label == "hostile", tone.cues
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text", ["Je déprime grave depuis des mois.", "Je déprime grave, ma vie est finie."]
)
def test_a_low_mood_beside_the_narrowed_words_is_still_heard(text):
    assert read_tone(text).label == "grief"
