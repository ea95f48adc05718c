"""English spam in newer styles that had been starred and quoted: a follow-me handle, a link drop
after praise, and generic praise written by a chatbot ("Certainly! Here is a heartfelt comment...").
A reader who shares their own blog or Instagram photo as part of the talk is not spam."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

SPAM = [
    "Amazing post 🔥🔥 follow me for more @breadqueen_official",
    "Really enjoyed reading this. By the way I wrote something similar here: http://myblog.example",
    "Certainly! Here is a heartfelt comment for your blog post: This recipe is wonderful.",
]


@pytest.mark.parametrize("text", SPAM)
def test_new_styles_of_spam_get_no_star_and_no_quote(text):
    assert read_tone(text).label == "spam", read_tone(text).cues
    draft = draft_of(text)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "I wrote about my first loaf on my own blog too, your post inspired me!",
        "Follow-up question: do you use the same flour for the baguettes?",
        "Certainly the best recipe I've tried this year.",
        "I follow you for more recipes like this, thank you!",
    ],
)
def test_a_reader_talking_about_their_own_baking_is_not_spam(text):
    assert_read_warm(text, "en")
