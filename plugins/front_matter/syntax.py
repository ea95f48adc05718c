"""How a post writes its metadata, so that the line a warning asks for is one the post can take.

Pelican's `Key: value` lines and YAML front matter write `title: Hi`; Hugo's TOML front matter
(between `+++` lines) writes `title = "Hi"`; reStructuredText writes `:title: Hi`. A `title: Hi`
pasted into a TOML block broke it, and the post lost all of its metadata; in a reStructuredText
post it was a line of text.
"""

from __future__ import annotations

import datetime
import json
import re
import tomllib
from html import escape

LINES = "lines"  # `Key: value`: Pelican's metadata and YAML front matter
TOML = "toml"
RST = "rst"  # reStructuredText's fields: `:date: 2024-01-31`
HTML = "html"  # an HTML post's `<meta name="date" content="2024-01-31">`
TOML_FENCE = "+++"
# A date as the warnings write it for Pelican: `2024-01-31`, `2024-01-31 09:30 -05:00`.
PELICAN_DATE = re.compile(
    r"(?P<day>\d{4}-\d{2}-\d{2})(?: (?P<time>\d{2}:\d{2})(?: ?(?P<offset>[+-]\d{2}:\d{2}))?)?"
)


def entry(name: str, value: str, syntax: str) -> str:
    """Return the line that sets *name* to the text *value*: `name: value` or, in TOML,
    `name = "value"` (a date or a time bare, as TOML writes them), in reStructuredText
    `:name: value`, in HTML `<meta name="name" content="value">`."""
    if syntax == RST:
        return f":{name.lower()}: {value}"
    if syntax == HTML:
        return f'<meta name="{name.lower()}" content="{escape(value)}">'
    if syntax != TOML:
        return f"{name}: {value}"
    return f"{name.lower()} = {_toml_value(value)}"


def date_entry(name: str, written: str, syntax: str) -> str:
    """Return the line that sets the date *name* to *written* (`2024-01-31 09:30`); in TOML, as
    an RFC 3339 date (`date = 2024-01-31T09:30:00`)."""
    found = PELICAN_DATE.fullmatch(written)
    if syntax == TOML and found and found["time"]:
        written = f"{found['day']}T{found['time']}:00{found['offset'] or ''}"
    return entry(name, written, syntax)


def key_named(name: str, syntax: str) -> str:
    """Return the key *name* as a warning names it: `title:`, `title` in TOML, `:title:` in
    reStructuredText."""
    if syntax == RST:
        return f"`:{name.lower()}:`"
    if syntax == HTML:
        return f'`<meta name="{name.lower()}">`'
    return f"`{name.lower()}`" if syntax == TOML else f"`{name}:`"


def kind_of(value: object, syntax: str) -> str:
    """Return what *value*, a list or a mapping, is called in *syntax* (a YAML list, a TOML
    table)."""
    if syntax == TOML:
        return "TOML array" if isinstance(value, list) else "TOML table"
    return "YAML list" if isinstance(value, list) else "YAML mapping"


def syntax_of(source_path: str) -> str:
    """Return how the file *source_path* writes its metadata: TOML when it opens with `+++`,
    reStructuredText's fields in a .rst file."""
    if source_path.endswith(".rst"):
        return RST
    if source_path.endswith((".html", ".htm")):
        return HTML
    try:
        with open(source_path, "rb") as infile:
            head = infile.read(4096).decode("utf-8", errors="replace")
    except OSError:
        return LINES
    lines = head.lstrip("\ufeff").split("\n")
    start = opening_line(lines)
    return TOML if start < len(lines) and lines[start].rstrip() == TOML_FENCE else LINES


def opening_line(lines: list[str]) -> int:
    """Return the index of the first of *lines* with text, where a front matter's fence must
    be: the blank lines before it (spaces and tabs too) are skipped alike for YAML and TOML."""
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    return start


def _toml_value(text: str) -> str:
    """Return *text* as a TOML value: a date or a time as written, anything else a string."""
    try:
        value = None if "\n" in text else tomllib.loads(f"value = {text}")["value"]
    except tomllib.TOMLDecodeError:
        value = None
    if isinstance(value, datetime.date | datetime.time):
        return text
    # A JSON string is a TOML basic string (the same escapes); DEL must be escaped in TOML too.
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")
