"""Reply mail's writes: subscribing (double opt-in), queueing a reply's mails, confirming,
unsubscribing and forgetting. Each takes a connection inside a write transaction, so what it
queues commits with the event that caused it (docs/comment-server.md, Reply notifications)."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, delete, select, update

from comment_server.store.rows import ANSWERED, queue_mail, upsert
from comment_server.store.schema import (
    commenters,
    comments,
    mail_addresses,
    mail_outbox,
    mail_subscriptions,
)

CONFIRM_AGAIN = timedelta(days=7)  # one confirmation mail per address per week, at most
QUIET = timedelta(days=30)  # after "stop all mail", no mail to that address's digest this long


@dataclass(frozen=True)
class Subscribe:
    """A commenter's wish to hear of replies to *comment_id* at *email*."""

    email: str
    digest: str
    commenter: str
    comment_id: int
    thread: str
    anyone: bool


def subscribe(connection: Connection, wish: Subscribe, now: datetime) -> None:
    """Record *wish*; queue one confirmation mail if the address has not confirmed (nor been
    sent one lately). An address quiet after unsubscribing gets nothing, silently."""
    row = _address_by_digest(connection, wish.digest)
    if row is not None and row.quiet_until is not None and row.quiet_until > now:
        return
    if row is None:
        connection.execute(
            upsert(connection, mail_addresses)
            .values(digest=wish.digest, email=wish.email, commenter=wish.commenter, created=now)
            .on_conflict_do_nothing()
        )
        row = _address_by_digest(connection, wish.digest)
    connection.execute(
        update(mail_addresses)
        .where(mail_addresses.c.id == row.id)
        .values(email=wish.email, quiet_until=None)
    )
    connection.execute(
        upsert(connection, mail_subscriptions)
        .values(
            address_id=row.id,
            comment_id=wish.comment_id,
            thread_id=wish.thread,
            anyone=wish.anyone,
            created=now,
        )
        .on_conflict_do_nothing()
    )
    recent = row.confirm_sent is not None and row.confirm_sent > now - CONFIRM_AGAIN
    if row.confirmed is None and not recent:
        connection.execute(
            mail_outbox.insert().values(
                kind="confirm", address_id=row.id, created=now, send_after=now, attempts=0
            )
        )
        connection.execute(
            update(mail_addresses).where(mail_addresses.c.id == row.id).values(confirm_sent=now)
        )


def queue_reply_mails(connection: Connection, reply_id: int, now: datetime, batch: int) -> int:
    """Queue a mail to each subscriber of the comment *reply_id* answers, if it is approved;
    return how many. A mail waits *batch* seconds after the last one to the same address, so
    replies arriving together go out in one mail."""
    reply = connection.execute(
        select(
            ANSWERED.label("answers"),
            comments.c.status,
            comments.c.by_author,
            comments.c.commenter,
        ).where(comments.c.id == reply_id)
    ).first()
    if reply is None or reply.status != "approved" or reply.answers is None:
        return 0
    subscribers = connection.execute(
        select(mail_addresses.c.id, mail_addresses.c.last_mailed, mail_subscriptions.c.anyone)
        .join(mail_addresses, mail_addresses.c.id == mail_subscriptions.c.address_id)
        .where(
            mail_subscriptions.c.comment_id == reply.answers,
            mail_addresses.c.email.is_not(None),
            mail_addresses.c.commenter != reply.commenter,  # not to oneself
        )
    ).all()
    queued = 0
    for subscriber in subscribers:
        if not (reply.by_author or subscriber.anyone):
            continue
        last = subscriber.last_mailed
        due = max(now, last + timedelta(seconds=batch)) if last else now
        queued += queue_mail(connection, "reply", subscriber.id, reply_id, now, due)
    return queued


def confirm(connection: Connection, address_id: int, digest: str, now: datetime) -> bool:
    """Confirm the address (its commenter becomes verified); return False if it is gone."""
    row = connection.execute(
        select(mail_addresses.c.commenter, mail_addresses.c.confirmed).where(
            mail_addresses.c.id == address_id,
            mail_addresses.c.digest == digest,
            mail_addresses.c.email.is_not(None),
        )
    ).first()
    if row is None:
        return False
    if row.confirmed is None:
        connection.execute(
            update(mail_addresses).where(mail_addresses.c.id == address_id).values(confirmed=now)
        )
        connection.execute(
            update(commenters)
            .where(commenters.c.key == row.commenter, commenters.c.verified.is_(None))
            .values(verified=now)
        )
    return True


def unsubscribe_thread(connection: Connection, address_id: int, thread: str) -> None:
    """Stop mail about *thread* to the address (and drop what is queued about it)."""
    replies = select(comments.c.id).where(comments.c.thread_id == thread).scalar_subquery()
    connection.execute(
        delete(mail_outbox).where(
            mail_outbox.c.address_id == address_id,
            mail_outbox.c.sent.is_(None),
            mail_outbox.c.failed.is_(None),
            mail_outbox.c.comment_id.in_(replies),
        )
    )
    connection.execute(
        delete(mail_subscriptions).where(
            mail_subscriptions.c.address_id == address_id,
            mail_subscriptions.c.thread_id == thread,
        )
    )


def unsubscribe_all(connection: Connection, address_id: int, now: datetime) -> None:
    """Stop all mail to the address and forget it: only its digest stays, quiet for a while."""
    row = connection.execute(
        select(mail_addresses.c.commenter).where(mail_addresses.c.id == address_id)
    ).first()
    if row is None:
        return
    connection.execute(delete(mail_outbox).where(mail_outbox.c.address_id == address_id))
    connection.execute(
        delete(mail_subscriptions).where(mail_subscriptions.c.address_id == address_id)
    )
    connection.execute(
        update(mail_addresses)
        .where(mail_addresses.c.id == address_id)
        .values(email=None, confirmed=None, confirm_sent=None, quiet_until=now + QUIET)
    )
    connection.execute(
        update(comments).where(comments.c.commenter == row.commenter).values(email=None)
    )


def forget(connection: Connection, digest: str, commenter: str, now: datetime) -> bool:
    """Remove an address everywhere (its comments' copies, subscriptions, queued mail); return
    whether anything held it."""
    held = connection.execute(
        update(comments)
        .where(comments.c.commenter == commenter, comments.c.email.is_not(None))
        .values(email=None)
    ).rowcount
    row = _address_by_digest(connection, digest)
    if row is not None:
        held += row.email is not None
        unsubscribe_all(connection, row.id, now)
    return bool(held)


def _address_by_digest(connection: Connection, digest: str):
    return connection.execute(
        select(
            mail_addresses.c.id,
            mail_addresses.c.email,
            mail_addresses.c.confirmed,
            mail_addresses.c.confirm_sent,
            mail_addresses.c.quiet_until,
        ).where(mail_addresses.c.digest == digest)
    ).first()
