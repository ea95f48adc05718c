"""A reader who mocks their own bread by repeating a word (« Nul, nul, nul... mon pain à moi ! Le
tien est parfait. ») was read as piling insults on the author: hostile and "severe", no draft at
all. The word said again is not aimed; said to the author it stays hostile. A line of nothing but
such words is never quoted back. Faint praise of the bake in French, Spanish, German, Italian and
Portuguese (« Au moins c'est mangeable. », "Almeno è commestibile.") had a star and a quote."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

SELF_MOCKERY = "Nul, nul, nul... mon pain à moi ! Le tien est parfait."

NOT_QUOTED = [
    ("fr", "Au moins c'est mangeable."),
    ("fr", "C'est mignon d'essayer."),
    ("es", "Al menos es comestible."),
    ("it", "Almeno è commestibile."),
    ("de", "Wenigstens essbar."),
]


def test_a_word_said_again_of_ones_own_bread_is_no_insult():
    assert_read_warm(SELF_MOCKERY, "fr")
    assert "nul" not in draft_of(SELF_MOCKERY, "fr").quote.casefold()


@pytest.mark.parametrize("text", ["T'es nulle, nulle !", "T'es nul."])
def test_the_word_said_to_the_author_stays_hostile(text):
    assert_read_hard(text, "fr", "hostile")


@pytest.mark.parametrize(("language", "text"), NOT_QUOTED)
def test_faint_praise_of_the_bake_is_thanked_without_star_or_quote(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label not in ("hostile", "spam", "grief"), tone.label
    assert draft.gold_stars == 0 and draft.quote == ""
