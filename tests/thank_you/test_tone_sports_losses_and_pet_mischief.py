"""A match lost to a team ("We lost Arsenal.", "We lost Spurs on Sunday, 2-1.") and a pet gone with
the food ("Coco is gone, she ate the whole tray!") are no deaths: no condolences. A loss told with
a first name stays grief ("We lost Dad.", "We lost Rex on Sunday.", "Coco is gone."), and so does
a pet that ate something that killed it."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, draft_of

NO_GRIEF = [
    "We lost Arsenal.",
    "We lost Spurs on Sunday.",
    "We lost Chelsea, 2-1 in the last minute.",
    "We lost the final 3-0.",
    "We lost to Spurs again",
    "Coco is gone, she ate the whole tray!",
    "Rex is gone and so are the cookies.",
    "Luna's gone, she ran off with the last slice!",
]

GRIEF = [
    "We lost Dad.",
    "We lost Rex on Sunday.",
    "Coco is gone.",
    "Coco is gone, we had to put her down.",
    "Coco is gone. She ate the whole tray of grapes and the vet couldn't save her.",
    "We lost Max on Sunday, he was fourteen.",
]


@pytest.mark.parametrize("text", NO_GRIEF)
def test_a_match_lost_or_a_pet_s_mischief_gets_no_condolences(text):
    tone = read_tone(text)
    assert tone.label != "grief" and not tone.loss, tone.cues
    assert "sorry" not in draft_of(text).text.casefold()


@pytest.mark.parametrize("text", GRIEF)
def test_a_loss_told_with_a_name_stays_grief(text):
    assert_read_hard(text, "en", "grief")
    assert read_tone(text).loss
