"""Warm comments that this afternoon's new cues read worse, read as before; the cues still fire.

A review of the afternoon's merges ("worse after") found new cues firing on warm
comments: « vraiment incompétente » said of oneself held as hostile; "Another recipe with 3000
words of life story, and honestly I read them all. Lovely!" read as sarcasm; "Ever heard of
proofreading? Because this post is flawless" as a jab; condolences for a sister who lives in
Canada, tears of pride at work, a reader home from surgery fully recovered, a nurse on the
children's ward, three toddlers, a heatwave, a baby who kept us up, a choir member lost to the
sopranos, a club member lost to a rival team, the neighbours' divorce told with a laugh, a
sourdough's "Stage 1./2.", and a heavy day eased by a light salad. Each cue now stops short of
these, and still fires on the hard time it was written for (pinned beside each). "I feel so
empty without my dog while he's at the groomer's lol. Cute post!", held as hostile on the model's
lead alone (0.36, no word of scorn), is doubtful praise again. Also from the
review's "still wrong in both": "I wanted to die laughing at your dog" no longer gets the crisis
helpline, a birth in hospital is good news (no "I'm so sorry"), and « ¿Esto es una broma? Qué
tontería. » / „Ist das ein Witz? Schlechtester Artikel ever.“ get no "great question" and no star.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of

HARD_DAY = "A hard week"

# (text, language, label now): each was read worse after the merges.
WARM_AGAIN = [
    (
        "Je suis nulle en cuisine, vraiment incompétente, mais ta recette est inratable. Merci !",
        "fr",
        "praise",
    ),
    (
        "Another recipe with 3000 words of life story, and honestly I read them all. Lovely!",
        "en",
        "praise",
    ),
    ("Ever heard of proofreading? Because this post is flawless, wow.", "en", "question"),
    ("Ma sœur me manque depuis qu'elle vit au Canada, je lui envoie ta recette !", "fr", "neutral"),
    (
        "I've been crying all day at work, I'm so proud of my team's launch! Thanks for the cake "
        "recipe.",
        "en",
        "praise",
    ),
    (
        "Home from hospital after my knee surgery, fully recovered and baking again! Thanks for "
        "the recipes.",
        "en",
        "praise",
    ),
    (
        "I'm nursing on the children's ward and your recipes feed my whole shift. Thanks!",
        "en",
        "praise",
    ),
    (
        "I've been barely holding it together with three toddlers, your 15-minute dinners are a "
        "lifesaver! Thanks!",
        "en",
        "praise",
    ),
    ("I'm barely surviving, it's 40 degrees! Your gazpacho saved me.", "en", "neutral"),
    (
        "I'm barely functioning today, the baby kept us up, but your overnight oats saved me!",
        "en",
        "praise",
    ),
    (
        "Our choir lost Anna on Sunday to the sopranos' section next door, haha. Great rehearsal "
        "tips!",
        "en",
        "praise",
    ),
    (
        "Our club lost Tom last week to a rival team, but your training plan keeps us going!",
        "en",
        "neutral",
    ),
    (
        "Nos voisins sont en plein divorce mais ta tarte a réconcilié tout le monde, haha !",
        "fr",
        "neutral",
    ),
    ("Stage 2. Found out the dough needs more water. Great recipe anyway!", "en", "critical"),
    ("Stage 1. Diagnosed my sourdough with a hungry starter. Your tips fixed it!", "en", "neutral"),
    ("Every day is a bit heavy, so this light salad is perfect.", "en", "praise"),
]


@pytest.mark.parametrize(("text", "language", "label"), WARM_AGAIN)
def test_a_warm_comment_the_new_cues_caught_reads_as_before(text, language, label):
    tone = read_tone(text)
    draft = draft_of(text, language)
    assert tone.label == label, tone.cues
    assert not tone.loss and not draft.crisis
    assert not draft.advice.startswith(("A quiet reply", "This reads as hostile"))
    assert "sorry" not in draft.text.casefold() and "désolée" not in draft.text.casefold()


# The hard time or the jab each narrowed cue was written for, told plainly: still heard.
STILL_HARD = [
    "Ma sœur me manque depuis l'accident.",
    "Ma sœur me manque tellement, elle adorait ce gâteau.",
    "I've been crying all day at work since the funeral.",
    "I've been crying every night and I don't know why.",
    "Out of hospital after my operation, still very weak.",
    "Home from hospital after my knee surgery, reading this on the sofa.",
    "We're still on the children's ward, day 12.",
    "Writing this from the children's ward, my daughter is asleep.",
    "I'm barely holding it together with everything lately.",
    "I haven't slept properly in weeks and I'm barely holding it together.",
    "I'm barely surviving, honestly.",
    "I'm barely surviving these days.",
    "I'm barely functioning today.",
    "I'm barely functioning since the divorce.",
    "Our club lost Tom last week to cancer.",
    "Our choir lost Anna on Sunday. Stroke, 52. We sang her part empty tonight.",
    "Je suis en plein divorce et ta recette m'a fait du bien.",
    "En plein divorce, ce billet sur les petites gentillesses m'a touchée.",
    "Stage 3. Found out Friday, starting chemo Monday.",
    "Stage 2. Diagnosed last week.",
    "Every day is a bit heavy lately.",
    "Everything feels heavy these days.",
]


@pytest.mark.parametrize("text", STILL_HARD)
def test_the_hard_time_each_narrowed_cue_was_for_is_still_heard(text):
    language = "fr" if any(word in text for word in ("suis", "sœur", "divorce,")) else "en"
    draft = draft_of(text, language)
    assert read_tone(text).label == "grief"
    assert draft.gold_stars == 0 and draft.quote == ""


STILL_HOSTILE = [
    ("Je suis sûr que vous êtes incompétente.", "fr"),
    ("Je suis venue pour la recette, auteure incompétente.", "fr"),
    ("Tu es complètement incompétente, arrête d'écrire des tutos.", "fr"),
    ("Great, another recipe with 3000 words of life story before the ingredients.", "en"),
    ("Another recipe with 3000 words of life story. I read none of it.", "en"),
    ("Ever heard of proofreading? Half these sentences make no sense.", "en"),
    ("Ever heard of spell check? Because this post needs it.", "en"),
    ("¿Esto es una broma? Qué tontería.", "es"),
    ("Ist das ein Witz? Schlechtester Artikel ever.", "de"),
]


@pytest.mark.parametrize(("text", "language"), STILL_HOSTILE)
def test_scorn_near_the_narrowed_cues_gets_no_thanks(text, language):
    draft = draft_of(text, language)
    assert read_tone(text).label == "hostile"
    assert draft.gold_stars == 0 and draft.quote == ""


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


def test_dying_of_laughter_at_a_dog_gets_no_helpline():
    text = "I wanted to die laughing at your dog's face in the photo!"
    tone, draft = read_tone(text), draft_of(text)
    assert not tone.crisis and not draft.crisis
    assert tone.label != "grief"


@pytest.mark.parametrize("text", ["I wanted to die.", "I just want to die, nothing helps."])
def test_wanting_to_die_said_plainly_still_gets_the_helpline(text):
    assert read_tone(text).crisis and draft_of(text).crisis


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Our daughter was born at the hospital last night!", "en"),
        (
            "Just got back from the hospital with our newborn son, thanks for the freezer meals!",
            "en",
        ),
        ("Back from hospital after the birth of our son, these muffins kept us going.", "en"),
        ("Unsere Tochter ist heute im Krankenhaus geboren!", "de"),
    ],
)
def test_a_birth_in_hospital_is_good_news_not_a_loss(text, language):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.good_news and not tone.loss
    assert "sorry" not in draft.text.casefold() and "tut mir leid" not in draft.text.casefold()


@pytest.mark.parametrize(
    "text",
    [
        "Dad is in hospital again.",
        "My daughter was born at the hospital and died two days later.",
    ],
)
def test_a_stay_in_hospital_or_a_death_after_birth_is_no_good_news(text):
    tone = read_tone(text)
    assert tone.label == "grief" and not tone.good_news


def test_a_laughing_comment_with_no_scorn_is_not_held_on_the_model_s_lead_alone():
    text = "I feel so empty without my dog while he's at the groomer's lol. Cute post!"
    tone, draft = read_tone(text), draft_of(text)
    assert tone.label == "praise" and not tone.loss
    assert not draft.advice.startswith(("A quiet reply", "This reads as hostile"))


@pytest.mark.parametrize(
    ("text", "support"), [("This blog is trash lol", False), ("lol", True), ("haha first", True)]
)
def test_scorn_or_bare_laughter_on_a_hard_day_is_still_held(text, support):
    draft = draft_of(text, support=support, title=HARD_DAY if support else "A post")
    assert read_tone(text, support=support).label == "hostile"
    assert draft.gold_stars == 0 and draft.quote == ""
