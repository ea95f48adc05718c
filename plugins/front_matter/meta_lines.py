"""Pelican's `Key: value` lines that Python-Markdown's meta extension does not read as written.

The meta extension reads a post's metadata from its very first line, one `Key: value` a line, and
stops at the first line that is not one. A post whose lines come after a blank line (a template
or a script that began the file with one) or write a space before the colon (`Title : Mon
titre`, as French typography spaces it) gave Pelican no title: it left the post out, at error
level ("could not find information about 'title'", which stops `invoke build`), and the blogger
could see the title was there. Such lines are read as meant, with a warning naming the line.
Only Pelican's own keys count, so a post with no metadata whose first line is `Note : …` is left
as it is. Tags and authors continued on an indented line, or written in YAML's brackets, are read
as the one list they are (see `lists_on_one_line`).
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
    lines[first:] = lists_on_one_line(lines[first:], shown, first)
    return "\n".join(lines[first:])


# A line of tags or authors, and a line that continues the one before (Python-Markdown's meta
# extension reads four spaces or more at its start so).
LIST_LINE = re.compile(r"(?i)[ ]{0,3}(?:tags|authors):[ \t]*(?P<value>.*)")
CONTINUED = re.compile(r"[ ]{4,}(?P<value>\S.*)")


def lists_on_one_line(lines: list[str], shown: str, first: int) -> list[str]:
    """Return the metadata *lines* (from the file's line *first* + 1) with each list of tags or
    authors on one line: its continuation lines joined to it, its YAML brackets taken off.

    Python-Markdown reads `Tags: a, b,` and an indented `c, d` under it as two values, which
    Pelican took for a duplicate `Tags:` and kept the first (c and d were lost, with a warning
    about a duplicate the post does not have); `Tags: [a, b]` made the tags `[a` and `b]`, and
    `Tags: "C++", 'web'` the tags `"C++"` and `'web'`, quotes and all.
    """
    joined: list[str] = []
    bracketed = quoted = None
    for number, line in enumerate(lines, start=first + 1):
        if not line.strip():
            joined.extend(lines[number - first - 1 :])
            break
        continued = CONTINUED.match(line)
        if continued and joined and LIST_LINE.match(joined[-1]):
            joined[-1] = f"{joined[-1].rstrip().rstrip(',')}, {continued.group('value')}"
            continue
        listed = LIST_LINE.match(line)
        value = listed.group("value").strip() if listed else ""
        if value.startswith("[") and value.endswith("]"):
            line = _unquoted(line[: listed.start("value")] + value[1:-1])
            bracketed = bracketed or (number, lines[number - first - 1].strip(), line.strip())
        elif listed and _unquoted(line) != line:
            line = _unquoted(line)
            quoted = quoted or (number, lines[number - first - 1].strip(), line.strip())
        joined.append(line)
    if bracketed:
        logger.warning(
            "front_matter: %s:%d: `%s` is read as the list it stands for (Pelican's lines take no "
            "brackets: its first item began with `[`, its last ended with `]`): write `%s`",
            shown,
            *bracketed,
        )
    if quoted:
        logger.warning(
            "front_matter: %s:%d: `%s` is read without the quotes around its names (Pelican's "
            'lines take no quotes: they were part of the names, shown as #"C++"): write `%s`',
            shown,
            *quoted,
        )
    return joined


# One name of a list in quotes, as YAML writes it: `"C++"`, `'web dev'`.
QUOTED_ITEM = re.compile(
    r"""(?P<before>(?:^|,)[ \t]*)(?P<quote>["'])(?P<name>[^"',]+)(?P=quote)"""
    r"(?=[ \t]*(?:,|$))"
)


def _unquoted(line: str) -> str:
    """Return the list line *line* with the quotes around its names taken off."""
    key, colon, value = line.partition(":")
    return key + colon + QUOTED_ITEM.sub(r"\g<before>\g<name>", value)
