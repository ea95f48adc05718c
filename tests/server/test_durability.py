"""Durability: the real server, SIGKILLed under concurrent writes, keeps every answered write.

Four writer threads send comments and stars to `python -m comment_server serve`; once enough writes
were answered the process is killed with SIGKILL (no shutdown, no flush), started again on the same
database, and every write that was answered with success must be there exactly once.
"""

import os
import signal
import threading
import uuid
from dataclasses import dataclass, field

import httpx
import pytest

from tests.support.api import reader_token
from tests.support.live_server import live_server

WRITERS = 4
WRITES_PER_WRITER = 150
KILL_AFTER = 240  # answered writes before the SIGKILL: about half of them


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
                    "reader": reader_token(f"reader-{key}"),
                    "form_token": token,
                    "homepage": "",
                }
            else:
                kind, method, path, expected = "star", "PUT", "stars", 200
                body = {"reader": reader_token(f"reader-{key}"), "comment": None}
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


@pytest.mark.slow
@pytest.mark.timeout(90)
def test_answered_writes_survive_sigkill(live_database_url, tmp_path):
    run = uuid.uuid4().hex[:8]
    thread = f"durability-{run}"
    ledger = Ledger()
    log = tmp_path / "server.log"
    with live_server(live_database_url, log, moderation="off") as server:
        process, base = server.process, server.base
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

    with (
        live_server(live_database_url, log, moderation="off") as server,
        httpx.Client(base_url=server.base, timeout=10) as client,
    ):
        markers = comment_markers(client, thread)
        stars = client.get(f"/api/threads/{thread}/stars").json()
        missing_stars = [
            k for k in ledger.stars if not starred(client, thread, reader_token(f"reader-{k}"))
        ]

    assert len(markers) == len(set(markers)), "a comment was stored twice"
    assert set(ledger.comments) <= set(markers), "an answered comment was lost"
    # Beyond those answered, only writes in flight at the kill (one per writer) may have landed.
    assert set(markers) - set(ledger.comments) <= set(ledger.unanswered)
    assert missing_stars == [], "an answered star was lost"
    assert len(ledger.stars) <= stars["post"]["count"] <= len(ledger.stars) + len(ledger.unanswered)
