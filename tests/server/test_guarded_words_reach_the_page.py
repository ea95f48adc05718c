"""Words a reader at risk may write, though they read as something else ("I'm so done with life
lol. Great recipe though!" reads as praise), travel in the export (version 3, `guarded: true`),
from a live comment server on SQLite and PostgreSQL to a built page: ten readers' stars and no
gold star earn that comment no "Readers' favourite", and it wears no "First comment". The kind
comment beside it, starred by as many, keeps both. The store keeps the reading: at the door, at
the export (moderation off, a row stored before the column), and through an import."""

import json
import secrets
from datetime import UTC, datetime

import httpx
from sqlalchemy import select, text

from comment_server.importers import read_goldstar
from comment_server.importers.records import ImportedComment, ImportedThread
from comment_server.store.schema import comments
from comment_server.store.store import Store
from tests.support.api import approved_comment, reader_token
from tests.support.live_server import live_server, run_command
from tests.support.posts import badge_ids, page_of, write_post
from tests.support.room import KIND

DONE = "I'm so done with life lol. Great recipe though!"
# The warm twin: the same cheer, no words of a reader at risk ("done with the dishes").
DISHES = "I'm so done with the dishes lol. Great recipe though!"


def post(client: httpx.Client, author: str, comment_text: str, email: str) -> int:
    """Post a comment as a reader would (form token first); return its id."""
    token = client.get("/api/form").json()["token"]
    body = {"author": author, "text": comment_text, "email": email, "homepage": ""}
    body |= {"form_token": token, "reader": reader_token(secrets.token_hex(8))}
    answer = client.post("/api/threads/cake/comments", json=body)
    assert answer.status_code == 201, answer.text
    assert answer.json()["comment"]["status"] == "approved"
    return answer.json()["comment"]["id"]


def star(client: httpx.Client, comment_id: int, readers: int) -> None:
    """Star comment *comment_id* by *readers* readers."""
    for _ in range(readers):
        body = {"reader": reader_token(secrets.token_hex(8)), "comment": comment_id}
        answer = client.put("/api/threads/cake/stars", json=body)
        assert answer.status_code == 200, answer.text


def guarded_of(store: Store, comment_id: int) -> bool | None:
    with store.engine.connect() as connection:
        query = select(comments.c.guarded).where(comments.c.id == comment_id)
        return connection.execute(query).scalar_one()


def exported(store: Store, thread: str = "welcome") -> dict[int, tuple[str, bool]]:
    """Return (tone, guarded) of each comment of *thread*'s export document, by id."""
    document = store.export_documents()[thread]
    assert document["version"] == 3
    return {c["id"]: (c["tone"], c.get("guarded", False)) for c in document["comments"]}


def test_words_of_a_reader_at_risk_wear_no_badge_for_their_stars(
    database_url, tmp_path, site_builder
):
    content = tmp_path / "content"
    write_post(content, "cake", date="2026-01-01 09:00", title="Lemon cake")
    with live_server(database_url, tmp_path / "server.log", moderation="off") as server:
        with httpx.Client(base_url=server.base, timeout=10) as client:
            done = post(client, "Sam", DONE, "sam@example.org")
            dishes = post(client, "Agnès", DISHES, "agnes@example.org")
            kind = post(client, "Kim", KIND, "kim@example.org")
            for cid in (done, dishes, kind):
                star(client, cid, 10)
        export = run_command(["export", content / "comments"], server.env)
        assert export.returncode == 0, export.stderr
    document = json.loads((content / "comments" / "cake.json").read_text(encoding="utf-8"))
    assert document["version"] == 3
    flags = {c["id"]: (c["tone"], c.get("guarded")) for c in document["comments"]}
    assert flags == {done: ("praise", True), dishes: ("praise", None), kind: ("praise", None)}
    result = site_builder(content)
    assert result.warnings() == []
    cake = page_of(result, "cake")
    assert badge_ids(cake, done) == []
    assert (
        badge_ids(cake, dishes) == badge_ids(cake, kind) == ["readers-favourite", "first-comment"]
    )
    assert "10 stars" in cake.select_one(f"#comment-{done} .stars").get_text()  # still counted


def test_the_door_keeps_the_guarded_reading(client, store):
    done = approved_comment(client, text=DONE)
    kind = approved_comment(client, text=KIND)
    assert guarded_of(store, done["id"]) is True and guarded_of(store, kind["id"]) is False
    assert exported(store) == {done["id"]: ("praise", True), kind["id"]: ("praise", False)}


def test_a_comment_stored_before_the_column_is_read_once_and_keeps_its_tone(client, store):
    done = approved_comment(client, text=DONE)
    with store.engine.begin() as connection:  # what migration 0008 leaves: a tone, no reading
        connection.execute(text("UPDATE comments SET guarded = NULL, tone = 'neutral'"))
    assert exported(store) == {done["id"]: ("neutral", True)}
    assert guarded_of(store, done["id"]) is True  # kept: the next export reads none


def test_an_import_keeps_the_reading_of_a_version_3_export_and_reads_an_older_ones(store, tmp_path):
    when = datetime(2026, 1, 2, 10, 0, tzinfo=UTC)
    records = [
        ImportedComment(source_id="1", parent_source_id=None, author="Sam", text=DONE,
                        created=when, tone="praise"),
    ]  # fmt: skip
    store.import_threads([ImportedThread(thread="welcome", comments=records)])
    (done,) = exported(store)  # an import without the reading (an export of version 2)
    assert guarded_of(store, done) is True
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "welcome.json").write_text(
        json.dumps(store.export_documents()["welcome"]), encoding="utf-8"
    )
    (thread,) = read_goldstar(folder)
    assert [c.guarded for c in thread.comments] == [True]
    document = json.loads((folder / "welcome.json").read_text(encoding="utf-8"))
    del document["comments"][0]["guarded"]  # version 3 writes it only when true
    (folder / "welcome.json").write_text(json.dumps(document), encoding="utf-8")
    assert [c.guarded for c in read_goldstar(folder)[0].comments] == [False]
    (folder / "welcome.json").write_text(json.dumps(document | {"version": 2}), encoding="utf-8")
    assert [c.guarded for c in read_goldstar(folder)[0].comments] == [None]
