"""Comments of other systems as they leave them, for the importers: an Isso database with Isso's
own schema and rows, and WordPress's wp:comment entries."""

import sqlite3
from contextlib import closing
from pathlib import Path

# Isso's own DDL (isso/db/threads.py, comments.py, preferences.py, 0.12-0.14), so the fixture
# database is the one a real Isso leaves behind.
ISSO_DDL = [
    "CREATE TABLE IF NOT EXISTS preferences (key VARCHAR PRIMARY KEY, value VARCHAR)",
    "CREATE TABLE IF NOT EXISTS threads ("
    "    id INTEGER PRIMARY KEY, uri VARCHAR(256) UNIQUE, title VARCHAR(256))",
    "CREATE TABLE IF NOT EXISTS comments ("
    "    tid REFERENCES threads(id), id INTEGER PRIMARY KEY, parent INTEGER,"
    "    created FLOAT NOT NULL, modified FLOAT, mode INTEGER, remote_addr VARCHAR,"
    "    text VARCHAR, author VARCHAR, email VARCHAR, website VARCHAR,"
    "    likes INTEGER DEFAULT 0, dislikes INTEGER DEFAULT 0, voters BLOB NOT NULL,"
    "    notification INTEGER DEFAULT 0)",
    "CREATE TRIGGER IF NOT EXISTS remove_stale_threads AFTER DELETE ON comments BEGIN"
    "    DELETE FROM threads WHERE id NOT IN (SELECT tid FROM comments); END",
    "PRAGMA user_version = 3",
]


ISSO_THREADS = [
    (1, "/posts/cafe-au-lait/", "Café au lait"),
    (2, "/", "Home"),
    (3, "/2024/03/une-journée/index.html", None),
]


# tid, id, parent, created, modified, mode, remote_addr, text, author, email, website, likes
ISSO_COMMENTS = [
    (1, 1, None, 1700000000.5, None, 1, "192.0.2.0", "First! *Lovely* post.", "Agnès 🌟",
     "agnes@example.org", "https://agnes.example", 3),
    (1, 2, 1, 1700000100.0, 1700000160.0, 1, "192.0.2.0", "Thank you 🙏", "Bob",
     "bob@example.org", "bob.example", 0),
    (1, 3, None, 1700000200.0, None, 4, "192.0.2.0", "", None, None, None, 0),
    (1, 4, 3, 1700000300.0, None, 1, "192.0.2.0", "Replying to a deleted one", "Chloé",
     None, "javascript:alert(1)", 0),
    (1, 5, None, 1700000400.0, None, 2, "192.0.2.0", "Waiting for moderation", None,
     "pending@example.org", "", 0),
    (2, 6, None, 1700000500.0, None, 1, "192.0.2.0", "On the home page", "Dan",
     "dan@example.org", None, 0),
    (3, 7, None, 1700000600.0, None, 1, "192.0.2.0", "Très bien", "Émile",
     "emile@example.org", None, 1),
]  # fmt: skip


def make_isso_db(path: Path, threads=ISSO_THREADS, comments=ISSO_COMMENTS) -> Path:
    """Write an Isso database with Isso's schema and the given rows."""
    with closing(sqlite3.connect(path)) as db, db:
        for statement in ISSO_DDL:
            db.execute(statement)
        db.executemany("INSERT INTO threads (id, uri, title) VALUES (?, ?, ?)", threads)
        db.executemany(
            "INSERT INTO comments (tid, id, parent, created, modified, mode, remote_addr, text,"
            " author, email, website, likes, voters) VALUES (?,?,?,?,?,?,?,?,?,?,?,?, x'00')",
            comments,
        )
    return path


def wp_comment(cid: str, approved: str = "1", parent: str = "0", kind: str = "") -> str:
    """Return one wp:comment entry."""
    return (
        f"<wp:comment><wp:comment_id>{cid}</wp:comment_id>"
        f"<wp:comment_author><![CDATA[Reader {cid}]]></wp:comment_author>"
        f"<wp:comment_author_email>r{cid}@example.org</wp:comment_author_email>"
        "<wp:comment_date_gmt>2020-05-06 07:08:09</wp:comment_date_gmt>"
        f"<wp:comment_content><![CDATA[Comment {cid}]]></wp:comment_content>"
        f"<wp:comment_approved>{approved}</wp:comment_approved>"
        f"<wp:comment_type>{kind}</wp:comment_type>"
        f"<wp:comment_parent>{parent}</wp:comment_parent></wp:comment>\n"
    )
