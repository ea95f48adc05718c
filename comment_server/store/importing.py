"""Write imported threads (comment_server/importers/records.py) into the store.

Every source's text goes through the same cleaning as a reader's comment: names become plain text,
websites that are not http(s) are dropped, HTML is sanitized by nh3 (Markdown is rendered first).
A comment already imported into the same thread (same source id) is skipped, so importing twice is
harmless. Goldstar's own export keeps its ids, HTML, commenter keys, times and tones, so that
importing an export into an empty database and exporting again gives the same bytes. Any other
comment's tone is read by its first export (store/tones.py), not here, in the import's transaction.

An import of another system's comments is history: a comment written more than *waiting_days*
(WAITING_DAYS) before the import comes in not waiting for the author's thank-you (`thanks_due`
false), so `invoke thanks` and the inbox's "To thank" do not ask for replies to comments of 2013;
a recent one waits as a new comment does. Goldstar's own export keeps what its server said.
"""

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, select, text, update

from comment_contract import TONES
from comment_server import validation
from comment_server.importers.records import (
    MAX_IMPORTED_TEXT,
    WAITING_DAYS,
    ImportedComment,
    ImportedThread,
)
from comment_server.keys import Keys
from comment_server.render import render, sanitize
from comment_server.store.errors import ImportFailed
from comment_server.store.rows import bump, recount, upsert
from comment_server.store.schema import STATUSES, commenters, comments, threads
from comment_server.times import to_stored, utc_now

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportSummary:
    """What an import stored."""

    threads: int
    comments: int
    skipped: int


def import_threads(
    connection: Connection,
    keys: Keys,
    imported: list[ImportedThread],
    waiting_days: int = WAITING_DAYS,
) -> ImportSummary:
    """Store every thread of *imported*; raise ImportFailed naming the first unusable record.

    A comment written more than *waiting_days* ago does not wait for a thank-you, unless its
    source says it does (Goldstar's export).
    """
    now = utc_now()
    waits_since = now - timedelta(days=waiting_days)
    stored = skipped = 0
    for thread in imported:
        where = f"thread {thread.thread!r}"
        try:
            validation.thread_id(thread.thread)
        except ValueError as error:
            raise ImportFailed(f"{where}: the thread id {error}", "thread") from None
        _store_thread(connection, thread, now)
        new, old = _store_comments(connection, keys, thread, waits_since)
        stored, skipped = stored + new, skipped + old
        bump(connection, thread.thread)
    if connection.dialect.name == "postgresql":
        # Ids were given explicitly: move the sequence past them.
        connection.execute(
            text(
                "SELECT setval(pg_get_serial_sequence('comments', 'id'), "
                "(SELECT COALESCE(MAX(id), 0) + 1 FROM comments), false)"
            )
        )
    return ImportSummary(threads=len(imported), comments=stored, skipped=skipped)


def _store_thread(connection: Connection, thread: ImportedThread, now: datetime) -> None:
    title = _clip(thread.title, validation.MAX_TITLE)
    connection.execute(
        upsert(connection, threads)
        .values(id=thread.thread, title=title, imported_stars=0, version=0, created=now)
        .on_conflict_do_nothing()
    )
    row = connection.execute(
        select(threads.c.title, threads.c.imported_stars).where(threads.c.id == thread.thread)
    ).one()
    connection.execute(
        update(threads)
        .where(threads.c.id == thread.thread)
        .values(
            title=row.title or title,
            imported_stars=max(row.imported_stars, _non_negative(thread.stars)),
        )
    )


def _store_comments(
    connection: Connection, keys: Keys, thread: ImportedThread, waits_since: datetime
) -> tuple[int, int]:
    existing = dict(
        connection.execute(
            select(comments.c.source_id, comments.c.id).where(
                comments.c.thread_id == thread.thread, comments.c.source_id.is_not(None)
            )
        ).all()
    )
    ids: dict[str, int] = dict(existing)
    parents: list[tuple[int, ImportedComment]] = []
    stored = skipped = 0
    for comment in thread.comments:
        if comment.source_id in ids:
            skipped += 1
            continue
        values = _comment_values(connection, keys, thread.thread, comment)
        values["thanks_due"] = _thanks_due(comment, waits_since)
        ids[comment.source_id] = connection.execute(
            comments.insert().values(values).returning(comments.c.id)
        ).scalar_one()
        parents.append((ids[comment.source_id], comment))
        stored += 1
    for comment_id, comment in parents:
        _link_parent(connection, thread.thread, comment_id, comment, ids)
    commenter_keys = _thread_commenters(connection, thread.thread)
    for key in commenter_keys:
        connection.execute(
            upsert(connection, commenters)
            .values(key=key, trusted=False, blocked=False, approved_count=0, created=utc_now())
            .on_conflict_do_nothing()
        )
    recount(connection, commenter_keys)
    return stored, skipped


