"""Changes: what readers and the author do. Each takes a connection inside a write transaction."""

import hmac
import json
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select, update
from sqlalchemy.engine import RowMapping

from comment_contract import MAX_REPLY_DEPTH
from comment_server.edits import adds_link, is_typo_fix
from comment_server.store.errors import Forbidden, NotFound
from comment_server.store.identity import (
    Claim,
    EmailProof,
    check_reader_not_blocked,
    commenter_of,
    link_reader,
    no_email_proof,
)
from comment_server.store.once import spend_form_token
from comment_server.store.reads import POST, comment_row, star_count
from comment_server.store.rows import bump, insert_or_skip, recount
from comment_server.store.schema import (
    commenters,
    comments,
    mail_subscriptions,
    site_facts,
    stars,
    threads,
)

# Built once (see rows.py): the statements every new comment runs.
_INSERT_COMMENT = comments.insert().returning(*comments.c)
_STANDING = select(commenters.c.trusted, commenters.c.blocked).where(
    commenters.c.key == bindparam("commenter_key")
)
_TITLE = (
    update(threads)
    .where(threads.c.id == bindparam("thread_key"), threads.c.title.is_(None))
    .values(title=bindparam("new_title"))
)


@dataclass(frozen=True)
class NewComment:
    """A validated comment to store; the store decides its status."""

    thread: str
    title: str | None
    parent: int | None
    author: str
    website: str | None
    email: str | None
    markdown: str
    html: str
    commenter: str
    address_hash: str | None
    edit_secret: str | None
    moderation: bool = True
    by_author: bool = False
    reply_template: str | None = None
    held: bool = False  # the author reads it first even from a trusted commenter (its tone)
    form_token: str | None = None  # the hash of the form token it spends (None: none to spend)
    reply_to: int | None = None  # the comment it answers, when too deep to hang from it
    reader: str | None = None  # the keyed hash of the reader token that sent it
    claim: Claim | None = None  # a reader's comment: the keys it may be filed under
    claimed_commenter: str | None = None  # kept apart from this commenter (store/identity.py)
    notify: str | None = None  # reply mail wanted: "author" (the author's replies) or "anyone"
    tone: str | None = None  # what reply_drafts.tone reads in it (comment_contract.TONES)
    guarded: bool | None = None  # words a reader at risk may write (Tone.guarded; None: unread)
    crisis: bool = False  # the tone reader says its commenter may be at risk (the author's mail)


@dataclass(frozen=True)
class Starred:
    """What a star (or unstar) left: the item's count, and the thread's version after the write
    (None when it changed nothing: a second star by the same reader)."""

    count: int
    version: int | None


@dataclass(frozen=True)
class Edit:
    """A validated edit of a comment by its commenter; author None keeps the name."""

    comment_id: int
    edit_secret: str
    markdown: str
    html: str
    window: int
    author: str | None = None
    website: str | None = None
    change_website: bool = False
    held: bool = False  # an approved comment goes back to the queue (its new tone)
    moderation: bool = True  # off: nothing goes back to the queue (the operator's choice)
    tone: str | None = None  # what reply_drafts.tone reads in the new text
    guarded: bool | None = None  # words a reader at risk may write (Tone.guarded; None: unread)
    crisis: bool = False  # the tone reader says its commenter may be at risk (the author's mail)


def insert_comment(
    connection: Connection, new: NewComment, status: str, now: datetime
) -> dict[str, Any]:
    """Insert a comment row and return it."""
    return dict(
        connection.execute(
            _INSERT_COMMENT,
            dict(
                thread_id=new.thread,
                parent_id=new.parent,
                status=status,
                author=new.author,
                website=new.website,
                email=new.email,
                markdown=new.markdown,
                html=new.html,
                commenter=new.commenter,
                address_hash=new.address_hash,
                created=now,
                edited=None,
                updated=now,
                by_author=new.by_author,
                gold_stars=0,
                imported_stars=0,
                edit_secret=new.edit_secret,
                reply_template=new.reply_template,
                reply_to=new.reply_to,
                reader=new.reader,
                claimed_commenter=new.claimed_commenter,
                tone=new.tone,
                guarded=new.guarded,
            ),
        )
        .mappings()
        .one()
    )


