"""The author's side: the inbox queue with drafts, moderation, replies, gold stars, the session."""

import pytest

from tests.support.api import (
    ADMIN,
    ORIGIN,
    PASSWORD,
    READER,
    approved_comment,
    inbox,
    new_comment,
    reader_token,
)


def test_the_queue_shows_pending_comments_newest_first_with_private_fields(client):
    first = new_comment(client, email="ann@example.org", title="Welcome, friends")["comment"]
    second = new_comment(client, "other", text="Second **one**")["comment"]
    queue = inbox(client)
    assert [c["id"] for c in queue] == [second["id"], first["id"]]
    mine = queue[1]
    assert "email" not in mine and mine["subscribed"] is False  # never the address (issue 16)
    assert mine["markdown"] == "Thank you for *this*."
    assert mine["status"] == "pending" and mine["replied"] is False
    assert mine["thread_title"] == "Welcome, friends" and mine["post_title"] is None
    assert mine["commenter_comments"] == 1  # this comment, their first
    assert inbox(client, "?status=approved") == []


def test_each_comment_carries_a_thank_you_draft_from_reply_drafts(client):
    from reply_drafts import CommentFacts, draft_reply

    created = new_comment(client, title="Welcome, friends", author="Agnès")["comment"]
    draft = inbox(client)[0]["draft"]
    expected = draft_reply(
        CommentFacts(
            author="Agnès",
            post_title="",  # no build has sent its facts: the reader's title is never used
            text="Thank you for *this*.",
            comment_id=created["id"],
            thread="welcome",
            commenter=created["commenter"],
            commenter_comments=1,
        )
    )
    assert draft["text"] == expected.text and draft["template"] == expected.template
    assert draft["gold_stars"] == expected.gold_stars and draft["tone"] == expected.tone
    assert "Agnès" in draft["text"] and "Welcome, friends" not in draft["text"]


def test_a_reply_remembers_its_template_so_the_next_draft_differs(client):
    first = new_comment(client, title="Welcome")["comment"]
    draft = inbox(client)[0]["draft"]
    reply = client.post(
        f"/api/admin/comments/{first['id']}/reply",
        json={"text": draft["text"], "template": draft["template"]},
        headers=ADMIN,
    )
    assert reply.status_code == 201
    another = reader_token("another-reader-123456")
    second = new_comment(client, title="Welcome", reader=another)["comment"]
    later = next(c for c in inbox(client) if c["id"] == second["id"])
    assert later["draft"]["template"] != draft["template"]


def test_approve_reject_spam_are_idempotent_and_move_the_comment(client):
    comment_id = new_comment(client)["comment"]["id"]
    url = f"/api/admin/comments/{comment_id}"
    approved = client.post(f"{url}/approve", json={}, headers=ADMIN).json()["comment"]
    assert approved["status"] == "approved" and approved["commenter_comments"] == 1
    again = client.post(f"{url}/approve", json={}, headers=ADMIN).json()["comment"]
    assert again == approved
    public = client.get("/api/threads/welcome/comments").json()["comments"]
    assert [c["id"] for c in public] == [comment_id]
    for action, status in (("reject", "rejected"), ("spam", "spam")):
        answer = client.post(f"{url}/{action}", json={}, headers=ADMIN)
        assert answer.json()["comment"]["status"] == status
        assert [c["id"] for c in inbox(client, f"?status={status}")] == [comment_id]
        assert client.get("/api/threads/welcome/comments").json()["comments"] == []


def test_the_author_reply_is_approved_by_the_author_under_the_comment(client):
    comment = new_comment(client)["comment"]
    answer = client.post(
        f"/api/admin/comments/{comment['id']}/reply",
        json={"text": "Thank you, *Agnès*!"},
        headers=ADMIN,
    )
    assert answer.status_code == 201
    reply = answer.json()["comment"]
    assert reply["by_author"] is True and reply["parent"] == comment["id"]
    assert reply["status"] == "approved" and reply["author"] == "Author"
    assert reply["html"] == "<p>Thank you, <em>Agnès</em>!</p>"
    public = client.get("/api/threads/welcome/comments").json()["comments"]
    assert [c["id"] for c in public] == [comment["id"], reply["id"]]  # replying approved it
    assert [c["id"] for c in inbox(client, "?unanswered=1")] == []
    assert next(c for c in inbox(client, "?status=approved") if c["id"] == comment["id"])["replied"]


