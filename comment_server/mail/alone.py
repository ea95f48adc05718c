"""The sender in a process of its own: `python -m comment_server send-mail` (for
COMMENT_SERVER_MAIL_SENDER=separate), so that delivering a burst of mail takes no CPU time from
the process that answers readers.

It is the same MailSender the server runs, on the same store: it polls the outbox every
POLL_SECONDS (the server cannot wake it across processes) and keeps the same rate, retries and row
locks. SIGTERM or SIGINT stops it once the mail in flight is recorded as sent or to be tried again.
"""

import logging
import signal

import anyio
from anyio.abc import TaskStatus

from comment_server.drafts import SiteFactsCache
from comment_server.mail.messages import Composer, MailTemplates
from comment_server.mail.sender import POLL_SECONDS, MailSender
from comment_server.settings import Settings
from comment_server.store.store import Store
from comment_server.tokens import Tokens

logger = logging.getLogger("comment_server")


def make_sender(settings: Settings, store: Store) -> MailSender:
    """Return a sender of *store*'s outbox, made as the server makes its own."""
    composer = Composer(settings, Tokens(settings.secret), MailTemplates(settings.mail_templates))
    return MailSender(settings, store, composer, SiteFactsCache(store))


async def send_until_stopped(sender: MailSender) -> None:
    """Run *sender* until SIGTERM or SIGINT, then let it record the mail in flight and return."""
    async with anyio.create_task_group() as tasks:
        await tasks.start(_stop_on_signal, sender, tasks.cancel_scope)
        logger.info(
            "comment_server: send-mail: sending reply mail through %s:%d (the outbox polled "
            "every %g s)",
            sender.settings.smtp_host,
            sender.settings.smtp_port,
            POLL_SECONDS,
        )
        await sender.run()
        tasks.cancel_scope.cancel()


async def _stop_on_signal(
    sender: MailSender, scope: anyio.CancelScope, *, task_status: TaskStatus[None]
) -> None:
    """Wait for SIGTERM or SIGINT; stop *sender* gracefully (cancelled past its deadline)."""
    with anyio.open_signal_receiver(signal.SIGTERM, signal.SIGINT) as signals:
        task_status.started()  # from now on a signal is ours, not a sudden end
        async for number in signals:
            logger.info(
                "comment_server: send-mail: %s: stopping after the mail in flight",
                signal.Signals(number).name,
            )
            break
    await sender.stop()
    scope.cancel()
