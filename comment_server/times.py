"""Times as the server keeps them (naive UTC, to the second) and writes them (ISO 8601, Z)."""

import math
from datetime import UTC, datetime


def utc_now() -> datetime:
    """Return the current time as a naive UTC datetime to the second."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def to_stored(moment: datetime) -> datetime:
    """Return *moment* (aware, or naive meaning UTC) as a naive UTC datetime to the second."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0)


def iso(moment: datetime | None) -> str | None:
    """Return a stored time as `2026-01-02T10:00:00Z` (None stays None)."""
    return None if moment is None else moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def how_long(seconds: int) -> str:
    """Return a wait of *seconds* as a reader says it, never shorter: `45 seconds`, `3 minutes`."""
    minutes, hours = math.ceil(seconds / 60), math.ceil(seconds / 3600)
    if seconds in (60, 3600):
        count, unit = (1, "minute") if seconds == 60 else (1, "hour")
    elif seconds < 120:
        count, unit = seconds, "second"
    elif minutes < 120:
        count, unit = minutes, "minute"
    else:
        count, unit = hours, "hour"
    return f"{count} {unit}{'' if count == 1 else 's'}"
