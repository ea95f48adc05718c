"""Every rule of the API with the request that breaks it, and the JSON error that answers it."""

import json
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from comment_server.readers import INLINE_TEXT
from comment_server.settings import Rate
from comment_server.store.schema import comments
from tests.support.api import ADMIN, READER, comment_body, new_comment


def refused(answer, status: int) -> dict:
    """Assert *answer* is the JSON error shape with *status*; return its body."""
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == "application/json"
    body = answer.json()
    assert set(body) == {"error", "fields", "code"} and body["error"].endswith(".")
    return body


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/api/threads/welcome/comments"),
        ("PUT", "/api/threads/welcome/stars"),
        ("DELETE", "/api/threads/welcome/stars"),
        ("PATCH", "/api/comments/1"),
        ("POST", "/admin/session"),
    ],
)
def test_writes_need_application_json(client, method, path):
    form = client.request(
        method,
        path,
        content=b"author=x",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert "content-type" in refused(form, 415)["fields"]
    bare = client.request(method, path, content=b"{}")
    refused(bare, 415)


def test_writes_from_another_origin_are_403(client):
    body = comment_body(client)
    answer = client.post(
        "/api/threads/welcome/comments", json=body, headers={"Origin": "https://evil.example"}
    )
    assert refused(answer, 403)["fields"] == {
        "origin": "https://evil.example is not an allowed origin"
    }
    star = client.put(
        "/api/threads/welcome/stars", json={"reader": READER}, headers={"Origin": "null"}
    )
    refused(star, 403)
    same_site = client.post(
        "/api/threads/welcome/comments", json=body, headers={"Origin": "http://testserver"}
    )
    assert same_site.status_code == 201  # the server's own origin: the inbox


def test_a_body_over_the_limit_is_413(make_client):
    client = make_client(max_body=2048)
    body = comment_body(client, text="x" * 3000)
    refused(client.post("/api/threads/welcome/comments", json=body), 413)

    def chunks():  # no Content-Length: the limit holds while streaming
        yield b'{"text": "'
        for _ in range(10):
            yield b"y" * 500
        yield b'"}'

    streamed = client.post(
        "/api/threads/welcome/comments",
        content=chunks(),
        headers={"Content-Type": "application/json"},
    )
    refused(streamed, 413)


def test_bad_json_is_400_and_a_non_object_is_422(client):
    headers = {"Content-Type": "application/json"}
    refused(client.post("/api/threads/welcome/comments", content=b"{nope", headers=headers), 400)
    deep = b"[" * 5000 + b"]" * 5000
    refused(client.post("/api/threads/welcome/comments", content=deep, headers=headers), 400)
    bad_utf8 = b'{"author": "\xff"}'
    refused(client.post("/api/threads/welcome/comments", content=bad_utf8, headers=headers), 400)
    assert refused(client.post("/api/threads/welcome/comments", json=[1]), 422)["fields"] == {
        "body": "must be an object"
    }


def test_every_bad_field_is_named_at_once(client):
    body = comment_body(
        client,
        author="",
        text="   ",
        email="not-an-email",
        website="javascript:alert(1)",
        parent="7",
        reader="short",
        homepage="http://spam.example",
    )
    fields = refused(client.post("/api/threads/welcome/comments", json=body), 422)["fields"]
    assert set(fields) == {"author", "text", "email", "website", "parent", "reader", "homepage"}
    assert fields["website"].startswith("must be an http or https address")
    assert fields["homepage"] == "must be left empty"


@pytest.mark.parametrize(
    "website",
    [
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        'https://ok.example/" onmouseover="alert(1)',
        "https://ok.example/<script>",
        "//evil.example",
        "https://user:pass@evil.example",
        "https:///nohost",
        "ftp://files.example",
        "https://ok.example:99999",
    ],
)
def test_websites_are_http_or_https_addresses_only(client, website):
    body = comment_body(client, website=website)
    assert (
        "website" in refused(client.post("/api/threads/welcome/comments", json=body), 422)["fields"]
    )


def test_names_are_plain_text(client):
    body = comment_body(client, author="  Ann\u202e\x00\x07 <b>\n\tB  ")
    answer = client.post("/api/threads/welcome/comments", json=body)
    assert answer.json()["comment"]["author"] == "Ann <b> B"
    long = comment_body(client, author="a" * 81)
    assert refused(client.post("/api/threads/welcome/comments", json=long), 422)["fields"] == {
        "author": "must be at most 80 characters"
    }


def test_a_bad_thread_id_is_422(client):
    for thread in (".hidden", "-dash", "a" * 201, "sp%20ace", "%2e%2e"):
        answer = client.get(f"/api/threads/{thread}/comments")
        assert "thread" in refused(answer, 422)["fields"]
    body = comment_body(client)
    refused(client.post("/api/threads/.env/comments", json=body), 422)


def test_since_must_be_a_time(client):
    answer = client.get("/api/threads/welcome/comments?since=yesterday")
    assert "since" in refused(answer, 422)["fields"]


def test_the_honeypot_must_stay_empty(client):
    body = comment_body(client, homepage="https://bot.example")
    assert refused(client.post("/api/threads/welcome/comments", json=body), 422)["fields"] == {
        "homepage": "must be left empty"
    }


def test_a_comment_sent_too_fast_is_refused(make_client):
    client = make_client(min_submit_seconds=30)
    body = comment_body(client)
    fields = refused(client.post("/api/threads/welcome/comments", json=body), 422)["fields"]
    assert fields["form_token"].startswith("was used too fast: wait")


def test_a_forged_or_missing_form_token_is_refused(client):
    forged = comment_body(client, form_token="abc.def.ghi")
    fields = refused(client.post("/api/threads/welcome/comments", json=forged), 422)["fields"]
    assert fields == {"form_token": "is not a form token of this server: reload the page"}
    missing = comment_body(client)
    del missing["form_token"]
    refused(client.post("/api/threads/welcome/comments", json=missing), 422)


def test_too_many_links_are_refused(client):
    text = " ".join(f"https://site{i}.example" for i in range(4))
    fields = refused(
        client.post("/api/threads/welcome/comments", json=comment_body(client, text=text)), 422
    )["fields"]
    assert fields == {"text": "has 4 links; at most 3 are allowed"}
    markdown = "".join(f"[a{i}](https://s{i}.example) " for i in range(4))
    refused(
        client.post("/api/threads/welcome/comments", json=comment_body(client, text=markdown)), 422
    )


def test_a_long_comment_is_read_by_the_same_rules(client):
    # Past readers.INLINE_TEXT the Markdown is read in a worker thread, not on the event loop.
    filler = "Kind words. " * 200
    assert len(filler) > INLINE_TEXT
    links = " ".join(f"https://site{i}.example" for i in range(4))
    body = comment_body(client, text=filler + links)
    fields = refused(client.post("/api/threads/welcome/comments", json=body), 422)["fields"]
    assert fields == {"text": "has 4 links; at most 3 are allowed"}
    body = comment_body(client, text=filler + "*Thanks.*")
    answer = client.post("/api/threads/welcome/comments", json=body)
    assert answer.status_code == 201, answer.text
    assert answer.json()["comment"]["html"].endswith("<em>Thanks.</em></p>")


def test_blocklists_of_words_websites_and_addresses(make_client):
    client = make_client(block_words=("casino", "cheap pills"), block_websites=("spam.example",))
    cases = {
        "text": {"text": "Visit my CASINO!"},
        "author": {"author": "Cheap Pills Shop"},
        "website": {"website": "https://www.spam.example/shop"},
    }
    for field, change in cases.items():
        body = comment_body(client, **change)
        fields = refused(client.post("/api/threads/welcome/comments", json=body), 422)["fields"]
        assert field in fields, field
    linked = comment_body(client, text="see [this](https://spam.example/x)")
    refused(client.post("/api/threads/welcome/comments", json=linked), 422)
    fine = comment_body(client, text="Casinos-free post about casinobrand? no: a casino.")
    refused(client.post("/api/threads/welcome/comments", json=fine), 422)
    assert (
        client.post(
            "/api/threads/welcome/comments", json=comment_body(client, text="occasional kindness")
        ).status_code
        == 201
    )

    from ipaddress import ip_network

    blocked = make_client("198.51.100.9", block_addresses=(ip_network("198.51.100.0/24"),))
    answer = blocked.post("/api/threads/welcome/comments", json=comment_body(blocked))
    assert refused(answer, 403)["code"] == "blocked"  # for the embed to say in its own words
    refused(blocked.put("/api/threads/welcome/stars", json={"reader": READER}), 403)


def test_a_blocked_commenter_is_refused(client):
    created = new_comment(client, email="troll@example.org")["comment"]
    block = client.post(
        f"/api/admin/commenters/{created['commenter']}/block", json={}, headers=ADMIN
    )
    assert block.status_code == 204
    again = comment_body(client, email="troll@example.org")
    assert (
        refused(client.post("/api/threads/welcome/comments", json=again), 403)["code"] == "blocked"
    )


def test_rate_limits_per_address_and_per_thread_say_when_to_retry(make_client):
    client = make_client(rate_comments=Rate(2, 60), rate_thread=Rate(3, 60), rate_stars=Rate(2, 60))
    for _ in range(2):
        new_comment(client)
    answer = client.post("/api/threads/welcome/comments", json=comment_body(client))
    assert refused(answer, 429)["code"] == "too_many"
    assert 1 <= int(answer.headers["retry-after"]) <= 60
    other = make_client("198.51.100.1", rate_thread=Rate(3, 60))
    other.app.state.context.limiter = client.app.state.context.limiter  # same process
    new_comment(other)
    thread_full = other.post("/api/threads/welcome/comments", json=comment_body(other))
    assert "on this post" in refused(thread_full, 429)["error"]
    assert (
        other.post("/api/threads/elsewhere/comments", json=comment_body(other)).status_code == 201
    )
    for _ in range(2):
        assert client.put("/api/threads/welcome/stars", json={"reader": READER}).status_code == 200
    refused(client.put("/api/threads/welcome/stars", json={"reader": READER}), 429)


def test_edits_need_a_valid_token_for_that_comment_within_the_window(make_client):
    client = make_client()
    first, second = new_comment(client), new_comment(client)
    url = f"/api/comments/{first['comment']['id']}"
    wrong = client.patch(url, json={"edit_token": second["edit_token"], "text": "x"})
    assert refused(wrong, 403)["fields"] == {"edit_token": "mismatch"}
    assert wrong.json()["code"] == "forbidden"
    forged = client.patch(url, json={"edit_token": "WzEsIngiXQ.abc.def", "text": "x"})
    refused(forged, 403)
    missing = client.patch(url, json={"text": "x"})
    assert refused(missing, 422)["fields"] == {"edit_token": "is required"}
    late = new_comment(client)
    late_by_an_hour(client, late["comment"]["id"])
    answer = client.patch(
        f"/api/comments/{late['comment']['id']}",
        json={"edit_token": late["edit_token"], "text": "x"},
    )
    assert refused(answer, 403)["error"] == "The edit window of this comment has closed."
    assert answer.json()["code"] == "edit_closed"
    off = make_client(edit_window=0)
    answer = off.patch(
        f"/api/comments/{first['comment']['id']}",
        json={"edit_token": first["edit_token"], "text": "x"},
    )
    assert refused(answer, 403)["error"] == "Editing comments is turned off on this server."
    assert answer.json()["code"] == "editing_off"
    stale = client.post("/api/threads/welcome/comments", json=comment_body(client, reader="x.y"))
    assert refused(stale, 422)["code"] == "stale"  # only the page's token: a new page will do
    bad = client.patch(url, json={"edit_token": first["edit_token"], "text": "", "website": "x:y"})
    assert set(refused(bad, 422)["fields"]) == {"text", "website"}
    assert bad.json()["code"] == "invalid"


def late_by_an_hour(client, comment_id: int) -> None:
    """Move a comment's creation an hour back in the database."""
    store = client.app.state.context.store
    with store.engine.begin() as connection:
        created = connection.execute(
            select(comments.c.created).where(comments.c.id == comment_id)
        ).scalar_one()
        earlier = created - timedelta(hours=1)
        connection.execute(
            update(comments).where(comments.c.id == comment_id).values(created=earlier)
        )


def test_an_edit_of_a_rejected_comment_is_refused(client):
    created = new_comment(client)
    comment_id = created["comment"]["id"]
    client.post(f"/api/admin/comments/{comment_id}/reject", json={}, headers=ADMIN)
    answer = client.patch(
        f"/api/comments/{comment_id}", json={"edit_token": created["edit_token"], "text": "x"}
    )
    refused(answer, 403)


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/api/admin/comments", None),
        ("POST", "/api/admin/comments/1/approve", {}),
        ("POST", "/api/admin/comments/1/reject", {}),
        ("POST", "/api/admin/comments/1/spam", {}),
        ("POST", "/api/admin/comments/1/reply", {"text": "hi"}),
        ("POST", "/api/admin/comments/1/gold-stars", {"count": 1}),
        ("DELETE", "/api/admin/comments/1", {}),
        ("POST", "/api/admin/commenters/0123456789abcdef/block", {}),
        ("GET", "/api/admin/export", None),
    ],
)
def test_admin_routes_need_the_credential(client, method, path, body):
    kwargs = {} if body is None else {"json": body}
    refused(client.request(method, path, **kwargs), 401)
    wrong = client.request(method, path, headers={"Authorization": "Bearer nope"}, **kwargs)
    assert refused(wrong, 401)["error"].startswith("Sign in")
    client.cookies.set("goldstar_admin", "x.y.z")
    refused(client.request(method, path, **kwargs), 401)


