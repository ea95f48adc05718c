"""Read one export file (`content/comments/<thread>.json`, written by comment_server/export.py)
into a checked reply tree.

The shape is pinned in docs/contracts.md. Every problem becomes a sentence that names the comment
and the field and says how to fix it; it keeps what can be kept and never raises on bad data.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from urllib.parse import urlsplit

import nh3
from markupsafe import Markup, escape

from comment_contract import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    EXPORT_VERSIONS,
    TONES,
    cleaner_settings,
    export_file_name,
)

FIX = "export the thread again with `python -m comment_server export`, or fix the file by hand"

BY_ID = attrgetter("id")
# The export's html is already sanitized by the server; sanitizing again at build time with the same
# tight allowlist (comment_contract) means a hand-edited export cannot put a script on a page.
_CLEANER = nh3.Cleaner(**cleaner_settings())
NO_DATE = Markup()
_CONTROL = re.compile(r"[\x00-\x20\x7f]")
_TIME_DIRECTIVE = re.compile(r"%-?[HIMSpfzZXcTrRs]")
_EXPORTED_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")


@dataclass(eq=False, slots=True)
class Comment:
    """One approved comment: the export's fields plus its place in the page.

    Slots, not a dict per comment: a site holds every comment of every thread at once, and each
    object is one more for the garbage collector to walk at every full collection.
    """

    id: int
    parent: int | None
    author: str
    website: str | None
    created: str | None
    edited: str | None
    updated: str | None
    html: str
    markdown: str
    stars: int
    gold_stars: int
    by_author: bool
    commenter: str | None
    date: datetime | None = None
    locale_date: Markup = NO_DATE
    # A comment with no replies shares one empty tuple: most comments have none, and an empty list
    # each would be 100,000 more objects for the garbage collector on a site of 10,000 posts.
    replies: list[Comment] | tuple[()] = ()
    # Set when the page shows this reply under an ancestor, not its parent (too deep to indent),
    # or under its parent though it answers another comment (`reply_to`).
    in_reply_to: Comment | None = None
    # Filled by plugins/gold_stars when it is on; declared here so the theme reads them either way.
    badges: tuple = ()
    award: object | None = None
    # The export's `reply_to`: the comment it answers when not its parent (None: its parent).
    reply_to: int | None = None
    # Its tone (comment_contract.TONES), as the comment server read it when the comment was
    # stored, edited or imported: export version 2 carries it (None in a version 1 export).
    tone: str | None = None
    # Words a reader at risk may write, though its tone is another (reply_drafts.tone's
    # Tone.guarded): export version 3 writes `guarded: true` (False when absent, or older).
    guarded: bool = False
    # The tone plugins/gold_stars read itself, for a gold-starred comment with no `tone` from
    # the export, or on a hard day (its room.py); None: not read.
    tone_read: str | None = None

    @property
    def anchor(self) -> str:
        """Return the comment's anchor in the page: "comment-17"."""
        return f"comment-{self.id}"


@dataclass
class Thread:
    """The comments and stars of one post, as read from one export file."""

    thread: str
    source: Path
    stars: int
    comments: list[Comment]
    count: int
    since: str | None
    version: int = EXPORT_VERSION  # the export's; version 1 carries no comment's tone


@dataclass
class ReadResult:
    """A thread (or None when the file is unusable) and the problems found reading it."""

    thread: Thread | None
    problems: list[str]


def sanitize_html(html: str) -> str:
    """Return *html* cleaned with the export's allowlist."""
    return _CLEANER.clean(html)


def read_export(path: Path, dates: LocalDates, max_depth: int, names: dict[str, str]) -> ReadResult:
    """Read the export file at *path* into a thread, with the problems found.

    *names* keeps one copy of each commenter key and name across the build's threads (a regular
    commenter appears on many posts: the site holds every thread at once).
    """
    problems: list[str] = []
    data = _load_json(path, problems)
    if data is None or not _check_header(data, problems):
        return ReadResult(None, problems)
    thread_id = data["thread"]
    if path.name not in (export_file_name(thread_id), f"{thread_id}.json"):
        problems.append(
            f"its 'thread' is {_show(thread_id)} but the file is named {path.name}; the comments "
            f"go to thread {_show(thread_id)} (rename the file to {export_file_name(thread_id)})"
        )
    stars = _count(data, "stars", "the post", problems)
    raw_comments = data["comments"]
    comments = _read_comments(raw_comments, problems, names)
    for comment in comments:
        if comment.created is None:
            continue
        try:
            comment.date, comment.locale_date = dates.of(comment.created)
        except ValueError:
            problems.append(
                f"comment {comment.id}: 'created' {comment.created!r} is not a real date; "
                "the comment is shown without one"
            )
            comment.created = None
    roots = build_tree(comments, max_depth, problems)
    since = max((c.updated for c in comments if c.updated), default=None)
    thread = Thread(thread_id, path, stars, roots, len(comments), since, data["version"])
    return ReadResult(thread, problems)


