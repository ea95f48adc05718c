"""With no threshold reached, the tone reader takes the likeliest label, and the word model alone
gave hostility a slim lead over kind comments with no warm word it knew: "Interesting take! I'd
never have thought of rye" (hostile 0.42 to neutral 0.39 on "take", "never" and "thought"), "This
blog kept me going through lockdown. Still does!" (0.32 on "this blog"). A reader's thanks for
being kept going and surprise at a new idea are praise cues now; scorn in the same words stays
hostile."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm

KIND = [
    "Interesting take! I'd never have thought of rye",
    "This blog kept me going through lockdown. Still does!",
    "Your posts got me through a long winter.",
    "I would never have thought to add honey. Trying it tonight.",
]

HOSTILE = [
    "I'd never have thought anyone could get this so wrong, you idiot.",
    "This blog is garbage and so are you.",
]


@pytest.mark.parametrize("text", KIND)
def test_a_kind_comment_is_not_read_as_hostile(text):
    assert_read_warm(text, "en", thanked=True)


@pytest.mark.parametrize("text", HOSTILE)
def test_scorn_in_the_same_words_stays_hostile(text):
    assert read_tone(text).label == "hostile"
