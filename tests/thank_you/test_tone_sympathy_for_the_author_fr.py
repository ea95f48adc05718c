"""« Quelle horreur, ce qui t'est arrivé ! »: sympathy for the author, had been quoted back and
starred. It is comfort: a thank-you for the kindness, no star, no quote, no "kind words about the
recipe". A horror over one's own bake, beside praise, stays warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

SYMPATHY = [
    "Quelle horreur, ce qui t'est arrivé !",
    "C'est terrible, ce qui vous est arrivé.",
]

WARM = [
    "Quelle horreur, j'ai raté la mienne, mais la tienne est superbe !",
    "Ce qui t'est arrivé avec la pâte m'arrive aussi, super astuce !",
]


@pytest.mark.parametrize("text", SYMPATHY)
def test_sympathy_for_the_author_is_comfort(text):
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.comforting, (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""
    assert "recette" not in draft.text


@pytest.mark.parametrize("text", WARM)
def test_near_misses_stay_warm(text):
    assert_read_warm(text, "fr", thanked=True)
