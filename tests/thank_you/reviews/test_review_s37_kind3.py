"""What the thirty-seventh session's last English review still found, and its near misses.

A loss told without a word of death ("I keep setting the table for three.", "I baked this the day
we got the call.") had been quoted back cheerfully, and a reader's loss told in passing ("Made this
for the wake on Friday.") starred; "Grief, this was easy!" (an oath) was read as a loss; a hope of
an engagement and a shrug at one's own bread were held as hostile by the model alone; a romance
scam got condolences and the stock thanks of SEO spam a gold star; a birth announced beside a
question got no congratulations. The same words in everyday use read as before.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import HOSTILE_ADVICE, assert_read_hard, assert_read_warm, draft_of

CONGRATULATIONS = "congratulations"


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


@pytest.mark.parametrize(
    "text",
    ["I hope we get engaged this year.", "No need to make a fuss, it's just bread!"],
)
def test_a_hope_or_a_shrug_at_ones_own_bread_is_not_hostile(text):
    assert read_tone(text).label != "hostile"
    assert not draft_of(text).advice.startswith(HOSTILE_ADVICE)
    assert_read_warm(text, "en")


def test_a_fuss_about_the_authors_little_blog_stays_hostile():
    assert_read_hard("No need to make a fuss about your little blog.", "en", "hostile")


@pytest.mark.parametrize(
    "text",
    [
        "I am a widow looking for a kind and honest friend, please write to me at my email.",
        "Very nice article. Thanks for sharing this valuable information.",
        "Love this, subscribe to my channel",
        "Great bread! Check out my channel",
    ],
)
def test_spam_without_a_link_gets_no_draft(text):
    draft = draft_of(text)
    assert read_tone(text).label == "spam", read_tone(text).cues
    assert draft.text == "" and draft.gold_stars == 0 and draft.quote == ""
    assert "sorry" not in draft.text


@pytest.mark.parametrize(
    "text",
    [
        "Very nice article, thanks for sharing!",
        "Very nice article, thanks for the valuable information about rye hydration and timing!",
        "I am a widow, and your bread got me through the winter. Thank you.",
        "I'm looking for a good bread knife, can you email me the brand?",
        "I subscribed to your channel too!",
    ],
)
def test_a_readers_thanks_a_widows_note_or_a_question_is_no_spam(text):
    assert read_tone(text).label != "spam"
    assert draft_of(text).text != ""


def test_a_widows_note_still_gets_the_quiet_reply():
    assert_read_hard(
        "I am a widow, and your bread got me through the winter. Thank you.", "en", "grief"
    )


@pytest.mark.parametrize(
    "text",
    [
        "We had a baby girl last night! Any tips for freezing bread?",
        "We got engaged on Saturday! How long does the dough keep in the fridge?",
    ],
)
def test_joy_beside_a_question_is_congratulated_and_the_question_answered(text):
    draft = draft_of(text)
    assert read_tone(text).good_news
    assert CONGRATULATIONS in draft.text.casefold()
    assert "question" in draft.text.casefold() and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "Did you get engaged? Any tips for freezing bread?",
        "I hope we get engaged this year! Any tips for freezing bread?",
    ],
)
def test_a_question_about_joy_or_a_hope_of_it_gets_no_congratulations(text):
    assert not read_tone(text).good_news
    assert CONGRATULATIONS not in draft_of(text).text.casefold()


@pytest.mark.parametrize(
    ("text", "language", "first"),
    [
        ("We had a baby girl last night! Any tips for freezing bread?", "en", "congratulations"),
        (
            "Nous avons eu une petite fille hier soir ! Comment congeler le pain ?",
            "fr",
            "félicitations",
        ),
    ],
)
def test_news_beside_a_question_is_congratulated_before_any_thanks(text, language, first):
    # "Thanks for asking. Congratulations on your wonderful news" read in the wrong order
    for number in range(1, 9):
        draft = draft_of(text, language, number=number, thread=f"news-{number}")
        assert draft.text.split("\n\n")[1].casefold().startswith(first), draft.text
