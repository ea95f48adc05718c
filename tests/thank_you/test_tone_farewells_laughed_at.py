"""A farewell laughed at over a thing is a joke, not a death; a bare "RIP." is answered quietly.

"My starter died, rest in peace haha" was read as the reader's own loss and answered with
condolences; « Repose en paix » and "descansa en paz" beside a laugh were already jokes. A loss
told beside "rest in peace" is still grief, whatever laugh follows in another sentence, and a bare
"RIP." (of whom?) gets neither a star nor a quote.
"""

import pytest

from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

JOKES = [
    "My starter died, rest in peace haha",
    "Rest in peace, my little starter haha",
    "Forgot my loaf in the oven, rest in peace lol",
    "My basil plant: rest in peace 😂",
]

LOSSES = [
    "My grandpa died last week. Rest in peace.",
    "Rest in peace Grandpa. He would have laughed at my burnt loaf lol",
    "Rest in peace, Mum. I baked your bread today.",
]


@pytest.mark.parametrize("text", JOKES)
def test_a_farewell_laughed_at_over_a_thing_stays_warm(text):
    assert_read_warm(text, "en")


@pytest.mark.parametrize("text", LOSSES)
def test_a_loss_told_with_rest_in_peace_is_still_grief(text):
    assert_read_hard(text, "en", "grief")


def test_a_bare_rip_gets_no_star_and_no_quote():
    draft = draft_of("RIP.")
    assert draft.gold_stars == 0 and draft.quote == "", draft.text
