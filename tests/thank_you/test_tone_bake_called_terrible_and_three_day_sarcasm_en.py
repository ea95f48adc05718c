"""English verdicts on the recipe that had been starred and quoted back ("You put it so well"):
"This was terrible.", "Not gonna lie, this was terrible. Followed it exactly.", "Honestly, this
recipe was terrible." and "The bread came out inedible." read critical; "Oh brilliant, another
recipe that takes three days." is sarcasm, read hostile. A first try called terrible before the
recipe fixed it, a diet joke, and the same words said with delight stay warm; "this was terrible"
said of the author's hard news stays comfort."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

VERDICTS = [
    "This was terrible.",
    "Not gonna lie, this was terrible. Followed it exactly.",
    "Honestly, this recipe was terrible. Followed it exactly.",
    "The bread came out inedible.",
]

WARM_TWINS = [
    "My first try was terrible, but this recipe fixed it!",
    "This was terrible for my diet, I ate the whole loaf 😂",
    "Oh brilliant, another recipe that takes three days! Can't wait to try it.",
    "Oh brilliant, another loaf that takes two days, my favourite kind!",
    "Oh great, another recipe!",
]


@pytest.mark.parametrize("text", VERDICTS)
def test_a_bake_called_terrible_is_critique_not_thanks(text):
    tone, draft = read_tone(text), draft_of(text)
    assert tone.label == "critical", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""


def test_another_recipe_that_takes_three_days_is_sarcasm():
    assert_read_hard("Oh brilliant, another recipe that takes three days.", "en", "hostile")


@pytest.mark.parametrize("text", WARM_TWINS)
def test_a_first_try_a_joke_and_delight_stay_warm(text):
    assert_read_warm(text, "en", thanked=True)


@pytest.mark.parametrize(
    "text", ["This was terrible, I'm so sorry you went through it.", "This was terrible. Hugs."]
)
def test_terrible_news_answered_with_comfort_is_no_critique(text):
    assert read_tone(text, support=True).label == "grief"
    assert read_tone(text).label != "critical"
