"""English losses and readers at risk told obliquely, which had been starred and quoted: "We lost
our old girl Maisie last Tuesday. She loved the crusts." (a pet named after "our old girl"), "The
kitchen is too quiet now that Biscuit's gone.", "I baked this on what would have been our 40th
anniversary.", "My husband left in June. Baking is the only thing that feels normal."; and "I won't
need the recipe where I'm going.", "This will be my last bake. I've sorted everything out.", "I gave
my starter to my neighbour, along with my cat and my books. Won't need them.", "Honestly, the
world would be better without me, but this bread is nice." (read as doubtful praise). A hard
time gets a quiet reply, a reader at risk never a star or a cheer; the trips, moves and jokes
beside them stay warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

HARD_TIMES = [
    "We lost our old girl Maisie last Tuesday. She loved the crusts.",
    "I lost my old girl Bess last month.",
    "The kitchen is too quiet now that Biscuit's gone.",
    "I baked this on what would have been our 40th anniversary.",
    "My husband left in June. Baking is the only thing that feels normal.",
]

AT_RISK = [
    "I won't need the recipe where I'm going.",
    "This will be my last bake. I've sorted everything out.",
    "I gave my starter to my neighbour, along with my cat and my books. Won't need them.",
    "Honestly, the world would be better without me, but this bread is nice.",
]

WARM_TWINS = [
    "We lost our old girl in the crowd at the fair, found her by the cake stall!",
    "The house is so quiet now that Tom's gone back to uni.",
    "It's what would have been our anniversary if the restaurant hadn't cancelled lol",
    "Baking is the only thing that feels normal lol, the rest of my week is chaos",
    "This will be my last bake for a while, I've sorted everything out for the new kitchen.",
    "This will be my last bake. I've sorted everything out for the move to Spain!",
    "I gave my old tins to my sister. Won't need them with the new silicone set!",
    "My family would be fine without me this weekend, but I'm staying home to bake lol",
]


@pytest.mark.parametrize("text", HARD_TIMES)
@pytest.mark.parametrize("support", [False, True])
def test_a_loss_told_obliquely_gets_a_quiet_reply(text, support):
    tone, draft = read_tone(text, support=support), draft_of(text, support=support)
    assert tone.label == "grief", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == "" and not draft.crisis
    assert draft.advice.startswith("A quiet reply")


@pytest.mark.parametrize("text", AT_RISK)
@pytest.mark.parametrize("support", [False, True])
def test_a_reader_at_risk_gets_no_star_nor_cheer(text, support):
    tone, draft = read_tone(text, support=support), draft_of(text, support=support)
    assert tone.label == "grief" and (tone.crisis or tone.guarded), (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""
    assert "star" not in draft.text.casefold() and "!" not in draft.text


def test_no_recipe_where_i_am_going_is_a_crisis():
    assert draft_of("I won't need the recipe where I'm going.").crisis


@pytest.mark.parametrize("text", WARM_TWINS)
def test_trips_moves_and_jokes_stay_warm(text):
    assert_read_warm(text, "en")
