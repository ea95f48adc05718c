"""On the author's hard-day post, a dismissal ("Honestly, people have it worse. Chin up.",
"Everyone has bad weeks, no need to post about it.") had been thanked as comfort, and an offer
beside a word of comfort ("Praying for you. Also, would you consider my cousin's grief coaching?
grief-help.co", "Get well soon! Check out my herbal remedies at cures4all.com") had been met with
condolences: now scorn and spam, with no draft. Comfort that says the same words kindly, or shares
the reader's own post, stays comfort."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of

SCORN = [
    "Honestly, people have it worse. Chin up.",
    "Everyone has bad weeks, no need to post about it.",
]

SPAM = [
    "Praying for you. Also, would you consider my cousin's grief coaching? grief-help.co",
    "Get well soon! Check out my herbal remedies at cures4all.com",
]

COMFORT = [
    "People have it worse, I know, but your feelings are valid. Sending love.",
    "No need to post about it, but I'm glad you did. Hugs.",
    "Sending love. I wrote about losing my dad here: myblog.com/dad",
    "My life coaching job taught me nothing about this. Thinking of you.",
]


@pytest.mark.parametrize("text", SCORN)
def test_a_dismissal_of_a_hard_day_gets_no_thanks(text):
    assert read_tone(text, support=True).label == "hostile"
    assert draft_of(text, support=True).text == ""


@pytest.mark.parametrize("text", SPAM)
def test_an_offer_beside_comfort_is_spam(text):
    assert read_tone(text, support=True).label == "spam"
    assert draft_of(text, support=True).text == ""


@pytest.mark.parametrize("text", COMFORT)
def test_comfort_said_kindly_stays_comfort(text):
    tone, draft = read_tone(text, support=True), draft_of(text, support=True)
    assert tone.label not in ("hostile", "spam"), (tone.label, tone.cues)
    assert draft.text and draft.gold_stars == 0
