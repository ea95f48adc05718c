"""What the reply-mail tests with real processes share: a server's environment with mail on (sent
to a `tests.support.mailbox` SMTP server), a comment that asks for mail, the count of mail recorded
as sent, and a command of the server run to its end."""

import subprocess
import sys

import httpx
from sqlalchemy import func, select

from comment_server.store.schema import mail_outbox
from tests.support import ROOT
from tests.support.api import reader_token
from tests.support.live_server import LiveServer, server_env
from tests.support.mailbox import Mailbox


def mail_env(database_url: str, box: Mailbox, **settings) -> dict[str, str]:
    """Return a test server's environment with reply mail on, sent to *box*."""
    values = {
        "smtp_host": "127.0.0.1",
        "smtp_port": box.port,
        "smtp_security": "none",
        "smtp_from": "Goldstar blog <blog@blog.example>",
        "public_url": "https://comments.blog.example",
        "smtp_batch_seconds": 0,
        "smtp_retry_seconds": 1,
        "smtp_rate": 6000,
        **settings,
    }
    return server_env(database_url, **values)


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


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    """Run `python -m comment_server ARGS` with *env* to its end (60 s at most)."""
    return subprocess.run(
        [sys.executable, "-m", "comment_server", *args],
        capture_output=True,
        text=True,
        env={**env, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        timeout=60,
    )
