"""The store keeps each comment's tone and the export carries it, on SQLite and PostgreSQL: the
door's reading with moderation on, an imported export's, else the one the export reads, once
(moderation off, the author's reply, another system's import, a comment stored before migration
0006). A folder exported by the code before is written again whole."""

import json
from datetime import UTC, datetime

from sqlalchemy import create_engine, make_url, select, text

from comment_server.export import STATE_FILE, ExportReader, export_changed
from comment_server.importers import read_goldstar
from comment_server.importers.records import ImportedComment, ImportedThread
from comment_server.store.schema import comments
from comment_server.store.store import Store
from tests.support.api import ADMIN, approved_comment, new_comment
from tests.support.databases import migrate_to
from tests.support.room import INSULT, KIND, MOTHER


def exported(store: Store, thread: str = "welcome") -> dict[int, str]:
    """Return the tone of each comment of *thread*'s export document, by id."""
    document = store.export_documents()[thread]
    return {item["id"]: item["tone"] for item in document["comments"]}


def stored_tone(store: Store, comment_id: int) -> str | None:
    with store.engine.connect() as connection:
        query = select(comments.c.tone).where(comments.c.id == comment_id)
        return connection.execute(query).scalar_one()


def test_with_moderation_off_the_export_reads_the_tone_once_and_keeps_it(make_client, store):
    client = make_client(moderation=False)
    insult = new_comment(client, text=INSULT)["comment"]
    grief = new_comment(client, text=MOTHER)["comment"]
    assert insult["status"] == grief["status"] == "approved"  # nothing waits, whatever its tone
    assert stored_tone(store, insult["id"]) is None  # not read at the door: nothing waits for it
    assert exported(store) == {insult["id"]: "hostile", grief["id"]: "grief"}
    assert store.export_documents()["welcome"]["version"] == 3
    assert stored_tone(store, insult["id"]) == "hostile"  # kept: the next export reads none


def test_a_comment_is_stored_with_its_tone_with_moderation_on(client, store):
    kind = approved_comment(client, text=KIND)
    insult = approved_comment(client, text=INSULT)  # held for its tone, then approved
    assert exported(store) == {kind["id"]: "praise", insult["id"]: "hostile"}


def test_an_edit_has_its_tone_read_again(make_client, store):
    client = make_client(moderation=False)
    created = new_comment(client, text=KIND)
    comment_id = created["comment"]["id"]
    assert exported(store) == {comment_id: "praise"}
    body = {"edit_token": created["edit_token"], "text": INSULT}
    assert client.patch(f"/api/comments/{comment_id}", json=body).status_code == 200
    assert exported(store) == {comment_id: "hostile"}


def test_the_authors_reply_is_exported_with_its_tone(client, store):
    comment = approved_comment(client, text=MOTHER)
    answer = client.post(
        f"/api/admin/comments/{comment['id']}/reply",
        json={"text": "I am so sorry for your loss. Thinking of you."},
        headers=ADMIN,
    )
    assert answer.status_code == 201, answer.text
    reply_id = answer.json()["comment"]["id"]
    assert set(exported(store)) == {comment["id"], reply_id}
    assert stored_tone(store, reply_id) == exported(store)[reply_id]


def test_an_import_reads_each_comments_tone_and_keeps_the_ones_an_export_gives(store, tmp_path):
    when = datetime(2026, 1, 2, 10, 0, tzinfo=UTC)
    records = [
        ImportedComment(source_id="1", parent_source_id=None, author="Troll", text=INSULT,
                        created=when),
        ImportedComment(source_id="2", parent_source_id=None, author="Agnès", text=MOTHER,
                        created=when),
    ]  # fmt: skip
    store.import_threads([ImportedThread(thread="garden", comments=records)])
    assert sorted(exported(store, "garden").values()) == ["grief", "hostile"]
    # Goldstar's own export of version 2 keeps its tones, as it keeps everything else.
    document = store.export_documents()["garden"] | {"thread": "roses"}
    for item in document["comments"]:
        item["id"] += 100
        item["tone"] = "question"
    (tmp_path / "roses.json").write_text(json.dumps(document), encoding="utf-8")
    store.import_threads(read_goldstar(tmp_path / "roses.json"))
    assert set(exported(store, "roses").values()) == {"question"}


