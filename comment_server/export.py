"""Write the export folder: one file per thread (named by comment_contract.export_file_name),
byte-for-byte deterministic. A file of a thread with nothing to show now goes; a file of a thread
the database does not know is only reported, unless asked to prune.

`export_changed` writes only the threads changed since the last export: every write touching a
thread bumps its version (the read cache's validator), and the export keeps the versions it wrote
in a hidden file beside the export files (STATE_FILE: Pelican neither reads nor watches it),
with the EXPORT_VERSION they were written in: a server that writes another version writes every
file again at its first export.
"""

import json
import logging
import os
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from comment_contract import EXPORT_FORMAT, EXPORT_VERSION, export_file_name
from comment_server.store import reads, tones
from comment_server.store.engine import ensure_sqlite_folder, make_engine, migrate
from goldstar_support.files import write_atomically, write_if_changed

logger = logging.getLogger(__name__)

STATE_FILE = ".export-versions"


@dataclass
class ExportResult:
    """What an export did: threads written (or already current), the files whose bytes changed,
    files removed because their thread has nothing to show now or has a file of another name, and
    the files of threads the database does not know (removed only when pruning)."""

    written: int = 0
    changed: list[Path] = field(default_factory=list)
    emptied: list[Path] = field(default_factory=list)
    renamed: list[Path] = field(default_factory=list)
    stale: list[Path] = field(default_factory=list)
    pruned: bool = False


class ExportReader:
    """The two reads an export makes (as the Store's methods of those names), on an engine of its
    own: the Store's writers, batcher and importers are not imported for a command that reads."""

    def __init__(self, url: str) -> None:
        ensure_sqlite_folder(url)
        self.engine = make_engine(url)
        migrate(self.engine)
        self.writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")

    def thread_versions(self) -> dict[str, int]:
        """Return the version counter of every thread."""
        with self.engine.connect() as connection:
            return reads.thread_versions(connection)

    def latest_change(self) -> tuple[int, int]:
        """Return a stamp of the database that changes with every write (reads.latest_change)."""
        with self.engine.connect() as connection:
            return reads.latest_change(connection)

    def export_documents(self, only: Collection[str] | None = None) -> dict[str, dict[str, Any]]:
        """Return the export document of every thread in *only* (all when None) with something
        to show, having read and kept the tone of its comments stored without one."""
        with self.engine.connect() as connection:
            found = tones.missing_tones(connection, only)
        if found:
            self._keep(found)
        with self.engine.connect() as connection:
            return reads.export_documents(connection, only)

    def _keep(self, found: list[dict[str, Any]]) -> None:
        """Keep the tones read, when the database takes writes: a read-only copy (a standby, a
        file opened with `mode=ro`) is exported all the same, its tones read again each time."""
        try:
            with self.writer.begin() as connection:
                tones.keep_tones(connection, found)
        except DBAPIError as error:
            logger.info(
                "kept no tone of %d comments (%s): the export reads them", len(found), error.orig
            )

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def dump(document: dict[str, Any]) -> str:
    """Return the text of one export file (sorted keys, two-space indent, final newline)."""
    return json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def write_export(
    documents: dict[str, dict[str, Any]],
    folder: Path,
    known: Collection[str] = (),
    prune: bool = False,
    current: Collection[str] = (),
) -> ExportResult:
    """Write every document into *folder*; remove the files of *known* threads without one.

    *known* are the threads of the database, *documents* those with something to show, *current*
    known threads whose files are up to date (not read again). With *prune*, files of threads
    that are not known go too. A file is replaced atomically and only when its bytes change, so
    an unchanged thread keeps its modification time.
    """
    folder.mkdir(parents=True, exist_ok=True)
    result = ExportResult(written=len(documents), pruned=prune)
    for thread, document in documents.items():
        path = folder / export_file_name(thread)
        if write_if_changed(path, dump(document).encode("utf-8")):
            result.changed.append(path)
    # A file just written, or one of an unchanged thread, needs no reading to know its thread.
    settled = {export_file_name(thread) for thread in (*documents, *current)}
    for name in sorted(json_names(folder) - settled):
        path = folder / name
        thread = _export_thread(path)
        if thread is None or (thread in documents and path.name == export_file_name(thread)):
            continue
        if thread in documents:
            result.renamed.append(path)
        elif thread in known:
            result.emptied.append(path)
        else:
            result.stale.append(path)
    for path in result.emptied + result.renamed + (result.stale if prune else []):
        path.unlink()
    return result


def export_changed(store, folder: Path, prune: bool = False, full: bool = False) -> ExportResult:
    """Export into *folder* the threads of *store* changed since the last export (every thread
    with *full*): the same files as `write_export` of every thread."""
    versions = store.thread_versions()  # read first: a write made meanwhile goes out next time
    names = {thread: export_file_name(thread) for thread in versions}
    present = json_names(folder)
    last = {} if full else _read_state(folder)
    # Changed: a new version, or a file that came or went by hand since the last export.
    changed = {
        thread
        for thread, version in versions.items()
        if last.get(thread) != [version, names[thread] in present]
    }
    # A known thread's file under another name (an older naming) is settled by exporting it.
    odd = (_export_thread(folder / name) for name in present - set(names.values()))
    changed.update(thread for thread in odd if thread in versions)
    documents = store.export_documents(changed)
    result = write_export(documents, folder, versions, prune, current=versions.keys() - changed)
    state = {
        thread: [version, thread in documents if thread in changed else names[thread] in present]
        for thread, version in versions.items()
    }
    kept = {"version": EXPORT_VERSION, "threads": state}
    write_atomically(folder / STATE_FILE, json.dumps(kept, sort_keys=True).encode("utf-8"))
    return result


def json_names(folder: Path) -> set[str]:
    """Return the names of the `*.json` entries of *folder* (as `folder.glob("*.json")` finds
    them, without a Path each: at 10,000 threads, making and sorting those took most of an
    export of one changed thread); none when there is no such folder yet."""
    try:
        with os.scandir(folder) as entries:
            return {entry.name for entry in entries if entry.name.endswith(".json")}
    except FileNotFoundError:
        return set()


def _read_state(folder: Path) -> dict[str, list]:
    """Return the [version, has a file] of each thread at the last export ({} when unknown, or
    when that export wrote files of another EXPORT_VERSION: every file is written again)."""
    try:
        state = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(state, dict) or state.get("version") != EXPORT_VERSION:
        return {}
    threads = state.get("threads")
    return threads if isinstance(threads, dict) else {}


def _export_thread(path: Path) -> str | None:
    """Return the thread of the export file at *path*, or None when it is not an export."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        return None
    thread = document.get("thread")
    return thread if isinstance(thread, str) else None
