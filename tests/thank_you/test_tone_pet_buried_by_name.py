"""A pet or a person buried or laid to rest, told by a first name ("We buried Rusty under the
apple tree.", "We laid Grandpa to rest on Friday."), had been quoted back with a star: now grief.
Eggs, bulbs or a brother under cushions stay warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm

BURIED = [
    "We buried Rusty under the apple tree. Made your apple cake with the first windfalls.",
    "We buried Rusty yesterday.",
    "We laid Grandpa to rest on Friday.",
]

WARM = [
    "We buried Easter eggs under the apple tree for the kids!",
    "We buried the bulbs under the apple tree.",
    "I laid Bella in the garden to sunbathe.",
]


@pytest.mark.parametrize("text", BURIED)
def test_a_burial_told_by_a_name_is_grief(text):
    assert_read_hard(text, "en", "grief")
    assert read_tone(text).loss


@pytest.mark.parametrize("text", WARM)
def test_other_things_buried_or_laid_stay_warm(text):
    assert_read_warm(text, "en")