def test_without_a_credential_the_admin_side_is_off(make_client):
    client = make_client(admin_credential="")
    answer = client.get("/api/admin/comments", headers=ADMIN)
    assert "COMMENT_SERVER_ADMIN_CREDENTIAL" in refused(answer, 401)["error"]
    signing_in = client.post("/admin/session", json={"password": "anything"})
    assert refused(signing_in, 401)["error"] == refused(answer, 401)["error"]


def test_password_guessing_is_rate_limited(make_client):
    client = make_client(rate_login=Rate(3, 300))
    for _ in range(3):
        refused(client.post("/admin/session", json={"password": "guess"}), 401)
    answer = client.post("/admin/session", json={"password": "guess"})
    refused(answer, 429)
    assert int(answer.headers["retry-after"]) > 0


def test_huge_ids_are_404_not_a_crash(client):
    for path in ("/api/comments/99999999999999999999", "/api/comments/0"):
        refused(client.patch(path, json={"edit_token": "x", "text": "y"}), 404)
    answer = client.post("/api/admin/comments/99999999999/approve", json={}, headers=ADMIN)
    refused(answer, 404)


def test_error_bodies_are_json_for_every_refusal(client):
    answer = client.post(
        "/api/threads/welcome/comments",
        content=json.dumps({"x": 1}).encode(),
        headers={"Content-Type": "application/json; charset=utf-8"},
    )
    refused(answer, 422)
