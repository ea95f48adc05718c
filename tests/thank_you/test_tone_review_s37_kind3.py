"""What the thirty-seventh session's last English review still found, and its near misses.

A loss told without a word of death ("I keep setting the table for three.", "I baked this the day
we got the call.") had been quoted back cheerfully, and a reader's loss told in passing ("Made this
for the wake on Friday.") starred; "Grief, this was easy!" (an oath) was read as a loss; a hope of
an engagement and a shrug at one's own bread were held as hostile by the model alone; a romance
scam got condolences and the stock thanks of SEO spam a gold star; a birth announced beside a
question got no congratulations. The same words in everyday use read as before.
"""

import pytest

from tests.support.drafts import assert_read_hard, assert_read_warm


@pytest.mark.parametrize(
    "text",
    [
        "I keep setting the table for three.",
        "I still make two portions out of habit.",
        "Cleared out her kitchen last week and found this recipe in her handwriting.",
        "I baked this the day we got the call.",
        "Made this for the wake on Friday.",
    ],
)
def test_a_loss_told_without_a_word_of_death_gets_the_quiet_reply(text):
    assert_read_hard(text, "en", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "I keep setting the table for three even though the twins are at camp, ha!",
        "Two portions out of habit — one for lunch tomorrow!",
        "Found this recipe in my mum's handwriting, she'll be thrilled I made it!",
        "I baked this the day we got the call that we got the house!",
        "I still buy too much flour out of habit.",
        "We set the table for two.",
        "I always set the table for four.",
        "We stayed up for the wake of the storm and baked all night. Thanks for the recipe!",
        "Baked these for the wake-up call at the campsite!",
        "Grief, this was easy!",
        "Good grief, this was easy!",
    ],
)
def test_a_table_set_for_the_twins_a_house_or_an_oath_is_no_loss(text):
    assert_read_warm(text, "en")


def test_grief_said_as_a_hard_time_stays_one():
    assert_read_hard("Grief, this is hard.", "en", "grief")
