"""A friend's warm request ("Oi, save me a slice or we're not friends anymore!") reached the
critique threshold on the model's words alone ("not"), though praise was likelier: it was thanked
"for taking the time to spell out where you see it differently". With no word of critique and warm
praise likelier, it is praise now; a critique with praise beside it stays critical."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm


@pytest.mark.parametrize(
    "text", ["Oi, save me a slice or we're not friends anymore!", "Save us a slice next time!"]
)
def test_a_warm_request_is_not_a_critique(text):
    assert_read_warm(text, "en", thanked=True)


@pytest.mark.parametrize(
    "text",
    [
        "I disagree with step 3, but love the blog.",
        "Not sure about the salt ratio. Beautiful photos though.",
        "Save me the lecture, nobody asked.",
    ],
)
def test_a_critique_or_a_jab_beside_praise_keeps_its_reading(text):
    assert read_tone(text).label in ("critical", "hostile")
