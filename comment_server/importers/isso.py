"""Read Isso's SQLite database (its `[general] dbpath`) into import records.

Isso keeps `threads(id, uri, title)` and `comments(tid, id, parent, created, modified, mode,
remote_addr, text, author, email, website, likes, dislikes, voters, notification)`: `text` is
Markdown, times are Unix times, `mode` is 1 accepted, 2 pending, 4 deleted (kept only while it has
replies, its text blanked). A thread's id is the last segment of its uri's path. Deleted comments
are left out and their replies move up a level; likes become stars. The database is opened
read-only, so Isso can keep running.
"""

import sqlite3
from collections import defaultdict
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from comment_server.importers.problems import ImportFileError, report_problem
from comment_server.importers.records import ImportedComment, ImportedThread, text_problem
from comment_server.importers.replies import whole_thread
from comment_server.importers.thread_ids import url_thread_id

SQLITE_HEADER = b"SQLite format 3\x00"
THREADS_SQL = "SELECT id, uri, title FROM threads ORDER BY id"
COMMENTS_SQL = (
    "SELECT tid, id, parent, created, modified, mode, text, author, email, website, likes "
    "FROM comments ORDER BY id"
)
STATUSES = {1: "approved", 2: "pending"}
DELETED = 4


@dataclass
class _Thread:
    uri: str
    title: str | None
    comments: list[ImportedComment] = field(default_factory=list)
    removed: dict[str, str | None] = field(default_factory=dict)


def read_isso(path: str | Path) -> list[ImportedThread]:
    """Return the threads and comments of the Isso database *path*, logging each record skipped."""
    path = Path(path)
    thread_rows, comment_rows = _read_rows(path)
    threads = {tid: _Thread(uri or "", title or None) for tid, uri, title in thread_rows}
    for row in comment_rows:
        _add_comment(path, row, threads)
    named: dict[str, _Thread] = defaultdict(lambda: _Thread("", None))
    for tid, thread in threads.items():
        if not thread.comments:
            continue
        thread_id = url_thread_id(thread.uri)
        if thread_id is None:
            report_problem(
                path,
                f"thread {tid}",
                f"its uri {thread.uri!r} names no page, so its {len(thread.comments)} comment(s) "
                "were skipped: give the post a path like /posts/my-post/ in Isso first",
            )
            continue
        merged = named[thread_id]  # two uris for one page (/post and /post/) merge
        merged.title = merged.title or thread.title
        merged.comments.extend(thread.comments)
        merged.removed.update(thread.removed)
    return [
        whole_thread(thread_id, thread.title, thread.comments, thread.removed)
        for thread_id, thread in named.items()
    ]


def _read_rows(path: Path) -> tuple[list[tuple], list[tuple]]:
    """Return the rows of Isso's threads and comments tables, read-only."""
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise ImportFileError(f"{path}: cannot be read: {error.strerror}") from error
    if header != SQLITE_HEADER:
        raise ImportFileError(f"{path}: is not an SQLite database, so not Isso's (its dbpath)")
    try:
        with closing(sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)) as db:
            return db.execute(THREADS_SQL).fetchall(), db.execute(COMMENTS_SQL).fetchall()
    except sqlite3.Error as error:
        raise ImportFileError(
            f"{path}: is not an Isso database ({error}): Isso 0.10 or later has the tables "
            "threads(id, uri, title) and comments(tid, id, parent, created, ...)"
        ) from error


def _add_comment(path: Path, row: tuple, threads: dict[int, _Thread]) -> None:
    """Add one comments row to its thread, or report why it cannot be."""
    tid, comment_id, parent, created, modified, mode, text, author, email, website, likes = row
    where = f"comment {comment_id}"
    thread = threads.get(tid)
    if thread is None:
        report_problem(path, where, f"its thread {tid} is not in the threads table; skipped")
        return
    source_id, parent_id = str(comment_id), None if parent is None else str(parent)
    if mode == DELETED:
        thread.removed[source_id] = parent_id
        return
    created_at = _time(created)
    if created_at is None:
        report_problem(path, where, f"created is {created!r}, not a Unix time; skipped")
        return
    if (problem := text_problem(text)) is not None:
        report_problem(path, where, f"its text {problem}; skipped, its replies move up a level")
        thread.removed[source_id] = parent_id
        return
    if mode not in STATUSES:
        report_problem(path, where, f"mode {mode!r} is not 1, 2 or 4; imported as pending")
    thread.comments.append(
        ImportedComment(
            source_id=source_id,
            parent_source_id=parent_id,
            author=(author or "").strip() or "Anonymous",
            text=text or "",
            created=created_at,
            status=STATUSES.get(mode, "pending"),
            email=(email or "").strip() or None,
            website=_website(website),
            edited=_time(modified),
            stars=likes if isinstance(likes, int) and likes > 0 else 0,
        )
    )


def _time(value: object) -> datetime | None:
    """Return the Unix time *value* as a UTC datetime, or None if it is not one."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return datetime.fromtimestamp(value, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _website(value: str | None) -> str | None:
    """Return an http(s) URL for Isso's website field, which may lack the scheme, or None."""
    website = (value or "").strip()
    if website.lower().startswith(("http://", "https://")):
        return website
    if website and ":" not in website and "." in website and " " not in website:
        return f"http://{website}"  # Isso's own page links a bare host this way
    return None
