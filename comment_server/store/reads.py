"""Queries: what readers, the inbox and the export see. Each takes an open connection."""

from collections.abc import Callable, Collection
from typing import Any

from sqlalchemy import Connection, exists, func, select
from sqlalchemy.engine import RowMapping

from comment_server.store.errors import NotFound
from comment_server.store.rows import ANSWERED, answered_by
from comment_server.store.schema import (
    commenters,
    comments,
    mail_addresses,
    mail_subscriptions,
    stars,
    threads,
)
from comment_server.store.schema import site_facts as site_facts_table
from comment_server.store.serialize import (
    answered,
    cheers,
    export_comment,
    export_document,
    public_comment,
    visible_parents,
)

POST = 0  # the comment_id of a star on the post itself
# Built once: making an alias copies every column, which costs more than the query it serves.
_REPLIES = comments.alias("replies")
_PARENTS = comments.alias("parents")
_REPLY_ANSWERS = answered_by(_REPLIES)  # the comment each reply answers


def thread_version(connection: Connection, thread: str) -> int:
    """Return the thread's version counter (0 for a thread with nothing stored)."""
    version = connection.execute(select(threads.c.version).where(threads.c.id == thread)).scalar()
    return version or 0


def thread_exists(connection: Connection, thread: str) -> bool:
    """Return whether the database has a row for *thread*."""
    return (
        connection.execute(select(threads.c.id).where(threads.c.id == thread)).first() is not None
    )


def thread_comments(connection: Connection, thread: str) -> tuple[int, dict[str, Any]]:
    """Return the thread's version and `{"thread", "stars", "comments"}` (approved, id order)."""
    head = connection.execute(
        select(threads.c.version, threads.c.imported_stars).where(threads.c.id == thread)
    ).first()
    if head is None:
        return 0, {"thread": thread, "stars": 0, "comments": []}
    items, counts = shaped_comments(connection, thread, public_comment, with_cheer=True)
    return head.version, {
        "thread": thread,
        "stars": head.imported_stars + counts.get(POST, 0),
        "comments": items,
    }


def shaped_comments(
    connection: Connection,
    thread: str,
    shape: Callable[..., dict[str, Any]],
    with_cheer: bool = False,
) -> tuple[list[dict[str, Any]], dict[int, int]]:
    """Return the thread's approved comments (id order), each made by *shape* (public_comment or
    export_comment) from its row, stars, parent and the comment it answers; and the thread's star
    counts (`POST`: the post's own), which the caller adds to the post's imported stars.
    *with_cheer*: a gold-starred comment whose gold stars are not cheered gets `cheer` (cheers)."""
    counts = star_counts(connection, thread)
    parents = thread_parents(connection, thread)
    rows = approved_rows(connection, thread)
    shown = {row["id"] for row in rows}
    items = [
        shape(
            row,
            row["imported_stars"] + counts.get(row["id"], 0),
            parents[row["id"]],
            answered(row, parents[row["id"]], shown),
        )
        for row in rows
    ]
    if with_cheer:
        said = cheers(rows, parents)
        for item in items:
            if item["id"] in said:
                item["cheer"] = said[item["id"]]
    return items, counts


def star_summary(connection: Connection, thread: str, reader: str | None) -> dict[str, Any]:
    """Return the star counts of the post and its approved comments, and what *reader* starred."""
    imported = connection.execute(
        select(threads.c.imported_stars).where(threads.c.id == thread)
    ).scalar()
    counts = star_counts(connection, thread)
    base = dict(
        connection.execute(
            select(comments.c.id, comments.c.imported_stars).where(
                comments.c.thread_id == thread, comments.c.status == "approved"
            )
        ).all()
    )
    mine: set[int] = set()
    if reader is not None:
        mine = set(
            connection.execute(
                select(stars.c.comment_id).where(
                    stars.c.thread_id == thread, stars.c.reader == reader
                )
            ).scalars()
        )
    return {
        "thread": thread,
        "post": {"count": (imported or 0) + counts.get(POST, 0), "starred": POST in mine},
        "comments": {
            str(cid): {"count": base[cid] + counts.get(cid, 0), "starred": cid in mine}
            for cid in sorted(base)
        },
    }


