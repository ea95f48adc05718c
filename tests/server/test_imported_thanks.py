"""An import of another blog's comments is history: those written long before the import do not
wait for a thank-you (`invoke thanks`, the inbox's "To thank"), where Isso comments of 2023 came in
waiting for a reply (store/importing.py, migration 0007). SQLite and PostgreSQL, as every store
test.
"""

import json
import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from comment_server.export import write_export
from comment_server.importers import read_goldstar, read_isso, read_wxr
from tests.support import ROOT
from tests.support.api import ADMIN, SECRET
from tests.support.databases import empty_store
from tests.support.isso_and_wordpress import ISSO_COMMENTS, ISSO_THREADS, make_isso_db, wp_comment
from tests.support.live_server import run_command

RECENT = time.time() - 2 * 86_400  # two days before the import
# The fixture's comments (November 2023), and one on the same post from two days ago.
COMMENTS = [
    *ISSO_COMMENTS,
    (1, 8, None, RECENT, None, 1, "192.0.2.0", "Made it this morning!", "Fleur", None, None, 0),
]


def waiting(store) -> list[str]:
    """Return the authors of the comments waiting for a thank-you, sorted."""
    return sorted(c["author"] for c in store.admin_comments("approved", unanswered=True))


def isso_threads(tmp_path: Path):
    """Return the threads of an Isso database with old comments and one recent one."""
    return read_isso(make_isso_db(tmp_path / "comments.db", ISSO_THREADS, COMMENTS))


def test_an_isso_import_asks_thanks_only_for_recent_comments(tmp_path, store, client):
    store.import_threads(isso_threads(tmp_path))
    assert waiting(store) == ["Fleur"]
    # The inbox and `invoke thanks` read the same list through the API.
    answer = client.get("/api/admin/comments?unanswered=1", headers=ADMIN)
    assert [c["author"] for c in answer.json()["comments"]] == ["Fleur"]
    # The old comments are all there, approved, on the page as before.
    approved = store.admin_comments("approved")
    assert {"Agnès 🌟", "Bob", "Chloé", "Émile", "Fleur"} <= {c["author"] for c in approved}


def test_the_window_is_chosen_at_import(tmp_path, store):
    threads = isso_threads(tmp_path)
    store.import_threads(threads[:1], waiting_days=0)
    assert waiting(store) == []
    store.import_threads(threads[1:], waiting_days=100_000)
    assert waiting(store) == ["Émile"]  # the other thread, imported with every comment waiting


def test_a_wordpress_import_asks_thanks_only_for_recent_comments(tmp_path, store):
    recent = (datetime.now(UTC) - timedelta(days=3)).strftime("%Y-%m-%d %H:%M:%S")
    path = tmp_path / "wordpress.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>\n'
        "<item><title>Jars</title><wp:post_name>jars</wp:post_name>\n"
        + wp_comment("1")  # 2020
        + wp_comment("2").replace("2020-05-06 07:08:09", recent)
        + "</item>\n</channel></rss>\n",
        encoding="utf-8",
    )
    store.import_threads(read_wxr(path))
    assert waiting(store) == ["Reader 2"]


def test_goldstar_s_export_keeps_what_does_not_wait(tmp_path, store):
    store.import_threads(isso_threads(tmp_path))
    folder = tmp_path / "export"
    write_export(store.export_documents(), folder, store.thread_ids())
    document = json.loads((folder / "cafe-au-lait.json").read_text(encoding="utf-8"))
    marks = {c["author"]: c.get("thanks_due") for c in document["comments"]}
    assert marks == {"Agnès 🌟": False, "Bob": False, "Chloé": False, "Fleur": None}
    # Moving to a new server: the export brings the queue as it was, old comments not waiting.
    empty_store(store)
    store.import_threads(read_goldstar(folder))
    assert waiting(store) == ["Fleur"]


def test_goldstar_s_export_without_the_mark_waits_whatever_its_age(tmp_path, store):
    # The demo's comments (2025) and an export written before the mark existed wait as they did.
    store.import_threads(read_goldstar(ROOT / "content" / "comments"))
    assert len(waiting(store)) > 10


def test_the_cli_takes_the_window(tmp_path, database_url, store):
    path = make_isso_db(tmp_path / "comments.db", ISSO_THREADS, COMMENTS)
    clean = {k: v for k, v in os.environ.items() if not k.startswith("COMMENT_SERVER_")}
    env = {**clean, "COMMENT_SERVER_SECRET": SECRET, "COMMENT_SERVER_DATABASE_URL": database_url}
    bad = run_command(["import", path, "--waiting-days", "-1"], env)
    assert bad.returncode == 2 and "'-1' is not a number of days" in bad.stderr
    done = run_command(["import", path, "--waiting-days", "100000"], env)
    assert done.returncode == 0, done.stderr
    assert waiting(store) == ["Agnès 🌟", "Bob", "Chloé", "Fleur", "Émile"]
