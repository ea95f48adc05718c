"""The outbox's reads and writes for the sender (comment_server/mail/sender.py).

A *batch* is every mail waiting for one address: its confirmation, or the replies to it (several
replies in one mail), or, for the blog's author, the new comments (store/author_mail.py). On
PostgreSQL the sender claims a batch with `SELECT ... FOR UPDATE SKIP LOCKED` and holds those row
locks until its delivery is recorded, so several instances never send the same mail and a crashed
one releases its claim at once. SQLite has no row locks: one process sends (the sender holds a
lock file), and claims are plain reads, several batches in one.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, Select, and_, case, func, or_, select, update

from comment_server.store import author_mail
from comment_server.store.rows import ANSWERED
from comment_server.store.schema import comments, mail_addresses, mail_outbox, threads

MAX_ATTEMPTS = 8  # retry delays double from COMMENT_SERVER_SMTP_RETRY_SECONDS: 1 min .. 2 h
# What every mail says of a comment: which, whose, on which post, in what words.
_COMMENT_FACTS = (
    comments.c.id,
    comments.c.thread_id,
    comments.c.author,
    comments.c.markdown,
    threads.c.title.label("thread_title"),
)


@dataclass
class Batch:
    """The mail to send to one address, and the outbox rows it settles."""

    kind: str  # confirm, reply or author (store/author_mail.py)
    address_id: int
    email: str
    digest: str
    rows: list[int]
    attempts: int
    replies: list[dict[str, Any]] = field(default_factory=list)
    dropped: list[int] = field(default_factory=list)  # rows with nothing to send any more
    comments: list[dict[str, Any]] = field(default_factory=list)  # new comments, for the author


@dataclass
class Claim:
    """A claimed batch; on PostgreSQL, the open transaction holding its row locks."""

    batch: Batch
    connection: Connection | None = None


def _waiting(now: datetime | None = None):
    condition = and_(mail_outbox.c.sent.is_(None), mail_outbox.c.failed.is_(None))
    if now is not None:
        condition = and_(condition, mail_outbox.c.send_after <= now)
    sendable = or_(mail_outbox.c.kind == "confirm", mail_addresses.c.confirmed.is_not(None))
    return and_(condition, sendable, mail_addresses.c.email.is_not(None))


def due_addresses(connection: Connection, now: datetime, limit: int) -> list[int]:
    """Return the addresses with a mail due: the author's with a reader at risk first, then the
    oldest first."""
    crisis = func.max(case((mail_outbox.c.kind == author_mail.CRISIS, 1), else_=0))
    query = (
        select(mail_outbox.c.address_id)
        .join(mail_addresses, mail_addresses.c.id == mail_outbox.c.address_id)
        .where(_waiting(now))
        .group_by(mail_outbox.c.address_id)
        .order_by(crisis.desc(), func.min(mail_outbox.c.id))
        .limit(limit)
    )
    return list(connection.execute(query).scalars())


def load_batches(connection: Connection, address_ids: list[int], lock: bool) -> list[Batch]:
    """Return the batches of *address_ids* that still wait, in that order (locking their rows
    when *lock*)."""
    query = (
        select(
            mail_outbox.c.id,
            mail_outbox.c.address_id,
            mail_outbox.c.kind,
            mail_outbox.c.comment_id,
            mail_outbox.c.attempts,
            mail_addresses.c.email,
            mail_addresses.c.digest,
            mail_addresses.c.confirmed,
        )
        .join(mail_addresses, mail_addresses.c.id == mail_outbox.c.address_id)
        .where(mail_outbox.c.address_id.in_(address_ids), _waiting())
        .order_by(mail_outbox.c.id)
    )
    if lock:
        query = query.with_for_update(skip_locked=True, of=mail_outbox)
    rows_of: dict[int, list[Any]] = {}
    for row in connection.execute(query):
        rows_of.setdefault(row.address_id, []).append(row)
    batches = [_batch(rows_of[a]) for a in address_ids if a in rows_of]
    _add_replies(connection, [b for b in batches if b.kind == "reply"], rows_of)
    _add_comments(connection, [b for b in batches if b.kind == "author"], rows_of)
    return batches


def _batch(rows: list[Any]) -> Batch:
    """Return the batch of one address's waiting rows (replies still to be added)."""
    first = rows[0]
    kind = _family(first.kind) if first.confirmed is not None else "confirm"
    attempts = max(r.attempts for r in rows)
    batch = Batch(kind, first.address_id, first.email, first.digest, [], attempts)
    for row in rows:
        (batch.rows if _family(row.kind) == kind else batch.dropped).append(row.id)
    return batch


def _family(kind: str) -> str:
    """Return the kind of batch an outbox row of *kind* goes in (a crisis goes in the author's)."""
    return "author" if kind in author_mail.KINDS else kind