def create_comment(
    connection: Connection, new: NewComment, now: datetime, proof: EmailProof = no_email_proof
) -> dict[str, Any]:
    """Store a reader's comment, approved when moderation is off or the commenter is trusted
    (who the commenter is: store/identity.py); return its row and its star count (none yet), what
    its commenter is shown."""
    if new.form_token is not None:
        spend_form_token(connection, new.form_token, now)
    if new.claim is not None:
        check_reader_not_blocked(connection, new.reader)
        commenter, claimed = commenter_of(connection, new.claim, proof)
        new = replace(new, commenter=commenter, claimed_commenter=claimed)
    trusted = commenter_standing(connection, new.commenter, now)
    if new.parent is not None:
        check_parent(connection, new.thread, new.parent)
        hang_from = capped_parent(connection, new.thread, new.parent)
        if hang_from != new.parent:
            new = replace(new, parent=hang_from, reply_to=new.parent)
    ensure_thread(connection, new.thread, new.title, now)
    # With moderation off (the operator's choice) nothing waits, whatever its tone.
    status = "approved" if not new.moderation or (trusted and not new.held) else "pending"
    row = insert_comment(connection, new, status, now)
    link_reader(connection, new.commenter, new.reader, now)
    if status == "approved":
        recount(connection, [new.commenter])
    bump(connection, new.thread)
    return {**row, "stars": 0}


def edit_comment(connection: Connection, edit: Edit, now: datetime) -> bool:
    """Change a comment's text (and name, website) for its commenter, within the edit window;
    return whether it went back to moderation."""
    row = comment_row(connection, edit.comment_id)
    if not row["edit_secret"] or not hmac.compare_digest(row["edit_secret"], edit.edit_secret):
        raise Forbidden("This edit token is not for this comment.", "edit_token")
    if now > row["created"] + timedelta(seconds=edit.window):
        raise Forbidden(
            "The edit window of this comment has closed.", "edit_token", code="edit_closed"
        )
    if row["status"] not in ("pending", "approved"):
        raise Forbidden("This comment can no longer be edited.", "edit_token")
    commenter_standing(connection, row["commenter"], now)  # a blocked commenter edits nothing
    values: dict[str, Any] = {"markdown": edit.markdown, "html": edit.html}
    values.update(edited=now, updated=now, tone=edit.tone, guarded=edit.guarded)
    if edit.author is not None:
        values["author"] = edit.author
    if edit.change_website:
        values["website"] = edit.website
    requeue = row["status"] == "approved" and edit.moderation
    requeue = requeue and (edit.held or not minor_edit(row, edit))
    if requeue:  # the inbox shows the author what changed since the approved version
        before = {"text": row["markdown"], "author": row["author"], "website": row["website"]}
        values["before_edit"] = json.dumps(before, ensure_ascii=False)
    connection.execute(update(comments).where(comments.c.id == row["id"]).values(values))
    if requeue:
        change_status(connection, row, "pending", now)
    bump(connection, row["thread_id"])
    return requeue


def delete_own_comment(
    connection: Connection, comment_id: int, edit_secret: str, window: int, now: datetime
) -> str | None:
    """Delete a comment for its commenter within the edit window, as the author deletes one;
    return its thread (None: it is already gone)."""
    try:
        row = comment_row(connection, comment_id)
    except NotFound:
        return None
    if not row["edit_secret"] or not hmac.compare_digest(row["edit_secret"], edit_secret):
        raise Forbidden("This edit token is not for this comment.", "edit_token")
    if now > row["created"] + timedelta(seconds=window):
        raise Forbidden(
            "The edit window of this comment has closed.", "edit_token", code="edit_closed"
        )
    if row["status"] not in ("pending", "approved"):
        raise Forbidden("This comment can no longer be deleted.", "edit_token")
    return delete_comment(connection, comment_id)


