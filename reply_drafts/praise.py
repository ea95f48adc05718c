"""Praise: the words of appreciation in a comment (`praise_cues`), those warmer than the words
sarcasm wears and than thanks said in passing (`warm_words`), and warm praise that the model's
critique must not outweigh (`praise_over_critique`).

Word lists: `reply_drafts.tone_cues.praise`, and `contempt.WORN_PRAISE` for the words sarcasm
wears.
"""

import re

from reply_drafts import tone_cues as cue
from reply_drafts.cues_found import Cues
from reply_drafts.grief import found_in as _found

# Thanks said in passing: no warmth that makes condescension sincere ("Merci pour ce billet plein
# de lieux communs.").
THANKS = frozenset(("thanks", "thank", "thank you", "thx", "ty", "merci", "danke", "gracias"))
_NEGATED = cue.tail(cue.insults.NEGATION)
_PRAISE = cue.words(cue.praise.PRAISE)
_PRAISE_NONSPACED = cue.anywhere(cue.praise.PRAISE_NONSPACED)


def _before(text: str, start: int) -> str:
    return text[max(0, start - 48) : start]


# Where a sentence ends: a "no" or "never" before it negates no praise after it ("Never again!
# Great post.", « Siempre quemaba el ajo, ya no. ¡Gracias! »).
_SENTENCE_END = re.compile(r"[.!?¡¿…]")


def praise_cues(prose: str) -> tuple[str, ...]:
    """Return the words of appreciation in *prose* (not those negated in their sentence: "not
    great")."""
    found = [
        match.group(0)
        for match in _PRAISE.finditer(prose)
        if not _NEGATED.search(_SENTENCE_END.split(_before(prose, match.start()))[-1])
    ]
    found += _found(_PRAISE_NONSPACED, prose)
    return (*found, *(symbol for symbol in cue.praise.PRAISE_SYMBOLS if symbol in prose))


def warm_words(praise: tuple[str, ...]) -> set[str]:
    """Return the words of *praise* warmer than sarcasm wears ("great", "nice") and than thanks
    said in passing."""
    return set(praise) - cue.contempt.WORN_PRAISE - THANKS


def praise_over_critique(cues: Cues, probabilities: dict) -> bool:
    """Return whether a comment with no word of critique that praises warmly is held as critical
    only because critique is looked for before praise: its threshold reached on the model's words
    while praise is likelier ("Oi, save me a slice or we're not friends anymore!": critical 0.30,
    praise 0.41, on "not")."""
    warm = warm_words(cues.praise)
    return not cues.critical and bool(warm) and probabilities["praise"] > probabilities["critical"]
