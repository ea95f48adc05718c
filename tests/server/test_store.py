"""The store on SQLite and PostgreSQL: import, stars, moderation, deletion, the version counter."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from comment_server.importers.records import ImportedComment, ImportedThread
from comment_server.store.errors import Forbidden, ImportFailed, NotFound
from comment_server.store.reads import own_row
from comment_server.store.writes import NewComment

WHEN = datetime(2026, 1, 2, 10, 0, tzinfo=UTC)


def imported(thread: str = "welcome", **changes) -> ImportedThread:
    """Return a thread of three comments: a reply, a pending one, and one by the author."""
    comments = [
        ImportedComment("a", None, "Ann", "Hello *there*", WHEN, email="ann@example.org"),
        ImportedComment("b", "a", "Bob", "A reply <script>alert(1)</script>", WHEN, stars=2),
        ImportedComment("c", None, "Cy", "Pending", WHEN, status="pending"),
        ImportedComment("d", "b", "Maya", "Thanks!", WHEN, by_author=True, gold_stars=1),
    ]
    return ImportedThread(thread=thread, title="Welcome", stars=5, comments=comments, **changes)


def new(thread: str = "welcome", commenter: str = "0123456789abcdef", **changes) -> NewComment:
    """Return a valid new comment (already validated and rendered)."""
    values = dict(
        thread=thread,
        title="Welcome",
        parent=None,
        author="Zed",
        website=None,
        email=None,
        markdown="hey",
        html="<p>hey</p>",
        commenter=commenter,
        address_hash=None,
        edit_secret="s" * 64,
    )
    values.update(changes)
    return NewComment(**values)


def test_import_keeps_replies_statuses_and_stars_and_sanitizes(store):
    summary = store.import_threads([imported()])
    assert (summary.threads, summary.comments, summary.skipped) == (1, 4, 0)
    version, thread = store.thread_comments("welcome")
    assert version > 0 and thread["stars"] == 5
    by_author = {c["author"]: c for c in thread["comments"]}
    assert set(by_author) == {"Ann", "Bob", "Maya"}  # the pending one is not public
    assert by_author["Bob"]["parent"] == by_author["Ann"]["id"]
    assert by_author["Maya"]["parent"] == by_author["Bob"]["id"]
    assert by_author["Bob"]["stars"] == 2 and by_author["Maya"]["gold_stars"] == 1
    assert "<script" not in by_author["Bob"]["html"]
    assert by_author["Maya"]["by_author"] is True
    pending = store.admin_comments("pending")
    assert [row["author"] for row in pending] == ["Cy"]


def test_importing_twice_skips_what_is_there(store):
    store.import_threads([imported()])
    again = store.import_threads([imported()])
    assert (again.comments, again.skipped) == (0, 4)
    assert len(store.thread_comments("welcome")[1]["comments"]) == 3


def test_import_refuses_a_bad_thread_id_and_a_bad_status_naming_them(store):
    with pytest.raises(ImportFailed, match=r"'\.\./etc'"):
        store.import_threads([ImportedThread(thread="../etc")])
    bad = ImportedComment("x", None, "A", "text", WHEN, status="deleted")
    with pytest.raises(ImportFailed, match=r"comment 'x'.*status 'deleted'"):
        store.import_threads([ImportedThread(thread="ok", comments=[bad])])
    assert store.export_documents() == {}  # one transaction: nothing half-imported


def test_import_then_new_comments_get_fresh_ids(store):
    comment = ImportedComment("17", None, "Ann", "Hi", WHEN, id=17)
    store.import_threads([ImportedThread(thread="welcome", comments=[comment])])
    row = store.create_comment(new())
    assert row["id"] > 17


def test_a_star_counts_once_per_reader_and_can_be_taken_back(store):
    store.import_threads([imported()])
    assert store.set_star("welcome", None, "r1", True).count == 6
    assert store.set_star("welcome", None, "r1", True).count == 6
    assert store.set_star("welcome", None, "r2", True).count == 7
    assert store.set_star("welcome", None, "r1", False).count == 6
    assert store.set_star("welcome", None, "r1", False).count == 6
    summary = store.star_summary("welcome", "r2")
    assert summary["post"] == {"count": 6, "starred": True}


def test_a_star_on_a_pending_or_foreign_comment_is_refused(store):
    store.import_threads([imported(), imported("other")])
    pending = store.admin_comments("pending")
    theirs = next(row for row in pending if row["thread_id"] == "welcome")
    with pytest.raises(NotFound):
        store.set_star("welcome", theirs["id"], "r1", True)
    elsewhere = store.thread_comments("other")[1]["comments"][0]["id"]
    with pytest.raises(NotFound):
        store.set_star("welcome", elsewhere, "r1", True)


def test_moderation_and_trust_after_the_first_approval(store):
    first = store.create_comment(new())
    assert first["status"] == "pending"
    approved = store.set_status(first["id"], "approved")
    assert approved["status"] == "approved" and approved["commenter_comments"] == 1
    assert store.set_status(first["id"], "approved") == approved  # idempotent
    second = store.create_comment(new())
    assert second["status"] == "approved"
    stranger = store.create_comment(new(commenter="fedcba9876543210"))
    assert stranger["status"] == "pending"


def test_moderation_off_approves_at_once(store):
    assert store.create_comment(new(moderation=False))["status"] == "approved"


def test_a_new_comment_s_answer_is_its_row_as_stored(store):
    created = store.create_comment(new(title="Welcome", website="https://ann.example"))
    with store.engine.connect() as connection:
        stored = own_row(connection, created["id"])
    assert created == stored and created["stars"] == 0
    assert created["created"] == stored["created"] and created["website"] == "https://ann.example"


def test_a_blocked_commenter_is_refused_and_their_pending_comments_become_spam(store):
    pending = store.create_comment(new())
    assert store.block_commenter("0123456789abcdef") == 1
    assert store.comment(pending["id"])["status"] == "spam"
    with pytest.raises(Forbidden):
        store.create_comment(new())


def test_a_reply_must_answer_an_approved_comment_of_the_same_thread(store):
    store.import_threads([imported(), imported("other")])
    pending = next(r for r in store.admin_comments("pending") if r["thread_id"] == "welcome")
    with pytest.raises(NotFound):
        store.create_comment(new(parent=pending["id"]))
    elsewhere = store.thread_comments("other")[1]["comments"][0]["id"]
    with pytest.raises(NotFound):
        store.create_comment(new(parent=elsewhere))


def test_delete_keeps_replies_attached_to_the_parent(store):
    store.import_threads([imported()])
    comments = {c["author"]: c for c in store.thread_comments("welcome")[1]["comments"]}
    store.set_star("welcome", comments["Bob"]["id"], "r1", True)
    assert store.delete_comment(comments["Bob"]["id"]) == "welcome"
    assert store.delete_comment(comments["Bob"]["id"]) is None
    after = {c["author"]: c for c in store.thread_comments("welcome")[1]["comments"]}
    assert after["Maya"]["parent"] == comments["Ann"]["id"]
    assert "Bob" not in after


def test_a_reply_to_a_hidden_comment_hangs_from_the_nearest_visible_one(store):
    store.import_threads([imported()])
    comments = {c["author"]: c for c in store.thread_comments("welcome")[1]["comments"]}
    store.set_status(comments["Bob"]["id"], "rejected")
    after = {c["author"]: c for c in store.thread_comments("welcome")[1]["comments"]}
    assert after["Maya"]["parent"] == comments["Ann"]["id"]


def test_every_write_moves_the_thread_version(store):
    versions = [store.thread_version("welcome")]
    row = store.create_comment(new())
    versions.append(store.thread_version("welcome"))
    store.set_status(row["id"], "approved")
    versions.append(store.thread_version("welcome"))
    store.set_star("welcome", row["id"], "r1", True)
    versions.append(store.thread_version("welcome"))
    store.add_gold_stars(row["id"], 2)
    versions.append(store.thread_version("welcome"))
    store.add_reply(row["id"], "thanks", "<p>thanks</p>", "en.x")
    versions.append(store.thread_version("welcome"))
    store.delete_comment(row["id"])
    versions.append(store.thread_version("welcome"))
    assert versions == sorted(set(versions)) and versions[0] == 0


def test_reply_approves_the_comment_and_remembers_the_template(store):
    row = store.create_comment(new())
    reply = store.add_reply(row["id"], "Thank you", "<p>Thank you</p>", "en.warm.1")
    assert reply["by_author"] and reply["parent_id"] == row["id"] and reply["status"] == "approved"
    assert store.comment(row["id"])["status"] == "approved"
    assert store.comment(row["id"])["replied"] is True
    later = store.create_comment(new())
    assert store.comment(later["id"])["previous_templates"] == ("en.warm.1",)


def test_unknown_comment_is_not_found(store):
    with pytest.raises(NotFound):
        store.set_status(999, "approved")
    with pytest.raises(NotFound):
        store.add_gold_stars(999, 1)


def test_sqlite_connections_use_wal_and_full_sync(store):
    if not store.url.startswith("sqlite"):
        pytest.skip("SQLite only")
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_migrate_twice_is_harmless(store):
    store.migrate()
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def test_concurrent_stars_count_each_reader_once(store):
    from concurrent.futures import ThreadPoolExecutor

    readers = [f"reader-{n % 60}" for n in range(200)]  # 60 readers, most star more than once
    with ThreadPoolExecutor(max_workers=8) as pool:
        starred = list(pool.map(lambda r: store.set_star("busy", None, r, True), readers))
    assert max(s.count for s in starred) == 60
    assert store.star_summary("busy", None)["post"]["count"] == 60
    # Each change says the version it made, and its count is the count at that version.
    changes = sorted((s.version, s.count) for s in starred if s.version is not None)
    assert changes == [(n, n) for n in range(1, 61)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda r: store.set_star("busy", None, r, False), readers[:100]))
    assert store.star_summary("busy", None)["post"]["count"] == 0
    assert store.thread_version("busy") == 120  # one bump per change, none per repeat


def test_a_failing_write_fails_alone_among_concurrent_writes(store):
    from concurrent.futures import ThreadPoolExecutor

    store.import_threads([imported()])
    visible = store.thread_comments("welcome")[1]["comments"][0]["id"]

    def star(n: int):
        target = visible if n % 2 else 999_999  # every other one stars a missing comment
        try:
            return store.set_star("welcome", target, f"reader-{n}", True)
        except NotFound:
            return "refused"

    with ThreadPoolExecutor(max_workers=8) as pool:
        outcomes = list(pool.map(star, range(80)))
    assert outcomes.count("refused") == 40
    assert store.star_summary("welcome", None)["comments"][str(visible)]["count"] == 40
    store.close()
    assert store.set_star("welcome", None, "after-close", True).count == 6  # a closed store reopens
