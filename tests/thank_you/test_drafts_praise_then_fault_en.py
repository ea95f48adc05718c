"""Praise, then what the bake lacked or had too much of ("Great recipe, but it lacks salt") had
been quoted back as praise: a mild critique, never quoted (the English kin of the French, Spanish,
Italian and Portuguese PRAISE_THEN_FAULT). Praise with the reader's own twist is still quoted."""

import pytest

from tests.support.drafts import draft_of

FAULT = [
    "Great recipe, but it lacks salt",
    "Lovely loaf, but a bit too sweet for me",
    "Delicious bread, but it needs more salt.",
    "Really good, but the crust was too hard.",
]

QUOTED = [
    "Great recipe, it lacks nothing!",
    "Great recipe, but I added lemon zest and it was divine.",
]


@pytest.mark.parametrize("text", FAULT)
def test_a_mild_critique_is_not_quoted(text):
    assert draft_of(text).quote == ""


@pytest.mark.parametrize("text", QUOTED)
def test_praise_is_still_quoted(text):
    assert draft_of(text).quote
