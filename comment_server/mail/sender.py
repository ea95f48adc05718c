"""The sender: drains the outbox over SMTP, off the request path, as a task of the app's lifespan
(COMMENT_SERVER_MAIL_SENDER=serve) or alone (`python -m comment_server send-mail`, for `separate`).

It wakes when this process queues a mail and polls every POLL_SECONDS for other instances' (and,
alone, for the server's). The batches due (a batch is the mail waiting for one address) are claimed
several in one read, with the site facts, in a worker thread; then each is composed on the event
loop (a short step: a worker thread would hold the GIL for whole time slices the readers wait for),
delivered over one SMTP connection kept for the whole pass, and recorded right after its delivery. A
delivery that fails is tried again with a doubling delay and kept, with its reason, when refused for
good. On SQLite only the process holding the lock file `<database>.mail-lock` sends (the kernel
frees it when the process dies, even by SIGKILL); on PostgreSQL every instance sends and the row
locks of store/outbox.py keep each mail to one of them.

Restarts: a batch is recorded as sent right after the server's 250 answer to it. A process killed
between those two moments sends that batch again when it restarts (RFC 1047's duplicate window),
with the same Message-ID; killed at any other moment, it sends nothing twice and loses nothing.
A stop (`stop()`: the server's shutdown, SIGTERM or SIGINT to send-mail) is not a kill: the mail in
flight is delivered and recorded (sent, or to be tried again) first, and nothing more is begun.
"""

import fcntl
import logging
import os
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import anyio
from anyio import to_thread
from sqlalchemy.engine import make_url

from comment_server.drafts import SiteFactsCache
from comment_server.mail.delivery import DeliveryError, Postman
from comment_server.mail.messages import Composer, MalformedAddress
from comment_server.settings import Settings
from comment_server.store import outbox
from comment_server.store.store import Store
from comment_server.times import utc_now
from reply_drafts.site_facts import SiteFacts

logger = logging.getLogger("comment_server")

POLL_SECONDS = 1.0
# Batches claimed in one read (SQLite; one at a time on PostgreSQL): at most what the rate lets go
# within about a second, so that an address forgotten or a reply rejected meanwhile is seen soon.
CLAIMED_AT_ONCE = 20
# How long a stop waits for the mail in flight beyond the SMTP timeout (its recording).
STOP_GRACE_SECONDS = 5.0

# What a claim becomes: its message, the reason its address cannot be mailed, or None when none
# of its rows has anything left to send.
Composed = EmailMessage | MalformedAddress | None


