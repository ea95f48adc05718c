"""The export is deterministic, carries no email or address, and imports back to the same bytes."""

import json
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from comment_server.export import STATE_FILE, ExportReader, dump, export_changed, write_export
from comment_server.importers import read_goldstar
from comment_server.importers.goldstar import GoldstarExportError
from comment_server.store.engine import MIGRATIONS, at_head, make_engine, migrations_head
from comment_server.store.schema import comments
from comment_server.store.serialize import export_document
from tests.support.api import ADMIN, READER, approved_comment, new_comment, reader_token
from tests.support.corpora import naughty_strings
from tests.support.databases import empty_store

HOSTILE = [
    "Agnès 👩🏽‍💻 Ünïcödé",
    "مرحبا بالعالم",
    "\u202eevil\u202c name",
    '"><script>alert(1)</script>',
    "Robert'); DROP TABLE comments;--",
    "a\x00b\x07c",
    "𝕿𝖍𝖊 𝖖𝖚𝖎𝖈𝖐",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1)) and **bold** and `code`",
    "line one\n\nline two\r\nline three",
    "\ud800 lone surrogate",
]


def hostile_strings() -> list[str]:
    """Return hand-picked hostile strings and a slice of the naughty strings list."""
    naughty = naughty_strings()
    return HOSTILE + [s for s in naughty[::20] if s.strip()]


def fill(client) -> None:
    """Write a varied site through the API: hostile text, replies, stars, gold stars, edits."""
    for index, value in enumerate(hostile_strings()):
        thread = f"post-{index % 7}"
        parent = approved_comment(
            client,
            thread,
            author=(value[:80].strip() or "Reader").replace("\x00", "") or "Reader",
            text=value if value.strip("\x00\x07 ") else "ok",
            email=f"reader{index}@example.org",
            website="https://example.org/~ü" if index % 2 else None,
            reader=reader_token(f"reader-{index:016d}"),
        )
        client.put(f"/api/threads/{thread}/stars", json={"reader": READER, "comment": parent["id"]})
        if index % 3 == 0:
            client.post(
                f"/api/admin/comments/{parent['id']}/reply",
                json={"text": f"Thank you! {value}"},
                headers=ADMIN,
            )
            client.post(
                f"/api/admin/comments/{parent['id']}/gold-stars", json={"count": 2}, headers=ADMIN
            )
    for thread in ("post-0", "post-3", "only-stars"):
        client.put(f"/api/threads/{thread}/stars", json={"reader": READER})


def test_export_import_export_gives_the_same_bytes(make_client, store, tmp_path):
    client = make_client(rate_limits=False, max_links=100)
    fill(client)
    first = tmp_path / "first"
    result = write_export(store.export_documents(), first, store.thread_ids())
    assert result.written == 8 and result.emptied == result.renamed == result.stale == []
    empty_store(store)
    assert store.export_documents() == {}
    summary = store.import_threads(read_goldstar(first))
    assert summary.threads == 8 and summary.skipped == 0
    second = tmp_path / "second"
    write_export(store.export_documents(), second)
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in second.iterdir())
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    again = store.import_threads(read_goldstar(first))
    assert again.comments == 0 and again.skipped == summary.comments


def test_the_export_format_is_the_contract(make_client, store, tmp_path):
    client = make_client()
    comment = approved_comment(client, email="private@example.org", text="Thank you for *this*.")
    client.put("/api/threads/welcome/stars", json={"reader": READER})
    write_export(store.export_documents(), tmp_path)
    raw = (tmp_path / "welcome.json").read_text(encoding="utf-8")
    document = json.loads(raw)
    assert raw == json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert "private@example.org" not in raw and "203.0.113.7" not in raw
    assert document["format"] == "goldstar-comments" and document["version"] == 3
    assert document["thread"] == "welcome" and document["stars"] == 1
    (item,) = document["comments"]
    assert set(item) == {
        "id", "parent", "author", "website", "created", "edited", "updated", "html", "markdown",
        "stars", "gold_stars", "by_author", "commenter", "tone",
    }  # fmt: skip
    assert item["tone"] == "praise"  # read when it arrived, kept by the store
    # No `reply_to`: it is written only on a reply too deep to hang from the comment it answers.
    assert item["id"] == comment["id"] and item["markdown"] == "Thank you for *this*."
    assert item["created"].endswith("Z") and len(item["created"]) == 20
    with store.engine.connect() as connection:
        stored = connection.execute(
            comments.select().where(comments.c.id == comment["id"])
        ).mappings()
        row = stored.one()
    assert row["address_hash"] and "203.0.113.7" not in row["address_hash"]
    assert row["email"] == "private@example.org"  # kept, never published


