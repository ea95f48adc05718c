"""The store: every read and write of the comment database, one transaction per call.

Methods are synchronous (the app runs them in a thread pool) and return plain dicts, but for the
`answer_*` writes, which the app awaits: on SQLite the event loop awaits the writer thread's answer
instead of parking a pool thread on it. Writes bump the thread's `version` in the same transaction,
which is what the read cache validates against.
"""

import asyncio
from collections.abc import Callable, Collection
from datetime import timedelta
from functools import partial
from typing import Any, TypeVar

from anyio import to_thread
from sqlalchemy import Connection, select, text

from comment_server.importers.records import WAITING_DAYS, ImportedThread
from comment_server.keys import Keys
from comment_server.store import once, outbox, reads, sessions, subscriptions, tones, writes
from comment_server.store.author_mail import AuthorAddress, queue_author_mail
from comment_server.store.batcher import WriteBatcher
from comment_server.store.engine import ensure_sqlite_folder, make_engine, migrate
from comment_server.store.identity import EmailProof, join_claimed, no_email_proof
from comment_server.store.importing import ImportSummary, import_threads
from comment_server.store.once import Answer, KeptAnswer
from comment_server.store.rows import bump
from comment_server.store.schema import STATUSES, comments
from comment_server.store.writes import Edit, NewComment, Starred
from comment_server.times import utc_now

__all__ = ["STATUSES", "Answer", "Edit", "NewComment", "Starred", "Store"]

T = TypeVar("T")
Answered = tuple[int, dict[str, Any]]


