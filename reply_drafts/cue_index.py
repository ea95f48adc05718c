"""A word list read through an index: each cue is tried only on a text that holds a piece of it.

A word list (reply_drafts/tone_cues/) is one alternation of hundreds of cues, and Python's regular
expressions try every cue at every word: a post's hard days cost 2 ms, a third of a first build,
and more with each cue added (issues 17 and 18). Most cues cannot match without some plain text of
their own: "passed away", " hospital after ", one of "mom", "dad", "sister"... in
"(?:mom|dad|sister) died". `IndexedWords` finds that text (the cue's *needles*) in each cue's own
regular expression, and tries only the cues whose needles are in the text read, each compiled
alone the first time it is needed, a cue without needles always. It finds exactly the matches
`tone_cues.words(pattern).finditer` finds: the leftmost match, the first cue in the list's order
when two match at the same place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# The parser re.compile uses: the one way to read a regular expression's parts.
from re import _constants as sre
from re import _parser as sre_parse

# What a match holds none of, though a cue may name it: the text around, looked at.
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_KEY = 3  # needles are looked up by their first three characters


class IndexedWords:
    """The cues of *pattern* (a word list, as `tone_cues.words` takes it), each tried only on a
    text that holds one of its needles."""

    def __init__(self, pattern: str) -> None:
        parsed = cues_of(pattern)
        self.cues = [cue for cue, _ in parsed]
        self._compiled: list[re.Pattern | None] = [None] * len(self.cues)
        self._always: list[int] = []  # cues without needles
        self._short: list[tuple[str, int]] = []  # needles shorter than a key
        self._index: dict[str, list[tuple[str, int]]] = {}
        for number, (_, parts) in enumerate(parsed):
            found = needles(parts)
            if not found:
                self._always.append(number)
            for needle in found or ():
                if len(needle) < _KEY:
                    self._short.append((needle, number))
                else:
                    self._index.setdefault(needle[:_KEY], []).append((needle, number))
        self._keys = frozenset(self._index)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        """Yield the matches `tone_cues.words(pattern).finditer(text, pos, endpos)` yields."""
        endpos = len(text) if endpos is None else min(endpos, len(text))
        patterns = [self.compiled(number) for number in self.candidates(text[pos:endpos])]
        while patterns:
            found = [(pattern, pattern.search(text, pos, endpos)) for pattern in patterns]
            patterns = [pattern for pattern, match in found if match]  # none further on either
            if not patterns:
                return
            # the leftmost; at the same place, the first cue (min keeps the first of equals)
            first = min((match for _, match in found if match), key=re.Match.start)
            yield first
            pos = first.end()  # a match is never empty (cues_of)

    def candidates(self, window: str) -> list[int]:
        """Return the numbers of the cues that may match in *window*, in the list's order."""
        found = set(self._always)
        for key in _keys_in(window) & self._keys:
            found.update(number for needle, number in self._index[key] if needle in window)
        found.update(number for needle, number in self._short if needle in window)
        return sorted(found)

    def compiled(self, number: int) -> re.Pattern:
        """Return cue *number* compiled as `tone_cues.words` compiles a list: a whole word or
        phrase."""
        if self._compiled[number] is None:  # the cue as it is: words() would strip its spaces
            self._compiled[number] = re.compile(rf"(?<![\w'])(?:{self.cues[number]})(?![\w])")
        return self._compiled[number]


@lru_cache(maxsize=16)  # the same sentence is read by several lists in turn
def _keys_in(window: str) -> frozenset[str]:
    return frozenset(window[start : start + _KEY] for start in range(len(window) - _KEY + 1))


def cues_of(pattern: str) -> list[tuple[str, sre_parse.SubPattern]]:
    """Return the cues of *pattern*, each with its parts: its alternatives at the top level, in
    order; the whole pattern as one when they cannot be told apart, or when one may match an empty
    text (a match then starts the next search where it ends)."""
    joined = re.sub(r"\n\s*", "", pattern.strip())
    found, start, depth, class_start, escaped = [], 0, 0, None, False
    for index, char in enumerate(joined):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif class_start is not None:  # a "]" first in a class is one of its characters
            opened = joined[class_start:index] in ("[", "[^")
            class_start = class_start if char != "]" or opened else None
        elif char == "[":
            class_start = index
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            found.append(joined[start:index])
            start = index + 1
    found.append(joined[start:])
    try:  # a cue cut in the wrong place does not parse: "(?:a", "[a", "a\"
        parsed = [(one, sre_parse.parse(one)) for one in found]
    except re.error:
        parsed = []
    if parsed and all(parts.getwidth()[0] > 0 for _, parts in parsed):
        return parsed
    return [(joined, sre_parse.parse(joined))]


def needles(parsed) -> set[str] | None:
    """Return texts one of which every match of *parsed* (a parsed regular expression) holds,
    the longest found, or None."""
    options, run = [], ""
    for op, value in parsed:
        if op is sre.LITERAL:
            run += chr(value)
            continue
        if op in _ZERO_WIDTH:
            continue  # the characters on either side are still side by side
        if run:
            options.append({run})
            run = ""
        found = None
        if op is sre.SUBPATTERN and not value[1] & re.IGNORECASE:  # "(?i:...)": any case
            found = needles(value[-1])
        elif op is sre.BRANCH:
            branches = [needles(branch) for branch in value[1]]
            found = set().union(*branches) if all(branches) else None
        elif op in _REPEATS and value[0] > 0:
            found = needles(value[2])
        if found:
            options.append(found)
    if run:
        options.append({run})
    # the surest: the longest shortest needle, then the fewest
    return max(options, key=lambda one: (min(map(len, one)), -len(one)), default=None)
