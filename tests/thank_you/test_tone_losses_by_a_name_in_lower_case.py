"""A reader who writes all in lower case tells a loss with a name too: "we lost max on sunday",
"buddy died this morning" are grief, a quiet reply. A lower-case word alone is no name: "we lost
track of time", "bread died on me lol", "we lost power on sunday" stay warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm

LOSSES = [
    "we lost max on sunday",
    "buddy died this morning",
    "luna passed away last night. i'm still baking your bread to keep busy",
    "we said goodbye to bella this morning",
]

WARM = [
    "we lost track of time, the bread was great anyway",
    "bread died on me lol",
    "we lost power on sunday so the loaf waited, still turned out great",
    "my starter died this morning lol",
    "the oven died yesterday, going to try again tomorrow",
]


@pytest.mark.parametrize("text", LOSSES)
def test_a_loss_told_by_a_name_in_lower_case_is_grief(text):
    assert_read_hard(text, "en", "grief")
    assert read_tone(text).loss


@pytest.mark.parametrize("text", WARM)
def test_lower_case_words_that_are_no_name_stay_warm(text):
    assert_read_warm(text, "en")
