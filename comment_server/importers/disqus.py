"""Read a Disqus XML export (Admin > Moderation > Export) into import records.

The export lists `<thread dsq:id>` records (link, title, the page's `disqus_identifier` as
`<id>`) and `<post dsq:id>` records (message as HTML, author name and email, createdAt,
`<thread dsq:id>`, `<parent dsq:id>`, isDeleted, isSpam). A thread's id is the last segment of its
link's path, else its identifier. Deleted posts and the posts of deleted threads are left out; their
replies move up a level.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from xml.etree.ElementTree import Element

from comment_server.importers.problems import report_problem
from comment_server.importers.records import ImportedComment, ImportedThread, text_problem
from comment_server.importers.replies import whole_thread
from comment_server.importers.thread_ids import slug_thread_id, url_thread_id
from comment_server.importers.xml_records import XmlRecord, local_name, read_export_records

DSQ_ID = "{http://disqus.com/disqus-internals}id"
BOOLEANS = {"true": True, "false": False, "1": True, "0": False}


class RecordError(ValueError):
    """A record that cannot be imported; the message says which field and why."""


@dataclass
class _Thread:
    dsq_id: str
    line: int
    link: str
    ident: str
    title: str | None
    deleted: bool
    comments: list[ImportedComment] = field(default_factory=list)
    removed: dict[str, str | None] = field(default_factory=dict)


def read_disqus(path: str | Path) -> list[ImportedThread]:
    """Return the threads and comments of the Disqus export *path*, logging each record skipped."""
    path = Path(path)
    document = read_export_records(path, 1, "disqus", "a Disqus export")
    threads = _read_threads(path, document.records)
    _read_posts(path, document.records, threads)
    return _finish(path, threads)


def _read_threads(path: Path, records: list[XmlRecord]) -> dict[str, _Thread]:
    """Return the thread records by their dsq:id."""
    threads: dict[str, _Thread] = {}
    for record in records:
        element = record.element
        if local_name(element.tag) != "thread":
            continue
        dsq_id = element.get(DSQ_ID, "").strip()
        if not dsq_id:
            report_problem(path, record.line, "a <thread> without dsq:id was skipped")
            continue
        try:
            deleted = _boolean(element, "isDeleted")
        except RecordError as error:
            report_problem(path, record.line, f'<thread dsq:id="{dsq_id}">: {error}; skipped')
            continue
        threads[dsq_id] = _Thread(
            dsq_id=dsq_id,
            line=record.line,
            link=_text(element, "link"),
            ident=_text(element, "id"),
            title=_text(element, "title") or None,
            deleted=deleted,
        )
    return threads


def _read_posts(path: Path, records: list[XmlRecord], threads: dict[str, _Thread]) -> None:
    """Add each post record to its thread, or report why it cannot be."""
    seen: set[str] = set()
    for record in records:
        element = record.element
        if local_name(element.tag) != "post":
            continue
        # A post without dsq:id cannot be a parent, but it is still a reader's comment: keep it,
        # under Disqus's own post id when it has one (so importing the file again finds it).
        ident = _text(element, "id")
        source_id = element.get(DSQ_ID, "").strip() or (f"id-{ident}" if ident else "")
        source_id = source_id or f"line-{record.line}"
        label = f'<post dsq:id="{source_id}">' if DSQ_ID in element.attrib else "<post>"
        if source_id in seen:
            report_problem(path, record.line, f"{label} appears twice; the second was skipped")
            continue
        seen.add(source_id)
        thread_id = _child_dsq_id(element, "thread")
        thread = threads.get(thread_id or "")
        if thread is None:
            report_problem(
                path,
                record.line,
                f'{label}: its thread (dsq:id "{thread_id}") is not in the file; skipped',
            )
            continue
        try:
            if thread.deleted or _boolean(element, "isDeleted"):
                thread.removed[source_id] = _child_dsq_id(element, "parent")
            else:
                thread.comments.append(_comment(element, source_id))
        except RecordError as error:
            report_problem(path, record.line, f"{label}: {error}; skipped: fix it and import again")


def _comment(element: Element, source_id: str) -> ImportedComment:
    """Return the comment a post record holds."""
    created_text = _text(element, "createdAt")
    try:
        created = datetime.fromisoformat(created_text)
    except ValueError:
        raise RecordError(
            f"createdAt {created_text!r} is not a date like 2013-10-10T19:20:29Z"
        ) from None
    # Disqus writes UTC with a Z; a time without a zone is taken as UTC too, never as local time.
    created = created.astimezone(UTC) if created.tzinfo else created.replace(tzinfo=UTC)
    message = _text(element, "message")
    if (problem := text_problem(message)) is not None:
        raise RecordError(f"its <message> {problem}")
    author = _find(element, "author")
    return ImportedComment(
        source_id=source_id,
        parent_source_id=_child_dsq_id(element, "parent"),
        author=(_text(author, "name") if author is not None else "") or "Anonymous",
        text=message,
        created=created,
        status="spam" if _boolean(element, "isSpam") else "approved",
        email=(_text(author, "email") if author is not None else "") or None,
    )


def _finish(path: Path, threads: dict[str, _Thread]) -> list[ImportedThread]:
    """Name each thread that has comments and return them in file order, one per thread id.

    Disqus often holds one page under several threads (http and https, a changed URL): they merge.
    """
    named: dict[str, _Thread] = {}
    for thread in threads.values():
        if not thread.comments:
            continue
        thread_id = url_thread_id(thread.link) or _ident_thread_id(thread.ident)
        if thread_id is None:
            report_problem(
                path,
                thread.line,
                f'<thread dsq:id="{thread.dsq_id}">: neither its link {thread.link!r} nor its id '
                f"{thread.ident!r} gives a thread id, so its {len(thread.comments)} comment(s) "
                "were skipped: give the thread a <link> to the post's page",
            )
            continue
        if thread_id in named:
            named[thread_id].comments.extend(thread.comments)
            named[thread_id].removed.update(thread.removed)
        else:
            named[thread_id] = thread
    return [
        whole_thread(thread_id, thread.title, thread.comments, thread.removed)
        for thread_id, thread in named.items()
    ]


def _ident_thread_id(ident: str) -> str | None:
    """Return the thread id a `disqus_identifier` gives: a URL's last segment, else the slug."""
    if not ident or len(ident.split()) > 1:  # WordPress's plugin writes "42 https://…/?p=42"
        return None
    return url_thread_id(ident) if "/" in ident else slug_thread_id(ident)


def _find(element: Element, name: str) -> Element | None:
    """Return the first child of *element* named *name*, whatever its namespace."""
    for child in element:
        if local_name(child.tag) == name:
            return child
    return None


def _text(element: Element, name: str) -> str:
    """Return the stripped text of the child *name* of *element*, or ''."""
    child = _find(element, name)
    return (child.text or "").strip() if child is not None else ""


def _child_dsq_id(element: Element, name: str) -> str | None:
    """Return the dsq:id of the child *name* (`<parent dsq:id="4"/>`), or None."""
    child = _find(element, name)
    value = child.get(DSQ_ID, "").strip() if child is not None else ""
    return value or None


def _boolean(element: Element, name: str) -> bool:
    """Return the child *name* read as true/false (absent is false)."""
    value = _text(element, name).lower()
    if not value:
        return False
    if value not in BOOLEANS:
        raise RecordError(f"<{name}> is {value!r}, not true or false")
    return BOOLEANS[value]
