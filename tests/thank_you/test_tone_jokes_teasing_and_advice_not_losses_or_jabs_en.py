"""English comments that share words with a loss or a jab but are neither: "Coco is gone, and so
is the whole tray of brownies!" and "His chair is still empty, he's running late lol" got
condolences; "you absolute muppet 😂 see you Thursday" (teasing between friends), "I don't see the
point of kneading for 20 minutes." (a plain disagreement) and "Do your homework before baking, I
learned that the hard way" (advice from the reader's own mistakes) were answered as hostile; "You're
the best resource for a beginner like me" was read as doubtful praise and got no star. They read
warm (or critical, for the disagreement); the real losses and jabs beside them stay as they were."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

JOKES_NOT_LOSSES = [
    "Coco is gone, and so is the whole tray of brownies!",
    "Rex is gone and so are all the muffins of the bake sale lol",
    "His chair is still empty, he's running late lol",
    "Her chair is still empty, she's stuck in traffic again.",
]

LOSSES = [
    "Coco is gone. We had to say goodbye on Monday.",
    "His chair is still empty at dinner. I miss him so much.",
    "Her chair is still empty. It has been a year since the funeral.",
]

TEASING_AND_ADVICE = [
    "you absolute muppet 😂 see you Thursday",
    "You numpty 😂 see you at the bake sale",
    "Do your homework before baking, I learned that the hard way",
    "Do some research before you buy a banneton, I learnt the hard way.",
]

JABS = [
    "You absolute muppet, this recipe is garbage.",
    "Do your homework before you post nonsense.",
    "You muppet.",
    "Do your research.",
]

DISAGREEMENTS = [
    "I don't see the point of kneading for 20 minutes.",
    "Honestly I don't see the point of sifting flour.",
]

# Warm twins of the disagreement: no critique where it works or is loved.
NO_POINT_BUT_WARM = [
    "I don't see the point of adding sugar, but it works!",
    "I don't see the point of anything but sourdough now, haha. Love it!",
]

SINCERE_PRAISE = [
    "You're the best resource for a beginner like me",
    "You are the best teacher on the internet!",
]


@pytest.mark.parametrize("text", JOKES_NOT_LOSSES)
def test_a_pet_gone_with_the_food_or_a_late_guest_is_no_loss(text):
    assert_read_warm(text, "en")


@pytest.mark.parametrize("text", LOSSES)
def test_losses_told_by_a_name_or_an_empty_chair_stay_losses(text):
    assert read_tone(text).label == "grief"
    draft = draft_of(text)
    assert draft.gold_stars == 0 and draft.quote == "" and "sorry" in draft.text.casefold()


@pytest.mark.parametrize("text", TEASING_AND_ADVICE)
def test_teasing_and_advice_from_experience_are_no_jabs(text):
    assert_read_warm(text, "en")


@pytest.mark.parametrize("text", JABS)
def test_the_same_words_aimed_in_scorn_stay_hostile(text):
    assert_read_hard(text, "en", "hostile")


@pytest.mark.parametrize("text", DISAGREEMENTS)
def test_a_plain_disagreement_is_critical_not_hostile(text):
    tone, draft = read_tone(text), draft_of(text)
    assert tone.label == "critical", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and not draft.advice.startswith("This reads as hostile")


@pytest.mark.parametrize("text", NO_POINT_BUT_WARM)
def test_no_point_said_of_what_works_is_no_critique(text):
    assert read_tone(text).label != "critical"


@pytest.mark.parametrize(
    "text", ["I don't see the point of getting up anymore.", "I don't see the point of trying."]
)
def test_no_point_in_going_on_stays_a_hard_time(text):
    tone = read_tone(text)
    assert tone.label == "grief" and tone.guarded
    assert draft_of(text).gold_stars == 0


@pytest.mark.parametrize("text", SINCERE_PRAISE)
def test_the_best_resource_is_sincere_praise(text):
    assert_read_warm(text, "en", thanked=True)
    assert draft_of(text).gold_stars > 0
    assert not read_tone(text).doubtful


@pytest.mark.parametrize(
    "text",
    [
        "You're the best resource for a beginner like me... said no one ever.",
        "You're the best resource for beginners. Not.",
    ],
)
def test_the_best_resource_said_in_sarcasm_gets_no_star(text):
    assert draft_of(text).gold_stars == 0
