"""The word lists' source: a line break inside a phrase must not glue two words together.

`tone_cues._joined` removes each line break and the indentation after it, so a list broken
between two words ("went\\n    (?:well|fine)") silently becomes "went(?:well|fine)" and never
matches again. Break a list after a `|`, or where the next fragment carries its own space.
"""

import itertools
import re
from pathlib import Path

import reply_drafts.tone_cues

PACKAGE = Path(reply_drafts.tone_cues.__file__).parent
# Every module's lines, one after the other (a pattern never spans two files).
SOURCE = [
    line
    for module in sorted(PACKAGE.glob("*.py"))
    for line in module.read_text(encoding="utf-8").splitlines()
]
PATTERN_START = re.compile(r'^([A-Z_]+) = r?f?"""')
# A line may end a fragment with an alternation, an opened group, a quantifier or a space...
END_OK = re.compile(r"(?:\||\(\?:|[?*+ ])$")
# ... or the next line may start with one, a lookaround, or a group that begins with a non-word.
START_OK = re.compile(r'(?:\||\(\?[=!<]|\(\?:\\W|\(\?: |""")')


def glued() -> list[str]:
    """Return each line break inside a pattern that puts two words (or a word and a group)
    side by side."""
    found, name = [], None
    for number, (line, after) in enumerate(itertools.pairwise(SOURCE), start=1):
        opened = PATTERN_START.match(line)
        if opened:
            name = opened.group(1)
        if name is None:
            continue
        if line.count('"""') == 2 or (line.rstrip().endswith('"""') and not opened):
            name = None  # the pattern ends on this line
            continue
        end, start = line.rstrip(), after.strip()
        if not (END_OK.search(end) or START_OK.match(start)):
            found.append(f"{name}, line {number}: ...{end[-20:]} + {start[:20]}...")
    return found


def test_no_line_break_glues_two_words_of_a_cue_together():
    assert not glued()


def test_no_fragment_starts_with_indentation_inside_a_line():
    # A line edited by replacing its start kept the old line's indentation mid-line, so
    # "tenir|    surmonter" only matched "    surmonter", four spaces and all.
    assert not [n for n, line in enumerate(SOURCE, 1) if re.search(r"\S\| {2,}\S", line)]
