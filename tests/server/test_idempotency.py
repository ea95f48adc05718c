"""Retries are safe (issue 14, item 7): a write sent again with the same Idempotency-Key gets the
first answer (same status, same body) and changes nothing; keys are per endpoint and per reader."""

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from comment_server.openapi import IDEMPOTENT
from tests.support.api import ADMIN, approved_comment, comment_body, reader_token

JSON = {"Content-Type": "application/json"}


def send(client, method: str, path: str, body: dict, key: str | None, extra=None):
    headers = dict(JSON) | ({"Idempotency-Key": key} if key else {}) | (extra or {})
    return client.request(method, path, content=json.dumps(body), headers=headers)


def comments_of(store) -> list[str]:
    return [c["markdown"] for c in store.admin_comments("pending")]


def test_a_retried_comment_gets_the_first_answer_and_is_stored_once(client, store):
    body = comment_body(client)
    first = send(client, "POST", "/api/threads/welcome/comments", body, "draft-key-0001")
    again = send(client, "POST", "/api/threads/welcome/comments", body, "draft-key-0001")
    assert first.status_code == again.status_code == 201
    assert again.content == first.content  # the same edit token too
    assert again.headers["Idempotent-Replayed"] == "true"
    assert comments_of(store) == [body["text"]]


def test_retries_sent_at_once_store_one_comment(client, store):
    body = comment_body(client)
    with ThreadPoolExecutor(8) as pool:
        answers = list(
            pool.map(
                lambda _: send(
                    client, "POST", "/api/threads/welcome/comments", body, "burst-key-01"
                ),
                range(8),
            )
        )
    assert {a.status_code for a in answers} == {201}
    assert len({a.content for a in answers}) == 1
    assert comments_of(store) == [body["text"]]


def test_a_key_is_the_readers_own_and_the_endpoints_own(client, store):
    mine = comment_body(client, text="Mine.")
    theirs = comment_body(client, text="Theirs.", reader=reader_token("another-reader-token-42"))
    first = send(client, "POST", "/api/threads/welcome/comments", mine, "shared-key-01")
    other = send(client, "POST", "/api/threads/welcome/comments", theirs, "shared-key-01")
    elsewhere = send(client, "POST", "/api/threads/other-post/comments", mine, "shared-key-01")
    assert (first.status_code, other.status_code) == (201, 201)
    assert other.json()["edit_token"] != first.json()["edit_token"]  # never someone else's answer
    assert elsewhere.status_code == 201 and elsewhere.json()["comment"]["thread"] == "other-post"
    assert sorted(comments_of(store)) == ["Mine.", "Mine.", "Theirs."]


def test_a_key_sent_with_another_body_is_refused(client, store):
    send(
        client,
        "POST",
        "/api/threads/welcome/comments",
        comment_body(client, text="One."),
        "key-000001",
    )
    changed = send(
        client,
        "POST",
        "/api/threads/welcome/comments",
        comment_body(client, text="Two."),
        "key-000001",
    )
    assert changed.status_code == 409
    assert changed.json()["fields"] == {"Idempotency-Key": "was used for another request"}
    assert comments_of(store) == ["One."]


@pytest.mark.parametrize(
    "key", ["short", "has space inside", "é-not-ascii-key".encode(), "x" * 201]
)
def test_a_malformed_key_is_refused(client, key):
    body = comment_body(client)
    answer = client.post(
        "/api/threads/welcome/comments",
        content=json.dumps(body),
        headers=JSON | {"Idempotency-Key": key},
    )
    assert answer.status_code == 422
    assert "Idempotency-Key" in answer.json()["fields"]


def test_a_refused_write_keeps_no_answer(client, store):
    body = comment_body(client)
    body["text"] = " "
    assert (
        send(client, "POST", "/api/threads/welcome/comments", body, "fix-then-send").status_code
        == 422
    )
    body["text"] = "Fixed."
    assert (
        send(client, "POST", "/api/threads/welcome/comments", body, "fix-then-send").status_code
        == 201
    )
    assert comments_of(store) == ["Fixed."]


def test_a_retried_star_and_unstar_answer_as_first(client):
    comment = approved_comment(client)
    star = {"reader": reader_token("star-reader-000000001"), "comment": comment["id"]}
    put = send(client, "PUT", "/api/threads/welcome/stars", star, "star-action-1")
    delete = send(client, "DELETE", "/api/threads/welcome/stars", star, "star-action-2")
    put_again = send(client, "PUT", "/api/threads/welcome/stars", star, "star-action-1")
    assert put.json() == put_again.json() == {"count": 1, "starred": True}
    assert delete.json() == {"count": 0, "starred": False}
    # The retry changed nothing: the star is still taken back.
    counts = client.get("/api/threads/welcome/stars").json()["comments"][str(comment["id"])]
    assert counts["count"] == 0


def test_a_retried_edit_answers_as_first(client, store):
    created = send(client, "POST", "/api/threads/welcome/comments", comment_body(client), None)
    edit = {"edit_token": created.json()["edit_token"], "text": "Sent once, whatever the net does."}
    path = f"/api/comments/{created.json()['comment']['id']}"
    first = send(client, "PATCH", path, edit, "edit-key-0001")
    again = send(client, "PATCH", path, edit, "edit-key-0001")
    assert first.status_code == again.status_code == 200
    assert again.content == first.content
    assert comments_of(store) == [edit["text"]]


def test_a_retried_reply_or_gold_star_of_the_author_counts_once(client):
    comment = approved_comment(client)
    path = f"/api/admin/comments/{comment['id']}"
    reply = {"text": "Thank you, Agnès."}
    first = send(client, "POST", f"{path}/reply", reply, "reply-key-001", ADMIN)
    again = send(client, "POST", f"{path}/reply", reply, "reply-key-001", ADMIN)
    assert first.status_code == again.status_code == 201
    assert again.json()["comment"]["id"] == first.json()["comment"]["id"]
    stars = [send(client, "POST", f"{path}/gold-stars", {"count": 2}, "star-key-01", ADMIN)]
    stars.append(send(client, "POST", f"{path}/gold-stars", {"count": 2}, "star-key-01", ADMIN))
    assert [s.json()["comment"]["gold_stars"] for s in stars] == [2, 2]
    thread = client.get("/api/threads/welcome/comments").json()["comments"]
    assert [c["gold_stars"] for c in thread if c["id"] == comment["id"]] == [2]
    assert len([c for c in thread if c["by_author"]]) == 1


def test_the_document_names_the_header_on_each_retryable_write_and_no_other(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    named = {
        (path, method)
        for path, item in paths.items()
        for method, operation in item.items()
        if any(p["name"] == "Idempotency-Key" for p in operation.get("parameters", []))
    }
    assert named == set(IDEMPOTENT) and len(named) == 6  # the six writes the tests above retry
