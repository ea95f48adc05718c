"""An edit is read like a new comment (issue 14, item 2): the same spam, link and tone checks, and
an approved comment edited beyond a typo fix (or given a new link, name or website) goes back to
the queue, where the inbox shows the author what changed."""

import pytest

from tests.support.api import ADMIN, new_comment

TEXT = "Thank you for this post about kindness online, it helped me today."


def approved(client, **fields) -> dict:
    """Post a comment and approve it; return the 201 answer (with its edit token)."""
    created = new_comment(client, **({"text": TEXT} | fields))
    comment_id = created["comment"]["id"]
    assert client.post(
        f"/api/admin/comments/{comment_id}/approve", json={}, headers=ADMIN
    ).is_success
    return created


def edit(client, created: dict, **fields):
    body = {"edit_token": created["edit_token"], "text": TEXT} | fields
    return client.patch(f"/api/comments/{created['comment']['id']}", json=body)


def public_ids(client) -> list[int]:
    return [c["id"] for c in client.get("/api/threads/welcome/comments").json()["comments"]]


def inbox_card(client, comment_id: int) -> dict:
    pending = client.get("/api/admin/comments", headers=ADMIN).json()["comments"]
    return next(c for c in pending if c["id"] == comment_id)


def test_an_approved_comment_rewritten_wholesale_waits_again(client):
    created = approved(client)
    comment_id = created["comment"]["id"]
    rewritten = "Thank you for this post, but the <b>comments</b> below deserve a reply first."
    answer = edit(client, created, text=rewritten)
    assert answer.status_code == 200, answer.text
    assert answer.json()["comment"]["status"] == "pending"
    assert "more than a typo" in answer.json()["held"]
    assert answer.json()["held_reason"] == "edited"  # its code, for the page's own words
    assert comment_id not in public_ids(client)
    changes = inbox_card(client, comment_id)["changes"]
    assert changes["text"][0] == ["=", "Thank you for this "]
    assert any(op == "-" and "kindness online" in text for op, text in changes["text"])
    assert any(op == "+" and "<b>comments</b>" in text for op, text in changes["text"])
    assert "author" not in changes and "website" not in changes
    # Approving it publishes the new text and forgets the old version.
    client.post(f"/api/admin/comments/{comment_id}/approve", json={}, headers=ADMIN)
    assert comment_id in public_ids(client)
    approved_again = client.get("/api/admin/comments?status=approved", headers=ADMIN).json()
    assert next(c for c in approved_again["comments"] if c["id"] == comment_id)["changes"] is None


def test_a_typo_fix_stays_published(client):
    created = approved(client, text="Thank you for tihs post, it hepled me today.")
    fixed = edit(client, created, text="Thank you for this post, it helped me today.")
    assert fixed.json()["comment"]["status"] == "approved"
    assert "held" not in fixed.json() and "held_reason" not in fixed.json()
    assert created["comment"]["id"] in public_ids(client)


@pytest.mark.parametrize(
    ("fields", "changed"),
    [
        ({"text": TEXT.replace("helped", "hurt")}, None),  # another word, not a respelling
        ({"text": TEXT + " Really."}, None),  # a word added
        ({"text": TEXT.replace("post", "post https://spam.example")}, None),
        ({"author": "Someone Else"}, "author"),
        ({"website": "https://shop.example"}, "website"),
    ],
    ids=["word-swapped", "word-added", "link-added", "name", "website"],
)
def test_more_than_a_typo_waits_again(client, fields, changed):
    created = approved(client)
    answer = edit(client, created, **fields)
    assert answer.json()["comment"]["status"] == "pending", fields
    card = inbox_card(client, created["comment"]["id"])
    if changed:
        assert card["changes"][changed]["after"] == fields[changed]
        assert card["changes"]["text"] == [["=", TEXT]]


def test_a_link_swapped_by_one_letter_waits_again(client):
    created = approved(client, text="My notes are at https://a.example/notes now.")
    answer = edit(client, created, text="My notes are at https://b.example/notes now.")
    assert answer.json()["comment"]["status"] == "pending"


def test_an_edit_passes_the_spam_rules_of_a_new_comment(make_client):
    client = make_client(block_words=("casino",), max_links=1)
    created = approved(client)
    links = " ".join(f"https://site{n}.example" for n in range(3))
    too_many = edit(client, created, text=f"See {links}")
    assert too_many.status_code == 422 and "text" in too_many.json()["fields"]
    blocked = edit(client, created, text="Best casino in town.")
    assert blocked.status_code == 422 and "text" in blocked.json()["fields"]
    assert created["comment"]["id"] in public_ids(client)  # refused edits changed nothing


def test_an_edit_into_an_attack_waits_and_says_why(client):
    created = approved(client)
    attack = "You are a pathetic idiot and everyone who reads this garbage is a moron."
    answer = edit(client, created, text=attack)
    assert answer.json()["comment"]["status"] == "pending"
    assert "harsh" in answer.json()["held"]


def test_a_blocked_commenter_cannot_edit(client):
    created = approved(client)
    commenter = created["comment"]["commenter"]
    client.post(f"/api/admin/commenters/{commenter}/block", json={}, headers=ADMIN)
    answer = edit(client, created, text=TEXT.replace("tihs", "this"))
    assert answer.status_code == 403
