"""Hugo's TOML front matter (`+++` lines), in posts dropped here from a Hugo blog.

`hugo new` writes a post's metadata as TOML between two `+++` lines. Pelican read the first of
them as text and found no title: the post was left out with "could not find information about
'title'". The entries are read as the YAML front matter's are: scalars as text (a TOML date as
Pelican reads one), lists of text, so the reader treats both the same.
"""

from __future__ import annotations

import datetime
import logging
import re
import tomllib

from .syntax import opening_line

logger = logging.getLogger(__name__)

FENCE = "+++"
# Where tomllib found a problem, counted in the block it read: "(at line 3, column 9)".
AT_LINE = re.compile(r" \(at line (?P<line>\d+), column (?P<column>\d+)\)")
AT_END = " (at end of document)"


def split_toml(text: str, source_path: str) -> tuple[dict[str, object], str] | None:
    """Return the entries of the TOML front matter *text* opens with, and the body after it;
    None when the file does not start with a `+++` line."""
    lines = text.split("\n")
    start = opening_line(lines)  # past the blank lines before the `+++`
    if start == len(lines) or lines[start].rstrip() != FENCE:
        return None
    for end in range(start + 1, len(lines)):
        if lines[end].rstrip() == FENCE:
            block = "\n".join(lines[start + 1 : end])
            entries = _entries(block, source_path, start + 1, end + 1)
            return entries, "\n".join(lines[end + 1 :])
    logger.warning(
        "front_matter: %s:%d: the TOML front matter opened by `+++` is never closed (a line "
        "`+++`); the file is read as Markdown",
        source_path,
        start + 1,
    )
    return None


def _entries(block: str, source_path: str, opening: int, closing: int) -> dict[str, object]:
    """Return the entries of the TOML *block*, keys in lower case; {} with a warning naming the
    file line if broken. The block lies between the file lines *opening* and *closing* (its
    `+++` lines)."""
    try:
        table = tomllib.loads(block)
    except tomllib.TOMLDecodeError as error:
        line, problem, fix = _file_line(str(error), opening, closing)
        logger.warning(
            "front_matter: %s:%d: broken TOML front matter (%s); its metadata is not read: %s",
            source_path,
            line,
            problem,
            fix,
        )
        return {}
    return {key.strip().lower(): _as_text(value) for key, value in table.items()}


def _file_line(problem: str, opening: int, closing: int) -> tuple[int, str, str]:
    """Return the file line of tomllib's *problem*, the problem without its line in the block,
    and what to fix."""
    found = AT_LINE.search(problem)
    if found:
        column = f", column {found['column']}"
        return opening + int(found["line"]), AT_LINE.sub(column, problem, count=1), "fix that line"
    if AT_END in problem:
        # Most often a quote, bracket or brace left open: tomllib looked for its end up to here.
        fix = "look above it for a line left unfinished (a quote, bracket or brace not closed)"
        return closing, problem.replace(AT_END, " before the closing `+++`"), fix
    return opening, problem, "fix the TOML"


def _as_text(value: object) -> object:
    """Return a TOML value as YAML front matter's is read: scalars as text, lists of them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, list):
        return [_as_text(item) for item in value]
    if isinstance(value, dict):
        return {key: _as_text(item) for key, item in value.items()}
    return str(value)