def _load_json(path: Path, problems: list[str]) -> object | None:
    try:
        # Bytes decoded in one step: a text-mode file object costs as much as the JSON parse.
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        problems.append(f"is not UTF-8 text ({error.reason} at byte {error.start}); {FIX}")
        return None
    except OSError as error:
        problems.append(f"cannot be read ({error.strerror}); check its permissions")
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        problems.append(
            f"is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg}); "
            f"its comments are left out: {FIX}"
        )
        return None


def _check_header(data: object, problems: list[str]) -> bool:
    if not isinstance(data, dict):
        problems.append(f"must hold a JSON object, not {type(data).__name__}; {FIX}")
        return False
    if data.get("format") != EXPORT_FORMAT and _staticman(data):
        problems.append(
            "this is a Staticman comment (`_id`, `message`), not a Goldstar comment export: "
            "Goldstar's comments come from its comment server (docs/importing.md); move the "
            "Staticman files out of the comments folder, or set COMMENTS_PATH to another folder"
        )
        return False
    if data.get("format") != EXPORT_FORMAT:
        problems.append(
            f"'format' is {_show(data.get('format'))}, not {EXPORT_FORMAT!r}: this is not a "
            "Goldstar comment export; move it out of the comments folder"
        )
        return False
    version = data.get("version")
    if isinstance(version, bool) or version not in EXPORT_VERSIONS:
        known = ", ".join(str(v) for v in EXPORT_VERSIONS)
        problems.append(
            f"'version' is {_show(version)}, which this build cannot read (it reads {known}); "
            "upgrade Goldstar to build with this export, or export again with the matching server"
        )
        return False
    if not isinstance(data.get("thread"), str) or not data["thread"]:
        problems.append(f"'thread' must be the post's thread id (a string); {FIX}")
        return False
    if not isinstance(data.get("comments"), list):
        problems.append(f"'comments' must be a list of comments; {FIX}")
        return False
    return True


def _staticman(data: dict) -> bool:
    """Return whether *data* is a comment Staticman wrote (a real Pelican blog kept them in
    content/comments/, the folder Goldstar reads its exports from)."""
    return "_id" in data and any(key in data for key in ("message", "comment", "body"))


def _read_comments(raw_comments: list, problems: list[str], names: dict) -> list[Comment]:
    comments: dict[int, Comment] = {}
    for index, raw in enumerate(raw_comments, start=1):
        comment = _read_comment(raw, index, problems, names)
        if comment is None:
            continue
        if comment.id in comments:
            problems.append(f"comment {comment.id} appears twice; the second one is left out")
            continue
        comments[comment.id] = comment
    return sorted(comments.values(), key=BY_ID)


def _read_comment(raw: object, index: int, problems: list[str], names: dict) -> Comment | None:
    if not isinstance(raw, dict):
        problems.append(f"comment #{index} in the list is not an object; it is left out ({FIX})")
        return None
    cid = raw.get("id")
    if not _is_int(cid) or cid < 1:
        problems.append(
            f"comment #{index} in the list has no valid 'id' (a whole number above 0, "
            f"found {_show(cid)}); it is left out ({FIX})"
        )
        return None
    comment = _exported_comment(raw, cid, names)
    if comment is not None:
        return comment
    html = raw.get("html")
    label = f"comment {cid}"
    if not isinstance(html, str):
        problems.append(f"{label}: 'html' is missing or not a string; it is left out ({FIX})")
        return None
    parent = raw.get("parent")
    if parent is not None and not _is_int(parent):
        problems.append(f"{label}: 'parent' must be a comment id or null, not {_show(parent)}")
        parent = None
    reply_to = raw.get("reply_to")
    if reply_to is not None and not _is_int(reply_to):
        problems.append(
            f"{label}: 'reply_to' must be a comment id or null, not {_show(reply_to)}; "
            "it is ignored (the comment is shown as a reply to its parent)"
        )
        reply_to = None
    author, commenter = _text(raw, "author", label, problems), _commenter(raw, label, problems)
    return Comment(
        id=cid,
        parent=parent,
        author=names.setdefault(author, author),
        website=_website(raw, label, problems),
        created=_time(raw, "created", label, problems, required=True),
        edited=_time(raw, "edited", label, problems, required=False),
        updated=_time(raw, "updated", label, problems, required=True),
        html=sanitize_html(html),
        markdown=_text(raw, "markdown", label, problems),
        stars=_count(raw, "stars", label, problems),
        gold_stars=_count(raw, "gold_stars", label, problems),
        by_author=_flag(raw, "by_author", label, problems),
        commenter=commenter and names.setdefault(commenter, commenter),
        reply_to=reply_to,
        tone=_tone(raw, label, problems),
        guarded=_guarded(raw, label, problems),
    )


