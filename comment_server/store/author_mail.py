"""The author's mail about new comments: queued in the outbox, in the transaction that stores the
comment (or sends an edited one back to moderation), and sent by the reply mail's sender.

The author's address is a row of `mail_addresses` of its own (its digest is keyed apart from a
reader's, so the author's mail never shares a batch with reply mail to the same address), confirmed
from the start: the setting COMMENT_SERVER_AUTHOR_EMAIL is the author's opt-in. A comment whose
reader may be at risk is queued as `author-crisis`, due at once whatever the batch wait; spam is
not queued at all.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, delete, or_, select, update

from comment_server.store.rows import queue_mail, upsert
from comment_server.store.schema import comments, mail_addresses, mail_outbox

ORDINARY = "author"
CRISIS = "author-crisis"
KINDS = (CRISIS, ORDINARY)


@dataclass(frozen=True)
class AuthorAddress:
    """Where the author's mail goes: the address, its keyed digest, the author's commenter key."""

    email: str
    digest: str
    commenter: str


def queue_author_mail(
    connection: Connection,
    author: AuthorAddress,
    comment_id: int,
    crisis: bool,
    now: datetime,
    batch: int,
    again: bool = False,
) -> bool:
    """Queue the author's mail about the comment *comment_id*; return whether one was queued.

    Nothing for spam (its tone, or its status) nor for the author's own replies. A crisis is due
    now; any other comment waits *batch* seconds after the author's last mail, so comments arriving
    together go out in one digest. *again*: an edit sent it back to moderation, and the mail sent
    about it before is no reason to send none now.
    """
    if not _worth_a_mail(connection, comment_id):
        return False
    address_id, last_mailed = _author_address(connection, author, now)
    if again:
        _forget_sent(connection, address_id, comment_id)
    waits = not crisis and last_mailed is not None
    due = max(now, last_mailed + timedelta(seconds=batch)) if waits else now
    return queue_mail(connection, CRISIS if crisis else ORDINARY, address_id, comment_id, now, due)


def _forget_sent(connection: Connection, address_id: int, comment_id: int) -> None:
    """Delete the author's settled mail rows about a comment (one mail per event, not per
    comment: the outbox keeps one row per kind, address and comment)."""
    connection.execute(
        delete(mail_outbox).where(
            mail_outbox.c.address_id == address_id,
            mail_outbox.c.comment_id == comment_id,
            mail_outbox.c.kind.in_(KINDS),
            or_(mail_outbox.c.sent.is_not(None), mail_outbox.c.failed.is_not(None)),
        )
    )


def _worth_a_mail(connection: Connection, comment_id: int) -> bool:
    """Return whether the comment is one the author hears of: a reader's, and not spam."""
    row = connection.execute(
        select(comments.c.status, comments.c.tone, comments.c.by_author).where(
            comments.c.id == comment_id
        )
    ).first()
    return row is not None and not row.by_author and "spam" not in (row.status, row.tone)


def _author_address(
    connection: Connection, author: AuthorAddress, now: datetime
) -> tuple[int, datetime | None]:
    """Return the id and last mail time of the author's address row, made (confirmed) if new."""
    connection.execute(
        upsert(connection, mail_addresses)
        .values(
            digest=author.digest,
            email=author.email,
            commenter=author.commenter,
            confirmed=now,
            created=now,
        )
        .on_conflict_do_nothing()
    )
    row = connection.execute(
        select(mail_addresses.c.id, mail_addresses.c.email, mail_addresses.c.last_mailed).where(
            mail_addresses.c.digest == author.digest
        )
    ).one()
    if row.email != author.email:  # forgotten by a stop link: the setting says otherwise
        connection.execute(
            update(mail_addresses)
            .where(mail_addresses.c.id == row.id)
            .values(email=author.email, confirmed=now, quiet_until=None)
        )
    return row.id, row.last_mailed
