"""Laughter in a comment: whether it laughs ("lol", "haha", "😂": `laughing`), and laughter that
says nothing else ("lol", "first!": `bare_laughter`), no comfort on the author's hard day.

A laugh lets hard words go (a low mood or a crisis word laughed off, contempt in jest): the
readings of readers at risk (`reply_drafts.at_risk`) and of hostility (`reply_drafts.hostility`)
ask it. Word lists: `reply_drafts.tone_cues.hard_day_scorn`.
"""

import re

from reply_drafts import tone_cues as cue
from reply_drafts.grief import found_in as _found

_LAUGHTER = cue.words(cue.hard_day_scorn.LAUGHTER)
_RACE = frozenset(("first", "1st", "premier", "premiere", "première"))  # in LAUGHTER, but no laugh


def bare_laughter(prose: str) -> tuple[str, ...]:
    """Return the laughter of *prose* (folded) when it says nothing else ("lol", "haha 😂",
    "first!"): on the author's hard-day post, that is no comfort."""
    rest = _LAUGHTER.sub(" ", prose)
    symbols = tuple(symbol for symbol in cue.hard_day_scorn.LAUGHTER_SYMBOLS if symbol in rest)
    for symbol in symbols:
        rest = rest.replace(symbol, " ")
    # anything left but spaces and stops ("lol 💕", "haha ❤️") says more than laughter
    return () if re.search(r"[^\s.!?,…~*]", rest) else _found(_LAUGHTER, prose) + symbols


def laughing(prose: str) -> bool:
    """Return whether *prose* (folded) laughs ("lol", "haha", "😂", "😅"); a race to be first
    is no laugh ("I just wanted to read something nice first")."""
    if any(match.group(0) not in _RACE for match in _LAUGHTER.finditer(prose)):
        return True
    return any(symbol in prose for symbol in cue.hard_day_scorn.LAUGHTER_SYMBOLS + "😅")
