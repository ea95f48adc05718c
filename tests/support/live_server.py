"""A real comment server process on 127.0.0.1: the one set-up every test and benchmark uses.

`live_server(database_url, log, **settings)` runs `python -m comment_server serve` on a free port
with an environment made by `server_env` (tests.support.api's secret and admin password, no minimum
time to fill the form, no rate limits unless asked), waits until it answers (with a deadline,
naming its log when it does not), and stops it afterwards, killing it if it hangs.
"""

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support import ROOT
from tests.support.api import ADMIN, SECRET, credential
from tests.support.network import answers, free_port, wait_until

TESTING = {  # what a test server turns off: the defences a test is not about
    "min_submit_seconds": 0,
    "rate_limits": "off",
    "max_links": 100,
}


def server_env(database_url: str, **settings) -> dict[str, str]:
    """Return the environment of a test server on *database_url*; *settings* are
    COMMENT_SERVER_* values by their lower-case names (`moderation="off"`), over TESTING."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("COMMENT_SERVER_")}
    values = {
        "secret": SECRET,
        "database_url": database_url,
        "admin_credential": credential(),
        **TESTING,
        **settings,
    }
    named = {f"COMMENT_SERVER_{key.upper()}": str(value) for key, value in values.items()}
    return {**clean, **named}


@dataclass
class LiveServer:
    """A running server: its process, its base URL, its environment and its log."""

    process: subprocess.Popen
    base: str
    env: dict[str, str]
    log: Path

    def stop(self) -> None:
        """Stop it (SIGTERM), kill it if it does not stop within 10 s."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def admin_headers(self) -> dict[str, str]:
        """Return the header that signs a request in as the author."""
        return ADMIN


def start_server(
    env: dict[str, str],
    log: Path,
    *args: str,
    cwd: Path = ROOT,
    python: str = sys.executable,
    port: int | None = None,
) -> LiveServer:
    """Start `python -m comment_server serve ARGS` with *env* on *port* (a free one by default);
    wait for an answer.

    *cwd* and *python* run another checkout's server (a benchmark's baseline: its own .venv).
    """
    port = port or free_port()
    command = [python, "-m", "comment_server", "serve", "--port", str(port), *args]
    env = {**env, "PYTHONPATH": str(cwd)}  # this checkout's packages, whatever else is installed
    with log.open("ab") as output:
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=output, stderr=output)
    server = LiveServer(process, f"http://127.0.0.1:{port}", env, log)
    health = f"{server.base}/api/health"
    if not wait_until(lambda: process.poll() is not None or answers(health), 30):
        server.stop()
        pytest.fail(f"the comment server did not answer within 30 s:\n{log.read_text()}")
    if process.poll() is not None:
        pytest.fail(f"the comment server exited with {process.returncode}:\n{log.read_text()}")
    return server


@contextmanager
def live_server(
    database_url: str, log: Path, *args: str, port: int | None = None, **settings
) -> Iterator[LiveServer]:
    """Run a test server on *database_url* (see server_env for *settings*; on *port*, a free one
    by default) until the block ends."""
    server = start_server(server_env(database_url, **settings), log, *args, port=port)
    try:
        yield server
    finally:
        server.stop()
