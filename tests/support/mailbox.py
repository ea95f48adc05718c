"""A real SMTP server on 127.0.0.1 (aiosmtpd) that keeps what it receives, for the reply-mail
tests, the demo test and the benchmark.

`mailbox()` runs one until the block ends. It can refuse a recipient with a 5xx code (a bounce),
and it can hold the next message's DATA without answering (`hold()`), so that a test can kill the
comment server while a delivery is under way: a message whose sender is gone before the final
answer is not kept, as a real server would not treat it as handed over.
"""

import asyncio
import email
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default

from aiosmtpd.controller import Controller

from tests.support.network import free_port, wait_until


@dataclass
class Received:
    """One message the server accepted: its envelope and the parsed message."""

    sender: str
    recipients: list[str]
    message: EmailMessage
    raw: bytes
    peer: tuple[str, int]  # the client's end of the connection it came over

    def text(self) -> str:
        """Return the plain-text part."""
        return self.message.get_body(preferencelist=("plain",)).get_content()

    def html(self) -> str:
        """Return the HTML part."""
        return self.message.get_body(preferencelist=("html",)).get_content()


@dataclass
class Mailbox:
    """What the SMTP server received, and how it answers."""

    port: int
    received: list[Received] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)  # recipient: its 5xx answer
    held: int = 0  # messages dropped because their sender left during a hold
    _hold: threading.Event | None = None
    _holding: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope) -> str:
        if self._hold is not None:
            self._holding.set()
            try:
                while not self._hold.is_set():
                    await asyncio.sleep(0.01)
            except asyncio.CancelledError:  # aiosmtpd cancels the handler when the client leaves
                self.held += 1
                raise
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=default)
        one = Received(envelope.mail_from, list(envelope.rcpt_tos), message, raw, session.peer)
        with self._lock:
            self.received.append(one)
        return "250 Message accepted for delivery"

    def hold(self) -> threading.Event:
        """Hold every next DATA until the returned event is set or its client leaves."""
        self._hold = threading.Event()
        self._holding.clear()
        return self._hold

    def wait_holding(self, seconds: float = 30) -> bool:
        """Return once a DATA is being held (False after *seconds*)."""
        return self._holding.wait(seconds)

    def release(self) -> None:
        """Stop holding."""
        if self._hold is not None:
            self._hold.set()
        self._hold = None

    def to(self, address: str) -> list[Received]:
        """Return the messages received for *address*."""
        with self._lock:
            return [one for one in self.received if address in one.recipients]

    def wait_for(self, address: str, count: int = 1, seconds: float = 30) -> list[Received]:
        """Return the messages for *address* once there are *count*; fail after *seconds*."""
        if not wait_until(lambda: len(self.to(address)) >= count, seconds):
            raise AssertionError(
                f"{address} got {len(self.to(address))} mails within {seconds} s, not {count}"
            )
        return self.to(address)


@contextmanager
def mailbox(port: int | None = None) -> Iterator[Mailbox]:
    """Run an SMTP server on 127.0.0.1 (on *port*, or a free one) until the block ends."""
    box = Mailbox(port or free_port())
    controller = Controller(box, hostname="127.0.0.1", port=box.port)
    controller.start()
    try:
        yield box
    finally:
        box.release()
        controller.stop()


def link(received: Received, action: str) -> str:
    """Return the path of the first /mail/<action>/ link in a message's plain text."""
    import re

    found = re.search(rf"https?://[^/\s]+(/mail/{action}/\S+)", received.text())
    assert found, f"no /mail/{action}/ link in:\n{received.text()}"
    return found.group(1)


def waiting_mail(engine) -> int:
    """Return how many addresses have mail the sender may send (now or after a batching wait)
    in the database behind *engine*; replies waiting for a confirmation are not counted."""
    from datetime import timedelta

    from comment_server.store.outbox import due_addresses
    from comment_server.times import utc_now

    with engine.connect() as connection:
        return len(due_addresses(connection, utc_now() + timedelta(days=1), 10_000))