def _add_comments(
    connection: Connection, batches: list[Batch], rows_of: dict[int, list[Any]]
) -> None:
    """Give each author's batch its new comments, crises first; one deleted or marked as spam
    since is dropped."""
    wanted = {
        row.id: (row.comment_id, row.kind == author_mail.CRISIS)
        for batch in batches
        for row in rows_of[batch.address_id]
        if row.id in batch.rows
    }
    if not wanted:
        return
    found = _by_id(
        connection,
        select(*_COMMENT_FACTS, comments.c.status, comments.c.tone, comments.c.before_edit)
        .join(threads, threads.c.id == comments.c.thread_id)
        .where(
            comments.c.id.in_({comment_id for comment_id, _ in wanted.values()}),
            comments.c.status != "spam",
        ),
    )

    def comment_of(row_id: int) -> dict[str, Any] | None:
        """Return the comment of outbox row *row_id*, marked crisis or not; None if it is gone."""
        comment_id, crisis = wanted[row_id]
        return {**found[comment_id], "crisis": crisis} if comment_id in found else None

    for batch in batches:
        batch.comments.extend(_found_for_rows(batch, comment_of))
        batch.comments.sort(key=lambda comment: not comment["crisis"])  # stable: oldest first


def _add_replies(
    connection: Connection, batches: list[Batch], rows_of: dict[int, list[Any]]
) -> None:
    """Give each of *batches* the facts of its replies; a reply no longer approved is dropped."""
    wanted = {
        row.id: row.comment_id
        for batch in batches
        for row in rows_of[batch.address_id]
        if row.kind == batch.kind
    }
    if not wanted:
        return
    answered = comments.alias("answered")
    found = _by_id(
        connection,
        select(
            *_COMMENT_FACTS,
            comments.c.html,
            comments.c.by_author,
            answered.c.markdown.label("answered_markdown"),
        )
        .join(answered, answered.c.id == ANSWERED)
        .join(threads, threads.c.id == comments.c.thread_id)
        .where(comments.c.id.in_(set(wanted.values())), comments.c.status == "approved"),
    )
    for batch in batches:
        batch.replies.extend(_found_for_rows(batch, lambda row_id: found.get(wanted[row_id])))


def _by_id(connection: Connection, query: Select) -> dict[int, dict[str, Any]]:
    """Return the comments *query* selects, each by its id."""
    return {row["id"]: dict(row) for row in connection.execute(query).mappings()}


def _found_for_rows(
    batch: Batch, found_for: Callable[[int], dict[str, Any] | None]
) -> list[dict[str, Any]]:
    """Return what *found_for* finds for each of the batch's rows, in order; a row it finds
    nothing for (its comment deleted, marked as spam or no longer approved) is dropped."""
    kept = []
    for row_id in list(batch.rows):
        found = found_for(row_id)
        if found is None:
            batch.rows.remove(row_id)
            batch.dropped.append(row_id)
        else:
            kept.append(found)
    return kept


def record_sent(connection: Connection, batch: Batch, now: datetime) -> None:
    """Mark the batch delivered (and its dropped rows settled)."""
    _settle(connection, batch.rows, sent=now, error=None)
    _settle(connection, batch.dropped, sent=now, error="nothing to send any more")
    if batch.kind in ("reply", "author") and batch.rows:
        connection.execute(
            update(mail_addresses)
            .where(mail_addresses.c.id == batch.address_id)
            .values(last_mailed=now)
        )


def record_retry(
    connection: Connection, batch: Batch, now: datetime, error: str, retry_seconds: int
) -> bool:
    """Count a failed attempt and schedule the next one; return False when giving up."""
    attempts = batch.attempts + 1
    if attempts >= MAX_ATTEMPTS:
        record_failed(connection, batch, now, f"{error} (gave up after {attempts} attempts)")
        return False
    delay = timedelta(seconds=retry_seconds * 2 ** (attempts - 1))
    connection.execute(
        update(mail_outbox)
        .where(mail_outbox.c.id.in_(batch.rows))
        .values(attempts=attempts, send_after=now + delay, error=error)
    )
    return True


def record_failed(connection: Connection, batch: Batch, now: datetime, error: str) -> None:
    """Mark the batch refused for good (kept, with the reason)."""
    _settle(connection, batch.rows, failed=now, error=error)
    _settle(connection, batch.dropped, sent=now, error="nothing to send any more")


def _settle(connection: Connection, ids: list[int], **values: Any) -> None:
    if ids:
        connection.execute(update(mail_outbox).where(mail_outbox.c.id.in_(ids)).values(**values))


def claim_due(engine: Engine, now: datetime, limit: int) -> list[Claim]:
    """Claim the batches due now, oldest first: up to *limit* of them in one read on SQLite (one
    process sends); on PostgreSQL the first one no other instance holds, locked in an open
    transaction (its locks last until its delivery is recorded, so one batch at a time)."""
    if engine.dialect.name != "postgresql":
        with engine.connect() as connection:
            due = due_addresses(connection, now, limit)
            batches = load_batches(connection, due, lock=False) if due else []
        return [Claim(batch) for batch in batches]
    with engine.connect() as connection:
        due = due_addresses(connection, now, limit)
    for address_id in due:
        claimed = _claim_locked(engine, address_id)
        if claimed is not None:
            return [claimed]
    return []


def _claim_locked(engine: Engine, address_id: int) -> Claim | None:
    """Claim the batch of *address_id* in an open transaction holding its row locks."""
    connection = engine.connect()
    try:
        connection.begin()
        batches = load_batches(connection, [address_id], lock=True)
    except BaseException:
        connection.close()
        raise
    if not batches:
        connection.close()
        return None
    return Claim(batches[0], connection)
