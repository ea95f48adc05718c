"""Small statements several store modules share."""

from collections.abc import Iterable

from sqlalchemy import Connection, Table, and_, case, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from comment_server.store.schema import commenters, comments, threads


def upsert(connection: Connection, table: Table):
    """Return an INSERT for *table* in the connection's dialect (it has on_conflict_do_nothing)."""
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


def bump(connection: Connection, thread: str) -> int | None:
    """Count one more change of *thread* (the read cache sees its version move); return the new
    version (None when the thread has no row)."""
    return connection.execute(
        update(threads)
        .where(threads.c.id == thread)
        .values(version=threads.c.version + 1)
        .returning(threads.c.version)
    ).scalar()


def recount(connection: Connection, keys: Iterable[str]) -> None:
    """Set each commenter's approved count from their comments; one approval makes them trusted."""
    count = (
        select(func.count())
        .where(comments.c.commenter == commenters.c.key, comments.c.status == "approved")
        .scalar_subquery()
    )
    connection.execute(
        update(commenters)
        .where(commenters.c.key.in_(sorted(set(keys))))
        .values(
            approved_count=count,
            trusted=case(
                (and_(count > 0, ~commenters.c.blocked), True), else_=commenters.c.trusted
            ),
        )
    )