def test_export_rewrites_only_what_changed_and_removes_emptied_threads(
    make_client, store, tmp_path
):
    client = make_client()
    first = approved_comment(client, "one")
    approved_comment(client, "two")
    (tmp_path / "notes.json").write_text('{"mine": true}\n', encoding="utf-8")
    write_export(store.export_documents(), tmp_path, store.thread_ids())
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    stamp = one.stat().st_mtime_ns
    again = write_export(store.export_documents(), tmp_path, store.thread_ids())
    assert again.written == 2 and one.stat().st_mtime_ns == stamp
    client.request("DELETE", f"/api/admin/comments/{first['id']}", json={}, headers=ADMIN)
    emptied = write_export(store.export_documents(), tmp_path, store.thread_ids())
    assert emptied.emptied == [one] and emptied.stale == []
    assert not one.exists() and two.exists()
    assert (tmp_path / "notes.json").exists()  # not an export: left alone


def files_of(folder: Path) -> dict[str, bytes]:
    """Return the export files of *folder* (name: bytes), without the export's state file."""
    return {path.name: path.read_bytes() for path in folder.glob("*.json")}


def change_one_thread_every_way(client) -> None:
    """Change fill's thread post-0 in every way an export shows (post-1 not at all): a comment
    edited and approved, a gold star, a star taken back and one given, a rejection, a deletion."""
    comment = new_comment(client, "post-0")
    client.patch(
        f"/api/comments/{comment['comment']['id']}",
        json={"edit_token": comment["edit_token"], "text": "Thank you for *thus*."},
    )
    client.post(f"/api/admin/comments/{comment['comment']['id']}/approve", json={}, headers=ADMIN)
    listed = client.get("/api/threads/post-0/comments").json()["comments"]
    first, second = listed[0]["id"], listed[1]["id"]
    client.post(f"/api/admin/comments/{first}/gold-stars", json={"count": 1}, headers=ADMIN)
    client.request("DELETE", "/api/threads/post-0/stars", json={"reader": READER})
    client.put("/api/threads/post-0/stars", json={"reader": READER, "comment": second})
    client.post(f"/api/admin/comments/{second}/reject", json={}, headers=ADMIN)
    client.request("DELETE", f"/api/admin/comments/{listed[2]['id']}", json={}, headers=ADMIN)
    # The only-stars thread goes, a new one comes.
    client.request("DELETE", "/api/threads/only-stars/stars", json={"reader": READER})
    approved_comment(client, "post-new", reader=reader_token("late-0000000000000"))


def test_an_incremental_export_writes_what_a_full_export_writes(make_client, store, tmp_path):
    client = make_client(rate_limits=False, max_links=100)
    fill(client)
    folder, fresh = tmp_path / "kept", tmp_path / "fresh"
    export_changed(store, folder)
    assert (folder / STATE_FILE).is_file()
    untouched = (folder / "post-1.json").stat().st_mtime_ns
    assert export_changed(store, folder).written == 0  # nothing changed: nothing read again
    before = files_of(folder)
    change_one_thread_every_way(client)
    result = export_changed(store, folder)
    assert result.written == 2 and [path.name for path in result.emptied] == ["only-stars.json"]
    export_changed(store, fresh, full=True)
    assert files_of(folder) == files_of(fresh) == files_of_full(store, tmp_path / "whole")
    assert files_of(folder) != before and (folder / "post-1.json").stat().st_mtime_ns == untouched


def test_the_export_s_reader_reads_what_the_store_reads(make_client, store, database_url, tmp_path):
    fill(make_client(rate_limits=False, max_links=100))
    reader = ExportReader(database_url)
    try:
        export_changed(reader, tmp_path / "read")
    finally:
        reader.close()
    assert files_of(tmp_path / "read") == files_of_full(store, tmp_path / "whole")


def test_the_export_migrates_a_new_database_and_skips_alembic_at_head(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'new' / 'comments.sqlite3'}"
    ExportReader(url).close()
    engine = make_engine(url)
    assert at_head(engine)
    engine.dispose()

    def refuse(*args, **kwargs):
        raise AssertionError("Alembic ran on a database at head")

    monkeypatch.setattr(command, "upgrade", refuse)
    reader = ExportReader(url)
    assert reader.thread_versions() == {}
    reader.close()


