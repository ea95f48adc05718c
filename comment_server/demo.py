"""What `invoke demo` needs to run the comment server beside the demo blog: a secret and an admin
password generated once into var/, the environment that configures the server with them, and a
local mail sink that prints each reply mail the server sends (no mail leaves the machine)."""

import email
import os
import secrets
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

from comment_server.credential import hash_password


def _read_or_create(path: Path, make) -> str:
    if path.is_file():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    value = make()
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        stream.write(value + "\n")
    return value


def demo_environment(
    var: Path, database: Path, origin: str, author: str
) -> tuple[dict[str, str], str]:
    """Return the server's environment for the demo and the demo admin password (made once)."""
    secret = _read_or_create(var / "demo-secret", lambda: secrets.token_hex(32))
    password = _read_or_create(var / "demo-admin-password", lambda: secrets.token_urlsafe(12))
    credential = _read_or_create(var / "demo-admin-credential", lambda: hash_password(password))
    environment = {
        **os.environ,
        "COMMENT_SERVER_SECRET": secret,
        "COMMENT_SERVER_DATABASE_URL": f"sqlite:///{database.resolve()}",
        "COMMENT_SERVER_ORIGINS": origin,
        "COMMENT_SERVER_ADMIN_CREDENTIAL": credential,
        "COMMENT_SERVER_AUTHOR_NAME": author,
    }
    return environment, password


def wait_for_server(url: str, process: subprocess.Popen, seconds: float = 60) -> bool:
    """Return True once *url* answers 200, False if *process* exits or *seconds* pass first."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return True
        except OSError:
            time.sleep(0.2)
    return False


def mail_environment(api: str, sink_port: int) -> dict[str, str]:
    """Return the settings that send the demo server's reply mail to the local sink at once."""
    return {
        "COMMENT_SERVER_SMTP_HOST": "127.0.0.1",
        "COMMENT_SERVER_SMTP_PORT": str(sink_port),
        "COMMENT_SERVER_SMTP_SECURITY": "none",
        "COMMENT_SERVER_SMTP_FROM": "Demo blog <blog@localhost>",
        "COMMENT_SERVER_SMTP_BATCH_SECONDS": "0",
        "COMMENT_SERVER_PUBLIC_URL": api,
    }


def printed_mail(message: EmailMessage) -> str:
    """Return how the demo shows a mail: who it is for, its subject, its plain text."""
    body = message.get_body(preferencelist=("plain",))
    text = body.get_content().rstrip() if body is not None else "(no plain-text part)"
    return (
        f"----- mail to {message['To']}: {message['Subject']}\n"
        f"List-Unsubscribe: {message['List-Unsubscribe']}\n\n{text}\n----- end of mail"
    )


class _PrintingSink:
    """An aiosmtpd handler that prints every message and keeps none."""

    async def handle_DATA(self, server, session, envelope) -> str:
        raw = envelope.original_content or envelope.content
        print(printed_mail(email.message_from_bytes(raw, policy=default)), flush=True)
        return "250 Message accepted for delivery"


@contextmanager
def mail_sink(port: int) -> Iterator[int]:
    """Run an SMTP server on 127.0.0.1:*port* that prints each mail, until the block ends."""
    from aiosmtpd.controller import Controller

    controller = Controller(_PrintingSink(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()
