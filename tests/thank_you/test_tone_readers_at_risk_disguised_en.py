"""English readers at risk who say it sideways: a last loaf "I'll ever bake", a plan to end things
with "everything sorted", "tonight's the night I finally end it", "nobody would notice if I
disappeared for good". They had been starred and quoted, or read as a jab; they get the helpline
on an ordinary post and on a hard-day post. The near misses (a last loaf of the week, tonight's the
night for focaccia, a series that ends) keep their warm reading."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

AT_RISK = [
    "This is the last loaf I'll ever bake. Wanted to say thanks for everything.",
    "I've been planning how to end things for a while now. Everything is sorted. Thank you.",
    "Tonight's the night I finally end it. Your blog helped for a while.",
    "Nobody would notice if I disappeared for good.",
]


@pytest.mark.parametrize("support", [False, True])
@pytest.mark.parametrize("text", AT_RISK)
def test_a_reader_at_risk_who_says_it_sideways_gets_the_helpline(text, support):
    assert read_tone(text, support=support).crisis
    draft = draft_of(text, support=support)
    assert draft.crisis and draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "This is the last loaf I'll bake this week, thanks for the recipe!",
        "That was the last loaf I'll ever bake without your autolyse trick. Thanks!",
        "I've been planning how to end the post series on my own blog, any tips?",
        "Everything is sorted for the party now, thanks to your recipe.",
        "Tonight's the night I finally try your focaccia!",
        "We watched the finale tonight, I finally ended the series. Loved the bread too.",
    ],
)
def test_a_last_loaf_of_the_week_or_a_series_that_ends_reads_warm(text):
    assert_read_warm(text, "en")
