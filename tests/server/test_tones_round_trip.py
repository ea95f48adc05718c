"""From a live comment server to a built page, on SQLite and PostgreSQL: the tone the server read
when each comment arrived (moderation off: nothing waited) travels in the export, and the build's
gold stars read the room with it."""

import json
import secrets

import httpx

from tests.support.api import ADMIN, reader_token
from tests.support.live_server import live_server, run_command
from tests.support.posts import award, badge_ids, page_of, write_post
from tests.support.room import CRISIS, INSULT


def post(client: httpx.Client, author: str, text: str, email: str) -> int:
    """Post a comment as a reader would (form token first); return its id."""
    token = client.get("/api/form").json()["token"]
    body = {"author": author, "text": text, "email": email, "homepage": "", "form_token": token}
    body["reader"] = reader_token(secrets.token_hex(8))
    answer = client.post("/api/threads/garden/comments", json=body)
    assert answer.status_code == 201, answer.text
    assert answer.json()["comment"]["status"] == "approved"
    return answer.json()["comment"]["id"]


def test_the_servers_tones_reach_the_page(database_url, tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "garden", date="2026-01-01 09:00", title="My new garden")
    with live_server(database_url, tmp_path / "server.log", moderation="off") as server:
        with httpx.Client(base_url=server.base, timeout=10) as client:
            kind = post(client, "Agnès", "What a lovely garden, thank you!", "agnes@example.org")
            insult = post(client, "Troll", INSULT, "troll@example.org")
            crisis = post(client, "Sam", CRISIS, "sam@example.org")
            for cid in (kind, insult, crisis):
                starred = client.post(
                    f"/api/admin/comments/{cid}/gold-stars", json={"count": 1}, headers=ADMIN
                )
                assert starred.status_code == 200, starred.text
        export = run_command(["export", content / "comments"], server.env)
        assert export.returncode == 0, export.stderr
    exported = json.loads((content / "comments" / "garden.json").read_text(encoding="utf-8"))
    tones = {item["id"]: item["tone"] for item in exported["comments"]}
    assert exported["version"] == 3
    assert tones == {kind: "praise", insult: "hostile", crisis: "grief"}
    result = site_builder(content)
    (warning,) = result.warnings()  # the author starred an insult: the build names it
    assert f"comment {insult} reads as harsh toward a person" in warning
    garden = page_of(result, "garden")
    assert award(garden, kind) == "a great big gold star from the author"
    assert badge_ids(garden, kind) == ["bright-idea", "first-comment"]
    assert award(garden, insult) is None and badge_ids(garden, insult) == []
    assert award(garden, crisis) == "a gold star from the author"  # said plainly
    assert badge_ids(garden, crisis) == []
    wall = result.read("gold-stars/index.html")
    assert "lovely garden" in wall and "idiot" not in wall and "kill myself" not in wall
