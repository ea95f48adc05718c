"""The path and query parameters the server checks, each said once (see fields.py): the handlers
check with these, the OpenAPI document describes them."""

import re
from typing import Any

from comment_server import validation
from comment_server.fields import Field, Fields, reader
from comment_server.store.store import STATUSES
from comment_server.times import iso, to_stored

MAX_LIST = 500

THREAD = Field(
    {
        "type": "string",
        "pattern": validation.THREAD_ID.pattern,
        "description": "thread id: a post's comments_id or slug",
    },
    validation.thread_id,
    True,
)
COMMENT_ID = Field(
    {"type": "integer", "minimum": 1, "maximum": validation.MAX_ID, "description": "comment id"},
    lambda value: validation.whole_number(value, 1, validation.MAX_ID),
    True,
)
COMMENTER = Field(
    {
        "type": "string",
        "pattern": validation.COMMENTER_KEY.pattern,
        "description": "commenter key",
    },
    validation.commenter_key,
    True,
)


def since(value: Any) -> str:
    """Return a `since` time as the server writes times (`2026-01-02T10:00:00Z`, UTC)."""
    return iso(to_stored(validation.time(value)))


def status(value: Any) -> str:
    """Return a comment status (pending, approved, rejected, spam)."""
    if value not in STATUSES:
        raise ValueError(f"must be one of {', '.join(STATUSES)}")
    return value


def unanswered(value: Any) -> bool:
    """Return whether `unanswered` asks for the approved comments the author has not answered."""
    if value not in ("0", "1"):
        raise ValueError("must be 0 or 1")
    return value == "1"


def limit(value: Any) -> int:
    """Return a `limit` of a query (the digits of a whole number from 1 to 500)."""
    if not isinstance(value, str) or not re.fullmatch("[0-9]{1,9}", value):
        raise ValueError(f"must be a whole number from 1 to {MAX_LIST}")
    return validation.whole_number(int(value), 1, MAX_LIST)


COMMENTS_QUERY = Fields(
    {
        "since": Field(
            {
                "type": "string",
                "format": "date-time",
                "pattern": validation.TIME.pattern,
                "description": "only comments updated at or after this time",
                "example": "2026-01-02T10:00:00Z",
            },
            since,
        )
    }
)
STARS_QUERY = Fields({"reader": reader(required=False)})
INBOX_QUERY = Fields(
    {
        "status": Field(
            {"type": "string", "enum": list(STATUSES), "default": "pending"},
            status,
        ),
        "unanswered": Field(
            {
                "type": "string",
                "enum": ["0", "1"],
                "default": "0",
                "description": "1: the approved comments the author has not answered (any status)",
            },
            unanswered,
        ),
        "limit": Field(
            {"type": "integer", "minimum": 1, "maximum": MAX_LIST, "default": MAX_LIST},
            limit,
        ),
    }
)
