"""The records every importer yields and the store's import writes: one shape for all sources.

Isso, Disqus, WordPress and Goldstar's own export are read into these; `Store.import_threads`
writes them. (The importers never import the store: the two meet here, without a cycle.)
"""

from dataclasses import dataclass, field
from datetime import datetime

from comment_server import validation

MAX_IMPORTED_TEXT = 100_000  # characters of one imported comment's text
# How many days before the import an imported comment may have been written and still wait for the
# author's thank-you (docs/importing.md; `comment_server import --waiting-days`).
WAITING_DAYS = 30


def text_problem(text: str | None) -> str | None:
    """Return why the store would refuse *text* as a comment's ("is empty"...), or None."""
    try:
        validation.comment_text(text or "", MAX_IMPORTED_TEXT)
    except ValueError as error:
        empty = "is empty (nothing but spaces and control characters)"
        return empty if "empty" in str(error) else str(error)
    return None


@dataclass(frozen=True)
class ImportedComment:
    """One comment as a source gave it.

    Text is Markdown (HTML is valid Markdown: the store sanitizes it).
    """

    source_id: str
    parent_source_id: str | None
    author: str
    text: str
    created: datetime  # timezone-aware, UTC
    status: str = "approved"  # approved | pending | rejected | spam
    email: str | None = None  # never published; hashed into the commenter key
    website: str | None = None
    edited: datetime | None = None
    by_author: bool = False
    stars: int = 0
    gold_stars: int = 0
    # Goldstar's own export carries these; other sources leave them None and the store derives them.
    id: int | None = None
    html: str | None = None
    commenter: str | None = None
    updated: datetime | None = None
    # The comment it answers when that is not its parent (a reply too deep to nest under it).
    reply_to_source_id: str | None = None
    # Its tone (comment_contract.TONES): Goldstar's export version 2 carries it; else the store
    # reads it.
    tone: str | None = None
    # Whether it holds words a reader at risk may write, read as another tone: Goldstar's export
    # version 3 carries it (written only when true); else None, and the store reads it.
    guarded: bool | None = None
    # Whether it waits for the author's thank-you: Goldstar's export says so when it does not
    # (`thanks_due: false`); other sources leave None, and the store decides by its date.
    thanks_due: bool | None = None


@dataclass(frozen=True)
class ImportedThread:
    """One thread (a post) and its comments, in the order the source gave them."""

    thread: str  # a valid thread id (docs/contracts.md), derived from the source's URL or slug
    title: str | None = None
    stars: int = 0
    comments: list[ImportedComment] = field(default_factory=list)
