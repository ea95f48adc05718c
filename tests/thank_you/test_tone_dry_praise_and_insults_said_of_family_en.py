"""A dry "Riveting." after thanks for a long essay and "Oh you sweet summer child" had been
thanked, starred and quoted: now doubtful (no star, no quote). "Riveting read! Could not stop." had
been answered as hostile on the model's lead alone: now praise. An insult said of the reader's
own husband in the author's defence ("My husband says it's cardboard but he's an idiot, it was
perfect.") is not aimed at the author; one aimed at the author still is."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

DRY = [
    "Gosh, thanks for the 2000-word essay before the ingredients. Riveting.",
    "Oh you sweet summer child, wait till you try laminating dough.",
]

WARM = [
    "Riveting read! Could not stop.",
    "Couldn't stop reading, thank you.",
    "The history section was riveting. Thank you!",
]


@pytest.mark.parametrize("text", DRY)
def test_dry_praise_is_neither_starred_nor_quoted(text):
    tone, draft = read_tone(text), draft_of(text)
    assert tone.doubtful or tone.label == "hostile", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize("text", WARM)
def test_real_praise_of_a_read_stays_warm(text):
    assert_read_warm(text, "en", thanked=True)


def test_an_insult_said_of_the_reader_s_husband_is_not_aimed_at_the_author():
    text = "My husband says it's cardboard but he's an idiot, it was perfect."
    assert_read_warm(text, "en")


@pytest.mark.parametrize(
    "text",
    ["My husband loved it. You're an idiot though.", "My husband agrees: she's an idiot."],
)
def test_an_insult_aimed_at_the_author_stays_hostile(text):
    assert read_tone(text).label == "hostile"
