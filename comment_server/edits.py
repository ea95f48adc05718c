"""What an edit changed, as pure functions: is it a typo fix, and the word diff the inbox shows.

An approved comment edited within its window stays approved only when the edit fixes typos: the
same words but for at most TYPO_WORDS of them, each respelled by at most TYPO_LETTERS letters,
and no new link. Anything more (a sentence added, a word swapped for another, a new link, another
name or website) goes back to the queue, and the inbox shows the author what changed.
"""

import difflib
import re
from typing import Any

TYPO_WORDS = 2
TYPO_LETTERS = 2
_TOKENS = re.compile(r"\S+\s*|\s+")  # each word with the spaces after it: a diff keeps both
_HREF = re.compile(r'href="([^"]*)"')
_URL = re.compile(r"https?://[^\s<>\"'()\[\]]+", re.IGNORECASE)  # as spam.py counts them


def is_typo_fix(before: str, after: str) -> bool:
    """Return whether *after* is *before* with at most a few misspelt words fixed."""
    old, new = before.split(), after.split()
    if len(old) != len(new):
        return False
    changed = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
    return len(changed) <= TYPO_WORDS and all(
        _letters_changed(a, b) <= TYPO_LETTERS for a, b in changed
    )


def _letters_changed(a: str, b: str) -> int:
    opcodes = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in opcodes if tag != "equal")


def adds_link(before: tuple[str, str], after: tuple[str, str]) -> bool:
    """Return whether the comment *after* (its Markdown and HTML) links somewhere *before* did
    not, in a Markdown link or as a bare address."""
    return not _links(*after) <= _links(*before)


def _links(markdown: str, html: str) -> set[str]:
    return set(_HREF.findall(html)) | set(_URL.findall(markdown))


def word_diff(before: str, after: str) -> list[list[str]]:
    """Return the changes from *before* to *after* as [op, text] pieces, op "=", "-" or "+".

    Plain text pieces, never markup: the inbox puts each in a text node.
    """
    old, new = _TOKENS.findall(before), _TOKENS.findall(after)
    pieces: list[list[str]] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(["=", "".join(old[i1:i2])])
            continue
        if i2 > i1:
            pieces.append(["-", "".join(old[i1:i2])])
        if j2 > j1:
            pieces.append(["+", "".join(new[j1:j2])])
    return pieces


def changes(before: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    """Return what the inbox shows of an edit: the text's word diff, the old and new name and
    website when they changed (*before* is the approved version, *row* the comment now)."""
    shown: dict[str, Any] = {"text": word_diff(before["text"], row["markdown"])}
    for field, now in (("author", row["author"]), ("website", row["website"])):
        if before[field] != now:
            shown[field] = {"before": before[field], "after": now}
    return shown
