"""Read a WordPress export (WXR, Tools > Export) into import records.

Each `<item>` under `<rss><channel>` is a post or page with `wp:post_name` (its slug), `title`,
`link` and `wp:comment` entries (comment_id, comment_parent, comment_author, _email, _url,
comment_date_gmt, comment_content, comment_approved: 1, 0, spam, trash). A thread's id is the
post's slug, else the last segment of its link's path. Trashed comments are left out (their replies
move up a level), as are pingbacks and trackbacks, which are not readers' comments. A comment whose
`wp:comment_user_id` is one of the blog's authors (the channel's `<wp:author>` entries, WXR 1.1 and
later) is the blogger's own reply: it comes in as the author's, as a reply in the inbox does.
"""

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote
from xml.etree.ElementTree import Element

from comment_server.importers.problems import report_problem
from comment_server.importers.records import ImportedComment, ImportedThread, text_problem
from comment_server.importers.replies import parents_first, reattach_replies
from comment_server.importers.thread_ids import slug_thread_id, url_thread_id
from comment_server.importers.xml_records import XmlRecord, local_name, read_export_records

STATUSES = {"1": "approved", "0": "pending", "spam": "spam"}
REMOVED = {"trash", "post-trashed"}
READER_TYPES = {"", "comment"}
WP_DATE = "%Y-%m-%d %H:%M:%S"
SINGLE_NEWLINE = re.compile(r"(?<!\n)[ \t]*\n(?!\n)")


class RecordError(ValueError):
    """A comment that cannot be imported; the message says which field and why."""


@dataclass(frozen=True)
class _Outcome:
    comment: ImportedComment | None  # None: left out on purpose (trash, pingback)
    parent: str | None
    source_id: str


def read_wxr(path: str | Path) -> list[ImportedThread]:
    """Return the threads and comments of the WordPress export *path*, logging records skipped."""
    path = Path(path)
    document = read_export_records(path, 2, "rss", "a WordPress export (WXR)")
    threads: dict[str, ImportedThread] = {}
    authors = _author_ids(document.records)
    for record in document.records:
        if local_name(record.element.tag) == "item":
            _add_item(path, record, threads, authors)
    return [
        ImportedThread(thread.thread, thread.title, comments=parents_first(thread.comments))
        for thread in threads.values()
    ]


def _author_ids(records: list[XmlRecord]) -> frozenset[str]:
    """Return the user ids of the blog's authors (each `<wp:author>`'s `wp:author_id`).

    Without them the blogger's old replies came in as a reader's comments: thanked in
    `invoke thanks`, earning badges, and leaving every comment they answered "unanswered".
    """
    return frozenset(
        author_id
        for record in records
        if local_name(record.element.tag) == "author"
        and (author_id := _text(record.element, "author_id")) not in ("", "0")
    )


def _add_item(
    path: Path, record: XmlRecord, threads: dict[str, ImportedThread], authors: frozenset[str]
) -> None:
    """Add the comments of one post (an `<item>`) to *threads*, merged by thread id."""
    item = record.element
    entries = [child for child in item if local_name(child.tag) == "comment"]
    if not entries:
        return
    title = _text(item, "title") or None
    slug, link = _text(item, "post_name"), _text(item, "link")
    # WordPress keeps non-ASCII slugs percent-encoded (%c3%a9 for é).
    thread_id = (slug_thread_id(unquote(slug)) if slug else None) or url_thread_id(link)
    if thread_id is None:
        report_problem(
            path,
            record.line,
            f"<item> {title!r}: it has no wp:post_name and its link {link!r} names no page, so "
            f"its {len(entries)} comment(s) were skipped: give the item a <wp:post_name>",
        )
        return
    kept: list[ImportedComment] = []
    removed: dict[str, str | None] = {}
    seen: set[str] = set()
    for entry in entries:
        label = f"<wp:comment> {_text(entry, 'comment_id') or '(no id)'} of item {title!r}"
        try:
            outcome = _comment(entry, authors)
        except RecordError as error:
            report_problem(path, record.line, f"{label}: {error}; skipped: fix it and import again")
            continue
        if outcome.source_id in seen:
            report_problem(path, record.line, f"{label}: appears twice; the second was skipped")
            continue
        seen.add(outcome.source_id)
        if outcome.comment is None:
            removed[outcome.source_id] = outcome.parent
        else:
            kept.append(outcome.comment)
    comments = reattach_replies(kept, removed)
    if thread_id in threads:  # one post exported twice, or two posts with one slug: merge
        comments = reattach_replies(threads[thread_id].comments + comments, removed)
    threads[thread_id] = ImportedThread(thread_id, title, comments=comments)


def _comment(entry: Element, authors: frozenset[str]) -> _Outcome:
    """Return what one `<wp:comment>` becomes: a comment, or a left-out one's parent link; one
    written by a user in *authors* is the author's."""
    source_id = _text(entry, "comment_id")
    if not source_id:
        raise RecordError("it has no <wp:comment_id>")
    parent = _text(entry, "comment_parent")
    parent = None if parent in ("", "0") else parent
    approved = _text(entry, "comment_approved").lower()
    comment_type = _text(entry, "comment_type").lower()
    if approved in REMOVED or comment_type not in READER_TYPES:
        return _Outcome(None, parent, source_id)
    if approved not in STATUSES:
        raise RecordError(f"<wp:comment_approved> is {approved!r}, not 1, 0, spam or trash")
    content = _line_breaks(_text(entry, "comment_content"))
    if (problem := text_problem(content)) is not None:
        raise RecordError(f"its <wp:comment_content> {problem}")
    website = _text(entry, "comment_author_url")
    comment = ImportedComment(
        source_id=source_id,
        parent_source_id=parent,
        author=_text(entry, "comment_author") or "Anonymous",
        text=content,
        created=_created(entry),
        status=STATUSES[approved],
        email=_text(entry, "comment_author_email") or None,
        website=website if website.lower().startswith(("http://", "https://")) else None,
        by_author=_text(entry, "comment_user_id") in authors,
    )
    return _Outcome(comment, parent, source_id)


def _created(entry: Element) -> datetime:
    """Return the comment's time in UTC: comment_date_gmt, else comment_date (taken as UTC)."""
    for name in ("comment_date_gmt", "comment_date"):
        value = _text(entry, name)
        if value and not value.startswith("0000"):  # WordPress writes zeros for "no date"
            try:
                return datetime.strptime(value, WP_DATE).replace(tzinfo=UTC)
            except ValueError:
                raise RecordError(
                    f"<wp:{name}> {value!r} is not a date like 2014-01-14 17:31:03"
                ) from None
    raise RecordError("it has no <wp:comment_date_gmt>")


def _line_breaks(text: str) -> str:
    """Return WordPress comment text as Markdown that breaks lines where WordPress did."""
    # WordPress turns a single newline into <br> (wpautop); Markdown would join the lines instead.
    return SINGLE_NEWLINE.sub("  \n", text.replace("\r\n", "\n"))


def _text(element: Element, name: str) -> str:
    """Return the stripped text of the first child named *name* (any namespace), or ''."""
    for child in element:
        if local_name(child.tag) == name:
            return (child.text or "").strip()
    return ""