def _exported_comment(raw: dict, cid: int, names: dict) -> Comment | None:
    """Return the comment of *raw* if every field is as the server writes it, else None.

    The common case, checked and built in one pass; any doubt sends the record to the slow path,
    which names each wrong field.
    """
    get = raw.get
    parent, author, website = get("parent"), get("author"), get("website")
    created, edited, updated = get("created"), get("edited"), get("updated")
    html, markdown, stars, gold = get("html"), get("markdown"), get("stars"), get("gold_stars")
    by_author, commenter, reply_to = get("by_author"), get("commenter"), get("reply_to")
    tone, guarded = get("tone"), get("guarded", False)
    if not (
        type(html) is str
        and type(stars) is int
        and stars >= 0
        and type(gold) is int
        and gold >= 0
        and (parent is None or type(parent) is int)
        and type(author) is str
        and type(markdown) is str
        and type(by_author) is bool
        and type(commenter) is str
        and commenter != ""
        and _exported_time(created)
        and _exported_time(updated)
        and (edited is None or _exported_time(edited))
        and (website is None or _web_address(website))
        and (reply_to is None or type(reply_to) is int)
        and (tone is None or tone in TONES)
        and type(guarded) is bool
    ):
        return None
    # Positional: the keyword form costs a third more; `names` keeps one copy of repeated strings.
    comment = Comment(
        cid,
        parent,
        names.setdefault(author, author),
        website,
        created,
        edited,
        created if updated == created else updated,
        sanitize_html(html),
        markdown,
        stars,
        gold,
        by_author,
        names.setdefault(commenter, commenter),
    )
    if reply_to is not None:  # only a reply too deep to hang from the comment it answers
        comment.reply_to = reply_to
    comment.tone = tone
    if guarded:  # version 3, only on words a reader at risk may write
        comment.guarded = True
    return comment


def _exported_time(value: object) -> bool:
    """Return whether *value* has the export's form of a time (2026-01-02T10:00:00Z)."""
    # The shape only: `created` is parsed for its local date later, where a 31 February is caught.
    return type(value) is str and len(value) == 20 and _EXPORTED_TIME.match(value) is not None


def build_tree(comments: list[Comment], max_depth: int, problems: list[str]) -> list[Comment]:
    """Link *comments* (in id order) into reply trees and return the top-level ones.

    A reply whose parent is missing (or whose parents loop) is shown at the top level. Replies
    more than *max_depth* levels deep are listed flat at that level, with `in_reply_to` set; so
    is a reply whose `reply_to` names a comment of the thread other than its parent (the server
    hangs a too-deep reply from an ancestor of the comment it answers). A `reply_to` naming no
    comment of the file (one deleted or not approved) gives no line.
    """
    by_id = {c.id: c for c in comments}
    children: dict[int, list[Comment]] = {}
    roots: list[Comment] = []
    for comment in comments:
        if comment.parent is None:
            roots.append(comment)
        elif comment.parent == comment.id or comment.parent not in by_id:
            problems.append(
                f"comment {comment.id}: its parent {comment.parent} is not in the file; "
                "it is shown as a top-level comment (export the whole thread again to restore it)"
            )
            comment.parent = None
            roots.append(comment)
        else:
            children.setdefault(comment.parent, []).append(comment)
    placed = _place(roots, children, by_id, max_depth)
    for comment in comments:
        if comment.id not in placed:  # only a loop of parents leaves a comment unreachable
            problems.append(
                f"comment {comment.id}: its chain of parents loops back on itself; "
                "it is shown as a top-level comment"
            )
            children[comment.parent].remove(comment)
            comment.parent = None
            roots.append(comment)
            placed |= _place([comment], children, by_id, max_depth)
    for comment in comments:
        if comment.reply_to is None or comment.reply_to in (comment.id, comment.parent):
            continue  # it answers its parent: a line only where the page lists it flat
        # Not on the page (deleted, waiting): no line, rather than one naming its parent.
        comment.in_reply_to = by_id.get(comment.reply_to)
    roots.sort(key=BY_ID)
    return roots


def _place(
    roots: list[Comment], children: dict[int, list[Comment]], by_id: dict, max_depth: int
) -> set[int]:
    """Fill each comment's `replies` below *roots*, iteratively; return the ids placed."""
    placed: set[int] = set()
    stack = [(root, 1) for root in roots]
    while stack:
        comment, depth = stack.pop()
        placed.add(comment.id)
        kids = children.get(comment.id)
        if not kids:
            continue  # a leaf keeps the shared empty tuple
        if depth < max_depth:
            comment.replies = kids  # build_tree's lists are not used after placing
            stack.extend((kid, depth + 1) for kid in kids)
            continue
        # At the deepest level shown, every descendant is listed flat, in id order.
        flat: list[Comment] = []
        pending = list(kids)
        while pending:
            kid = pending.pop()
            if kid.id in placed:
                continue
            placed.add(kid.id)
            flat.append(kid)
            pending.extend(children.get(kid.id, []))
        flat.sort(key=BY_ID)
        for kid in flat:
            kid.replies = ()
            kid.in_reply_to = by_id[kid.parent] if kid.parent != comment.id else None
        comment.replies = flat
    return placed


