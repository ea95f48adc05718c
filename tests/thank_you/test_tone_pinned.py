"""The tone reader returns what it returned before it was made faster (issue 20).

tone_pinned.json holds the label, cues and probabilities the reader before the speed-up (regular
expressions matched case-insensitively) gave for representative comments of the labeled sets: each
label, English and other languages, Turkish typed with and without dotless ı, shouting, hostile
input. Five were pinned again on purpose on 2026-12-04, when the reader learned the first person of
other languages ("mon père", "ich"), French spam ("cliquez ici") and that "der Link ist tot" is
no death. Two were pinned again on 2026-12-05, when a "3" in a comment ("3000€ par mois",
"ES2023") stopped counting as the heart "<3": same labels, other probabilities. One more that day,
when « quel ramassis de bêtises » became a mark of scorn: the same label, one more cue. One more
later that day, when loans with no link became marks of spam ("günstige Kredite", "ohne Schufa"):
the same label, two more cues, spam likelier.
"""

import json
from pathlib import Path

import pytest

from reply_drafts import tone

DATA = Path(__file__).resolve().parent / "data"
PINNED = json.loads((DATA / "tone_pinned.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("pinned", PINNED["comments"], ids=lambda pinned: pinned["text"][:40])
def test_reading_is_unchanged(pinned):
    text, author, support = pinned["text"], pinned.get("author", ""), bool(pinned.get("support"))
    read = tone.read_tone(text, author, "", support)
    probabilities = tone.scores(tone.features(text, author, "", support), tone.load_model())
    assert (read.label, list(read.cues), dict(read.scores)) == (
        pinned["label"],
        pinned["cues"],
        pinned["scores"],
    )
    assert probabilities == pytest.approx(pinned["probabilities"], abs=1e-12, rel=0)
