"""A retry after the server died between its commit and its answer stores nothing twice (issue 14,
item 7), on SQLite and PostgreSQL.

The comment is sent on a raw socket whose answer is never read (the reader's network dropped);
the moment its row is visible in the database the server gets SIGKILL, mostly before it has even
written the answer. A new server on the same database gets the same request with the same
Idempotency-Key and must answer with the comment that was stored, once.
"""

import json
import os
import signal
import socket
import uuid
from urllib.parse import urlsplit

import httpx
import pytest
from sqlalchemy import create_engine, text

from tests.support.api import reader_token
from tests.support.live_server import live_server
from tests.support.network import wait_until


def send_and_never_read(base: str, path: str, body: bytes, key: str) -> socket.socket:
    """Send a POST on a socket of its own and return the socket, its answer unread."""
    parts = urlsplit(base)
    connection = socket.create_connection((parts.hostname, parts.port), timeout=10)
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nContent-Type: application/json\r\n"
        f"Idempotency-Key: {key}\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    connection.sendall(head.encode("ascii") + body)
    return connection


def stored(live_database_url: str, marker: str) -> list[int]:
    """Return the ids of the comments holding *marker*, read straight from the database."""
    engine = create_engine(live_database_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as connection:
            query = text("SELECT id FROM comments WHERE markdown = :marker ORDER BY id")
            return list(connection.execute(query, {"marker": marker}).scalars())
    finally:
        engine.dispose()


@pytest.mark.slow
@pytest.mark.timeout(90)
def test_a_retry_after_a_kill_between_commit_and_answer_stores_one_comment(
    live_database_url, tmp_path
):
    run = uuid.uuid4().hex[:8]
    path = f"/api/threads/retry-{run}/comments"
    marker = f"Sent once, whatever happens to the server ({run})."
    key = f"draft-{run}-{uuid.uuid4().hex}"
    log = tmp_path / "server.log"
    with live_server(live_database_url, log) as server:
        token = httpx.get(f"{server.base}/api/form", timeout=10).json()["token"]
        body = {"author": "Ama", "text": marker, "reader": reader_token(f"reader-{run}-0123456789")}
        body |= {"form_token": token, "homepage": ""}
        sent = json.dumps(body).encode("utf-8")
        lost = send_and_never_read(server.base, path, sent, key)
        assert wait_until(lambda: stored(live_database_url, marker) != [], 20), log.read_text()
        os.kill(server.process.pid, signal.SIGKILL)
        assert server.process.wait(timeout=10) == -signal.SIGKILL
        lost.close()
    [first_id] = stored(live_database_url, marker)

    with live_server(live_database_url, log) as server:
        headers = {"Content-Type": "application/json", "Idempotency-Key": key}
        retries = [
            httpx.post(f"{server.base}{path}", content=sent, headers=headers, timeout=10)
            for _ in range(2)
        ]
    assert [r.status_code for r in retries] == [201, 201], retries[0].text
    assert retries[0].json()["comment"]["id"] == first_id
    assert retries[0].json()["edit_token"] and retries[0].content == retries[1].content
    assert stored(live_database_url, marker) == [first_id]
