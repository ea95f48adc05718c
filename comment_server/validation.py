"""Validation as pure functions: each takes an untrusted value and returns a clean one or raises.

A check raises ValueError with a short problem ("must be an http or https address"); `check_fields`
runs several and gathers every problem, so one answer tells the reader all there is to fix.

The patterns below are written once for two readers: Python's `re` (the checks, always with
`fullmatch` or `search`) and the OpenAPI document's JSON Schema (ECMA-262 regular expressions, as
comment_server/fields.py puts them in the document). So they use only what both read alike: plain
character classes with `\\xHH` and `\\uHHHH` escapes, no `\\s`, `\\w` or `\\d`, no flags.
"""

import re
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

# What Python's str.isspace() calls whitespace, so what str.split() and str.strip() take away.
SPACES = r"\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
CONTROLS = r"\x00-\x1f\x7f-\x9f"  # Unicode category Cc
# Bidirectional overrides and isolates can make a name read backwards: never part of a name.
BIDI = r"\u200e\u200f\u202a-\u202e\u2066-\u2069"
# One character that survives the cleaning of a name or a text: the "at least one" of a field.
VISIBLE = re.compile(f"[^{SPACES}{CONTROLS}{BIDI}]")
THREAD_ID = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}$")
COMMENTER_KEY = re.compile(r"^[0-9a-f]{16}$")
READER_TOKEN = re.compile(r"^[\x21-\x7e]{16,200}$")
_EMAIL_PART = f"[^@{SPACES}{CONTROLS}]"
EMAIL = re.compile(f"^[{SPACES}]*({_EMAIL_PART}{{1,64}}@{_EMAIL_PART}{{1,252}})?[{SPACES}]*$")
_NOT_IN_URL = f"{SPACES}{CONTROLS}\"'<>\\\\`{{}}|^"
_HOST = f"[^{_NOT_IN_URL}/?#@:\\[\\]]+"  # no user name, no IPv6 literal
_PORT = "(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})"
_URL = f"[Hh][Tt][Tt][Pp][Ss]?://{_HOST}(:{_PORT})?([/?#][^{_NOT_IN_URL}]*)?"
WEBSITE = re.compile(f"^[{SPACES}]*({_URL})?[{SPACES}]*$")
# RFC 3339's date-time (JSON Schema's "date-time" format), which datetime.fromisoformat reads.
TIME = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?"
    r"([Zz]|[+-][0-9]{2}:[0-9]{2})$"
)
MAX_ID = 2**31 - 1

MAX_AUTHOR = 80
MAX_TITLE = 200
MAX_WEBSITE = 300
MAX_EMAIL = 254

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile(f"[{CONTROLS}]")
_LINE_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # controls but tab and line feed
_BIDI = re.compile(f"[{BIDI}]")
_NOT_IN_URL_CHAR = re.compile(f"[{_NOT_IN_URL}]")


class FieldErrors(ValueError):
    """Several fields are wrong; *fields* maps each to its problem."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__("; ".join(f"{name}: {problem}" for name, problem in fields.items()))
        self.fields = fields


def check_fields(checks: Mapping[str, Callable[[], Any]]) -> dict[str, Any]:
    """Run each check, return the clean values, or raise FieldErrors naming every bad field."""
    values: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for name, check in checks.items():
        try:
            values[name] = check()
        except ValueError as error:
            problems[name] = str(error)
    if problems:
        raise FieldErrors(problems)
    return values


def _string(value: Any, limit: int | None = None) -> str:
    """Return *value* as a string of at most *limit* characters, lone surrogates made U+FFFD.

    A lone surrogate (valid in a JSON escape) cannot be stored as UTF-8; it stays a character, so
    "at least one visible character" means the same here and in the document.
    """
    if value is None:
        raise ValueError("is required")
    if not isinstance(value, str):
        raise ValueError("must be a string")
    if limit is not None and len(value) > limit:
        raise ValueError(f"must be at most {limit} characters")
    return _SURROGATE.sub("\ufffd", value)


def plain_text(value: Any, limit: int, required: bool = True) -> str | None:
    """Return *value* as one line of plain text: no controls, spaces collapsed, at most *limit*."""
    if value is None and not required:
        return None
    text = _BIDI.sub("", _string(value, limit))
    text = " ".join(_CONTROL.sub(" ", text).split())
    if not text and required:
        raise ValueError("must not be empty")
    return text or None


def author(value: Any) -> str:
    """Return a commenter's name as plain text (required, at most 80 characters)."""
    return plain_text(value, MAX_AUTHOR)


