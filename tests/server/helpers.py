"""Helpers of the comment server's tests: valid requests to build on, and polling."""

import json
import time
from collections.abc import Callable

from starlette.testclient import TestClient

SECRET = "test-secret-" + "k" * 32
ADMIN_PASSWORD = "correct horse battery"
ORIGIN = "http://127.0.0.1:8000"
READER = "reader-token-0123456789"
ADMIN = {"Authorization": f"Bearer {ADMIN_PASSWORD}"}


def new_comment(client: TestClient, thread: str = "welcome", **fields) -> dict:
    """Post a valid comment (fields override the defaults); return the decoded 201 answer."""
    token = client.get("/api/form").json()["token"]
    body = {
        "author": "Agnès",
        "text": "Thank you for *this*.",
        "reader": READER,
        "form_token": token,
        "homepage": "",
    }
    body.update(fields)
    answer = client.post(
        f"/api/threads/{thread}/comments",
        content=json.dumps(body).encode("ascii"),  # escaped: lone surrogates travel too
        headers={"Content-Type": "application/json"},
    )
    assert answer.status_code == 201, answer.text
    return answer.json()


def approved_comment(client: TestClient, thread: str = "welcome", **fields) -> dict:
    """Post a comment and approve it; return the public comment."""
    comment = new_comment(client, thread, **fields)["comment"]
    answer = client.post(f"/api/admin/comments/{comment['id']}/approve", json={}, headers=ADMIN)
    assert answer.status_code == 200, answer.text
    return answer.json()["comment"]


def wait_until(predicate: Callable[[], bool], seconds: float = 10.0) -> bool:
    """Poll *predicate* until it is true or *seconds* pass; return its last value."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()
