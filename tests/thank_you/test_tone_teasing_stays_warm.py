"""Teasing between friends read hostile: "Stop posting such tempting recipes, my waistline can't
take it!", "Seriously, I hate you right now. Third batch this week 😂" and "How dare you make this
look so easy 😂" were answered "I'd rather talk about the post than about each other". They are
thanked warmly; the same words said in scorn stay hostile."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm

TEASING = [
    "Stop posting such tempting recipes, my waistline can't take it!",
    "Stop posting these delicious recipes, I have no willpower!",
    "Seriously, I hate you right now. Third batch this week 😂",
    "I hate you lol, I ate the whole loaf.",
    "How dare you make this look so easy 😂",
]

SCORN = [
    "Stop posting.",
    "Stop posting such boring recipes.",
    "I hate you.",
    "I hate your blog.",
    "How dare you post this.",
]


@pytest.mark.parametrize("text", TEASING)
def test_teasing_stays_warm(text):
    assert_read_warm(text, "en")


@pytest.mark.parametrize("text", SCORN)
def test_the_same_words_in_scorn_stay_hostile(text):
    assert_read_hard(text, "en", "hostile")
    assert read_tone(text).cues
