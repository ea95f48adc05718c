"""Identity attacks (issue 14, items 3, 5 and 10) on SQLite and PostgreSQL: a typed email is no
identity, sign-out ends a session on the server, and stars count once per server-issued reader."""

from dataclasses import replace

import pytest
from itsdangerous import URLSafeTimedSerializer
from starlette.testclient import TestClient

from comment_server import create_app
from comment_server.export import write_export
from comment_server.keys import Keys
from comment_server.settings import Rate
from comment_server.store.store import Store
from comment_server.tokens import Tokens
from tests.support.api import (
    ADMIN,
    PASSWORD,
    READER,
    SECRET,
    approved_comment,
    comment_body,
    credential,
    new_comment,
    reader_token,
)
from tests.support.posts import page_of, write_post

REGULAR = "agnes@example.org"
SPOOFER = reader_token("spoofer-browser-0001")


def inbox_view(client: TestClient, comment_id: int) -> dict:
    """Return a comment as the inbox shows it, whatever its status."""
    for status in ("pending", "approved", "rejected", "spam"):
        listed = client.get(f"/api/admin/comments?status={status}", headers=ADMIN).json()
        found = [c for c in listed["comments"] if c["id"] == comment_id]
        if found:
            return found[0]
    raise AssertionError(f"comment {comment_id} is not in the inbox")


def exported_commenters(client: TestClient) -> dict[int, str]:
    """Return each exported comment's commenter key (what the badges are computed from)."""
    threads = client.get("/api/admin/export", headers=ADMIN).json()["threads"]
    return {c["id"]: c["commenter"] for doc in threads.values() for c in doc["comments"]}


# Item 3: an email address is not an identity.


def test_a_regulars_email_from_another_browser_waits_and_inherits_nothing(client):
    regular = approved_comment(client, email=REGULAR)
    spoof = new_comment(client, email=REGULAR, reader=SPOOFER, text="Buy my course!")["comment"]
    assert spoof["status"] == "pending"  # the regular is trusted, the spoofer is not
    assert spoof["commenter"] != regular["commenter"]
    assert inbox_view(client, spoof["id"])["claimed_commenter"] == regular["commenter"]
    client.post(f"/api/admin/comments/{spoof['id']}/approve", json={}, headers=ADMIN)
    # Even approved by mistake, it is another commenter: no badges, no history of the regular.
    keys = exported_commenters(client)
    assert keys[spoof["id"]] != keys[regular["id"]]
    assert inbox_view(client, spoof["id"])["commenter_comments"] == 1


def test_a_spoof_approved_by_mistake_wears_none_of_the_regulars_badges_in_the_build(
    client, tmp_path, site_builder
):
    regular = approved_comment(client, email=REGULAR)
    gold = {"count": 3}
    client.post(f"/api/admin/comments/{regular['id']}/gold-stars", json=gold, headers=ADMIN)
    spoof = new_comment(client, email=REGULAR, reader=SPOOFER, text="Me again!")["comment"]
    client.post(f"/api/admin/comments/{spoof['id']}/approve", json={}, headers=ADMIN)
    content = tmp_path / "content"
    write_post(content, "welcome")
    documents = client.get("/api/admin/export", headers=ADMIN).json()["threads"]
    write_export(documents, content / "comments")
    result = site_builder(content)
    assert result.warnings() == []
    page = page_of(result, "welcome")
    badges = {
        cid: [li["data-badge"] for li in page.select(f"#comment-{cid} > article .badge")]
        for cid in (regular["id"], spoof["id"])
    }
    assert badges[regular["id"]] == ["star-collector", "bright-idea"]
    assert badges[spoof["id"]] == ["first-comment"]  # its own first comment, nothing of theirs


def test_the_regular_in_their_own_browser_stays_trusted(client):
    regular = approved_comment(client, email=REGULAR)
    new_comment(client, email=REGULAR, reader=SPOOFER)
    again = new_comment(client, "other", email=" AGNES@example.org")["comment"]
    assert again["status"] == "approved" and again["commenter"] == regular["commenter"]


