"""A comment server database holding a tiny blog's export, for the export's tests: seeded by the
server's own import, changed through its store as a reader or the author would."""

from pathlib import Path

from comment_server.importers import read_threads
from comment_server.keys import Keys
from comment_server.store.store import Store
from comment_server.store.writes import NewComment
from tests.support.api import SECRET


def seeded_store(export_folder: Path, database: Path) -> Store:
    """Return a store on a new SQLite *database* holding the threads of *export_folder*."""
    store = Store(f"sqlite:///{database}", Keys(SECRET))
    store.migrate()
    store.import_threads(read_threads(export_folder, "goldstar"))
    return store


def add_comment(
    store: Store, thread: str, author: str, text: str, commenter: str | None = None
) -> dict:
    """Store an approved comment by *author* on *thread*, as a reader's comment lands; return it.

    *commenter* is the commenter's key (by default one made from *author*)."""
    commenter = commenter or author.encode().hex()[:16].ljust(16, "0")
    new = NewComment(
        thread,
        None,
        None,
        author,
        None,
        None,
        text,
        f"<p>{text}</p>",
        commenter,
        None,
        None,
        moderation=False,
    )
    row = store.create_comment(new)
    if row["status"] != "approved":
        row = store.set_status(row["id"], "approved")
    return row
