"""Validation as pure functions: each takes an untrusted value and returns a clean one or raises.

A check raises ValueError with a short problem ("must be an http or https address"); `check_fields`
runs several and gathers every problem, so one answer tells the reader all there is to fix.
"""

import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

THREAD_ID = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}$")
COMMENTER_KEY = re.compile(r"^[0-9a-f]{16}$")
READER_TOKEN = re.compile(r"^[\x21-\x7e]{16,200}$")
EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,252}$")
# Bidirectional overrides and isolates can make a name read backwards: never part of a name.
_BIDI = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
_URL_FORBIDDEN = re.compile(r"[\s\"'<>\\`{}|^]")

MAX_AUTHOR = 80
MAX_TITLE = 200
MAX_WEBSITE = 300
MAX_EMAIL = 254


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


def _string(value: Any) -> str:
    if value is None:
        raise ValueError("is required")
    if not isinstance(value, str):
        raise ValueError("must be a string")
    # Lone surrogates (valid in JSON escapes) cannot be stored as UTF-8; NUL breaks PostgreSQL text.
    return "".join(ch for ch in value if unicodedata.category(ch) not in ("Cs",) and ch != "\0")


def plain_text(value: Any, limit: int, required: bool = True) -> str | None:
    """Return *value* as one line of plain text: no controls, spaces collapsed, at most *limit*."""
    if value is None and not required:
        return None
    text = _string(value).translate(_BIDI)
    text = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    text = " ".join(text.split())
    if not text:
        if required:
            raise ValueError("must not be empty")
        return None
    if len(text) > limit:
        raise ValueError(f"must be at most {limit} characters")
    return text


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
    text = _string(value).strip()
    if not text:
        return None
    if len(text) > MAX_WEBSITE:
        raise ValueError(f"must be at most {MAX_WEBSITE} characters")
    if _URL_FORBIDDEN.search(text) or any(unicodedata.category(ch) == "Cc" for ch in text):
        raise ValueError("must be a web address without spaces, quotes or angle brackets")
    try:
        parts = urlsplit(text)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise ValueError("must be a web address like https://example.org") from None
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise ValueError("must be an http or https address like https://example.org")
    if "@" in parts.netloc:
        raise ValueError("must not contain a user name or password")
    return text


def email(value: Any) -> str | None:
    """Return an email address (kept private, only hashed into the commenter key), or None."""
    if value is None:
        return None
    text = _string(value).strip()
    if not text:
        return None
    if len(text) > MAX_EMAIL or not EMAIL.match(text) or any(ord(ch) < 32 for ch in text):
        raise ValueError("must be an email address like you@example.org, or left out")
    return text


def comment_text(value: Any, limit: int) -> str:
    """Return a comment's Markdown source: line breaks kept, other controls removed."""
    text = _string(value).replace("\r\n", "\n").replace("\r", "\n").translate(_BIDI)
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc").strip()
    if not text:
        raise ValueError("must not be empty")
    if len(text) > limit:
        raise ValueError(f"must be at most {limit} characters")
    return text


def thread_id(value: Any) -> str:
    """Return a valid thread id (it names a file of the export: no slash, no leading dot)."""
    if not isinstance(value, str) or not THREAD_ID.match(value):
        raise ValueError(
            "must be 1 to 200 letters, digits, '_', '.' or '-', not starting with '.' or '-'"
        )
    return value


def commenter_key(value: Any) -> str:
    """Return a commenter key (16 lowercase hex characters)."""
    if not isinstance(value, str) or not COMMENTER_KEY.match(value):
        raise ValueError("must be 16 hexadecimal characters")
    return value


def reader_token(value: Any) -> str:
    """Return a reader token: 16 to 200 visible ASCII characters."""
    if not isinstance(value, str) or not READER_TOKEN.match(value):
        raise ValueError("must be a random token of 16 to 200 visible ASCII characters")
    return value


def optional_id(value: Any) -> int | None:
    """Return a comment id (a positive integer) or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 2**31:
        raise ValueError("must be a comment id (a positive whole number) or null")
    return value


def empty(value: Any) -> str:
    """Return "" when the honeypot field was left empty; anything else is a robot's answer."""
    if value not in (None, ""):
        raise ValueError("must be left empty")
    return ""


def count(value: Any, low: int, high: int) -> int:
    """Return a whole number from *low* to *high*."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"must be a whole number from {low} to {high}")
    return value