def minor_edit(row: RowMapping, edit: Edit) -> bool:
    """Return whether *edit* only fixes typos of the comment *row*: no new link, same name and
    website (edits.py says what a typo fix is)."""
    return (
        is_typo_fix(row["markdown"], edit.markdown)
        and not adds_link((row["markdown"], row["html"]), (edit.markdown, edit.html))
        and edit.author in (None, row["author"])
        and (not edit.change_website or edit.website == row["website"])
    )


def set_star(
    connection: Connection, thread: str, comment_id: int | None, reader: str, on: bool, now
) -> Starred:
    """Star (or unstar) the post or one of its approved comments for *reader*."""
    target = POST if comment_id is None else comment_id
    if comment_id is not None:
        check_starrable(connection, thread, comment_id)
    # RETURNING, not rowcount: psycopg reports -1 for an INSERT that did nothing on conflict.
    if on:
        ensure_thread(connection, thread, None, now)  # taking a star back opens no thread
        star = dict(thread_id=thread, comment_id=target, reader=reader, created=now)
        changed = insert_or_skip(connection, stars, star, returning="id")
    else:
        changed = connection.execute(
            delete(stars)
            .where(
                stars.c.thread_id == thread, stars.c.comment_id == target, stars.c.reader == reader
            )
            .returning(stars.c.id)
        )
    version = None
    if changed.first() is not None:
        version = bump(connection, thread)
    return Starred(star_count(connection, thread, target), version)


def change_status(connection: Connection, row: RowMapping, status: str, now: datetime) -> None:
    """Move a comment to *status*; approving sets `updated` (readers see it appear)."""
    values: dict[str, Any] = {"status": status}
    if status == "approved":
        values.update(updated=now, before_edit=None)
    connection.execute(update(comments).where(comments.c.id == row["id"]).values(values))
    recount(connection, [row["commenter"]])
    bump(connection, row["thread_id"])


def add_gold_stars(connection: Connection, comment_id: int, count: int, now: datetime) -> None:
    """Award *count* more gold stars to a comment."""
    row = comment_row(connection, comment_id)
    connection.execute(
        update(comments)
        .where(comments.c.id == comment_id)
        .values(gold_stars=comments.c.gold_stars + count, updated=now)
    )
    bump(connection, row["thread_id"])


def delete_comment(connection: Connection, comment_id: int) -> str | None:
    """Delete a comment, its stars and the mail subscriptions to its replies, re-attaching its
    replies to its parent (and forgetting that any reply answered it); return its thread."""
    row = connection.execute(
        select(comments.c.thread_id, comments.c.parent_id, comments.c.commenter).where(
            comments.c.id == comment_id
        )
    ).first()
    if row is None:
        return None
    connection.execute(
        update(comments).where(comments.c.parent_id == comment_id).values(parent_id=row.parent_id)
    )
    # A reply that answered it answers nobody still shown: no "in reply to" a missing comment.
    connection.execute(
        update(comments).where(comments.c.reply_to == comment_id).values(reply_to=None)
    )
    connection.execute(
        delete(stars).where(stars.c.thread_id == row.thread_id, stars.c.comment_id == comment_id)
    )
    # Nobody can answer it now: a wish to hear of its replies would only keep the address linked.
    connection.execute(
        delete(mail_subscriptions).where(mail_subscriptions.c.comment_id == comment_id)
    )
    connection.execute(delete(comments).where(comments.c.id == comment_id))
    recount(connection, [row.commenter])
    bump(connection, row.thread_id)
    return row.thread_id


def block_commenter(connection: Connection, key: str, now: datetime) -> int:
    """Refuse the commenter's later comments, mark their pending ones as spam; return how many."""
    ensure_commenter(connection, key, now)
    connection.execute(
        update(commenters).where(commenters.c.key == key).values(blocked=True, trusted=False)
    )
    return connection.execute(
        update(comments)
        .where(comments.c.commenter == key, comments.c.status == "pending")
        .values(status="spam")
    ).rowcount


