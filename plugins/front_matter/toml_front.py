"""Hugo's TOML front matter (`+++` lines), in posts dropped here from a Hugo blog.

`hugo new` writes a post's metadata as TOML between two `+++` lines. Pelican read the first of
them as text and found no title: the post was left out with "could not find information about
'title'". The entries are read as the YAML front matter's are: scalars as text (a TOML date as
Pelican reads one), lists of text, so the reader treats both the same.
"""

from __future__ import annotations

import datetime
import logging
import tomllib

logger = logging.getLogger(__name__)

FENCE = "+++"


def split_toml(text: str, source_path: str) -> tuple[dict[str, object], str] | None:
    """Return the entries of the TOML front matter *text* opens with, and the body after it;
    None when the file does not start with a `+++` line."""
    lines = text.lstrip("\n").split("\n")
    if lines[0].rstrip() != FENCE:
        return None
    for end in range(1, len(lines)):
        if lines[end].rstrip() == FENCE:
            return _entries("\n".join(lines[1:end]), source_path), "\n".join(lines[end + 1 :])
    logger.warning(
        "front_matter: %s: the TOML front matter opened by `+++` is never closed (a line "
        "`+++`); the file is read as Markdown",
        source_path,
    )
    return None


def _entries(block: str, source_path: str) -> dict[str, object]:
    """Return the entries of the TOML *block*, keys in lower case; {} with a warning if broken."""
    try:
        table = tomllib.loads(block)
    except tomllib.TOMLDecodeError as error:
        logger.warning(
            "front_matter: %s: broken TOML front matter (%s, counting from the line after "
            "`+++`); its metadata is not read: fix that line",
            source_path,
            error,
        )
        return {}
    return {key.strip().lower(): _as_text(value) for key, value in table.items()}


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
