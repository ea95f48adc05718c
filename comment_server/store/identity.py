"""Who wrote a comment: a typed email is a claim, the browser's reader token is the proof.

A comment that gives an email is filed under that email's commenter key (its trust, its badges)
only when the browser that sent it (its server-issued reader token) has commented as that commenter
before, when nobody has used the email yet (the first browser to use it), or when an `EmailProof`
says this browser proved it holds the address (the double opt-in mail of issue 16 plugs in there).
Any other browser that types a known email is kept apart under a key of its own (the email and
the browser together): it starts untrusted, so its first comment waits for the author ("moderated
once"), it inherits no badges, and blocking it never blocks the email's owner. The author can say
"it is them" in the inbox (`join_claimed`), which files it, and that browser, under the email's key.

Blocking a commenter also refuses the browsers that commented as them, whatever email they type.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, bindparam, exists, select, update

from comment_server.store.errors import Conflict, Forbidden, NotFound
from comment_server.store.rows import bump, insert_or_skip, recount
from comment_server.store.schema import commenter_readers, commenters, comments

# Built once, as rows.py says why: every new comment that gives an email runs them.
_COMMENTED_AS = select(commenter_readers.c.reader).where(
    commenter_readers.c.commenter == bindparam("commenter_key"),
    commenter_readers.c.reader == bindparam("reader_key"),
)
_KNOWN = select(commenters.c.key).where(commenters.c.key == bindparam("commenter_key"))
_READER_BLOCKED = select(
    exists().where(
        commenters.c.key == commenter_readers.c.commenter,
        commenters.c.blocked,
        commenter_readers.c.reader == bindparam("reader_key"),
    )
)

# (connection, the email's commenter key, the reader's keyed hash) -> has this browser proved it
# holds that address? Called inside the comment's write transaction.
EmailProof = Callable[[Connection, str, str], bool]


def no_email_proof(connection: Connection, email_key: str, reader: str) -> bool:
    """Return False: no address is verified until a proof (double opt-in mail) is plugged in."""
    return False


@dataclass(frozen=True)
class Claim:
    """The keys a new comment may be filed under, made by the app from what it was sent."""

    reader: str  # the keyed hash of its reader token
    reader_key: str  # the commenter key of a browser without an email
    email_key: str | None = None  # the commenter key of the email it gives
    apart_key: str | None = None  # the key of that email typed in this browser, kept apart


def commenter_of(connection: Connection, claim: Claim, proof: EmailProof) -> tuple[str, str | None]:
    """Return the commenter key to file a comment under, and the email's key when kept apart."""
    if claim.email_key is None or claim.apart_key is None:
        return claim.reader_key, None
    if (
        commented_as(connection, claim.email_key, claim.reader)
        or not known(connection, claim.email_key)
        or proof(connection, claim.email_key, claim.reader)
    ):
        return claim.email_key, None
    return claim.apart_key, claim.email_key


def commented_as(connection: Connection, key: str, reader: str) -> bool:
    """Return whether the browser *reader* has commented as the commenter *key*."""
    found = connection.execute(_COMMENTED_AS, {"commenter_key": key, "reader_key": reader})
    return found.first() is not None


def known(connection: Connection, key: str) -> bool:
    """Return whether the commenter *key* exists (commented, was imported or blocked)."""
    return connection.execute(_KNOWN, {"commenter_key": key}).first() is not None


def link_reader(connection: Connection, key: str, reader: str | None, now: datetime) -> None:
    """Record that the browser *reader* commented as the commenter *key*."""
    if reader is None:
        return
    insert_or_skip(connection, commenter_readers, dict(commenter=key, reader=reader, created=now))


def check_reader_not_blocked(connection: Connection, reader: str | None) -> None:
    """Refuse a browser that commented as a commenter the author blocked."""
    if reader is None:
        return
    if connection.execute(_READER_BLOCKED, {"reader_key": reader}).scalar():
        raise Forbidden("Comments from this browser are not accepted.", "reader", code="blocked")


def join_claimed(connection: Connection, comment_id: int, now: datetime) -> str:
    """File a kept-apart comment's commenter, and their browsers, under the email's key; return
    that key. The author's "it is them", or a proof of the address, does this."""
    row = connection.execute(
        select(comments.c.commenter, comments.c.claimed_commenter).where(
            comments.c.id == comment_id
        )
    ).first()
    if row is None:
        raise NotFound(f"There is no comment {comment_id}.", "id")
    if row.claimed_commenter is None:
        raise Conflict(
            "This comment was not kept apart from another commenter: there is nothing to join.",
            "id",
            "was not kept apart",
        )
    apart, key = row.commenter, row.claimed_commenter
    found = connection.execute(
        select(comments.c.reader, comments.c.thread_id).where(comments.c.commenter == apart)
    ).all()
    for reader in {one.reader for one in found}:
        link_reader(connection, key, reader, now)
    connection.execute(
        update(comments)
        .where(comments.c.commenter == apart)
        .values(commenter=key, claimed_commenter=None)
    )
    recount(connection, [apart, key])
    for thread in sorted({one.thread_id for one in found}):
        bump(connection, thread)  # the thread's public commenter keys changed
    return key