def test_unanswered_lists_approved_reader_comments_without_an_author_reply(client):
    answered = approved_comment(client)
    waiting = approved_comment(client)
    client.post(
        f"/api/admin/comments/{answered['id']}/reply", json={"text": "Thanks"}, headers=ADMIN
    )
    assert [c["id"] for c in inbox(client, "?unanswered=1")] == [waiting["id"]]


def test_gold_stars_add_up_and_show_publicly(client):
    comment = approved_comment(client)
    url = f"/api/admin/comments/{comment['id']}/gold-stars"
    assert client.post(url, json={"count": 2}, headers=ADMIN).json()["comment"]["gold_stars"] == 2
    assert client.post(url, json={"count": 1}, headers=ADMIN).json()["comment"]["gold_stars"] == 3
    for bad in (0, 6, "1", True, None):
        answer = client.post(url, json={"count": bad}, headers=ADMIN)
        assert answer.status_code == 422 and "count" in answer.json()["fields"]
    public = client.get("/api/threads/welcome/comments").json()["comments"][0]
    assert public["gold_stars"] == 3 and public["updated"] >= comment["updated"]


def test_delete_keeps_the_replies_and_is_idempotent(client):
    parent = approved_comment(client)
    child = approved_comment(client, parent=parent["id"])
    grandchild = approved_comment(client, parent=child["id"])
    answer = client.request("DELETE", f"/api/admin/comments/{child['id']}", json={}, headers=ADMIN)
    assert answer.status_code == 204
    again = client.request("DELETE", f"/api/admin/comments/{child['id']}", json={}, headers=ADMIN)
    assert again.status_code == 204
    public = {c["id"]: c for c in client.get("/api/threads/welcome/comments").json()["comments"]}
    assert set(public) == {parent["id"], grandchild["id"]}
    assert public[grandchild["id"]]["parent"] == parent["id"]


def test_block_turns_pending_comments_into_spam(client):
    comment = new_comment(client)["comment"]
    url = f"/api/admin/commenters/{comment['commenter']}/block"
    assert client.post(url, json={}, headers=ADMIN).status_code == 204
    assert client.post(url, json={}, headers=ADMIN).status_code == 204
    assert [c["id"] for c in inbox(client, "?status=spam")] == [comment["id"]]
    bad = client.post("/api/admin/commenters/NOT-A-KEY/block", json={}, headers=ADMIN)
    assert bad.status_code == 422 and "commenter" in bad.json()["fields"]


def test_admin_export_is_the_export_documents(client):
    comment = approved_comment(client)
    new_comment(client, reader=reader_token("someone-else-1234567"))  # pending: not exported
    client.put("/api/threads/starred-only/stars", json={"reader": reader_token("r" * 16)})
    threads = client.get("/api/admin/export", headers=ADMIN).json()["threads"]
    assert set(threads) == {"welcome", "starred-only"}
    welcome = threads["welcome"]
    assert welcome["format"] == "goldstar-comments" and welcome["version"] == 3
    assert [(c["id"], c["tone"]) for c in welcome["comments"]] == [(comment["id"], "praise")]
    assert "email" not in welcome["comments"][0]
    assert threads["starred-only"]["stars"] == 1 and threads["starred-only"]["comments"] == []


def test_a_bad_status_query_is_422(client):
    answer = client.get("/api/admin/comments?status=deleted", headers=ADMIN)
    assert answer.status_code == 422 and "status" in answer.json()["fields"]
    answer = client.get("/api/admin/comments?limit=0", headers=ADMIN)
    assert answer.status_code == 422 and "limit" in answer.json()["fields"]


