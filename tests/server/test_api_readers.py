"""The readers' API through the ASGI test client on SQLite and PostgreSQL: what succeeds."""

import gzip

import pytest
from sqlalchemy.exc import OperationalError

from tests.support.api import ADMIN, ORIGIN, READER, approved_comment, new_comment, reader_token


def test_a_new_comment_is_pending_with_an_edit_token_and_absent_from_the_thread(client):
    answer = new_comment(client, title="Welcome to Small Kindnesses")
    comment = answer["comment"]
    assert comment["status"] == "pending" and comment["thread"] == "welcome"
    assert comment["html"] == "<p>Thank you for <em>this</em>.</p>"
    assert len(comment["commenter"]) == 16 and "email" not in comment
    assert answer["edit_token"] and answer["edit_until"] > comment["created"]
    thread = client.get("/api/threads/welcome/comments").json()
    assert thread == {"thread": "welcome", "stars": 0, "comments": []}


def test_an_approved_comment_is_public_and_its_commenter_trusted(client):
    first = approved_comment(client)
    thread = client.get("/api/threads/welcome/comments").json()
    assert [c["id"] for c in thread["comments"]] == [first["id"]]
    public = thread["comments"][0]
    assert set(public) == {
        "id", "parent", "reply_to", "thread", "author", "website", "created", "edited",
        "updated", "html", "stars", "gold_stars", "by_author", "commenter",
    }  # fmt: skip
    assert public["parent"] is None and public["reply_to"] is None
    second = new_comment(client, parent=first["id"])["comment"]
    assert second["status"] == "approved" and second["parent"] == first["id"]
    assert second["reply_to"] is None  # it answers its parent


def test_since_returns_only_what_changed_at_or_after_it(client):
    old = approved_comment(client)
    since = old["updated"]
    # Times are to the second: a change in the build's own last second must still be sent.
    same = client.get(f"/api/threads/welcome/comments?since={since}").json()["comments"]
    assert [c["id"] for c in same] == [old["id"]]
    later = "2999-01-01T00:00:00Z"
    assert client.get(f"/api/threads/welcome/comments?since={later}").json()["comments"] == []
    earlier = "2000-01-01T00:00:00Z"
    got = client.get(f"/api/threads/welcome/comments?since={earlier}").json()["comments"]
    assert [c["id"] for c in got] == [old["id"]]