def admin_rows(
    connection: Connection, condition, unanswered: bool = False, limit: int | None = None
) -> list[dict[str, Any]]:
    """Return comments matching *condition*, newest first, with what the inbox shows beside each.

    *unanswered* keeps the readers' comments the author has not replied to that wait for a
    thank-you (not an imported blog's history: store/importing.py).
    """
    replied = exists().where(comments.c.id == _REPLY_ANSWERS, _REPLIES.c.by_author)
    subscribed = (
        exists()
        .where(
            mail_subscriptions.c.comment_id == comments.c.id,
            mail_addresses.c.id == mail_subscriptions.c.address_id,
            mail_addresses.c.confirmed.is_not(None),
        )
        .label("subscribed")
    )
    query = (
        select(
            comments,
            threads.c.title.label("thread_title"),
            replied.label("replied"),
            subscribed,
        )
        .join(threads, threads.c.id == comments.c.thread_id)
        .where(condition)
        .order_by(comments.c.created.desc(), comments.c.id.desc())
        .limit(limit)
    )
    if unanswered:
        query = query.where(~replied, ~comments.c.by_author, comments.c.thanks_due)
    rows = [dict(row) for row in connection.execute(query).mappings()]
    add_inbox_facts(connection, rows)
    return rows


def admin_row(connection: Connection, comment_id: int) -> dict[str, Any]:
    """Return one comment as the inbox sees it."""
    rows = admin_rows(connection, comments.c.id == comment_id)
    if not rows:
        raise NotFound(f"There is no comment {comment_id}.", "id")
    return rows[0]


