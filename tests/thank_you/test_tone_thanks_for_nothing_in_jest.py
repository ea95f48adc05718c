"""A joke on the reader's own bake, "Thanks for nothing, my loaf collapsed 😂 jk it was my
fault", had been answered as hostile (now the draft for a failed bake); "Thanks for nothing." said
flat stays scorn."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import HOSTILE_ADVICE, draft_of


def test_thanks_for_nothing_in_jest_is_not_hostile():
    text = "Thanks for nothing, my loaf collapsed 😂 jk it was my fault"
    tone, draft = read_tone(text), draft_of(text)
    assert tone.label != "hostile", tone.cues
    assert draft.text and not draft.advice.startswith(HOSTILE_ADVICE)


@pytest.mark.parametrize(
    "text", ["Thanks for nothing.", "Thanks for nothing, this recipe is a waste of flour."]
)
def test_thanks_for_nothing_said_flat_stays_hostile(text):
    assert read_tone(text).label == "hostile"
