"""Turn stored rows into the shapes of docs/api.md and docs/contracts.md (pure functions)."""

from collections.abc import Container, Iterable, Mapping
from typing import Any

from comment_contract import EXPORT_FORMAT, EXPORT_VERSION
from comment_server.times import iso


def visible_parents(family: Iterable[tuple[int, int | None, str]]) -> dict[int, int | None]:
    """Map each comment id to its nearest approved ancestor, given (id, parent, status) of a thread.

    A reply to a comment that readers cannot see (pending, rejected, spam, deleted) hangs from the
    nearest ancestor they can see, or from the post.
    """
    parent_of: dict[int, int | None] = {}
    approved: set[int] = set()
    for comment_id, parent_id, status in family:
        parent_of[comment_id] = parent_id
        if status == "approved":
            approved.add(comment_id)
    visible: dict[int, int | None] = {}
    for comment_id in parent_of:
        parent, seen = parent_of[comment_id], {comment_id}
        while parent is not None and parent not in approved and parent not in seen:
            seen.add(parent)
            parent = parent_of.get(parent)
        visible[comment_id] = parent if parent in approved else None
    return visible


def answered(
    row: Mapping[str, Any], parent: int | None, shown: Container[int] | None = None
) -> int | None:
    """Return the comment *row* answers when that is not *parent* (and, given *shown*, is one of
    the comments shown), else None.

    A reply too deep to hang from the comment it answers keeps that comment in `reply_to`
    (store/writes.py); the pages say "in reply to" it only while readers can see it.
    """
    reply_to = row["reply_to"]
    if reply_to is None or reply_to == parent or (shown is not None and reply_to not in shown):
        return None
    return reply_to


def public_comment(
    row: Mapping[str, Any], stars: int, parent: int | None, reply_to: int | None
) -> dict[str, Any]:
    """Return the public comment object of *row*."""
    return {
        "id": row["id"],
        "parent": parent,
        "reply_to": reply_to,
        "thread": row["thread_id"],
        "author": row["author"],
        "website": row["website"],
        "created": iso(row["created"]),
        "edited": iso(row["edited"]),
        "updated": iso(row["updated"]),
        "html": row["html"],
        "stars": stars,
        "gold_stars": row["gold_stars"],
        "by_author": bool(row["by_author"]),
        "commenter": row["commenter"],
    }


# The tones whose gold stars go unshown (an insult, an advertisement the author let through) and
# the one said plainly (a loss, an illness, a reader in crisis), as plugins/gold_stars/room.py.
UNCHEERED = frozenset({"hostile", "spam"})
HARD_TIME = "grief"


def cheers(rows: Iterable[Mapping[str, Any]], parents: Mapping[int, int | None]) -> dict[int, str]:
    """Return how the gold stars of each gold-starred comment of a thread (its approved *rows*,
    *parents* the parent readers see) are said when not cheered, as the build says them: "none"
    (not shown) beside an insult or an advertisement, "quiet" (said plainly) beside a reader's hard
    time or words a reader at risk may write (`guarded`), and beside any reply under one.

    The embed words a comment newer than the build by it, reading no tone itself. A comment stored
    without its reading (moderation off: the export reads it later) is read here, once a load.
    """
    by_id = {row["id"]: row for row in rows}
    read: dict[int, tuple[str, bool]] = {}

    def reading(row: Mapping[str, Any]) -> tuple[str, bool]:
        if row["tone"] is not None and row["guarded"] is not None:
            return row["tone"], bool(row["guarded"])
        if row["id"] not in read:
            from comment_server.tone_check import check_tone  # the tone reader: 0.1 s to load

            found = check_tone(row["markdown"], row["author"], row["website"])
            read[row["id"]] = (row["tone"] or found.tone, found.guarded)
        return read[row["id"]]

    def hard(row: Mapping[str, Any]) -> bool:
        tone, guarded = reading(row)
        return tone == HARD_TIME or (guarded and tone not in UNCHEERED)

    said: dict[int, str] = {}
    for row in by_id.values():
        if not row["gold_stars"]:
            continue
        if not row["by_author"]:
            tone, _ = reading(row)
            if tone in UNCHEERED:
                said[row["id"]] = "none"
                continue
            if hard(row):
                said[row["id"]] = "quiet"
                continue
        parent, seen = parents.get(row["id"]), {row["id"]}
        while parent in by_id and parent not in seen:
            seen.add(parent)
            if hard(by_id[parent]):
                said[row["id"]] = "quiet"
                break
            parent = parents.get(parent)
    return said


def export_comment(
    row: Mapping[str, Any], stars: int, parent: int | None, reply_to: int | None
) -> dict[str, Any]:
    """Return one comment of the export file (the public object plus its Markdown, minus thread).

    `reply_to` is written only when set: exports of threads without a too-deep reply keep the
    bytes they had before the field existed, and older builds ignore it (docs/contracts.md).
    `tone` is the one the store keeps (read when the comment was stored, edited or imported).
    `guarded` (version 3) is written only when true: words a reader at risk may write, read as
    another tone (reply_drafts.tone.Tone.guarded); the build hangs no badge beside them.
    `thanks_due` is written only when false (an imported blog's history, not waiting for the
    author's thank-you), so that importing the export keeps it so.
    """
    comment = public_comment(row, stars, parent, reply_to)
    del comment["thread"]
    if reply_to is None:
        del comment["reply_to"]
    comment["markdown"] = row["markdown"]
    comment["tone"] = row["tone"] or _read_tone(row)
    if row["guarded"] or (row["guarded"] is None and _read_guarded(row)):
        comment["guarded"] = True
    if not row["thanks_due"]:
        comment["thanks_due"] = False
    return comment


def _read_tone(row: Mapping[str, Any]) -> str:
    """Return the tone of a row stored without one (only by a server older than migration 0006
    still running beside a newer one): read now, so that no exported comment goes without."""
    from comment_server.tone_check import tone_label  # the tone reader: 0.1 s to load

    return tone_label(row["markdown"], row["author"], row["website"])


def _read_guarded(row: Mapping[str, Any]) -> bool:
    """Return whether a row stored without its guarded reading (a read-only database the export
    could not keep it in, or a server older than migration 0008 beside a newer one) is guarded."""
    from comment_server.tone_check import check_tone  # the tone reader: 0.1 s to load

    return check_tone(row["markdown"], row["author"], row["website"]).guarded


def export_document(thread: str, stars: int, comments: list[dict[str, Any]]) -> dict[str, Any]:
    """Return the export document of one thread (comments already in id order)."""
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "thread": thread,
        "stars": stars,
        "comments": comments,
    }
