"""A commenter deletes their own comment within the edit window (DELETE /api/comments/{id} with
its edit token), as Isso and Remark42 let them, through a real server on SQLite and PostgreSQL."""

import time

import httpx
import pytest

from tests.support.api import ADMIN, ORIGIN, approved_comment, new_comment, reader_token
from tests.support.live_server import live_server


def delete_own(client: httpx.Client, comment_id: int, body: dict) -> httpx.Response:
    """Send the commenter's DELETE of *comment_id* with *body*, as the embed would."""
    headers = {"Content-Type": "application/json", "Origin": ORIGIN}
    return client.request("DELETE", f"/api/comments/{comment_id}", json=body, headers=headers)


@pytest.mark.slow
def test_a_commenter_deletes_their_comment_and_its_reply_stays(live_database_url, tmp_path):
    thread = f"own-delete-{tmp_path.name}"
    log = tmp_path / "server.log"
    with (
        live_server(live_database_url, log, origins=ORIGIN) as server,
        httpx.Client(base_url=server.base, timeout=10) as client,
    ):
        mine = new_comment(client, thread, text="Oops, wrong post.")
        comment = mine["comment"]
        client.post(f"/api/admin/comments/{comment['id']}/approve", json={}, headers=ADMIN)
        reply = approved_comment(client, thread, text="Still here.", parent=comment["id"])
        someone = reader_token(f"someone-{tmp_path.name}")
        other = new_comment(client, thread, text="Someone else.", reader=someone)

        refused = {
            "missing": delete_own(client, comment["id"], {}),
            "forged": delete_own(client, comment["id"], {"edit_token": "made-up"}),
            "another's": delete_own(client, comment["id"], {"edit_token": other["edit_token"]}),
        }
        listed = client.get(f"/api/threads/{thread}/comments").json()["comments"]
        deleted = delete_own(client, comment["id"], {"edit_token": mine["edit_token"]})
        again = delete_own(client, comment["id"], {"edit_token": mine["edit_token"]})
        after = client.get(f"/api/threads/{thread}/comments").json()["comments"]
        wrong_method = client.put(f"/api/comments/{comment['id']}")

    assert refused["missing"].status_code == 422
    assert refused["missing"].json()["fields"] == {"edit_token": "is required"}
    assert (
        refused["forged"].status_code == 403 and "edit_token" in refused["forged"].json()["fields"]
    )
    assert refused["another's"].status_code == 403
    assert [c["id"] for c in listed] == [comment["id"], reply["id"]]
    assert deleted.status_code == 204 and again.status_code == 204
    assert [(c["id"], c["parent"]) for c in after] == [(reply["id"], None)]
    assert set(wrong_method.headers["allow"].split(", ")) >= {"PATCH", "DELETE"}


@pytest.mark.slow
def test_after_the_edit_window_the_comment_cannot_be_deleted(live_database_url, tmp_path):
    thread = f"own-delete-late-{tmp_path.name}"
    log = tmp_path / "server.log"
    with (
        live_server(live_database_url, log, origins=ORIGIN, edit_window=1) as server,
        httpx.Client(base_url=server.base, timeout=10) as client,
    ):
        late_reader = reader_token(f"late-{tmp_path.name}")
        mine = new_comment(client, thread, text="Kept, however late.", reader=late_reader)
        time.sleep(2.2)
        late = delete_own(client, mine["comment"]["id"], {"edit_token": mine["edit_token"]})
        pending = client.get("/api/admin/comments?status=pending", headers=ADMIN).json()

    assert late.status_code == 403 and "expired" in late.json()["fields"]["edit_token"]
    assert late.json()["code"] == "edit_closed"  # the embed words it in the page's language
    assert mine["comment"]["id"] in [c["id"] for c in pending["comments"]]