class Store:
    """The comment database behind one URL (SQLite file or PostgreSQL)."""

    def __init__(
        self,
        url: str,
        keys: Keys,
        author_name: str = "Author",
        email_proof: EmailProof = no_email_proof,
        mail_batch: int | None = None,
        author_mail: AuthorAddress | None = None,
    ) -> None:
        self.url = url
        # Whether a browser proved it holds an email (store/identity.py): plugged in by mail.
        self.email_proof = email_proof
        self.keys = keys
        self.author_name = author_name
        # Seconds a reply mail waits after the last one to the same address; None: mail is off,
        # nothing is subscribed or queued.
        self.mail_batch = mail_batch
        # Where the author hears of new comments (store/author_mail.py); None: not mailed.
        self.author_mail = author_mail if mail_batch is not None else None
        self.engine = make_engine(url)
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        # SQLite: group commit on one writer thread (store/batcher.py). PostgreSQL takes
        # concurrent writers itself: each write is its own transaction on its own connection.
        self._batcher = WriteBatcher(writer) if self.engine.dialect.name == "sqlite" else None
        self._writer = writer

    def _write(self, work: Callable[[Connection], T]) -> T:
        """Return work(connection) run in a write transaction that committed."""
        if self._batcher is not None:
            return self._batcher.run(work)
        with self._writer.begin() as connection:
            return work(connection)

    async def _write_soon(self, work: Callable[[Connection], T]) -> T:
        """Return work(connection) run in a write transaction that committed, awaited."""
        if self._batcher is not None:
            return await asyncio.wrap_future(self._batcher.submit(work))
        return await to_thread.run_sync(self._write, work)

    def migrate(self) -> None:
        """Create or upgrade the schema (and the SQLite file's folder)."""
        ensure_sqlite_folder(self.url)
        migrate(self.engine)

    def close(self) -> None:
        """Stop the writer thread, close every pooled connection."""
        if self._batcher is not None:
            self._batcher.close()
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

    def thread_exists(self, thread: str) -> bool:
        """Return whether the database knows *thread* (a comment or a star made it)."""
        with self.engine.connect() as connection:
            return reads.thread_exists(connection, thread)

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

    def comment_thread(self, comment_id: int) -> str | None:
        """Return the thread of one comment, None when there is no such comment."""
        with self.engine.connect() as connection:
            return reads.comment_thread(connection, comment_id)

    def blocked_commenters(self) -> list[dict[str, Any]]:
        """Return the blocked commenters, latest comment first."""
        with self.engine.connect() as connection:
            return reads.blocked_commenters(connection)

    def site_facts(self) -> tuple[Any, str] | None:
        """Return (updated, JSON) of the build facts last sent, or None."""
        with self.engine.connect() as connection:
            return reads.site_facts(connection)

    def site_facts_updated(self) -> Any:
        """Return when the build facts were last sent, or None."""
        with self.engine.connect() as connection:
            return reads.site_facts_updated(connection)

    def thread_ids(self) -> set[str]:
        """Return the id of every thread the database knows."""
        with self.engine.connect() as connection:
            return reads.thread_ids(connection)

    def kept_answer(self, key: str) -> KeptAnswer | None:
        """Return the first answer of the write sent with this Idempotency-Key (a keyed hash)."""
        with self.engine.connect() as connection:
            return once.kept_answer(connection, key, utc_now())

    def thread_versions(self) -> dict[str, int]:
        """Return the version counter of every thread (each write touching it bumps it)."""
        with self.engine.connect() as connection:
            return reads.thread_versions(connection)

    def export_documents(self, only: Collection[str] | None = None) -> dict[str, dict[str, Any]]:
        """Return the export document of every thread (of those in *only*, when given) with an
        approved comment or a star, having read and kept the tone of its comments stored without
        one (store/tones.py)."""
        with self.engine.connect() as connection:
            found = tones.missing_tones(connection, only)
        if found:
            self._write(partial(tones.keep_tones, tones=found))
        with self.engine.connect() as connection:
            return reads.export_documents(connection, only)

    # Writes: each is a function of a connection, run in a committed transaction by _write.

    async def _answer(self, work: Callable[[Connection], Any], answer: Answer) -> Answered:
        """Return the (status, body) of *answer* for *work*, made and kept in its transaction."""
        return await self._write_soon(partial(once.answer_write, work, answer, utc_now()))

    def create_comment(self, new: NewComment) -> dict[str, Any]:
        """Store a reader's comment; return its row (with its status and star count)."""
        return self._write(partial(self._create_comment, new))

    async def answer_comment(self, new: NewComment, answer: Answer) -> Answered:
        """Store a reader's comment; return the (status, body) *answer* makes of its row."""
        return await self._answer(partial(self._create_comment, new), answer)

    def _create_comment(self, new: NewComment, connection: Connection) -> dict[str, Any]:
        now = utc_now()
        row = writes.create_comment(connection, new, now, self.email_proof)
        comment_id = row["id"]
        # A comment kept apart (an email typed in a browser never seen with it: issue 14)
        # subscribes nobody: its address would get mail about someone else's comment.
        if (
            self.mail_batch is not None
            and new.notify
            and new.email
            and not _kept_apart(connection, comment_id)
        ):
            wish = subscriptions.Subscribe(
                email=new.email,
                digest=self.keys.mail(new.email),
                commenter=self.keys.commenter_from_email(new.email),
                comment_id=comment_id,
                thread=new.thread,
                anyone=new.notify == "anyone",
            )
            subscriptions.subscribe(connection, wish, now)
        self._queue_reply_mails(connection, comment_id, now)
        self._queue_author_mail(connection, comment_id, new.crisis, now)
        return row

    def edit_comment(self, edit: Edit) -> dict[str, Any]:
        """Apply a commenter's edit within the window; return the comment."""
        return self._write(partial(self._edit_comment, edit))

    async def answer_edit(self, edit: Edit, answer: Answer) -> Answered:
        """Apply a commenter's edit; return the (status, body) *answer* makes of its row."""
        return await self._answer(partial(self._edit_comment, edit), answer)

    def _edit_comment(self, edit: Edit, connection: Connection) -> dict[str, Any]:
        now = utc_now()
        if writes.edit_comment(connection, edit, now):  # back to moderation: the author hears
            self._queue_author_mail(connection, edit.comment_id, edit.crisis, now, again=True)
        return reads.own_row(connection, edit.comment_id)

    def set_star(self, thread: str, comment_id: int | None, reader: str, on: bool) -> Starred:
        """Star or unstar the post (comment_id None) or a comment for *reader*; return its count
        and the thread's version after the write."""
        return self._write(partial(_set_star, thread, comment_id, reader, on))

    async def answer_star(
        self, thread: str, comment_id: int | None, reader: str, on: bool, answer: Answer
    ) -> Answered:
        """Star or unstar; return the (status, body) *answer* makes of what it left (Starred)."""
        return await self._answer(partial(_set_star, thread, comment_id, reader, on), answer)

    def set_status(self, comment_id: int, status: str) -> dict[str, Any]:
        """Approve, reject or mark as spam (no change when it already has that status)."""

        def work(connection: Connection) -> dict[str, Any]:
            row = reads.comment_row(connection, comment_id)
            if row["status"] != status:
                now = utc_now()
                writes.change_status(connection, row, status, now)
                self._queue_reply_mails(connection, comment_id, now)
            return reads.admin_row(connection, comment_id)

        return self._write(work)

    def add_reply(
        self, parent_id: int, text: str, html: str, template: str | None
    ) -> dict[str, Any]:
        """Store the author's reply to a comment, approving that comment if it was not."""
        return self._write(partial(self._add_reply, parent_id, text, html, template))

    async def answer_reply(
        self, parent_id: int, text: str, html: str, template: str | None, answer: Answer
    ) -> Answered:
        """Store the author's reply; return the (status, body) *answer* makes of it."""
        return await self._answer(partial(self._add_reply, parent_id, text, html, template), answer)

    def _add_reply(
        self, parent_id: int, text: str, html: str, template: str | None, connection: Connection
    ) -> dict[str, Any]:
        now = utc_now()
        parent = reads.comment_row(connection, parent_id)
        if parent["status"] != "approved":
            writes.change_status(connection, parent, "approved", now)
            self._queue_reply_mails(connection, parent_id, now)
        # Past the depth cap it hangs from an ancestor, as a reader's reply does (writes.py).
        hang_from = writes.capped_parent(connection, parent["thread_id"], parent_id)
        reply = NewComment(
            thread=parent["thread_id"],
            title=None,
            parent=hang_from,
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
            reply_to=parent_id if hang_from != parent_id else None,
        )
        reply_id = writes.insert_comment(connection, reply, "approved", now)["id"]
        bump(connection, parent["thread_id"])
        self._queue_reply_mails(connection, reply_id, now)
        return reads.admin_row(connection, reply_id)

    def add_gold_stars(self, comment_id: int, count: int) -> dict[str, Any]:
        """Award *count* more gold stars to a comment; return it."""
        return self._write(partial(_add_gold_stars, comment_id, count))

    async def answer_gold_stars(self, comment_id: int, count: int, answer: Answer) -> Answered:
        """Award *count* more gold stars; return the (status, body) *answer* makes of it."""
        return await self._answer(partial(_add_gold_stars, comment_id, count), answer)

    def delete_comment(self, comment_id: int) -> str | None:
        """Delete a comment (its replies move up to its parent); return its thread or None."""
        return self._write(lambda connection: writes.delete_comment(connection, comment_id))

    def delete_own_comment(self, comment_id: int, edit_secret: str, window: int) -> str | None:
        """Delete a comment for its commenter within the edit window; return its thread or None."""
        return self._write(
            lambda connection: writes.delete_own_comment(
                connection, comment_id, edit_secret, window, utc_now()
            )
        )

    def block_commenter(self, key: str) -> int:
        """Block a commenter; return how many of their pending comments became spam."""
        return self._write(lambda connection: writes.block_commenter(connection, key, utc_now()))

    def join_claimed(self, comment_id: int) -> dict[str, Any]:
        """File a kept-apart comment under the commenter whose email it gives; return it."""

        def work(connection: Connection) -> dict[str, Any]:
            join_claimed(connection, comment_id, utc_now())
            return reads.admin_row(connection, comment_id)

        return self._write(work)

    def unblock_commenter(self, key: str) -> None:
        """Let a blocked commenter comment again (their comments wait for approval)."""
        self._write(lambda connection: writes.unblock_commenter(connection, key))

    def save_site_facts(self, document: str) -> None:
        """Keep the build facts' JSON *document* (already checked) as the current ones."""
        self._write(lambda connection: writes.save_site_facts(connection, document, utc_now()))

    def open_session(self, session_hash: str, seconds: int) -> None:
        """Store a new inbox session that lasts *seconds*."""
        now = utc_now()
        expires = now + timedelta(seconds=seconds)
        self._write(
            lambda connection: sessions.open_session(connection, session_hash, now, expires)
        )

    def session_live(self, session_hash: str) -> bool:
        """Return whether an inbox session is stored and not expired."""
        with self.engine.connect() as connection:
            return sessions.session_live(connection, session_hash, utc_now())

    def close_session(self, session_hash: str) -> None:
        """End one inbox session."""
        self._write(lambda connection: sessions.close_session(connection, session_hash))

    def close_every_session(self) -> int:
        """End every inbox session; return how many there were."""
        return self._write(sessions.close_every_session)

    def import_threads(
        self, threads: list[ImportedThread], waiting_days: int = WAITING_DAYS
    ) -> ImportSummary:
        """Store imported threads in one transaction (comments already there are skipped); those
        written more than *waiting_days* ago do not wait for a thank-you (store/importing.py)."""
        return self._write(
            lambda connection: import_threads(connection, self.keys, threads, waiting_days)
        )

    # Reply mail (comment_server/mail): subscriptions and the outbox.

    def _queue_reply_mails(self, connection: Connection, comment_id: int, now) -> None:
        if self.mail_batch is not None:
            subscriptions.queue_reply_mails(connection, comment_id, now, self.mail_batch)

    def _queue_author_mail(
        self, connection: Connection, comment_id: int, crisis: bool, now, again: bool = False
    ) -> None:
        if self.author_mail is not None and self.mail_batch is not None:
            queue_author_mail(
                connection, self.author_mail, comment_id, crisis, now, self.mail_batch, again
            )

    def confirm_address(self, address_id: int, digest: str) -> bool:
        """Confirm a mail address (its commenter becomes verified); False if it is gone."""
        return self._write(
            lambda connection: subscriptions.confirm(connection, address_id, digest, utc_now())
        )

    def unsubscribe(self, address_id: int, thread: str | None) -> None:
        """Stop mail about *thread* to an address, or all mail (forgetting it) when None."""
        if thread is None:
            self._write(
                lambda connection: subscriptions.unsubscribe_all(connection, address_id, utc_now())
            )
        else:
            self._write(
                lambda connection: subscriptions.unsubscribe_thread(connection, address_id, thread)
            )

    def forget_email(self, email: str) -> bool:
        """Remove an email address and its subscriptions everywhere; return whether it was held."""
        digest, commenter = self.keys.mail(email), self.keys.commenter_from_email(email)
        return self._write(
            lambda connection: subscriptions.forget(connection, digest, commenter, utc_now())
        )

    def mail_claim_due(self, limit: int = 20) -> list[outbox.Claim]:
        """Claim the mail due now, oldest first (see outbox.claim_due: row locks on PostgreSQL)."""
        return outbox.claim_due(self.engine, utc_now(), limit)

    def mail_finish(self, claim: outbox.Claim, record: Callable[[Connection], T]) -> T:
        """Record what became of a claimed batch: record(connection), committed."""
        if claim.connection is None:
            return self._write(record)
        try:
            result = record(claim.connection)
            claim.connection.commit()
            return result
        finally:
            claim.connection.close()

    def mail_release(self, claim: outbox.Claim) -> None:
        """Give a claimed batch back untouched."""
        if claim.connection is not None:
            claim.connection.close()


def _set_star(
    thread: str, comment_id: int | None, reader: str, on: bool, connection: Connection
) -> Starred:
    return writes.set_star(connection, thread, comment_id, reader, on, utc_now())


def _add_gold_stars(comment_id: int, count: int, connection: Connection) -> dict[str, Any]:
    writes.add_gold_stars(connection, comment_id, count, utc_now())
    return reads.admin_row(connection, comment_id)


def _kept_apart(connection: Connection, comment_id: int) -> bool:
    """Return whether the comment was filed apart from the commenter of the email it gives."""
    claimed = connection.execute(
        select(comments.c.claimed_commenter).where(comments.c.id == comment_id)
    ).scalar()
    return claimed is not None
