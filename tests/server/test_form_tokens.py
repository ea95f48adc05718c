"""One form token, one comment (issue 14, item 6): a token is spent by the comment it carries, so
the minimum time to fill the form costs a robot one wait per comment, not one in all."""

import json
from concurrent.futures import ThreadPoolExecutor

from tests.support.api import READER
from tests.support.network import wait_until

SPENT = "was already used for a comment: get a new one from GET /api/form"


def comment_body(token: str, text: str) -> dict:
    return {"author": "Bot", "text": text, "reader": READER, "form_token": token, "homepage": ""}


def post(client, body: dict):
    return client.post(
        "/api/threads/welcome/comments",
        content=json.dumps(body),
        headers={"Content-Type": "application/json"},
    )


def old_enough_token(client) -> str:
    """Return a form token, once the server's minimum time to fill the form has passed."""
    token = client.get("/api/form").json()["token"]
    probe = comment_body(token, "probe")
    probe["text"] = ""  # refused for the text, after the token's age was checked
    assert wait_until(
        lambda: "form_token" not in post(client, probe).json()["fields"], seconds=10
    ), "the form token never became old enough"
    return token


def test_a_form_token_carries_one_comment_and_its_replay_is_refused(make_client, store):
    client = make_client(min_submit_seconds=1)
    token = old_enough_token(client)
    first = post(client, comment_body(token, "The first comment of this form."))
    assert first.status_code == 201, first.text
    for text in ("The same form again.", "The first comment of this form."):
        replay = post(client, comment_body(token, text))
        assert replay.status_code == 422, replay.text
        assert replay.json()["fields"] == {"form_token": SPENT}
    assert [c["markdown"] for c in store.admin_comments("pending")] == [
        "The first comment of this form."
    ]


def test_a_token_sent_twice_at_once_stores_one_comment(make_client, store):
    client = make_client(min_submit_seconds=1)
    token = old_enough_token(client)
    bodies = [comment_body(token, f"Racing comment {n}.") for n in range(6)]
    with ThreadPoolExecutor(6) as pool:
        statuses = sorted(
            answer.status_code for answer in pool.map(lambda b: post(client, b), bodies)
        )
    assert statuses == [201] + [422] * 5
    assert len(store.admin_comments("pending")) == 1


def test_without_a_minimum_time_a_token_is_not_spent(make_client, store):
    # A new token costs nothing then, so spending one would defend nothing (docs/api.md).
    client = make_client(min_submit_seconds=0)
    token = client.get("/api/form").json()["token"]
    for n in range(2):
        assert post(client, comment_body(token, f"Comment {n}.")).status_code == 201
    assert len(store.admin_comments("pending")) == 2
