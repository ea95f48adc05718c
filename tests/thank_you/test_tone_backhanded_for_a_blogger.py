"""Skill graded by who the author is ("You're pretty good at this for a blogger.", "You're quite
funny for a girl.", "Impressive, for a hobby blog.") and faint words ("Well, that's one way to
make bread, I suppose.", "Bless you for trying.") are backhanded compliments: doubtful, no star, no
quote. Plain praise stays warm and starred ("You're pretty good at this!"), and so does praise of
a teacher for a beginner like the reader."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

BACKHANDED = [
    "You're pretty good at this for a blogger.",
    "You're quite funny for a girl.",
    "You're really not bad at baking for an amateur!",
    "You are surprisingly articulate for someone your age.",
    "Impressive, for a hobby blog.",
    "Not bad for a mommy blog.",
    "Well, that's one way to make bread, I suppose.",
    "Bless you for trying. Really.",
]

WARM = [
    "You're pretty good at this!",
    "You're a wonderful teacher for a beginner like me.",
    "You're great at this, perfect for a beginner like me!",
    "You're so good at explaining things, thank you!",
]


@pytest.mark.parametrize("text", BACKHANDED)
def test_skill_graded_by_who_the_author_is_is_neither_starred_nor_quoted(text):
    tone, draft = read_tone(text), draft_of(text)
    assert tone.doubtful or tone.label in ("hostile", "critical"), (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize("text", WARM)
def test_plain_praise_of_a_skill_stays_warm(text):
    assert_read_warm(text, "en", thanked=True)
