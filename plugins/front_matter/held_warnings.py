"""Every file a kind of warning names, past Pelican's log limiter.

Pelican lets four warnings of one kind (one `limit_msg`) through, says the kind's "more …" line
in place of the fifth, and drops the rest: a blog with twelve posts whose `[ref]` footnotes no
plugin reads, or whose links lead to no file, learned where four were. The plugin's warnings are
limited here instead: four of a kind are said as written; the files (and lines) of the rest are
held, and said at the end of the build in one warning under the kind's "more …" line, a line
each, so none is left to find.
"""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)

# Warnings of one kind said in full before the rest are only listed (Pelican's limiter: four).
SAID_IN_FULL = 4
PREFIX = "front_matter: "


class HoldPastFour(logging.Filter):
    """A filter for the plugin's loggers, run before Pelican's limiter: it takes the kind off
    each warning of the plugin's that has one, lets four of a kind by, and holds where the
    others are."""

    def __init__(self) -> None:
        super().__init__()
        self.said: dict[str, set[str]] = {}
        self.held: dict[str, list[str]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        kind = record.__dict__.get("limit_msg")
        if not kind or record.levelno != logging.WARNING or not _ours(record):
            return True
        del record.__dict__["limit_msg"]  # Pelican's limiter would drop the fifth and after
        message = record.getMessage()
        said = self.said.setdefault(kind, set())
        if message in said or len(said) < SAID_IN_FULL:
            said.add(message)  # one said before is Pelican's to leave out, as it did
            return True
        where = _where(record)
        held = self.held.setdefault(kind, [])
        if where not in held:
            held.append(where)
        return False

    def say_held(self) -> None:
        """Warn, once for each kind, where the warnings held back were; start afresh."""
        held, self.held, self.said = self.held, {}, {}
        for kind, places in held.items():
            logger.warning(
                "%s (%d), each said as the ones above:\n%s",
                kind,
                len(places),
                "\n".join(f"  {place}" for place in places),
            )


HOLD = HoldPastFour()


def hold_past_four(package: str) -> None:
    """Put HOLD in front of Pelican's limiter on the loggers of *package*'s modules."""
    manager = logging.Logger.manager
    for name in list(manager.loggerDict):
        if name == package or name.startswith(package + "."):
            named = logging.getLogger(name)
            if HOLD not in named.filters:
                named.filters.insert(0, HOLD)


def say_held_warnings(*_) -> None:
    """At the end of a build, say where the warnings held back were."""
    HOLD.say_held()


def forget_held_warnings(*_) -> None:
    """As a build starts, forget what a build stopped midway held."""
    HOLD.said, HOLD.held = {}, {}


def _ours(record: logging.LogRecord) -> bool:
    return isinstance(record.msg, str) and record.msg.startswith(PREFIX)


def _where(record: logging.LogRecord) -> str:
    """Return the file (with its line, if the warning names one) a warning of the plugin's is
    about: its first argument, as each writes `front_matter: %s: …` (or `%s:%d: …`)."""
    args = record.args if isinstance(record.args, tuple) else ()
    if record.msg.startswith(PREFIX + "%s:%d:") and len(args) >= 2:
        return f"{args[0]}:{args[1]}"
    if record.msg.startswith(PREFIX + "%s:") and args:
        return str(args[0])
    message = record.getMessage().removeprefix(PREFIX)
    return message if len(message) <= 100 else message[:99] + "…"