def test_reads_send_an_etag_and_answer_304_until_something_changes(client):
    first = client.get("/api/threads/welcome/comments")
    etag = first.headers["etag"]
    again = client.get("/api/threads/welcome/comments", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    approved_comment(client)
    changed = client.get("/api/threads/welcome/comments", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["etag"] != etag
    stars = client.get("/api/threads/welcome/stars")
    same = client.get(
        "/api/threads/welcome/stars", headers={"If-None-Match": stars.headers["etag"]}
    )
    assert same.status_code == 304


def test_a_large_thread_is_sent_gzipped_to_clients_that_accept_it(make_client):
    client = make_client(rate_limits=False)
    for index in range(12):
        approved_comment(
            client,
            text=f"Comment {index}: " + "kind words " * 20,
            reader=reader_token(f"{index:020d}"),
        )
    plain = client.get("/api/threads/welcome/comments", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    raw = client.get("/api/threads/welcome/comments", headers={"Accept-Encoding": "gzip"})
    assert raw.headers["content-encoding"] == "gzip"
    assert raw.json() == plain.json()  # httpx decodes it
    assert len(gzip.compress(plain.content)) < len(plain.content) / 3


def test_stars_on_the_post_and_a_comment_once_per_reader(client):
    comment = approved_comment(client)
    star = {"reader": READER, "comment": None}
    assert client.put("/api/threads/welcome/stars", json=star).json() == {
        "count": 1,
        "starred": True,
    }
    assert client.put("/api/threads/welcome/stars", json=star).json()["count"] == 1
    on_comment = {"reader": reader_token("z" * 16), "comment": comment["id"]}
    assert client.put("/api/threads/welcome/stars", json=on_comment).json()["count"] == 1
    summary = client.get(f"/api/threads/welcome/stars?reader={READER}").json()
    assert summary == {
        "thread": "welcome",
        "post": {"count": 1, "starred": True},
        "comments": {str(comment["id"]): {"count": 1, "starred": False}},
    }
    assert client.get("/api/threads/welcome/comments").json()["stars"] == 1
    back = client.request("DELETE", "/api/threads/welcome/stars", json=star)
    assert back.json() == {"count": 0, "starred": False}
    assert client.get("/api/threads/welcome/comments").json()["comments"][0]["stars"] == 1


def test_a_star_on_a_missing_comment_is_404(client):
    answer = client.put("/api/threads/welcome/stars", json={"reader": READER, "comment": 12345})
    assert answer.status_code == 404 and answer.json()["fields"] == {
        "comment": "there is no such approved comment in this thread"
    }


def test_edit_within_the_window(client):
    created = new_comment(client)
    comment_id = created["comment"]["id"]
    body = {
        "edit_token": created["edit_token"],
        "text": "Now with a [link](https://example.org).",
        "author": "Agnès B.",
        "website": "https://agnes.example",
    }
    answer = client.patch(f"/api/comments/{comment_id}", json=body)
    assert answer.status_code == 200, answer.text
    edited = answer.json()["comment"]
    assert edited["author"] == "Agnès B." and edited["website"] == "https://agnes.example"
    assert edited["html"] == (
        '<p>Now with a <a href="https://example.org" rel="nofollow ugc noopener">link</a>.</p>'
    )
    assert edited["edited"] is not None and edited["status"] == "pending"
    cleared = client.patch(
        f"/api/comments/{comment_id}",
        json={"edit_token": created["edit_token"], "text": "again", "website": None},
    )
    assert cleared.json()["comment"]["website"] is None
    assert cleared.json()["comment"]["author"] == "Agnès B."


def test_an_edit_of_an_approved_comment_shows_at_once(client):
    created = new_comment(client)
    client.post(f"/api/admin/comments/{created['comment']['id']}/approve", json={}, headers=ADMIN)
    client.get("/api/threads/welcome/comments")  # cached now
    client.patch(
        f"/api/comments/{created['comment']['id']}",
        json={"edit_token": created["edit_token"], "text": "Thank you for *thus*."},
    )  # a typo's worth: it stays published (more would wait again: test_edit_moderation.py)
    assert client.get("/api/threads/welcome/comments").json()["comments"][0]["html"] == (
        "<p>Thank you for <em>thus</em>.</p>"
    )


def test_the_form_token_and_its_minimum_time(client):
    answer = client.get("/api/form")
    assert answer.status_code == 200
    assert answer.json()["min_seconds"] == 0 and answer.json()["token"]
    assert answer.headers["cache-control"] == "no-store"


def test_cors_answers_the_configured_origin_only(client):
    preflight = client.options(
        "/api/threads/welcome/comments",
        headers={
            "Origin": ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == ORIGIN
    read = client.get("/api/threads/welcome/comments", headers={"Origin": ORIGIN})
    assert read.headers["access-control-allow-origin"] == ORIGIN
    assert "etag" in read.headers["access-control-expose-headers"].lower()
    other = client.get("/api/threads/welcome/comments", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers
    refused = client.options(
        "/api/threads/welcome/comments",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert "access-control-allow-origin" not in refused.headers


def test_writes_from_the_configured_origin_are_accepted(client):
    token = client.get("/api/form").json()["token"]
    body = {"author": "A", "text": "hi", "reader": READER, "form_token": token, "homepage": ""}
    answer = client.post("/api/threads/welcome/comments", json=body, headers={"Origin": ORIGIN})
    assert answer.status_code == 201
    assert answer.headers["access-control-allow-origin"] == ORIGIN


def test_health_and_unknown_paths(client):
    assert client.get("/api/health").json() == {"ok": True}
    missing = client.get("/api/nothing")
    assert missing.status_code == 404 and set(missing.json()) == {"error", "fields", "code"}
    wrong = client.post("/api/form", json={})
    assert wrong.status_code == 405 and "method" in wrong.json()["error"]
    assert wrong.headers["allow"] == "GET, HEAD"


def test_a_405_allows_every_method_of_the_path(client):
    answer = client.request("PATCH", "/api/threads/welcome/stars")
    assert answer.status_code == 405 and set(answer.json()) == {"error", "fields", "code"}
    assert answer.headers["allow"] == "DELETE, GET, HEAD, PUT"
    assert client.get("/admin/session").headers["allow"] == "DELETE, POST"


def test_an_unexpected_failure_is_a_json_500_and_is_not_swallowed(settings, tmp_path):
    from dataclasses import replace

    from starlette.testclient import TestClient

    from comment_server import create_app

    broken = replace(settings, database_url=f"sqlite:///{tmp_path}/missing/dir/comments.sqlite3")
    with TestClient(create_app(broken), raise_server_exceptions=False) as client:
        answer = client.get("/api/threads/welcome/comments")
    assert answer.status_code == 500
    assert answer.json() == {
        "error": "The server failed to answer; try again in a moment.",
        "fields": {},
        "code": "server_error",
    }
    with TestClient(create_app(broken)) as client, pytest.raises(OperationalError):
        client.get("/api/health")  # re-raised to the server, which logs it


def test_instances_sharing_a_database_see_each_others_writes(make_client):
    writer = make_client()
    fresh = make_client(cache_seconds=0)
    lazy = make_client(cache_seconds=60)
    assert fresh.get("/api/threads/welcome/comments").json()["comments"] == []
    assert lazy.get("/api/threads/welcome/comments").json()["comments"] == []
    comment = approved_comment(writer)
    assert [c["id"] for c in writer.get("/api/threads/welcome/comments").json()["comments"]] == [
        comment["id"]
    ]  # its own write, at once
    assert len(fresh.get("/api/threads/welcome/comments").json()["comments"]) == 1
    assert lazy.get("/api/threads/welcome/comments").json()["comments"] == []  # until 60 s pass


def test_a_read_from_memory_answers_exactly_as_one_from_the_database(make_client):
    checked = make_client(cache_seconds=0, rate_limits=False)  # every read asks the database
    cached = make_client(cache_seconds=60)
    for index in range(12):
        approved_comment(
            checked,
            text=f"Comment {index}: " + "kind words " * 20,
            reader=reader_token(f"{index:020d}"),
        )
    requests = [
        ("/api/threads/welcome/comments", {}),
        ("/api/threads/welcome/comments", {"Accept-Encoding": "gzip"}),
        ("/api/threads/welcome/comments", {"Origin": ORIGIN, "Accept-Encoding": "identity"}),
        ("/api/threads/welcome/comments?since=2000-01-01T00:00:00%2B00:00", {}),
        ("/api/threads/welcome/comments?since=2000-01-01T00:00:00Z", {"Origin": ORIGIN}),
        ("/api/threads/empty/comments", {}),
    ]
    answers = [checked.get(path, headers=headers) for path, headers in requests]
    store = cached.app.state.context.store  # the apps share it: count only the cached app's queries
    queries = []
    query = store.thread_comments_since
    store.thread_comments_since = lambda *args: queries.append(args) or query(*args)
    for (path, headers), expected in zip(requests, answers, strict=True):
        cached.get(path, headers=headers)  # fills the cache
        got = cached.get(path, headers=headers)
        assert (got.status_code, got.content) == (expected.status_code, expected.content), path
        for name in ("etag", "vary", "cache-control", "content-type", "content-encoding",
                     "access-control-allow-origin", "access-control-expose-headers",
                     "x-content-type-options"):  # fmt: skip
            assert got.headers.get(name) == expected.headers.get(name), (path, name)
        again = cached.get(path, headers={**headers, "If-None-Match": got.headers["etag"]})
        assert again.status_code == 304 and again.headers["etag"] == got.headers["etag"]
    assert sorted(thread for thread, _ in queries) == ["empty", "welcome"]  # one load each
    bad = cached.get("/api/threads/welcome/comments?since=nope")
    assert bad.status_code == 422  # a bad query still gets the route's error


def test_a_thread_lists_its_comments_in_id_order_however_they_changed(client):
    # The embed places them as they come: a parent must come before its replies.
    posted = [
        new_comment(client, reader=reader_token(f"order-{n}"), text=f"A comment, number {n}.")
        for n in range(3)
    ]
    ids = [answer["comment"]["id"] for answer in posted]
    for comment_id in reversed(ids):  # approved last first
        client.post(f"/api/admin/comments/{comment_id}/approve", json={}, headers=ADMIN)
    reply = new_comment(client, reader=reader_token("order-0"), parent=ids[2])["comment"]
    edit = {"edit_token": posted[0]["edit_token"], "text": "A coment, number 0."}  # a typo
    headers = {"Origin": ORIGIN}
    assert client.patch(f"/api/comments/{ids[0]}", json=edit, headers=headers).status_code == 200
    thread = client.get("/api/threads/welcome/comments").json()["comments"]
    since = min(c["updated"] for c in thread)
    newer = client.get("/api/threads/welcome/comments", params={"since": since}).json()
    assert [c["id"] for c in thread] == [*ids, reply["id"]]
    assert [c["id"] for c in newer["comments"]] == [*ids, reply["id"]]
