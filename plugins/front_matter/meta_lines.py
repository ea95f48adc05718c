"""Pelican's `Key: value` lines that Python-Markdown's meta extension does not read as written.

The meta extension reads a post's metadata from its very first line, one `Key: value` a line, and
stops at the first line that is not one. A post whose lines come after a blank line (a template
or a script that began the file with one) or write a space before the colon (`Title : Mon
titre`, as French typography spaces it) gave Pelican no title: it left the post out, at error
level ("could not find information about 'title'", which stops `invoke build`), and the blogger
could see the title was there. Such lines are read as meant, with a warning naming the line.
Only Pelican's own keys count, so a post with no metadata whose first line is `Note : …` is left
as it is.
"""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

PELICAN_KEYS = (
    "title|date|modified|tags|category|author|authors|slug|summary|lang|status|save_as|url"
    "|template|translation"
)
# A line of one of Pelican's keys, with spaces before its colon or none.
KEY_LINE = re.compile(rf"(?i)[ ]{{0,3}}(?P<key>{PELICAN_KEYS})(?P<space>[ \t]+)?:")


def meta_lines_read(text: str, shown: str) -> str:
    """Return *text* with its metadata lines where and as the meta extension reads them,
    warning once about each kind of change."""
    lines = text.split("\n")
    first = 0
    while first < len(lines) and not lines[first].strip():
        first += 1
    if first == len(lines) or not KEY_LINE.match(lines[first]):
        return text
    if first:
        logger.warning(
            "front_matter: %s:%d: the post's metadata comes after a blank line, where Markdown "
            "no longer reads it (Pelican left the post out for want of a title); it is read as "
            "metadata: take out the blank lines before it",
            shown,
            first + 1,
        )
    spaced = None
    for index in range(first, len(lines)):
        if not lines[index].strip():
            break
        found = KEY_LINE.match(lines[index])
        if found and found.group("space"):
            spaced = spaced or (index + 1, lines[index])
            lines[index] = lines[index][: found.start("space")] + lines[index][found.end("space") :]
    if spaced:
        logger.warning(
            "front_matter: %s:%d: `%s` has a space before its colon, so Markdown did not read it "
            "as metadata, nor the lines after it; it is read as metadata: take out the space "
            "(`Key: value`)",
            shown,
            *spaced,
        )
    return "\n".join(lines[first:])
