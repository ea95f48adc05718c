"""A real comment server process on 127.0.0.1: the one set-up every test and benchmark uses.

`live_server(database_url, log, **settings)` runs `python -m comment_server serve` on a free port
with an environment made by `server_env` (tests.support.api's secret and admin password, no minimum
time to fill the form, no rate limits unless asked), waits until it answers (with a deadline,
naming its log when it does not), and stops it afterwards, killing it if it hangs.
`start_sender(env, log)` runs `python -m comment_server send-mail` the same way (ready once it
says it is sending: from then on SIGTERM is its graceful stop). `run_command(args, env)` runs
any other command of `python -m comment_server` to its end.
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

# How long a server (every worker: each imports the tone reader, ~1 CPU s) may take to answer; a
# shared machine at a load of 15 has taken over 30 s to start two workers.
READY_WITHIN = 90
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
class LiveProcess:
    """A running command of the comment server: its process, its environment and its log."""

    process: subprocess.Popen
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


@dataclass
class LiveServer(LiveProcess):
    """A running server: its process, its environment, its log and its base URL."""

    base: str = ""

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
    process, env = _spawn(
        [python, "-m", "comment_server", "serve", "--port", str(port), *args], env, log, cwd
    )
    server = LiveServer(process, env, log, base=f"http://127.0.0.1:{port}")
    health = f"{server.base}/api/health"
    _wait_ready(server, lambda: answers(health), "the comment server", "answer")
    return server


SENDING = "comment_server: send-mail: sending reply mail"  # send-mail's line once it is ready


def start_sender(
    env: dict[str, str], log: Path, *, cwd: Path = ROOT, python: str = sys.executable, nice: int = 0
) -> LiveProcess:
    """Start `python -m comment_server send-mail` with *env* (under `nice -n` *nice* when not 0);
    wait until it says it is sending."""
    before = log.read_text().count(SENDING) if log.exists() else 0
    command = [python, "-m", "comment_server", "send-mail"]
    if nice:
        command = ["nice", "-n", str(nice), *command]
    process, env = _spawn(command, env, log, cwd)
    sender = LiveProcess(process, env, log)
    ready = lambda: log.read_text().count(SENDING) > before  # noqa: E731
    _wait_ready(sender, ready, "send-mail", "start sending")
    return sender


def _spawn(
    command: list[str], env: dict[str, str], log: Path, cwd: Path
) -> tuple[subprocess.Popen, dict[str, str]]:
    """Start *command* in *cwd*, its output appended to *log*; return it and its environment."""
    env = {**env, "PYTHONPATH": str(cwd)}  # this checkout's packages, whatever else is installed
    with log.open("ab") as output:
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=output, stderr=output)
    return process, env


def _wait_ready(live: LiveProcess, ready, name: str, doing: str) -> None:
    """Wait up to READY_WITHIN s for ready() (or for *live* to exit); fail the test, with its log,
    if not."""
    process, log = live.process, live.log
    if not wait_until(lambda: process.poll() is not None or ready(), READY_WITHIN):
        live.stop()
        pytest.fail(f"{name} did not {doing} within {READY_WITHIN} s:\n{log.read_text()}")
    if process.poll() is not None:
        pytest.fail(f"{name} exited with {process.returncode}:\n{log.read_text()}")


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


def run_command(
    args: list, env: dict[str, str], stdin: str = "", cwd: Path = ROOT
) -> subprocess.CompletedProcess:
    """Run `python -m comment_server ARGS` with *env* in *cwd* to its end (two minutes at most);
    return the finished process, its output as text."""
    return subprocess.run(
        [sys.executable, "-m", "comment_server", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )
