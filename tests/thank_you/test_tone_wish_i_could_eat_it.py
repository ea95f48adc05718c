"""A reader who wishes they could eat what the photos show ("Your photos are nice, shame I can't
eat them!") is warm, not hostile; scorn with the same words stays hostile."""

import pytest

from tests.support.drafts import assert_read_hard, assert_read_warm


@pytest.mark.parametrize(
    "text",
    [
        "Your photos are nice, shame I can't eat them!",
        "Gorgeous loaves. Pity we can't taste them!",
        "I wish I could eat it right through the screen!",
    ],
)
def test_wishing_to_eat_the_photos_is_warm(text):
    assert_read_warm(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Your recipe is garbage, shame I can't eat them.",
        "Shame I can't eat them, you idiot, stop posting photos.",
    ],
)
def test_scorn_beside_the_same_words_stays_hostile(text):
    assert_read_hard(text, "en", "hostile")