def test_a_known_email_from_a_new_browser_is_moderated_once(client):
    approved_comment(client, email=REGULAR)
    phone = reader_token("agnes-phone-000001")
    first = new_comment(client, email=REGULAR, reader=phone)["comment"]
    assert first["status"] == "pending"
    client.post(f"/api/admin/comments/{first['id']}/approve", json={}, headers=ADMIN)
    second = new_comment(client, email=REGULAR, reader=phone)["comment"]
    assert second["status"] == "approved" and second["commenter"] == first["commenter"]


def test_the_author_can_say_a_kept_apart_comment_is_them(client):
    regular = approved_comment(client, email=REGULAR)
    phone = reader_token("agnes-phone-000001")
    apart = new_comment(client, email=REGULAR, reader=phone)["comment"]
    joined = client.post(
        f"/api/admin/comments/{apart['id']}/same-commenter", json={}, headers=ADMIN
    )
    assert joined.status_code == 200, joined.text
    assert joined.json()["comment"]["commenter"] == regular["commenter"]
    assert joined.json()["comment"]["claimed_commenter"] is None
    later = new_comment(client, email=REGULAR, reader=phone)["comment"]  # trusted, theirs
    assert later["status"] == "approved" and later["commenter"] == regular["commenter"]
    again = client.post(
        f"/api/admin/comments/{regular['id']}/same-commenter", json={}, headers=ADMIN
    )
    assert again.status_code == 409 and again.json()["fields"] == {"id": "was not kept apart"}
    missing = client.post("/api/admin/comments/99999/same-commenter", json={}, headers=ADMIN)
    assert missing.status_code == 404


def test_blocking_a_spoofer_never_blocks_the_real_commenter(client):
    regular = approved_comment(client, email=REGULAR)
    spoof = new_comment(client, email=REGULAR, reader=SPOOFER)["comment"]
    block = f"/api/admin/commenters/{spoof['commenter']}/block"
    assert client.post(block, json={}, headers=ADMIN).status_code == 204
    mine = new_comment(client, email=REGULAR, text="Still me.")["comment"]
    assert mine["status"] == "approved" and mine["commenter"] == regular["commenter"]
    # The spoofer's browser stays blocked, whatever email it types next.
    for email in (REGULAR, "someone@example.org", None):
        body = comment_body(client, reader=SPOOFER, email=email)
        answer = client.post("/api/threads/welcome/comments", json=body)
        assert answer.status_code == 403, answer.text


def test_a_proved_email_carries_trust_across_browsers(settings, database_url):
    def proved(connection, email_key: str, reader: str) -> bool:
        return True  # as the double opt-in mail will say for a confirmed address

    store = Store(database_url, Keys(settings.secret), email_proof=proved)
    try:
        with TestClient(create_app(settings, store=store)) as client:
            regular = approved_comment(client, email=REGULAR)
            phone = reader_token("agnes-phone-000001")
            there = new_comment(client, email=REGULAR, reader=phone)["comment"]
            assert there["status"] == "approved"
            assert there["commenter"] == regular["commenter"]
    finally:
        store.close()


# Item 10: reader tokens are the server's, signed, and few per address.


def test_reader_tokens_are_signed_and_limited_per_address(make_client):
    client = make_client(rate_readers=Rate(3, 3600))
    tokens = [client.post("/api/readers", json={}) for _ in range(3)]
    assert [t.status_code for t in tokens] == [201, 201, 201]
    readers = [t.json()["reader"] for t in tokens]
    assert len(set(readers)) == 3 and all(Tokens(SECRET).reader_valid(r) for r in readers)
    over = client.post("/api/readers", json={})
    assert over.status_code == 429 and 1 <= int(over.headers["retry-after"]) <= 3600
    assert over.json()["error"].startswith("Too many new readers from your address")
    other = make_client("198.51.100.20", rate_readers=Rate(3, 3600))
    other.app.state.context.limiter = client.app.state.context.limiter  # one process
    assert other.post("/api/readers", json={}).status_code == 201


