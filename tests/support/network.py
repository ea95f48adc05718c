"""Ports on 127.0.0.1, and waiting for something to answer there (a deadline, never a sleep)."""

import socket
import time
from collections.abc import Callable

import httpx


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(predicate: Callable[[], bool], seconds: float = 10.0) -> bool:
    """Poll *predicate* until it is true or *seconds* pass; return its last value."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def answers(url: str, status: int = 200) -> bool:
    """Return whether *url* answers *status* now."""
    try:
        return httpx.get(url, timeout=2).status_code == status
    except httpx.TransportError:
        return False