def _comment_values(
    connection: Connection, keys: Keys, thread: str, comment: ImportedComment
) -> dict:
    where = f"thread {thread!r}, comment {comment.source_id!r}"
    if comment.status not in STATUSES:
        raise ImportFailed(
            f"{where}: status {comment.status!r} is not one of {', '.join(STATUSES)}", "status"
        )
    try:
        markdown = validation.comment_text(comment.text or comment.html or "", MAX_IMPORTED_TEXT)
    except ValueError as error:
        raise ImportFailed(f"{where}: the text {error}", "text") from None
    author = _clip(comment.author, validation.MAX_AUTHOR) or "Anonymous"
    website = _lenient(lambda: validation.website(comment.website), None)
    email = _lenient(lambda: validation.email(comment.email), None)
    html = sanitize(comment.html) if comment.html is not None else render(markdown)
    created = to_stored(comment.created)
    edited = to_stored(comment.edited) if comment.edited else None
    values = {
        "thread_id": thread,
        "parent_id": None,
        "status": comment.status,
        "author": author,
        "website": website,
        "email": email,
        "markdown": markdown,
        "html": html,
        "commenter": _commenter(keys, comment, author, website, email),
        "address_hash": None,
        "created": created,
        "edited": edited,
        "updated": to_stored(comment.updated) if comment.updated else edited or created,
        "by_author": bool(comment.by_author),
        "gold_stars": _non_negative(comment.gold_stars),
        "imported_stars": _non_negative(comment.stars),
        "edit_secret": None,
        "source_id": comment.source_id[:200],
        "tone": comment.tone if comment.tone in TONES else None,  # else read at export
        "guarded": comment.guarded,  # None: read at export, with the tone
    }
    if comment.id is not None and _free_id(connection, comment.id):
        values["id"] = comment.id
    return values


def _thanks_due(comment: ImportedComment, waits_since: datetime) -> bool:
    """Return whether *comment* waits for the author's thank-you: as its source says, else
    whether it was written since *waits_since* (older ones are the imported blog's history)."""
    if comment.thanks_due is not None:
        return comment.thanks_due
    return to_stored(comment.created) >= waits_since


def _commenter(
    keys: Keys, comment: ImportedComment, author: str, website: str | None, email: str | None
) -> str:
    if comment.commenter and validation.COMMENTER_KEY.fullmatch(comment.commenter):
        return comment.commenter
    if comment.by_author:
        return keys.author()
    if email:
        return keys.commenter_from_email(email)
    return keys.commenter_from_name(author, website)


def _link_parent(
    connection: Connection, thread: str, comment_id: int, comment: ImportedComment, ids: dict
) -> None:
    # The comment it answers, when in the thread: a reply too deep to nest under it (or none).
    reply_to = ids.get(comment.reply_to_source_id) if comment.reply_to_source_id else None
    if reply_to is not None:
        connection.execute(
            update(comments).where(comments.c.id == comment_id).values(reply_to=reply_to)
        )
    if comment.parent_source_id is None:
        return
    parent = ids.get(comment.parent_source_id)
    if parent is None:
        logger.warning(
            "comment_server: import: thread %s: comment %s replies to %s, which is not in the "
            "thread; it is kept as a top-level comment",
            thread,
            comment.source_id,
            comment.parent_source_id,
        )
        return
    connection.execute(update(comments).where(comments.c.id == comment_id).values(parent_id=parent))


def _thread_commenters(connection: Connection, thread: str) -> set[str]:
    return set(
        connection.execute(
            select(comments.c.commenter).where(comments.c.thread_id == thread).distinct()
        ).scalars()
    )


def _free_id(connection: Connection, comment_id: int) -> bool:
    if isinstance(comment_id, bool) or not 0 < comment_id < 2**31:
        return False
    taken = connection.execute(select(comments.c.id).where(comments.c.id == comment_id)).first()
    return taken is None


def _clip(value: str | None, limit: int) -> str | None:
    """Return *value* as plain text cut to *limit* characters (never refused for length)."""
    try:
        text = validation.plain_text(value, 1_000_000, required=False)
    except ValueError:
        return None
    return text[:limit].rstrip() if text else None


def _lenient(check, fallback):
    try:
        return check()
    except ValueError:
        return fallback


def _non_negative(value: int) -> int:
    return max(0, int(value or 0))
