"""Small statements several store modules share.

The statements of the write path are built once, with bound parameters, and given their values
when run: building one (SQLAlchemy's `values()`, its cache key) cost more than running it, and a
new comment ran a dozen (issue 20).
"""

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from sqlalchemy import Connection, CursorResult, Table, and_, bindparam, case, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from comment_server.store.schema import commenters, comments, mail_outbox, metadata, threads


def answered_by(table) -> Any:
    """Return the column expression of the comment each reply of *table* (comments or an alias of
    it) answers."""
    return func.coalesce(table.c.reply_to, table.c.parent_id)


# The comment a reply answers: the one it hangs from, unless it was too deep to nest under the
# one it answers and hangs from an ancestor, which keeps that one in reply_to (docs/contracts.md).
# Reply mail goes to its subscribers and quotes its text (store/subscriptions.py, store/outbox.py).
ANSWERED = answered_by(comments)

_BUMP = (
    update(threads)
    .where(threads.c.id == bindparam("thread_key"))
    .values(version=threads.c.version + 1)
    .returning(threads.c.version)
)
_APPROVED_COUNT = (
    select(func.count())
    .where(comments.c.commenter == commenters.c.key, comments.c.status == "approved")
    .scalar_subquery()
)
_RECOUNT = (
    update(commenters)
    .where(commenters.c.key.in_(bindparam("keys", expanding=True)))
    .values(
        approved_count=_APPROVED_COUNT,
        trusted=case(
            (and_(_APPROVED_COUNT > 0, ~commenters.c.blocked), True), else_=commenters.c.trusted
        ),
    )
)


def upsert(connection: Connection, table: Table):
    """Return an INSERT for *table* in the connection's dialect (it has on_conflict_do_nothing)."""
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


def insert_or_skip(
    connection: Connection, table: Table, values: Mapping[str, Any], returning: str | None = None
) -> CursorResult:
    """Insert the row *values* into *table* unless its key is taken; with *returning*, the
    result has that column of the row inserted (none when skipped)."""
    statement = _insert_or_skip(connection.dialect.name, table.name, returning)
    return connection.execute(statement, dict(values))


@cache
def _insert_or_skip(dialect_name: str, table_name: str, returning: str | None):
    dialect = postgresql if dialect_name == "postgresql" else sqlite
    table = metadata.tables[table_name]
    statement = dialect.insert(table).on_conflict_do_nothing()
    return statement.returning(table.c[returning]) if returning else statement


def bump(connection: Connection, thread: str) -> int | None:
    """Count one more change of *thread* (the read cache sees its version move); return the new
    version (None when the thread has no row)."""
    return connection.execute(_BUMP, {"thread_key": thread}).scalar()


def recount(connection: Connection, keys: Iterable[str]) -> None:
    """Set each commenter's approved count from their comments; one approval makes them trusted."""
    connection.execute(_RECOUNT, {"keys": sorted(set(keys))})


def queue_mail(
    connection: Connection, kind: str, address_id: int, comment_id: int, now: Any, due: Any
) -> bool:
    """Put the mail of *kind* about *comment_id* to *address_id* in the outbox, due at *due*;
    return whether it was new (the outbox holds one a kind, address and comment)."""
    inserted = connection.execute(
        upsert(connection, mail_outbox)
        .values(
            kind=kind,
            address_id=address_id,
            comment_id=comment_id,
            created=now,
            send_after=due,
            attempts=0,
        )
        .on_conflict_do_nothing()
        .returning(mail_outbox.c.id)
    ).first()
    return inserted is not None