def test_the_migrations_head_read_from_their_text_is_alembic_s():
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert migrations_head() == ScriptDirectory.from_config(config).get_current_head()


def files_of_full(store, folder: Path) -> dict[str, bytes]:
    """Return the files of an export of every thread with write_export into *folder*."""
    write_export(store.export_documents(), folder, store.thread_ids())
    return files_of(folder)


def test_an_incremental_export_mends_files_removed_or_added_by_hand(make_client, store, tmp_path):
    client = make_client()
    approved_comment(client, "one")
    approved_comment(client, "two")
    export_changed(store, tmp_path)
    written = files_of(tmp_path)
    (tmp_path / "one.json").unlink()
    (tmp_path / "gone.json").write_bytes(written["two.json"].replace(b'"two"', b'"gone"'))
    (tmp_path / "two-old-name.json").write_bytes(written["two.json"])
    result = export_changed(store, tmp_path, prune=True)
    assert files_of(tmp_path) == written
    assert [path.name for path in result.renamed] == ["two-old-name.json"]
    assert [path.name for path in result.stale] == ["gone.json"]


def test_threads_of_another_database_are_kept_unless_pruned(make_client, store, tmp_path):
    approved_comment(make_client(), "mine")
    other = tmp_path / "someone-else.json"
    other.write_text(dump(export_document("someone-else", 3, [])), encoding="utf-8")
    kept = write_export(store.export_documents(), tmp_path, store.thread_ids())
    assert kept.stale == [other] and other.exists()
    pruned = write_export(store.export_documents(), tmp_path, store.thread_ids(), prune=True)
    assert pruned.stale == [other] and not other.exists()
    assert (tmp_path / "mine.json").exists()


def test_export_file_names_are_distinct_and_safe_everywhere(make_client, store, tmp_path):
    client = make_client(rate_limits=False)
    threads = ["welcome", "Welcome", "WELCOME", "CON", "con", "aux.notes", "Lpt1", "a.b"]
    for thread in threads:
        approved_comment(client, thread)
    legacy = tmp_path / "Welcome.json"  # the name an older server gave it
    legacy.write_text(dump(export_document("Welcome", 0, [])), encoding="utf-8")
    result = write_export(store.export_documents(), tmp_path, store.thread_ids())
    assert result.renamed == [legacy] and not legacy.exists()
    names = sorted(path.name for path in tmp_path.glob("*.json"))
    assert len(names) == len(threads) and len({name.lower() for name in names}) == len(threads)
    devices = {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt") for n in range(10)}
    assert not any(name.lower().split(".")[0] in devices for name in names), names
    assert "welcome.json" in names and "a.b.json" in names  # the plain ones keep their own name
    imported = {thread.thread for thread in read_goldstar(tmp_path)}
    assert imported == set(threads)


def test_the_projects_demo_comments_import_and_export_unchanged(store, tmp_path):
    source = Path(__file__).resolve().parents[2] / "content" / "comments"
    if not any(source.glob("*.json")):
        pytest.skip("content/comments has no export yet")
    store.import_threads(read_goldstar(source))
    write_export(store.export_documents(), tmp_path)
    for path in sorted(source.glob("*.json")):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("not json", "not UTF-8 JSON"),
        ('{"format": "other"}', "not a Goldstar comments export"),
        ('{"format": "goldstar-comments", "version": 4}', "version 4 is not supported"),
        (
            '{"format": "goldstar-comments", "version": 1, "thread": "other", "stars": 0, '
            '"comments": []}',
            "does not match the file name",
        ),
        (
            '{"format": "goldstar-comments", "version": 1, "thread": "t", "stars": 0, '
            '"comments": [{"id": "1"}]}',
            "comment #1: field 'id' is missing or has the wrong type",
        ),
    ],
)
def test_a_broken_export_file_is_named_with_its_problem(tmp_path, content, problem):
    path = tmp_path / "t.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldstarExportError, match=problem) as error:
        read_goldstar(tmp_path)
    assert str(path) in str(error.value)


def test_dump_is_stable_text():
    document = {"b": 1, "a": ["é", None]}
    assert dump(document) == '{\n  "a": [\n    "é",\n    null\n  ],\n  "b": 1\n}\n'