@pytest.mark.parametrize(
    "forged",
    [
        "0123456789abcdef0123456789abcdef",  # what the embed used to make up
        Tokens("another-server-secret-0123456789abcdef").reader_token("x" * 22),
        READER[:-1] + ("A" if READER[-1] != "A" else "B"),  # a signature changed by one letter
    ],
)
def test_a_forged_reader_token_is_refused(client, forged):
    comment = approved_comment(client)
    for body in ({"reader": forged, "comment": None}, {"reader": forged, "comment": comment["id"]}):
        answer = client.put("/api/threads/welcome/stars", json=body)
        assert answer.status_code == 422, answer.text
        assert "POST /api/readers" in answer.json()["fields"]["reader"]
    read = client.get("/api/threads/welcome/stars", params={"reader": forged})
    assert read.status_code == 422 and "reader" in read.json()["fields"]
    posted = client.post("/api/threads/welcome/comments", json=comment_body(client, reader=forged))
    assert posted.status_code == 422 and "reader" in posted.json()["fields"]
    stars = client.get("/api/threads/welcome/stars").json()
    assert stars["post"]["count"] == 0 and stars["comments"][str(comment["id"])]["count"] == 0


def test_star_stuffing_from_one_address_counts_once_per_issued_token(make_client):
    client = make_client(rate_stars=Rate(1000, 60))  # the new-reader limit alone: 20 an hour
    counted = 0
    for _ in range(200):  # the attack of issue 14: a new reader for every star
        issued = client.post("/api/readers", json={})
        reader = issued.json()["reader"] if issued.status_code == 201 else READER
        for _ in range(2):
            star = client.put("/api/threads/welcome/stars", json={"reader": reader})
            assert star.status_code == 200
            counted = star.json()["count"]
    assert counted == 21  # 20 issued tokens and READER, each counted once


# Item 5: sessions live on the server.


def signed_in(client: TestClient) -> str:
    """Sign *client* in to the inbox; return its session cookie."""
    client.cookies.clear()
    assert client.post("/admin/session", json={"password": PASSWORD}).status_code == 204
    return client.cookies["goldstar_admin"]


def with_cookie(client: TestClient, cookie: str) -> int:
    """Return the status of an inbox read that carries only *cookie*."""
    client.cookies.clear()
    client.cookies.set("goldstar_admin", cookie)
    return client.get("/api/admin/comments").status_code


def test_sign_out_ends_the_session_for_a_copied_cookie_at_once(make_client):
    client, thief = make_client(), make_client("198.51.100.66")
    cookie = signed_in(client)
    assert with_cookie(thief, cookie) == 200
    assert client.request("DELETE", "/admin/session", json={}).status_code == 204
    assert with_cookie(thief, cookie) == 401
    assert with_cookie(client, cookie) == 401


def test_sign_out_everywhere_ends_every_session_on_every_instance(make_client, settings, store):
    phone, laptop = make_client(), make_client("198.51.100.5")
    other_instance = TestClient(create_app(replace(settings), store=store))
    phone_cookie, laptop_cookie = signed_in(phone), signed_in(laptop)
    with other_instance:
        assert with_cookie(other_instance, laptop_cookie) == 200
        out = phone.request("DELETE", "/api/admin/sessions", json={})
        assert out.status_code == 204 and 'goldstar_admin=""' in out.headers["set-cookie"]
        assert with_cookie(other_instance, laptop_cookie) == 401
        assert with_cookie(laptop, laptop_cookie) == 401
        assert with_cookie(phone, phone_cookie) == 401
    assert phone.request("DELETE", "/api/admin/sessions", json={}).status_code == 401
    assert signed_in(laptop) and laptop.get("/api/admin/comments").status_code == 200


def test_a_stateless_session_cookie_of_the_code_before_is_refused(client):
    # What sign-in used to set: the credential's tag, signed, valid for 7 days whatever happened.
    tag = Keys(SECRET).session_tag(credential())
    old = URLSafeTimedSerializer(SECRET, salt="goldstar-admin-session").dumps(tag)
    assert with_cookie(client, old) == 401
    assert client.get("/api/admin/comments").json()["error"].startswith("Sign in")