class MailSender:
    """Deliver the outbox of *store*; `run()` until stopped or cancelled, `wake()` when a mail was
    queued, `stop()` to finish the mail in flight and return."""

    def __init__(
        self, settings: Settings, store: Store, composer: Composer, site_facts: SiteFactsCache
    ) -> None:
        self.settings = settings
        self.store = store
        self.composer = composer
        self.site_facts = site_facts
        self.postman = Postman(settings)
        self._wake = anyio.Event()
        self._stopping = anyio.Event()
        self._stopped = anyio.Event()
        self._next_send = 0.0
        self._lock_file: int | None = None
        # Database work of the sender runs one call at a time, beside the readers' threads.
        self._threads = anyio.CapacityLimiter(1)
        self._claim_limit = min(CLAIMED_AT_ONCE, max(1, settings.smtp_rate // 60))

    def wake(self) -> None:
        """Tell the sender a mail was queued (it sends at once rather than at its next poll)."""
        self._wake.set()

    async def stop(self) -> None:
        """Let the mail in flight be delivered and recorded, then end `run()`; cancel it only
        when that takes longer than the SMTP timeout allows."""
        self._stopping.set()
        self._wake.set()
        deadline = self.settings.smtp_timeout + STOP_GRACE_SECONDS
        with anyio.move_on_after(deadline):
            await self._stopped.wait()

    async def run(self) -> None:
        """Send what is due, then wait for a wake-up or the next poll, until stopped."""
        try:
            while not self._stopping.is_set():
                if self._may_send() and await self._send_due_logged():
                    continue
                await self.postman.close()  # the pass is over: the SMTP connection too
                with anyio.move_on_after(POLL_SECONDS):
                    await self._wake.wait()
                self._wake = anyio.Event()
            await self.postman.close()
        finally:
            self.postman.abandon()
            if self._lock_file is not None:
                os.close(self._lock_file)
                self._lock_file = None
            self._stopped.set()

    async def _send_due_logged(self) -> bool:
        """Send what is due; a failure of the database or a bug is logged, and the loop goes on."""
        try:
            return await self.send_due()
        except Exception:
            logger.exception("comment_server: mail: the sender failed; it tries again shortly")
            return False

    async def send_due(self) -> bool:
        """Send the batches due now (a few: see _claim_limit); return whether there were any."""
        claims = await self._db(self.store.mail_claim_due, self._claim_limit)
        if not claims:
            return False
        try:
            site = await self._db(self.site_facts.current)
            while claims and not self._stopping.is_set():
                # On the event loop, one mail at a time: a short step, where a thread would
                # hold the GIL for the readers' whole time slices.
                if await self._send(claims[0], self._compose(claims[0].batch, site)):
                    claims = claims[1:]
        finally:
            for claim in claims:  # given back untouched; without a thread (we may be cancelled)
                self.store.mail_release(claim)
        return True

    def _compose(self, batch: outbox.Batch, site: SiteFacts) -> Composed:
        if not batch.rows:  # only rows with nothing left to send
            return None
        try:
            return self.composer.compose(batch, site)
        except MalformedAddress as error:
            return error

    async def _send(self, claim: outbox.Claim, message: Composed) -> bool:
        """Deliver the message of one claim and record what became of it; return False, the
        claim untouched, when a stop came while it waited for its turn."""
        batch = claim.batch
        if message is None:
            await self._finish(claim, lambda c: outbox.record_sent(c, batch, utc_now()))
            return True
        if isinstance(message, MalformedAddress):
            await self._finish(claim, self._failed(batch, str(message)))
            logger.warning(
                "comment_server: mail: %s mail to address #%d not sent: %s (kept as failed)",
                batch.kind,
                batch.address_id,
                message,
            )
            return True
        if not await self._pace():
            return False
        try:
            await self.postman.deliver(message, str(message["To"]))
        except DeliveryError as error:
            await self._record_error(claim, error)
            return True
        await self._finish(claim, lambda c: outbox.record_sent(c, batch, utc_now()))
        logger.info(
            "comment_server: mail: sent the %s mail #%d (%d %s) to address #%d",
            batch.kind,
            batch.rows[0],
            len(batch.rows),
            "row" if len(batch.rows) == 1 else "rows",
            batch.address_id,
        )
        return True

    async def _record_error(self, claim: outbox.Claim, error: DeliveryError) -> None:
        batch = claim.batch
        if error.permanent:
            await self._finish(claim, self._failed(batch, error.reason))
            logger.warning(
                "comment_server: mail: the %s mail #%d to address #%d bounced: %s "
                "(kept as failed, not tried again)",
                batch.kind,
                batch.rows[0],
                batch.address_id,
                error.reason,
            )
            return
        retry = self.settings.smtp_retry_seconds

        def record(connection) -> bool:
            return outbox.record_retry(connection, batch, utc_now(), error.reason, retry)

        again = await self._finish(claim, record)
        logger.warning(
            "comment_server: mail: the %s mail #%d to address #%d was not delivered "
            "(attempt %d): %s; %s",
            batch.kind,
            batch.rows[0],
            batch.address_id,
            batch.attempts + 1,
            error.reason,
            f"trying again in {retry * 2**batch.attempts} s" if again else "gave up",
        )

    def _failed(self, batch: outbox.Batch, reason: str) -> Callable[[Any], None]:
        return lambda connection: outbox.record_failed(connection, batch, utc_now(), reason)

    async def _finish(self, claim: outbox.Claim, record: Callable[[Any], Any]) -> Any:
        return await self._db(self.store.mail_finish, claim, record)

    async def _pace(self) -> bool:
        """Keep to COMMENT_SERVER_SMTP_RATE mails a minute; return False when a stop came first."""
        wait = self._next_send - time.monotonic()
        if wait > 0:
            with anyio.move_on_after(wait):
                await self._stopping.wait()
        if self._stopping.is_set():
            return False
        self._next_send = time.monotonic() + 60 / self.settings.smtp_rate
        return True

    async def _db(self, function: Callable[..., Any], *args: Any) -> Any:
        return await to_thread.run_sync(function, *args, limiter=self._threads)

    def _may_send(self) -> bool:
        """Return whether this process sends: always on PostgreSQL, the lock holder on SQLite."""
        if self.store.engine.dialect.name != "sqlite" or self._lock_file is not None:
            return True
        database = make_url(self.store.url).database
        if not database or database == ":memory:":
            return True
        lock = Path(database).with_name(Path(database).name + ".mail-lock")
        descriptor = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(descriptor)
            return False
        self._lock_file = descriptor
        return True
