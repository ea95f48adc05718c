"""The comment server's test identity, and valid requests to build on.

One secret and one admin password for every test server, in-process (`TestClient`) or live. The
admin credential is scrypt, slow on purpose; the tests' costs 2**8 (the format carries its cost),
so a run of a thousand signed-in requests takes no longer than one of anonymous ones.
"""

import json
from functools import cache

from starlette.testclient import TestClient

SECRET = "goldstar-tests-secret-" + "0123456789abcdef" * 2
PASSWORD = "correct horse battery staple"
ADMIN = {"Authorization": f"Bearer {PASSWORD}"}
ORIGIN = "http://127.0.0.1:8000"


def reader_token(name: str) -> str:
    """Return the reader token the test server issues for the nonce *name* (signed, like
    POST /api/readers issues them; the same *name* gives the same token)."""
    from comment_server.tokens import Tokens

    return Tokens(SECRET).reader_token(name)


READER = reader_token("reader-token-0123456789")


@cache
def credential() -> str:
    """Return the admin credential of PASSWORD (at a cheap scrypt cost, made once)."""
    from comment_server.credential import hash_password

    return hash_password(PASSWORD, n=2**8)


def comment_body(client: TestClient, **fields) -> dict:
    """Return a valid comment body, with a fresh form token, *fields* changed."""
    token = client.get("/api/form").json()["token"]
    body = {
        "author": "Agnès",
        "text": "Thank you for *this*.",
        "reader": READER,
        "form_token": token,
        "homepage": "",
    }
    return body | fields


def new_comment(client: TestClient, thread: str = "welcome", **fields) -> dict:
    """Post a valid comment (fields override the defaults); return the decoded 201 answer."""
    body = comment_body(client, **fields)
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


def inbox(client: TestClient, query: str = "") -> list[dict]:
    """Return the author's inbox: the comments `GET /api/admin/comments{query}` lists."""
    answer = client.get(f"/api/admin/comments{query}", headers=ADMIN)
    assert answer.status_code == 200, answer.text
    return answer.json()["comments"]
