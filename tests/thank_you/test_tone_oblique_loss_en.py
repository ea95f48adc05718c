"""English hard times told in passing that had been starred and quoted: a job lost ("They let me go
today", "My redundancy came through"), a divorce finalised, a baked memorial, a birthday the dead
will not have ("She would have turned 90 this week"). They get a quiet reply; the boss who let a
reader go home early and a birthday of a living grandma keep their star. An empty chair alone is
left as it was: a grandpa at the pub empties his chair too."""

import pytest

from tests.support.drafts import assert_read_warm, draft_of

HARD_TIMES = [
    "They let me go today. Whole team, no warning. At least I have time to bake now.",
    "My redundancy came through. Trying to stay positive.",
    "Divorce was finalised yesterday. Baked this in my new tiny kitchen.",
    "Love this recipe! Made it for Dad's memorial and everyone said he'd have loved it.",
    "This was Grandma's recipe too. She would have turned 90 this week.",
]


@pytest.mark.parametrize("text", HARD_TIMES)
def test_a_hard_time_told_in_passing_gets_a_quiet_reply(text):
    draft = draft_of(text)
    assert draft.gold_stars == 0 and draft.quote == "", (draft.gold_stars, draft.quote)
    assert draft.advice.startswith("A quiet reply"), draft.advice


@pytest.mark.parametrize(
    "text",
    [
        "My boss let me go early today so I baked this!",
        "They let me go home early today so I baked this.",
        "Made it for Dad's birthday and everyone said he loved it.",
        "Grandma turned 90 this week and we baked this together!",
        "The chair by the oven is still empty, so that's where the dough proves now.",
    ],
)
def test_an_early_day_off_or_a_living_birthday_is_still_thanked(text):
    assert_read_warm(text, "en", thanked=True)