class LocalDates:
    """Turn export times into local dates; format and escape each day once if the format allows."""

    def __init__(self, zone: tzinfo | None, date_format: str) -> None:
        self.zone = zone
        self.date_format = date_format
        # A format that shows no time of day gives the same text for a whole day.
        self.by_day: dict | None = None if _TIME_DIRECTIVE.search(date_format) else {}

    def of(self, created: str) -> tuple[datetime, Markup]:
        """Return the local datetime of *created* and its text in the date format, escaped."""
        date = datetime.fromisoformat(created).astimezone(self.zone)
        if self.by_day is None:
            return date, escape(_strftime(date, self.date_format))
        day = date.date()
        text = self.by_day.get(day)
        if text is None:
            text = self.by_day[day] = escape(_strftime(date, self.date_format))
        return date, text


def _strftime(date: datetime, date_format: str) -> str:
    # The platform strftime knows %-d on Linux and macOS; Pelican's portable one is ~20x slower.
    try:
        return date.strftime(date_format)
    except ValueError:
        return date.strftime("%Y-%m-%d")


def _text(raw: dict, key: str, label: str, problems: list[str]) -> str:
    value = raw.get(key)
    if isinstance(value, str):
        return value
    problems.append(f"{label}: '{key}' is missing or not a string; using an empty one")
    return ""


def _count(raw: dict, key: str, label: str, problems: list[str]) -> int:
    value = raw.get(key, 0)
    if _is_int(value) and value >= 0:
        return value
    shown = _show(value)
    problems.append(f"{label}: '{key}' must be a whole number of at least 0, not {shown}; using 0")
    return 0


def _flag(raw: dict, key: str, label: str, problems: list[str]) -> bool:
    value = raw.get(key)
    if isinstance(value, bool):
        return value
    problems.append(f"{label}: '{key}' must be true or false, not {_show(value)}; using false")
    return False


def _time(raw: dict, key: str, label: str, problems: list[str], required: bool) -> str | None:
    value = raw.get(key)
    if value is None and not required:
        return None
    parsed = None
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            parsed = None
    if parsed is None:
        problems.append(
            f"{label}: '{key}' must be a UTC time like 2026-01-02T10:00:00Z, not {_show(value)}; "
            "it is left out"
        )
        return None
    if len(value) == 20 and value[4] == value[7] == "-" and value[10] == "T" and value[19] == "Z":
        return value  # the export's own form (2026-01-02T10:00:00Z): nothing to normalize
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _website(raw: dict, label: str, problems: list[str]) -> str | None:
    value = raw.get("website")
    if value is None or value == "":
        return None
    if _web_address(value):
        return value
    problems.append(
        f"{label}: 'website' {_show(value)} is not an http(s) address; the link is dropped"
    )
    return None


def _web_address(value: object) -> bool:
    """Return whether *value* is an absolute http(s) address, with no space or control character."""
    return isinstance(value, str) and _web_address_text(value)


# A regular commenter gives the same website on every comment: each is checked once.
@lru_cache(maxsize=4096)
def _web_address_text(value: str) -> bool:
    if _CONTROL.search(value):
        return False
    try:
        parts = urlsplit(value)
        return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:
        return False


def _tone(raw: dict, label: str, problems: list[str]) -> str | None:
    value = raw.get("tone")
    if value is None or value in TONES:
        return value
    problems.append(
        f"{label}: 'tone' must be one of {', '.join(TONES)}, not {_show(value)}; it is left out "
        f"(badges and gold stars read the room as with an export of version 1; {FIX})"
    )
    return None


def _guarded(raw: dict, label: str, problems: list[str]) -> bool:
    value = raw.get("guarded", False)
    if isinstance(value, bool):
        return value
    problems.append(
        f"{label}: 'guarded' must be true or false, not {_show(value)}; it is read as true (no "
        f"badge beside the comment; {FIX})"
    )
    return True


def _commenter(raw: dict, label: str, problems: list[str]) -> str | None:
    value = raw.get("commenter")
    if isinstance(value, str) and value:
        return value
    problems.append(
        f"{label}: 'commenter' is missing; the comment counts toward no one's badges ({FIX})"
    )
    return None


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _show(value: object, limit: int = 60) -> str:
    """Return a short, printable repr of a value from the file, for a warning."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