def unblock_commenter(connection: Connection, key: str) -> None:
    """Let a blocked commenter comment again (moderated: trust is earned again by approval).

    The comments their block turned into spam stay spam; the author can approve any of them.
    """
    connection.execute(update(commenters).where(commenters.c.key == key).values(blocked=False))
    recount(connection, [key])


def ensure_thread(connection: Connection, thread: str, title: str | None, now: datetime) -> None:
    """Create the thread row if it is missing; give it *title* if it has none yet."""
    row = dict(id=thread, title=title, imported_stars=0, version=0, created=now)
    insert_or_skip(connection, threads, row)
    if title:
        connection.execute(_TITLE, {"thread_key": thread, "new_title": title})


def ensure_commenter(connection: Connection, key: str, now: datetime) -> bool:
    """Create the commenter row if it is missing; return whether it was."""
    row = dict(key=key, trusted=False, blocked=False, approved_count=0, created=now)
    return insert_or_skip(connection, commenters, row, "key").first() is not None


def commenter_standing(connection: Connection, key: str, now: datetime) -> bool:
    """Return whether the commenter is trusted; refuse a blocked one."""
    if ensure_commenter(connection, key, now):
        return False  # a new commenter: neither trusted nor blocked, nothing to read back
    row = connection.execute(_STANDING, {"commenter_key": key}).one()
    if row.blocked:
        raise Forbidden("Comments from this commenter are not accepted.", "email", code="blocked")
    return bool(row.trusted)


def check_parent(connection: Connection, thread: str, parent: int) -> None:
    """Refuse a reply to anything but an approved comment of the same thread."""
    row = connection.execute(
        select(comments.c.thread_id, comments.c.status).where(comments.c.id == parent)
    ).first()
    if row is None or row.thread_id != thread or row.status != "approved":
        raise NotFound(
            "The comment you reply to is not a visible comment of this thread.",
            "parent",
            f"there is no approved comment {parent} in this thread",
        )


def capped_parent(connection: Connection, thread: str, parent: int) -> int:
    """Return the comment a reply to *parent* hangs from: *parent*, unless that would nest it more
    than MAX_REPLY_DEPTH levels below a top-level comment; then *parent*'s ancestor at the last
    level that nests, under which the build and the embed list every deeper reply.

    So no chain of replies, however long, grows deeper than the pages show (issue 14, item 1).
    """
    parent_of = dict(
        connection.execute(
            select(comments.c.id, comments.c.parent_id).where(comments.c.thread_id == thread)
        ).all()
    )
    chain, seen = [parent], {parent}  # parent, its parent, ... up to a top-level comment
    while (above := parent_of.get(chain[-1])) is not None and above not in seen:
        chain.append(above)
        seen.add(above)
    # chain[-1] is at level 0 (top-level), so chain[-k] is at level k - 1.
    return parent if len(chain) <= MAX_REPLY_DEPTH else chain[-MAX_REPLY_DEPTH]


def check_starrable(connection: Connection, thread: str, comment_id: int) -> None:
    """Refuse a star on anything but an approved comment of the thread."""
    found = connection.execute(
        select(comments.c.id).where(
            comments.c.id == comment_id,
            comments.c.thread_id == thread,
            comments.c.status == "approved",
        )
    ).first()
    if found is None:
        raise NotFound(
            f"There is no approved comment {comment_id} in this thread.",
            "comment",
            "there is no such approved comment in this thread",
        )


def save_site_facts(connection: Connection, document: str, now: datetime) -> None:
    """Keep *document* (the build facts' JSON) as the one current set, replacing the last."""
    connection.execute(delete(site_facts).where(site_facts.c.id == 1))
    connection.execute(site_facts.insert().values(id=1, document=document, updated=now))
