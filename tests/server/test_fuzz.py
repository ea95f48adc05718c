"""Bad input never crashes the server: random hostile bodies and queries on every route, no 500.

Deterministic (seeded): values of every JSON type, huge numbers, long strings and a slice of the
Big List of Naughty Strings, in the fields each route reads and in every query parameter.
"""

import json
import random

from tests.support.api import ADMIN, READER
from tests.support.corpora import naughty_strings

VALUES = [
    None, True, False, 0, -1, 2**31, 2**63, 10**30, 1.5, 1e308, "", "x", [], {}, [1], {"a": 1},
    "a" * 20_000, "\ud800", "\x00", "https://ok.example", "javascript:alert(1)",
]  # fmt: skip
ROUTES = [
    ("POST", "/api/threads/t/comments", ("author", "text", "email", "website", "parent", "title",
                                         "reader", "form_token", "homepage")),
    ("PUT", "/api/threads/t/stars", ("reader", "comment")),
    ("DELETE", "/api/threads/t/stars", ("reader", "comment")),
    ("PATCH", "/api/comments/1", ("edit_token", "text", "author", "website")),
    ("POST", "/api/admin/comments/1/reply", ("text", "template")),
    ("POST", "/api/admin/comments/1/gold-stars", ("count",)),
    ("POST", "/api/admin/comments/1/approve", ("x",)),
    ("POST", "/admin/session", ("password",)),
    ("DELETE", "/api/admin/comments/2", ("x",)),
    ("POST", "/api/admin/commenters/0123456789abcdef/block", ("x",)),
]  # fmt: skip
REQUESTS = 600


def test_random_hostile_bodies_never_get_a_500(make_client):
    client = make_client(rate_limits=False, max_links=100)
    token = client.get("/api/form").json()["token"]
    first = {"author": "a", "text": "b", "reader": READER, "form_token": token}
    assert client.post("/api/threads/t/comments", json=first).status_code == 201
    rng = random.Random(3)
    values = [*VALUES, *naughty_strings()[::10]]
    statuses = set()
    for _ in range(REQUESTS):
        method, path, fields = rng.choice(ROUTES)
        body = {name: rng.choice(values) for name in fields if rng.random() < 0.8}
        if "form_token" in body and rng.random() < 0.5:
            body["form_token"] = token
        if "reader" in body and rng.random() < 0.3:
            body["reader"] = READER
        raw = json.dumps(body).encode("ascii")
        headers = {"Content-Type": "application/json", **ADMIN}
        answer = client.request(method, path, content=raw, headers=headers)
        assert answer.status_code < 500, (method, path, raw[:300], answer.text)
        refused = answer.status_code not in (200, 201, 204)
        assert not refused or set(answer.json()) == {"error", "fields", "code"}
        statuses.add(answer.status_code)
    assert {200, 422} <= statuses  # the fuzz reached both the store and the validators


def test_hostile_query_parameters_never_get_a_500(client):
    for name in ("since", "reader", "status", "unanswered", "limit"):
        for value in naughty_strings()[::7]:
            for path in ("/api/threads/t/comments", "/api/threads/t/stars", "/api/admin/comments"):
                answer = client.get(path, params={name: value}, headers=ADMIN)
                assert answer.status_code < 500, (path, name, value, answer.text)
