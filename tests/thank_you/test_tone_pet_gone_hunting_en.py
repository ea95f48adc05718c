"""A cat "gone out hunting" is out for the afternoon, not lost: no condolences, while a pet gone
for good still gets the quiet reply."""

import pytest

from tests.support.drafts import assert_read_hard, assert_read_warm


@pytest.mark.parametrize(
    "text",
    [
        "Our cat is gone out hunting again",
        "The cat is gone hunting, back by dinner.",
        "Our cat is gone mousing in the barn while I bake, bliss.",
        "The dog is gone out for a walk with my son, so I finally baked in peace!",
    ],
)
def test_a_pet_gone_out_hunting_is_no_loss(text):
    assert_read_warm(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Our cat is gone. We had to say goodbye on Monday.",
        "Our cat is gone, he was hit by a car last night.",
    ],
)
def test_a_pet_gone_for_good_is_still_a_loss(text):
    assert_read_hard(text, "en", "grief")
