"""The tone of the comments stored without one, read once by the export and kept.

A comment gets its tone (reply_drafts.tone's label, `comments.tone`) at the door when moderation is
on (the reading that decides whether it waits) or from Goldstar's own export when imported. Any
other (moderation off, the author's reply, another system's import, a row older than the column, an
edit with moderation off) is read here by the next export of its thread, before the export reads
the rows, and stored: the export carries every comment's tone (version 2), and the build reads none.
So is whether it is guarded (`comments.guarded`, reply_drafts.tone.Tone.guarded: words a reader at
risk may write, read as another tone), which the export carries from version 3: a comment stored
with a tone but not that (before migration 0008, or imported from an export of version 2) is read
once more, and keeps the tone it had.
"""

import json
from collections.abc import Collection
from typing import Any

from sqlalchemy import Connection, bindparam, func, or_, select, update

from comment_server.store.reads import site_facts
from comment_server.store.schema import comments

_MISSING = select(
    comments.c.id, comments.c.markdown, comments.c.author, comments.c.website, comments.c.thread_id
).where(
    or_(comments.c.tone.is_(None), comments.c.guarded.is_(None)), comments.c.status == "approved"
)
MANY_THREADS = 500
# Kept only if the text is still the one read: an edit meanwhile has its own tone to be read.
_KEEP = (
    update(comments)
    .where(
        comments.c.id == bindparam("row_id"),
        or_(comments.c.tone.is_(None), comments.c.guarded.is_(None)),
        comments.c.markdown == bindparam("text"),
    )
    # A tone read at the door (with what it knew then) stays; only a missing one is filled in.
    .values(
        tone=func.coalesce(comments.c.tone, bindparam("label")), guarded=bindparam("is_guarded")
    )
)


def missing_tones(connection: Connection, only: Collection[str] | None = None) -> list[dict]:
    """Return the tone of each approved comment (of the threads *only*; None: all) stored without
    one (or without its guarded reading), read now: {"row_id", "text", "label", "is_guarded"} each,
    for `keep_tones`."""
    # A long list of threads (the first export after an upgrade) reads them all: as many rows,
    # and no statement with more bound values than SQLite takes.
    query = _MISSING
    if only is not None and len(only) <= MANY_THREADS:
        query = _MISSING.where(comments.c.thread_id.in_(list(only)))
    rows = connection.execute(query).all()
    if not rows:
        return []
    # Imported at first use: its word lists take 0.1 s to compile, and most exports need none.
    from comment_server.tone_check import check_tone

    support = support_threads(connection)
    found = []
    for row in rows:
        read = check_tone(row.markdown, row.author, row.website, row.thread_id in support)
        found.append(
            {"row_id": row.id, "text": row.markdown, "label": read.tone, "is_guarded": read.guarded}
        )
    return found


def support_threads(connection: Connection) -> frozenset[str]:
    """Return the threads the build facts last sent call support posts (none before any).

    On a support post comfort is the rule: read without it, "No need to reply. Just: soup
    counts." was exported as hostile on the demo's hard day.
    """
    from reply_drafts.site_facts import parse_site_facts

    stored = site_facts(connection)
    if stored is None:
        return frozenset()
    threads = parse_site_facts(json.loads(stored[1]), "the stored build facts").threads
    return frozenset(thread for thread, facts in threads.items() if facts.support)


def keep_tones(connection: Connection, tones: list[dict[str, Any]]) -> None:
    """Store the tones `missing_tones` read (in a write transaction)."""
    if tones:
        connection.execute(_KEEP, tones)
