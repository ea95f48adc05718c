"""Three English misreadings: a baby brought home from the NICU was met "I'm sorry" (now glad); a
company's offer to collaborate with "DM us" was starred and quoted (now spam); "Hugs. No need to
reply." was answered as hostile on the model's slim lead (now warm or plain). Their near misses
keep their readings."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import HOSTILE_ADVICE, assert_read_hard, assert_read_warm, draft_of

HOME = [
    "We finally brought our baby home from the NICU yesterday!",
    "Our son is finally home after six weeks in hospital. Celebrating with your rolls.",
]


@pytest.mark.parametrize("text", HOME)
def test_home_from_hospital_is_good_news(text):
    tone, draft = read_tone(text), draft_of(text)
    assert tone.good_news, tone.cues
    assert "sorry" not in draft.text.casefold() and draft.gold_stars == 0


def test_brought_home_to_die_is_still_met_sorry():
    text = "We brought Dad home from the hospital to die in peace."
    assert_read_hard(text, "en", "grief")
    assert not read_tone(text).good_news


def test_a_company_offering_to_collaborate_is_spam():
    text = "Hi, we are a bakery supply company and would love to collaborate. DM us."
    assert read_tone(text).label == "spam"
    assert draft_of(text).gold_stars == 0


@pytest.mark.parametrize(
    "text",
    [
        "We are a small family business too, love your post!",
        "Haha we are a very chaotic family company of five, love this.",
    ],
)
def test_a_reader_who_runs_a_business_stays_warm(text):
    assert_read_warm(text, "en", thanked=True)


@pytest.mark.parametrize("text", ["Hugs. No need to reply.", "No need to reply, just hugs."])
def test_hugs_are_not_answered_as_hostile(text):
    tone, draft = read_tone(text), draft_of(text)
    assert tone.label in ("praise", "neutral"), (tone.label, tone.scores)
    assert not draft.advice.startswith(HOSTILE_ADVICE)
    assert "disagree" not in draft.text


def test_scorn_beside_hugs_stays_hostile():
    assert read_tone("Get over it already. Hugs.").label == "hostile"
