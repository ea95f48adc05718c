"""A loss told as what took them, after a sentence that named it ("Fuck cancer. It took my dad
too.") gets a quiet draft: no gold star, no "It took my dad too" quoted back; "took my dad" in an
everyday sentence stays warm."""

import pytest

from reply_drafts.compose import draft_reply
from reply_drafts.facts import CommentFacts
from reply_drafts.tone import read_tone


def draft_of(text: str):
    facts = CommentFacts(
        author="Sam",
        post_title="A slow Sunday loaf",
        text=text,
        comment_id=1,
        thread="loaf",
        commenter="",
        commenter_comments=1,
    )
    return draft_reply(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Fuck cancer. It took my dad too.",
        "Stupid cancer. It took my mum two years ago.",
        "Dementia took our grandma last year.",
    ],
)
def test_what_took_them_is_a_loss(text):
    assert read_tone(text, "Sam").label == "grief"
    draft = draft_of(text)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "It took my dad three tries to light the grill.",
        "This recipe took my dad back to his childhood.",
        "It took my dad, who is 80, two hours to read it. He loved it.",
    ],
)
def test_took_my_dad_in_an_everyday_sentence_stays_warm(text):
    assert read_tone(text, "Sam").label != "grief"
