"""What the mail tests share: settings and a server's environment with mail on (sent to a
`tests.support.mailbox` SMTP server) and an app whose lifespan sends it; for the tests with real
processes, a comment that asks for mail, the count of mail recorded as sent, the SIGKILL story a
sending process must survive, and a command of the server run to its end."""

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from sqlalchemy import func, select
from starlette.testclient import TestClient

from comment_server import Settings, create_app
from comment_server.app import author_address
from comment_server.keys import Keys
from comment_server.store.schema import mail_outbox
from comment_server.store.store import Store
from tests.support.api import SECRET, reader_token
from tests.support.live_server import LiveProcess, LiveServer, server_env
from tests.support.mailbox import Mailbox, waiting_mail
from tests.support.network import wait_until


def mail_on(box: Mailbox) -> dict[str, object]:
    """Return the settings that turn mail on, sent to *box* at once (no batching wait, a retry
    after a second, no rate to speak of)."""
    return {
        "smtp_host": "127.0.0.1",
        "smtp_port": box.port,
        "smtp_security": "none",
        "smtp_from": "Goldstar blog <blog@blog.example>",
        "public_url": "https://comments.blog.example",
        "smtp_batch_seconds": 0,
        "smtp_retry_seconds": 1,
        "smtp_rate": 6000,
    }


def mail_env(database_url: str, box: Mailbox, **settings) -> dict[str, str]:
    """Return a test server's environment with reply mail on, sent to *box*."""
    return server_env(database_url, **{**mail_on(box), **settings})


@contextmanager
def mail_app(settings: Settings) -> Iterator[TestClient]:
    """Run a test client of an app with *settings*; its lifespan runs the mail sender (and the
    author is mailed when the settings name an address)."""
    keys = Keys(SECRET)
    store = Store(
        settings.database_url,
        keys,
        "Mira",
        mail_batch=settings.smtp_batch_seconds,
        author_mail=author_address(settings, keys),
    )
    with TestClient(create_app(settings, store=store), client=("203.0.113.7", 50000)) as client:
        yield client
    store.close()


def ask_for_mail(server: LiveServer, email: str, thread: str = "welcome") -> None:
    """Post a comment that asks for reply mail at *email* (its confirmation mail is queued)."""
    token = httpx.get(f"{server.base}/api/form").json()["token"]
    body = {"author": "Reader", "text": "Hello", "reader": reader_token(email), "form_token": token}
    body |= {"homepage": "", "email": email, "notify": "author"}
    answer = httpx.post(f"{server.base}/api/threads/{thread}/comments", json=body, timeout=10)
    assert answer.status_code == 201, answer.text


def sent_rows(engine) -> int:
    """Return how many rows of the outbox behind *engine* are recorded as sent."""
    with engine.connect() as connection:
        return connection.execute(
            select(func.count()).where(mail_outbox.c.sent.is_not(None))
        ).scalar_one()


def received_once_each(box: Mailbox, addresses: list[str]) -> None:
    """Assert that *box* got one mail for each of *addresses*, none repeated."""
    got = sorted(one.recipients[0] for one in box.received)
    assert got == sorted(addresses)
    assert len({one.message["Message-ID"] for one in box.received}) == len(addresses)


def killed_twice_then_drained(
    sending: LiveProcess,
    restart: Callable[..., LiveProcess],
    box: Mailbox,
    released: threading.Event,
    engine,
    log: Path,
) -> None:
    """Kill the process *sending* mail with SIGKILL while a message is on the wire (*box* holds
    it until *released*), then one restarted at one mail a second after three are recorded, in the
    middle of its pause; then let a third, `restart(**settings)`, send the rest."""
    assert box.wait_holding(), log.read_text()
    sending.process.kill()
    sending.process.wait()
    assert wait_until(lambda: box.held == 1, 10)
    released.set()
    box.release()
    sending = restart(smtp_rate=60)
    assert wait_until(lambda: sent_rows(engine) >= 3, 60), log.read_text()
    sending.process.kill()
    sending.process.wait()
    sending = restart()
    try:
        assert wait_until(lambda: waiting_mail(engine) == 0, 60), log.read_text()
    finally:
        sending.stop()
