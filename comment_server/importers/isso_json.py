"""Read Isso's generic JSON import format (`isso import -t generic`) into import records.

The file is a list of threads, each `{"id": uri, "title", "comments": [...]}`; a comment has
`id` (its order in the thread), `author`, `email`, `website`, `remote_addr`, `text` and `created`
("2005-02-24 04:03:37"). Isso imports every comment as accepted and top-level, in id order, and
reads `created` in its server's time zone: here it is read as UTC. A thread's id is the last
segment of its uri's path, as for Isso's database. A bad record is skipped with a warning naming
the file, the thread and the comment; the remote address is never imported.
"""

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from comment_server.importers.isso import _website
from comment_server.importers.problems import ImportFileError, report_problem
from comment_server.importers.records import ImportedComment, ImportedThread, text_problem
from comment_server.importers.thread_ids import url_thread_id

CREATED_FORMAT = "%Y-%m-%d %H:%M:%S"


def read_isso_json(path: Path) -> list[ImportedThread]:
    """Return the threads and comments of Isso's generic JSON file *path*."""
    document = _load(path)
    threads: dict[str, ImportedThread] = {}
    seen: set[str] = set()
    for index, item in enumerate(document):
        where = f"thread {index}"
        if not isinstance(item, dict) or not isinstance(item.get("comments"), list):
            report_problem(path, where, 'is not {"id", "title", "comments": [...]}; skipped')
            continue
        uri = item.get("id")
        thread_id = url_thread_id(uri) if isinstance(uri, str) else None
        if thread_id is None:
            report_problem(
                path,
                where,
                f"its id {uri!r} names no page, so its {len(item['comments'])} comment(s) were "
                'skipped: give it the post\'s path, like "/posts/my-post/"',
            )
            continue
        comments = []
        for place, raw in _ordered(item):
            said = f"{where} ({uri!r}) comment {place}"
            comments.append(
                _comment(path, said, _unique(path, said, _source_id(uri, place, raw), seen), raw)
            )
        title = item.get("title") if isinstance(item.get("title"), str) else None
        merged = threads.get(thread_id) or ImportedThread(thread=thread_id, title=title)
        merged.comments.extend(comment for comment in comments if comment is not None)
        threads[thread_id] = merged
    return [thread for thread in threads.values() if thread.comments]


def _load(path: Path) -> list[Any]:
    """Return the JSON list of *path*, or raise ImportFileError naming the line to fix."""
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise ImportFileError(f"{path}: cannot be read: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise ImportFileError(
            f"{path}: is not UTF-8 text (byte {error.start}): save it as UTF-8"
        ) from None
    except json.JSONDecodeError as error:
        raise ImportFileError(
            f"{path}:{error.lineno}: is not valid JSON ({error.msg} at line {error.lineno}, "
            f"column {error.colno}): fix it and import the file again"
        ) from None
    except (ValueError, RecursionError) as error:  # a number of 5,000 digits, lists nested deep
        raise ImportFileError(
            f"{path}: cannot be read as JSON ({type(error).__name__}: {str(error)[:80]}): "
            "export it again from Isso"
        ) from None
    if not isinstance(document, list):
        raise ImportFileError(f"{path}: Isso's generic format is a JSON list of threads")
    return document


def _ordered(thread: dict[str, Any]) -> list[tuple[int, Any]]:
    """Return the thread's comments with their place in the file, in Isso's order (by id)."""
    numbered = list(enumerate(thread["comments"]))
    return sorted(numbered, key=lambda pair: _sort_key(pair[1], pair[0]))


def _sort_key(comment: Any, place: int) -> tuple[int, int]:
    """Order by the comment's id when it is a whole number, else keep the file's order."""
    value = comment.get("id") if isinstance(comment, dict) else None
    if isinstance(value, int) and not isinstance(value, bool):
        return (value, place)
    return (place, place)


def _source_id(uri: str, place: int, raw: Any) -> str:
    """Return a stable id of the comment: its thread's uri and its id (else its place)."""
    value = raw.get("id") if isinstance(raw, dict) else None
    source = f"{uri}#{value if isinstance(value, int | str) else f'place-{place}'}"
    return source if len(source) <= 200 else hashlib.sha256(source.encode()).hexdigest()


def _unique(path: Path, where: str, source_id: str, seen: set[str]) -> str:
    """Return *source_id*, or, when an earlier comment of the file had it, the same id with the
    comment's rank among those that share it ("#2"), so no comment is taken for a duplicate."""
    unique, rank = source_id, 1
    while unique in seen:
        rank += 1
        unique = f"{source_id}#{rank}"
    if rank > 1:
        report_problem(path, where, "has the id of an earlier comment; imported as another one")
    seen.add(unique)
    return unique


def _comment(path: Path, where: str, source_id: str, raw: Any) -> ImportedComment | None:
    """Return one comment as an import record, or report why it was skipped."""
    if not isinstance(raw, dict):
        report_problem(path, where, "is not a JSON object; skipped")
        return None
    text = raw.get("text")
    if not isinstance(text, str) or (problem := text_problem(text)) is not None:
        said = problem if isinstance(text, str) else "is missing"
        report_problem(path, where, f"its text {said}; skipped: fix it and import again")
        return None
    created = _created(raw.get("created"))
    if created is None:
        report_problem(
            path,
            where,
            f'created is {raw.get("created")!r}, not a time like "2005-02-24 04:03:37"; skipped',
        )
        return None
    author, email = raw.get("author"), raw.get("email")
    website = raw.get("website")
    return ImportedComment(
        source_id=source_id,
        parent_source_id=None,
        author=(author.strip() if isinstance(author, str) else "") or "Anonymous",
        text=text,
        created=created,
        email=(email.strip() if isinstance(email, str) else "") or None,
        website=_website(website if isinstance(website, str) else None),
    )


def _created(value: Any) -> datetime | None:
    """Return Isso's "YYYY-MM-DD HH:MM:SS" as a UTC datetime, or None if it is not one."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value.strip(), CREATED_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
