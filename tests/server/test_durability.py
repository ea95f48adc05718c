"""Durability: the real server, SIGKILLed under concurrent writes, keeps every answered write.

Four writer threads send comments and stars to `python -m comment_server serve`; once enough writes
were answered the process is killed with SIGKILL (no shutdown, no flush), started again on the same
database, and every write that was answered with success must be there exactly once.
"""

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT, free_port

WRITERS = 4
WRITES_PER_WRITER = 150
KILL_AFTER = 240  # answered writes before the SIGKILL: about half of them
SECRET = "durability-test-secret-" + "0123456789abcdef" * 2


@dataclass
class Ledger:
    """What the writers sent and what the server answered, shared by the writer threads."""

    comments: list[str] = field(default_factory=list)  # markers of comments answered 201
    stars: list[str] = field(default_factory=list)  # readers whose star was answered 200
    unanswered: list[str] = field(default_factory=list)  # sent, no answer (the kill)
    refused: list[str] = field(default_factory=list)  # an answer that was not a success
    lock: threading.Lock = field(default_factory=threading.Lock)
    enough: threading.Event = field(default_factory=threading.Event)

    def answered(self, kind: str, key: str) -> None:
        with self.lock:
            (self.comments if kind == "comment" else self.stars).append(key)
            if len(self.comments) + len(self.stars) >= KILL_AFTER:
                self.enough.set()


def server_env(database_url: str) -> dict[str, str]:
    """Return the environment of a server that accepts every write at once (no limits, no queue)."""
    return {
        **os.environ,
        "COMMENT_SERVER_SECRET": SECRET,
        "COMMENT_SERVER_DATABASE_URL": database_url,
        "COMMENT_SERVER_RATE_LIMITS": "off",
        "COMMENT_SERVER_MIN_SUBMIT_SECONDS": "0",
        "COMMENT_SERVER_MODERATION": "off",
        "COMMENT_SERVER_MAX_LINKS": "100",
    }


@contextmanager
def serve(database_url: str, log: Path) -> Iterator[tuple[subprocess.Popen, str]]:
    """Run `python -m comment_server serve` on a free port; yield the process and its base URL."""
    port = free_port()
    command = [sys.executable, "-m", "comment_server", "serve", "--port", str(port)]
    with log.open("ab") as output:
        process = subprocess.Popen(
            command, cwd=ROOT, env=server_env(database_url), stdout=output, stderr=output
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(process, base, log)
        yield process, base
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def wait_until_ready(process: subprocess.Popen, base: str, log: Path) -> None:
    """Wait until the server answers a read (its database is open), or fail naming its log."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server exited with {process.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(f"{base}/api/threads/ready/comments", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    pytest.fail(f"the server did not answer within 20 s:\n{log.read_text()}")


def write(base: str, thread: str, run: str, writer: int, ledger: Ledger) -> None:
    """Send comments and stars in turn until done or the server is gone."""
    with httpx.Client(base_url=base, timeout=5) as client:
        token = client.get("/api/form").json()["token"]
        for n in range(WRITES_PER_WRITER):
            key = f"{run}-w{writer}-n{n}"
            if n % 2 == 0:
                kind, method, path, expected = "comment", "POST", "comments", 201
                body = {
                    "author": f"Writer {writer}",
                    "text": f"Durable comment {key}",
                    "reader": f"reader-{key}",
                    "form_token": token,
                    "homepage": "",
                }
            else:
                kind, method, path, expected = "star", "PUT", "stars", 200
                body = {"reader": f"reader-{key}", "comment": None}
            try:
                answer = client.request(method, f"/api/threads/{thread}/{path}", json=body)
            except httpx.TransportError:
                with ledger.lock:
                    ledger.unanswered.append(key)
                return  # the server is gone
            if answer.status_code == expected:
                ledger.answered(kind, key)
            else:
                with ledger.lock:
                    ledger.refused.append(f"{key}: {answer.status_code} {answer.text}")


def comment_markers(client: httpx.Client, thread: str) -> list[str]:
    """Return the marker of every comment the restarted server shows on the thread."""
    comments = client.get(f"/api/threads/{thread}/comments").json()["comments"]
    return [c["html"].split("Durable comment ", 1)[1].split("<", 1)[0] for c in comments]


def starred(client: httpx.Client, thread: str, reader: str) -> bool:
    """Return whether the server has this reader's star on the post."""
    answer = client.get(f"/api/threads/{thread}/stars", params={"reader": reader})
    return answer.json()["post"]["starred"]


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def database_url(request, tmp_path) -> str:
    """A fresh SQLite file, or the session's PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'comments.sqlite3'}"
    return request.getfixturevalue("postgres_url")


@pytest.mark.slow
@pytest.mark.timeout(90)
def test_answered_writes_survive_sigkill(database_url, tmp_path):
    run = uuid.uuid4().hex[:8]
    thread = f"durability-{run}"
    ledger = Ledger()
    log = tmp_path / "server.log"
    with serve(database_url, log) as (process, base):
        writers = [
            threading.Thread(target=write, args=(base, thread, run, w, ledger), daemon=True)
            for w in range(WRITERS)
        ]
        for writer in writers:
            writer.start()
        assert ledger.enough.wait(timeout=40), f"too few writes answered: {ledger}"
        os.kill(process.pid, signal.SIGKILL)
        for writer in writers:
            writer.join(timeout=20)
        assert process.wait(timeout=10) == -signal.SIGKILL
    assert not any(writer.is_alive() for writer in writers)
    assert ledger.refused == []
    sent = WRITERS * WRITES_PER_WRITER
    answered = len(ledger.comments) + len(ledger.stars)
    assert KILL_AFTER <= answered < sent, "the kill must land in the middle of the writes"

    with serve(database_url, log) as (_, base), httpx.Client(base_url=base, timeout=10) as client:
        markers = comment_markers(client, thread)
        stars = client.get(f"/api/threads/{thread}/stars").json()
        missing_stars = [k for k in ledger.stars if not starred(client, thread, f"reader-{k}")]

    assert len(markers) == len(set(markers)), "a comment was stored twice"
    assert set(ledger.comments) <= set(markers), "an answered comment was lost"
    # Beyond those answered, only writes in flight at the kill (one per writer) may have landed.
    assert set(markers) - set(ledger.comments) <= set(ledger.unanswered)
    assert missing_stars == [], "an answered star was lost"
    assert len(ledger.stars) <= stars["post"]["count"] <= len(ledger.stars) + len(ledger.unanswered)