def title(value: Any) -> str | None:
    """Return a post title as plain text (optional, at most 200 characters)."""
    return plain_text(value, MAX_TITLE, required=False)


def website(value: Any) -> str | None:
    """Return an absolute http(s) URL with a host, or None for an empty value."""
    if value is None:
        return None
    text = _string(value, MAX_WEBSITE)
    if not WEBSITE.fullmatch(text):
        raise ValueError(_website_problem(text.strip()))
    return text.strip() or None


def _website_problem(text: str) -> str:
    """Return the sentence saying why *text* is no web address (WEBSITE decides that it is not)."""
    scheme, _, rest = text.partition("://")
    if scheme.lower() not in ("http", "https") or not rest:
        return "must be an http or https address like https://example.org"
    if "@" in re.split("[/?#]", rest, maxsplit=1)[0]:
        return "must not contain a user name or password"
    if _NOT_IN_URL_CHAR.search(text):
        return "must be a web address without spaces, quotes or angle brackets"
    return "must be a web address like https://example.org"


def email(value: Any) -> str | None:
    """Return an email address (kept private, only hashed into the commenter key), or None."""
    if value is None:
        return None
    text = _string(value, MAX_EMAIL)
    if not EMAIL.fullmatch(text):
        raise ValueError("must be an email address like you@example.org, or left out")
    return text.strip() or None


# An address that must be there (an admin's `forget`): EMAIL without its optional group.
REQUIRED_EMAIL = re.compile(EMAIL.pattern.replace(")?[", ")["))


def required_email(value: Any) -> str:
    """Return an email address; raise ValueError when it is missing or malformed."""
    found = email(value)
    if not found:
        raise ValueError("must be an email address like you@example.org")
    return found


NOTIFY = ("author", "anyone")


def notify(value: Any) -> str | None:
    """Return which replies a commenter wants by mail ("author" or "anyone"), or None."""
    if value is None or value == "":
        return None
    if value not in NOTIFY:
        raise ValueError('must be "author" (the author\'s replies), "anyone" (every reply) or null')
    return value


def comment_text(value: Any, limit: int) -> str:
    """Return a comment's Markdown source: line breaks kept, other controls removed."""
    text = _string(value, limit).replace("\r\n", "\n").replace("\r", "\n")
    text = _LINE_CONTROL.sub("", _BIDI.sub("", text)).strip()
    if not text:
        raise ValueError("must not be empty")
    return text


def thread_id(value: Any) -> str:
    """Return a valid thread id (it names a file of the export: no slash, no leading dot)."""
    if not isinstance(value, str) or not THREAD_ID.fullmatch(value):
        raise ValueError(
            "must be 1 to 200 letters, digits, '_', '.' or '-', not starting with '.' or '-'"
        )
    return value


def commenter_key(value: Any) -> str:
    """Return a commenter key (16 lowercase hex characters)."""
    if not isinstance(value, str) or not COMMENTER_KEY.fullmatch(value):
        raise ValueError("must be 16 hexadecimal characters")
    return value


def reader_token(value: Any) -> str:
    """Return a reader token: 16 to 200 visible ASCII characters."""
    if not isinstance(value, str) or not READER_TOKEN.fullmatch(value):
        raise ValueError("must be a random token of 16 to 200 visible ASCII characters")
    return value


def whole_number(value: Any, low: int, high: int) -> int:
    """Return a whole number from *low* to *high*; 2.0 is 2, as JSON Schema's "integer" says."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"must be a whole number from {low} to {high}")
    return value


def optional_id(value: Any) -> int | None:
    """Return a comment id (a positive integer) or None."""
    if value is None:
        return None
    try:
        return whole_number(value, 1, MAX_ID)
    except ValueError:
        raise ValueError("must be a comment id (a positive whole number) or null") from None


def nonempty(value: Any) -> str:
    """Return *value*, a string that is not empty (a token or a password, checked elsewhere)."""
    if not isinstance(value, str) or not value:
        raise ValueError("must not be empty")
    return value


def empty(value: Any) -> str:
    """Return "" when the honeypot field was left empty; anything else is a robot's answer."""
    if value not in (None, ""):
        raise ValueError("must be left empty")
    return ""


def time(value: Any) -> datetime:
    """Return an RFC 3339 time (`2026-01-02T10:00:00Z`) as an aware datetime."""
    if not isinstance(value, str) or not TIME.fullmatch(value):
        raise ValueError("must be an ISO 8601 time like 2026-01-02T10:00:00Z")
    try:
        return datetime.fromisoformat(value.upper())
    except ValueError:
        raise ValueError("must be an ISO 8601 time like 2026-01-02T10:00:00Z") from None
