"""Readers of other comment systems' exports, each returning list[ImportedThread] (records.py).

The readers are imported when called, so the server runs whichever of them exist.
"""

import re
from pathlib import Path

from comment_server.importers.problems import ImportFileError
from comment_server.importers.records import ImportedComment, ImportedThread

FORMATS = ("goldstar", "isso", "isso-json", "disqus", "wxr")
SQLITE_HEADER = b"SQLite format 3\x00"

__all__ = [
    "FORMATS",
    "ImportFileError",
    "ImportedComment",
    "ImportedThread",
    "guess_format",
    "read_disqus",
    "read_goldstar",
    "read_isso",
    "read_isso_json",
    "read_threads",
    "read_wxr",
]


def read_goldstar(path: Path) -> list[ImportedThread]:
    """Read Goldstar's own export (a folder of <thread>.json files, or one such file)."""
    from comment_server.importers.goldstar import read_goldstar as read

    return read(Path(path))


def read_isso(path: Path) -> list[ImportedThread]:
    """Read an Isso SQLite database."""
    from comment_server.importers.isso import read_isso as read

    return read(Path(path))


def read_isso_json(path: Path) -> list[ImportedThread]:
    """Read Isso's generic JSON import format (a list of threads)."""
    from comment_server.importers.isso_json import read_isso_json as read

    return read(Path(path))


def read_disqus(path: Path) -> list[ImportedThread]:
    """Read a Disqus XML export."""
    from comment_server.importers.disqus import read_disqus as read

    return read(Path(path))


def read_wxr(path: Path) -> list[ImportedThread]:
    """Read a WordPress WXR export."""
    from comment_server.importers.wxr import read_wxr as read

    return read(Path(path))


def guess_format(path: Path) -> str:
    """Return the format of *path*: folder goldstar, SQLite isso, a JSON list isso-json, other
    JSON goldstar, XML disqus or wxr by its root."""
    path = Path(path)
    if path.is_dir():
        return "goldstar"
    with path.open("rb") as stream:
        head = stream.read(4096)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        return "isso-json"
    if path.suffix.lower() == ".json":
        return "goldstar"
    if head.startswith(SQLITE_HEADER) or path.suffix.lower() in (".db", ".sqlite", ".sqlite3"):
        return "isso"
    # The root element names the format (a WordPress post may well mention disqus.com).
    root = re.search(rb"<(?![?!])(?:[\w.-]+:)?([\w.-]+)", head)
    return "disqus" if root is not None and root.group(1) == b"disqus" else "wxr"


def read_threads(path: Path, fmt: str | None = None) -> list[ImportedThread]:
    """Read *path* in format *fmt* (guessed from the path when None)."""
    fmt = fmt or guess_format(path)
    readers = {
        "goldstar": read_goldstar,
        "isso": read_isso,
        "isso-json": read_isso_json,
        "disqus": read_disqus,
        "wxr": read_wxr,
    }
    if fmt not in readers:
        raise ValueError(f"unknown import format {fmt!r}: use one of {', '.join(FORMATS)}")
    return readers[fmt](Path(path))