def test_comments_stored_before_get_their_tone_at_the_first_export(unmigrated_database):
    migrate_to(unmigrated_database, "0003")
    now = datetime(2026, 11, 1, 9, 0, 0)
    engine = create_engine(unmigrated_database)
    with engine.begin() as connection:  # what the code before stored
        connection.execute(
            text(
                "INSERT INTO threads (id, title, imported_stars, version, created) "
                "VALUES ('welcome', NULL, 0, 1, :now)"
            ),
            {"now": now},
        )
        for words in (INSULT, MOTHER, KIND):
            connection.execute(
                text(
                    "INSERT INTO comments (thread_id, status, author, markdown, html, commenter, "
                    "created, updated, by_author, gold_stars, imported_stars) VALUES ('welcome', "
                    "'approved', 'Reader', :words, :words, '0123456789abcdef', :now, :now, "
                    "false, 1, 0)"
                ),
                {"words": words, "now": now},
            )
    engine.dispose()
    reader = ExportReader(unmigrated_database)  # migrates, as the export command does
    try:
        with reader.engine.connect() as connection:
            assert set(connection.execute(select(comments.c.tone)).scalars()) == {None}
        document = reader.export_documents()["welcome"]
        assert [c["tone"] for c in document["comments"]] == ["hostile", "grief", "praise"]
        with reader.engine.connect() as connection:
            tones = connection.execute(select(comments.c.tone).order_by(comments.c.id)).scalars()
            assert list(tones) == ["hostile", "grief", "praise"]  # kept: read once
    finally:
        reader.close()


def test_a_folder_exported_by_the_code_before_is_written_again_whole(client, store, tmp_path):
    approved_comment(client, "one", text=KIND)
    approved_comment(client, "two", text=INSULT)
    reader = ExportReader(store.url)
    try:
        export_changed(reader, tmp_path)
        # What the code before left: version 1 files and its state file (by thread, nothing else).
        old_state = {}
        for path in sorted(tmp_path.glob("*.json")):
            document = json.loads(path.read_text(encoding="utf-8"))
            for item in document["comments"]:
                del item["tone"]
            path.write_text(json.dumps(document | {"version": 1}), encoding="utf-8")
        for thread, version in reader.thread_versions().items():
            old_state[thread] = [version, True]
        (tmp_path / STATE_FILE).write_text(json.dumps(old_state), encoding="utf-8")
        result = export_changed(reader, tmp_path)
    finally:
        reader.close()
    assert sorted(path.name for path in result.changed) == ["one.json", "two.json"]
    two = json.loads((tmp_path / "two.json").read_text(encoding="utf-8"))
    assert two["version"] == 3 and [c["tone"] for c in two["comments"]] == ["hostile"]


def test_a_read_only_copy_is_exported_with_its_tones_read_again(client, store, tmp_path):
    # The export had begun to write (the tones it read): a standby or a `mode=ro` file failed.
    approved_comment(client, "welcome", text=INSULT)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE comments SET tone = NULL"))
    if store.url.startswith("sqlite"):
        read_only = f"sqlite:///file:{store.url.removeprefix('sqlite:///')}?mode=ro&uri=true"
    else:  # a standby refuses writes as a read-only transaction does
        url = make_url(store.url)
        options = f"{url.query.get('options', '')} -c default_transaction_read_only=on".strip()
        read_only = url.update_query_dict({"options": options}).render_as_string(False)
    reader = ExportReader(read_only)
    try:
        document = reader.export_documents()["welcome"]
    finally:
        reader.close()
    assert [c["tone"] for c in document["comments"]] == ["hostile"]


def test_an_unknown_tone_in_an_import_is_read_again_not_refused(store, tmp_path, caplog):
    # One comment's "tone": "crisis" had stopped the import of every file.
    store.import_threads([ImportedThread(thread="garden", comments=[
        ImportedComment(source_id="1", parent_source_id=None, author="Agnès", text=MOTHER,
                        created=datetime(2026, 1, 2, 10, 0, tzinfo=UTC)),
    ])])  # fmt: skip
    document = store.export_documents()["garden"] | {"thread": "roses"}
    document["comments"][0] |= {"id": 101, "tone": "crisis"}
    (tmp_path / "roses.json").write_text(json.dumps(document), encoding="utf-8")
    store.import_threads(read_goldstar(tmp_path / "roses.json"))
    assert exported(store, "roses") and set(exported(store, "roses").values()) == {"grief"}
    assert "field 'tone' is 'crisis'" in caplog.text


def test_the_export_reads_a_comment_on_a_support_post_with_the_hard_day_in_mind(make_client, store):
    # The demo's a-hard-day.json once carried this comfort as "hostile" (read without the flag).
    client = make_client(moderation=False)
    soup = (
        "No need to reply. Just: soup counts. Tissues on the car roof count. Writing this counts."
    )
    before = new_comment(client, "a-hard-day", text=soup)["comment"]  # no facts sent yet
    assert exported(store, "a-hard-day") == {before["id"]: "hostile"}
    facts = {
        "format": "goldstar-thank-you-facts",
        "version": 2,
        "threads": {"a-hard-day": {"title": "A Hard Day", "url": "http://x/", "support": True}},
    }
    assert client.put("/api/admin/site-facts", json=facts, headers=ADMIN).status_code == 200
    after = new_comment(client, "a-hard-day", text=soup)["comment"]
    scorn = new_comment(client, "a-hard-day", text=INSULT)["comment"]
    tones = exported(store, "a-hard-day")
    assert tones == {before["id"]: "hostile", after["id"]: "grief", scorn["id"]: "hostile"}