def add_inbox_facts(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """Add stars, the commenter's approved count and the reply templates used before to *rows*.

    Both are counted up to each comment, never after: a first comment stays a first comment
    (its draft does not turn into "welcome back" once a later one is approved).
    """
    ids = [row["id"] for row in rows]
    keys = {row["commenter"] for row in rows}
    thread_ids = {row["thread_id"] for row in rows}
    counts = dict(
        connection.execute(
            select(stars.c.comment_id, func.count())
            .where(stars.c.comment_id.in_(ids))
            .group_by(stars.c.comment_id)
        ).all()
    )
    approved = connection.execute(
        select(comments.c.commenter, comments.c.created, comments.c.id).where(
            comments.c.commenter.in_(keys), comments.c.status == "approved", ~comments.c.by_author
        )
    ).all()
    used = connection.execute(
        select(
            comments.c.thread_id,
            comments.c.reply_template,
            _PARENTS.c.commenter,
            _PARENTS.c.created,
            _PARENTS.c.id,
        )
        .join(_PARENTS, _PARENTS.c.id == ANSWERED)
        .where(
            comments.c.by_author,
            comments.c.reply_template.is_not(None),
            comments.c.thread_id.in_(thread_ids) | _PARENTS.c.commenter.in_(keys),
        )
        .order_by(comments.c.id)
    ).all()
    for row in rows:
        place = (row["created"], row["id"])
        earlier = [u for u in used if (u.created, u.id) < place]
        in_thread = [u.reply_template for u in earlier if u.thread_id == row["thread_id"]]
        for_commenter = [u.reply_template for u in earlier if u.commenter == row["commenter"]]
        before = sum(
            1 for a in approved if a.commenter == row["commenter"] and (a.created, a.id) < place
        )
        row["stars"] = row["imported_stars"] + counts.get(row["id"], 0)
        row["commenter_comments"] = before + 1
        row["previous_templates"] = tuple(dict.fromkeys(in_thread + for_commenter[-1:]))


def blocked_commenters(connection: Connection) -> list[dict[str, Any]]:
    """Return the blocked commenters, each with the name and time of their latest comment."""
    latest = (
        select(
            comments.c.commenter,
            comments.c.author,
            comments.c.created,
            func.count().over(partition_by=comments.c.commenter).label("comments"),
            func.row_number()
            .over(partition_by=comments.c.commenter, order_by=comments.c.created.desc())
            .label("rank"),
        )
        .where(comments.c.commenter.in_(select(commenters.c.key).where(commenters.c.blocked)))
        .subquery()
    )
    rows = connection.execute(
        select(commenters.c.key, latest.c.author, latest.c.created, latest.c.comments)
        .outerjoin(latest, (latest.c.commenter == commenters.c.key) & (latest.c.rank == 1))
        .where(commenters.c.blocked)
        .order_by(latest.c.created.desc(), commenters.c.key)
    ).all()
    return [
        {"commenter": r.key, "name": r.author, "latest": r.created, "comments": r.comments or 0}
        for r in rows
    ]


def site_facts(connection: Connection) -> tuple[Any, str] | None:
    """Return when the blog's build facts were last sent, and their JSON; None if never sent."""
    row = connection.execute(
        select(site_facts_table.c.updated, site_facts_table.c.document).where(
            site_facts_table.c.id == 1
        )
    ).first()
    return (row.updated, row.document) if row else None


def site_facts_updated(connection: Connection) -> Any:
    """Return when the build facts were last sent (None if never): a cheap freshness check."""
    return connection.execute(
        select(site_facts_table.c.updated).where(site_facts_table.c.id == 1)
    ).scalar()


def own_row(connection: Connection, comment_id: int) -> dict[str, Any]:
    """Return a comment row with its star count (what its commenter is shown)."""
    row = dict(comment_row(connection, comment_id))
    row["stars"] = star_count(connection, row["thread_id"], comment_id)
    return row


def comment_row(connection: Connection, comment_id: int) -> RowMapping:
    """Return the stored row of one comment."""
    found = connection.execute(select(comments).where(comments.c.id == comment_id)).mappings()
    row = found.first()
    if row is None:
        raise NotFound(f"There is no comment {comment_id}.", "id")
    return row


def comment_thread(connection: Connection, comment_id: int) -> str | None:
    """Return the thread of one comment, None when there is no such comment."""
    query = select(comments.c.thread_id).where(comments.c.id == comment_id)
    return connection.execute(query).scalar()


def approved_rows(connection: Connection, thread: str) -> list[RowMapping]:
    """Return the approved comments of *thread* in id order."""
    return list(
        connection.execute(
            select(comments)
            .where(comments.c.thread_id == thread, comments.c.status == "approved")
            .order_by(comments.c.id)
        ).mappings()
    )


def thread_parents(connection: Connection, thread: str) -> dict[int, int | None]:
    """Return the parent readers see for each comment of *thread*."""
    family = connection.execute(
        select(comments.c.id, comments.c.parent_id, comments.c.status).where(
            comments.c.thread_id == thread
        )
    ).all()
    return visible_parents((row.id, row.parent_id, row.status) for row in family)


def star_counts(connection: Connection, thread: str) -> dict[int, int]:
    """Return the readers' stars of *thread* per comment id (POST for the post)."""
    return dict(
        connection.execute(
            select(stars.c.comment_id, func.count())
            .where(stars.c.thread_id == thread)
            .group_by(stars.c.comment_id)
        ).all()
    )


def star_count(connection: Connection, thread: str, target: int) -> int:
    """Return the stars of one item (the post when *target* is POST), imported ones included."""
    rows = connection.execute(
        select(func.count()).where(stars.c.thread_id == thread, stars.c.comment_id == target)
    ).scalar_one()
    if target == POST:
        base = select(threads.c.imported_stars).where(threads.c.id == thread)
    else:
        base = select(comments.c.imported_stars).where(comments.c.id == target)
    return rows + (connection.execute(base).scalar() or 0)


def thread_ids(connection: Connection) -> set[str]:
    """Return the id of every thread of the database."""
    return set(connection.execute(select(threads.c.id)).scalars())


def latest_change(connection: Connection) -> tuple[int, int]:
    """Return how many threads there are and the sum of their versions: one cheap row that
    differs after any write (each bumps a thread's version), for a watcher to poll."""
    row = connection.execute(select(func.count(), func.coalesce(func.sum(threads.c.version), 0)))
    count, versions = row.one()
    return int(count), int(versions)


def thread_versions(connection: Connection) -> dict[str, int]:
    """Return the version counter of every thread of the database (bumped by each write)."""
    return dict(connection.execute(select(threads.c.id, threads.c.version)).all())


def export_documents(
    connection: Connection, only: Collection[str] | None = None
) -> dict[str, dict[str, Any]]:
    """Return the export document of every thread (of those in *only*, when given) with an
    approved comment or a star."""
    heads = connection.execute(
        select(threads.c.id, threads.c.imported_stars).order_by(threads.c.id)
    ).all()
    documents = {}
    for head in heads:
        if only is not None and head.id not in only:
            continue
        items, counts = shaped_comments(connection, head.id, export_comment)
        document = export_document(head.id, head.imported_stars + counts.get(POST, 0), items)
        if items or document["stars"]:
            documents[head.id] = document
    return documents
