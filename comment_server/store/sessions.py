"""Inbox sessions kept in the database: a cookie names a row (by its id's SHA-256), signing out
deletes it, so a copied cookie stops working at once, on every instance."""

from datetime import datetime

from sqlalchemy import Connection, delete, select

from comment_server.store.schema import admin_sessions


def open_session(
    connection: Connection, session_hash: str, now: datetime, expires: datetime
) -> None:
    """Store a new session (and forget the expired ones)."""
    connection.execute(delete(admin_sessions).where(admin_sessions.c.expires < now))
    connection.execute(
        admin_sessions.insert().values(id=session_hash, created=now, expires=expires)
    )


def session_live(connection: Connection, session_hash: str, now: datetime) -> bool:
    """Return whether the session is stored and not expired."""
    found = select(admin_sessions.c.id).where(
        admin_sessions.c.id == session_hash, admin_sessions.c.expires >= now
    )
    return connection.execute(found).first() is not None


def close_session(connection: Connection, session_hash: str) -> None:
    """Delete one session (signing out)."""
    connection.execute(delete(admin_sessions).where(admin_sessions.c.id == session_hash))


def close_every_session(connection: Connection) -> int:
    """Delete every session (signing out everywhere); return how many there were."""
    return connection.execute(delete(admin_sessions)).rowcount
