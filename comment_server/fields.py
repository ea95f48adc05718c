"""Each field of a request, said once: its JSON Schema for the OpenAPI document and its check.

A `Field` pairs the two; `Fields` is a request body (or a route's query parameters) by name. The
handlers clean what they receive with `Fields.clean`, and comment_server/openapi.py writes
`Fields.schema()` into the document, so a field added here is documented and checked alike. Each
check is a pure function of comment_server/validation.py and each schema says what that function
accepts: the same limits, the same patterns (the very strings the checks compile), the same types.
The makers below are the kinds of field the API uses; bodies.py and params.py put them together.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any

from comment_server import validation

SOMETHING = "at least one character that is not a space or a control character"


@dataclass(frozen=True)
class Field:
    """One field: its JSON Schema, its check (the clean value, or ValueError saying the problem),
    whether it must be sent, and the problem a missing one is answered with."""

    schema: Mapping[str, Any]
    check: Callable[[Any], Any]
    required: bool = False
    missing: str = "is required"


@dataclass(frozen=True)
class Fields:
    """A request body or a route's query parameters: its fields by name, other names ignored."""

    fields: Mapping[str, Field]
    description: str = ""

    def schema(self) -> dict[str, Any]:
        """Return the JSON Schema of an object with these fields."""
        schema: dict[str, Any] = {"type": "object"}
        if self.description:
            schema["description"] = self.description
        required = [name for name, one in self.fields.items() if one.required]
        if required:
            schema["required"] = required
        schema["properties"] = {name: dict(one.schema) for name, one in self.fields.items()}
        return schema

    def clean(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Return the clean value of each field sent, or raise FieldErrors naming every bad one."""
        return validation.check_fields(
            {
                name: partial(_clean, one, name, values)
                for name, one in self.fields.items()
                if one.required or name in values
            }
        )


def _clean(one: Field, name: str, values: Mapping[str, Any]) -> Any:
    if name not in values:
        raise ValueError(one.missing)
    return one.check(values[name])


def _described(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return schema | {"description": description} if description else schema


def name(limit: int, check: Callable[[Any], Any], description: str, required: bool = True) -> Field:
    """Return a one-line name of at most *limit* characters with something in it."""
    schema = {"type": "string", "maxLength": limit, "pattern": validation.VISIBLE.pattern}
    return Field(_described(schema, f"{description}: plain text, {SOMETHING}"), check, required)


def plain(limit: int, description: str) -> Field:
    """Return an optional one-line text (null or blank: none) of at most *limit* characters."""
    return Field(
        _described({"type": ["string", "null"], "maxLength": limit}, description),
        partial(validation.plain_text, limit=limit, required=False),
    )


def text(limit: int, description: str = "") -> Field:
    """Return a required Markdown text of at most *limit* characters with something in it."""
    schema = {"type": "string", "maxLength": limit, "pattern": validation.VISIBLE.pattern}
    description = description or f"Markdown, {SOMETHING}"
    check = partial(validation.comment_text, limit=limit)
    return Field(_described(schema, description), check, True)


def website() -> Field:
    """Return an http(s) address field (null or blank: none)."""
    schema = {
        "type": ["string", "null"],
        "maxLength": validation.MAX_WEBSITE,
        "pattern": validation.WEBSITE.pattern,
    }
    description = "an http or https address; null or blank: none"
    return Field(_described(schema, description), validation.website)


def email() -> Field:
    """Return an optional email address field (kept private)."""
    schema = {
        "type": ["string", "null"],
        "maxLength": validation.MAX_EMAIL,
        "pattern": validation.EMAIL.pattern,
    }
    description = "kept private, only hashed into the commenter key; null or blank: none"
    return Field(_described(schema, description), validation.email)


def notify() -> Field:
    """Return the optional reply-mail wish of a new comment (it needs an email)."""
    schema = {"type": ["string", "null"], "enum": [*validation.NOTIFY, "", None]}
    description = (
        "mail me replies to this comment: author (the author's) or anyone (every approved "
        "reply); ignored without an email; the first time, the address gets one mail to confirm"
    )
    return Field(_described(schema, description), validation.notify)


def required_email() -> Field:
    """Return a required email address field (an admin's `forget`)."""
    schema = {
        "type": "string",
        "maxLength": validation.MAX_EMAIL,
        "pattern": validation.REQUIRED_EMAIL.pattern,
    }
    return Field(_described(schema, "the address to forget"), validation.required_email, True)


READER = (
    "the reader token of POST /api/readers, signed by this server; one it did not sign is "
    "refused (422, field reader)"
)


def reader(required: bool = True, check: Callable[[Any], Any] | None = None) -> Field:
    """Return a reader token field (issued by POST /api/readers; *check* verifies its signature)."""
    schema = {
        "type": "string",
        "minLength": 16,
        "maxLength": 200,
        "pattern": validation.READER_TOKEN.pattern,
    }
    return Field(_described(schema, READER), check or validation.reader_token, required)


def comment_id(description: str) -> Field:
    """Return an optional comment id field (null: none)."""
    schema = {"type": ["integer", "null"], "minimum": 1, "maximum": validation.MAX_ID}
    return Field(_described(schema, description), validation.optional_id)


def thread_id(description: str) -> Field:
    """Return an optional thread id field (a post's comments_id or slug)."""
    schema = {"type": "string", "pattern": validation.THREAD_ID.pattern}
    return Field(_described(schema, description), validation.thread_id)


def whole_number(low: int, high: int, description: str = "") -> Field:
    """Return a required whole number from *low* to *high* (2.0 is 2, as JSON Schema says)."""
    schema = {"type": "integer", "minimum": low, "maximum": high}
    check = partial(validation.whole_number, low=low, high=high)
    return Field(_described(schema, description), check, True)


def honeypot() -> Field:
    """Return the honeypot field: a robot fills it, a person never sees it."""
    schema = {"type": ["string", "null"], "maxLength": 0, "description": "leave empty"}
    return Field(schema, validation.empty)


def nonempty(
    description: str, check: Callable[[Any], Any] | None = None, missing: str = ""
) -> Field:
    """Return a required string that is not empty (a token, a password) that *check* verifies."""
    schema = {"type": "string", "minLength": 1, "description": description}
    return Field(schema, check or validation.nonempty, True, missing or "is required")