def test_the_inbox_session_cookie_signs_in_and_out(make_client):
    client = make_client()
    wrong = client.post("/admin/session", json={"password": "nope"})
    assert wrong.status_code == 401 and wrong.json()["fields"] == {"password": "does not match"}
    signed = client.post("/admin/session", json={"password": PASSWORD})
    assert signed.status_code == 204
    cookie = signed.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie  # plain http in this test
    assert client.get("/api/admin/comments").status_code == 200
    out = client.request("DELETE", "/admin/session", json={})
    assert out.status_code == 204
    client.cookies.clear()
    assert client.get("/api/admin/comments").status_code == 401


def test_the_session_cookie_is_secure_over_https(make_client):
    client = make_client()
    client.base_url = "https://testserver"
    signed = client.post("/admin/session", json={"password": PASSWORD})
    assert "Secure" in signed.headers["set-cookie"]


def test_a_session_from_another_credential_is_refused(make_client):
    from comment_server.credential import hash_password

    client = make_client()
    client.post("/admin/session", json={"password": PASSWORD})
    cookie = client.cookies.get("goldstar_admin")
    other = make_client(admin_credential=hash_password("another password", n=2**8))
    other.cookies.set("goldstar_admin", cookie)
    assert other.get("/api/admin/comments").status_code == 401


def test_the_session_cannot_be_opened_from_another_site(client):
    answer = client.post(
        "/admin/session",
        json={"password": PASSWORD},
        headers={"Origin": "https://evil.example"},
    )
    assert answer.status_code == 403
    site = client.post("/admin/session", json={"password": PASSWORD}, headers={"Origin": ORIGIN})
    assert site.status_code == 204


def test_the_inbox_page_and_files_have_a_strict_policy(client):
    page = client.get("/admin")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert page.headers["x-content-type-options"] == "nosniff"
    script = client.get("/admin/static/inbox.js")
    assert script.status_code == 200 and script.headers["content-type"].startswith(
        "text/javascript"
    )
    assert script.headers["content-security-policy"] == policy


@pytest.mark.parametrize(
    "path",
    [
        "../settings.py",
        "..%2Fsettings.py",
        "%2e%2e/app.py",
        "nothing.js",
        ".hidden.js",
        "x.py",
        "%00",
        "inbox%00.js",
        "a" * 5000 + ".js",
        "%2F%2Fetc/passwd",
        "inbox.js/..",
    ],
)
def test_the_inbox_files_stay_inside_their_folder(client, path):
    answer = client.get(f"/admin/static/{path}")
    assert answer.status_code == 404 and answer.json()["error"]


def test_blocked_commenters_are_listed_and_can_be_unblocked(client):
    created = new_comment(client, author="Troll", text="Buy my stuff")["comment"]
    commenter = created["commenter"]
    assert (
        client.post(f"/api/admin/commenters/{commenter}/block", json={}, headers=ADMIN).status_code
        == 204
    )
    blocked = client.get("/api/admin/commenters", headers=ADMIN).json()["commenters"]
    assert [(b["commenter"], b["name"], b["comments"]) for b in blocked] == [
        (commenter, "Troll", 1)
    ]
    assert client.get("/api/admin/commenters").status_code == 401
    refused = client.post(
        "/api/threads/welcome/comments",
        json={"author": "Troll", "text": "again", "reader": READER, "form_token": "x"},
    )
    assert refused.status_code in (403, 422)
    assert (
        client.post(
            f"/api/admin/commenters/{commenter}/unblock", json={}, headers=ADMIN
        ).status_code
        == 204
    )
    assert client.get("/api/admin/commenters", headers=ADMIN).json()["commenters"] == []
    again = new_comment(client, author="Troll", text="Sorry, I was rude.")["comment"]
    assert again["status"] == "pending"  # moderated again: trust is earned again
    assert (
        client.post("/api/admin/commenters/nothex/unblock", json={}, headers=ADMIN).status_code
        == 422
    )
