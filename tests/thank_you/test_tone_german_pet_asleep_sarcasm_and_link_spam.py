"""German misreadings that were quoted back with a gold star: a pet that „ist letzte Woche
eingeschlafen" (died), sarcasm („Na toll, wieder ein Rezept ohne Mengenangaben.", „Wow, du hast es
echt drauf. Nicht.") and a shop's link („Günstige Uhren kaufen: www.uhren-billig.example"). Their
warm twins stay warm: a talk that put the reader to sleep, a reader who fell asleep reading 😂, a
dog asleep on the sofa, „Na toll, jetzt hab ich Hunger! 😄"."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

WARM = [
    "Der Vortrag hat mich eingeschläfert",
    "Ich bin beim Lesen eingeschlafen 😂",
    "Mein Hund ist auf dem Sofa eingeschlafen.",
    "Na toll, jetzt hab ich Hunger! 😄",
    "Na toll, wieder ein Rezept ohne Zucker, genau was ich brauchte!",
    "Günstige Äpfel kaufen: das ist der Trick für dein Rezept!",
]


def test_a_pet_that_fell_asleep_last_week_is_a_loss():
    text = "Mein Hund ist letzte Woche eingeschlafen"
    assert read_tone(text).loss
    assert_read_hard(text, "de", "grief")


@pytest.mark.parametrize(
    "text", ["Na toll, wieder ein Rezept ohne Mengenangaben.", "Wow, du hast es echt drauf. Nicht."]
)
def test_german_sarcasm_is_a_jab_not_praise(text):
    assert_read_hard(text, "de", "hostile")


def test_a_shop_link_under_cheap_watches_is_spam():
    text = "Günstige Uhren kaufen: www.uhren-billig.example"
    draft = draft_of(text, "de")
    assert read_tone(text).label == "spam"
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize("text", WARM)
def test_the_warm_twins_stay_warm(text):
    assert_read_warm(text, "de")
