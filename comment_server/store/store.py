"""The store: every read and write of the comment database, one transaction per call.

Methods are synchronous (the app runs them in a thread pool) and return plain dicts. Writes bump the
thread's `version` in the same transaction, which is what the read cache validates against.
"""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, text

from comment_server.importers.records import ImportedThread
from comment_server.keys import Keys
from comment_server.store import reads, writes
from comment_server.store.engine import ensure_sqlite_folder, make_engine, migrate
from comment_server.store.importing import ImportSummary, import_threads
from comment_server.store.rows import bump
from comment_server.store.schema import STATUSES, comments
from comment_server.store.writes import Edit, NewComment
from comment_server.times import utc_now

__all__ = ["STATUSES", "Edit", "NewComment", "Store"]


class Store:
    """The comment database behind one URL (SQLite file or PostgreSQL)."""

    def __init__(self, url: str, keys: Keys, author_name: str = "Author") -> None:
        self.url = url
        self.keys = keys
        self.author_name = author_name
        self.engine = make_engine(url)
        self._writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        # SQLite takes one writer at a time; queueing this process's writers on a lock hands the
        # database over at once, where its busy handler would sleep and retry (up to 100 ms a go).
        self._write_lock = threading.Lock() if self.engine.dialect.name == "sqlite" else None

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """Open a write transaction (committed on success, rolled back on an exception)."""
        if self._write_lock is None:
            with self._writer.begin() as connection:
                yield connection
            return
        with self._write_lock, self._writer.begin() as connection:
            yield connection

    def migrate(self) -> None:
        """Create or upgrade the schema (and the SQLite file's folder)."""
        ensure_sqlite_folder(self.url)
        migrate(self.engine)

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def ping(self) -> None:
        """Run the smallest query; raise when the database does not answer."""
        with self.engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    # Reads

    def thread_version(self, thread: str) -> int:
        """Return the thread's version counter (0 for a thread with nothing stored)."""
        with self.engine.connect() as connection:
            return reads.thread_version(connection, thread)

    def thread_comments(self, thread: str) -> tuple[int, dict[str, Any]]:
        """Return the thread's version and its approved comments."""
        with self.engine.connect() as connection:
            return reads.thread_comments(connection, thread)

    def thread_comments_since(
        self, thread: str, known: int | None
    ) -> tuple[int, dict[str, Any] | None]:
        """Return the thread's version, and its comments unless the version is still *known*."""
        with self.engine.connect() as connection:
            version = reads.thread_version(connection, thread)
            if version == known:
                return version, None
            return reads.thread_comments(connection, thread)

    def star_summary(self, thread: str, reader: str | None) -> dict[str, Any]:
        """Return the thread's star counts and what *reader* (a keyed hash) starred."""
        with self.engine.connect() as connection:
            return reads.star_summary(connection, thread, reader)

    def admin_comments(
        self, status: str, unanswered: bool = False, limit: int = 200
    ) -> list[dict[str, Any]]:
        """Return the inbox: comments of *status*, newest first."""
        with self.engine.connect() as connection:
            return reads.admin_rows(connection, comments.c.status == status, unanswered, limit)

    def comment(self, comment_id: int) -> dict[str, Any]:
        """Return one comment as the inbox sees it."""
        with self.engine.connect() as connection:
            return reads.admin_row(connection, comment_id)

    def export_documents(self) -> dict[str, dict[str, Any]]:
        """Return the export document of every thread with an approved comment or a star."""
        with self.engine.connect() as connection:
            return reads.export_documents(connection)

    # Writes

    def create_comment(self, new: NewComment) -> dict[str, Any]:
        """Store a reader's comment; return its row (with its status and star count)."""
        with self._write() as connection:
            comment_id = writes.create_comment(connection, new, utc_now())
            return reads.own_row(connection, comment_id)

    def edit_comment(self, edit: Edit) -> dict[str, Any]:
        """Apply a commenter's edit within the window; return the comment."""
        with self._write() as connection:
            writes.edit_comment(connection, edit, utc_now())
            return reads.own_row(connection, edit.comment_id)

    def set_star(self, thread: str, comment_id: int | None, reader: str, on: bool) -> int:
        """Star or unstar the post (comment_id None) or a comment for *reader*; return the count."""
        with self._write() as connection:
            return writes.set_star(connection, thread, comment_id, reader, on, utc_now())

    def set_status(self, comment_id: int, status: str) -> dict[str, Any]:
        """Approve, reject or mark as spam (no change when it already has that status)."""
        with self._write() as connection:
            row = reads.comment_row(connection, comment_id)
            if row["status"] != status:
                writes.change_status(connection, row, status, utc_now())
            return reads.admin_row(connection, comment_id)

    def add_reply(
        self, parent_id: int, text: str, html: str, template: str | None
    ) -> dict[str, Any]:
        """Store the author's reply to a comment, approving that comment if it was not."""
        now = utc_now()
        with self._write() as connection:
            parent = reads.comment_row(connection, parent_id)
            if parent["status"] != "approved":
                writes.change_status(connection, parent, "approved", now)
            reply = NewComment(
                thread=parent["thread_id"],
                title=None,
                parent=parent_id,
                author=self.author_name,
                website=None,
                email=None,
                markdown=text,
                html=html,
                commenter=self.keys.author(),
                address_hash=None,
                edit_secret=None,
                by_author=True,
                reply_template=template,
            )
            reply_id = writes.insert_comment(connection, reply, "approved", now)
            bump(connection, parent["thread_id"])
            return reads.admin_row(connection, reply_id)

    def add_gold_stars(self, comment_id: int, count: int) -> dict[str, Any]:
        """Award *count* more gold stars to a comment; return it."""
        with self._write() as connection:
            writes.add_gold_stars(connection, comment_id, count, utc_now())
            return reads.admin_row(connection, comment_id)

    def delete_comment(self, comment_id: int) -> str | None:
        """Delete a comment (its replies move up to its parent); return its thread or None."""
        with self._write() as connection:
            return writes.delete_comment(connection, comment_id)

    def block_commenter(self, key: str) -> int:
        """Block a commenter; return how many of their pending comments became spam."""
        with self._write() as connection:
            return writes.block_commenter(connection, key, utc_now())

    def import_threads(self, threads: list[ImportedThread]) -> ImportSummary:
        """Store imported threads in one transaction (comments already there are skipped)."""
        with self._write() as connection:
            return import_threads(connection, self.keys, threads)
