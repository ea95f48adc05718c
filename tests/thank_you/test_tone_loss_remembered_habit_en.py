"""A loss remembered by a habit kept ("Can't believe it's been five years. Still bake her bread
every Sunday.") had been starred and quoted back: the quiet reply. Someone alive who loves the
bread stays warm."""

import pytest

from tests.support.drafts import assert_read_hard, assert_read_warm

REMEMBERED = [
    "Can't believe it's been five years. Still bake her bread every Sunday.",
    "Ten years now. Still make his soup every Christmas.",
]

WARM = [
    "My daughter loves this. Still bake her bread every Sunday, she loves it.",
    "I still bake her favourite loaf every Sunday for her lunchbox.",
    "Five years since we met. Still bake her bread every Sunday, she loves it.",
]


@pytest.mark.parametrize("text", REMEMBERED)
def test_a_loss_remembered_gets_the_quiet_reply(text):
    assert_read_hard(text, "en", "grief")


@pytest.mark.parametrize("text", WARM)
def test_near_misses_stay_warm(text):
    assert_read_warm(text, "en")
