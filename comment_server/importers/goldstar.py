"""Read Goldstar's own export (docs/contracts.md) back into import records, losslessly.

Every problem raises GoldstarExportError naming the file, the comment and what to fix.
"""

import json
import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from comment_contract import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    EXPORT_VERSIONS,
    TONES,
    export_file_name,
)
from comment_server.importers.records import ImportedComment, ImportedThread

logger = logging.getLogger(__name__)

_FIELDS: dict[str, tuple[type, ...]] = {
    "id": (int,),
    "parent": (int, type(None)),
    "author": (str,),
    "website": (str, type(None)),
    "created": (str,),
    "edited": (str, type(None)),
    "updated": (str,),
    "html": (str,),
    "markdown": (str,),
    "stars": (int,),
    "gold_stars": (int,),
    "by_author": (bool,),
    "commenter": (str,),
}


class GoldstarExportError(ValueError):
    """A file of the export cannot be read; the message names it and says what is wrong."""


def read_goldstar(path: Path) -> list[ImportedThread]:
    """Return the threads of the export folder (or single file) *path*, in file name order."""
    if path.is_dir():
        files = sorted(path.glob("*.json"))
    elif path.is_file():
        files = [path]
    else:
        raise GoldstarExportError(f"{path}: no such file or folder")
    return [_read_file(file) for file in files]


def _read_file(file: Path) -> ImportedThread:
    try:
        document = json.loads(file.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise GoldstarExportError(f"{file}: not UTF-8 JSON: {str(error)[:120]}") from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise GoldstarExportError(
            f'{file}: not a Goldstar comments export (it has no "format": "{EXPORT_FORMAT}"); '
            "this server imports its own export, an Isso database or generic JSON file, a Disqus "
            "or a WordPress XML export (docs/importing.md)"
        )
    if document.get("version") not in EXPORT_VERSIONS:
        known = ", ".join(str(version) for version in EXPORT_VERSIONS)
        raise GoldstarExportError(
            f"{file}: export version {document.get('version')!r} is not supported "
            f"(this server reads version {known})"
        )
    thread = document.get("thread")
    if not isinstance(thread, str) or file.name not in (export_file_name(thread), f"{thread}.json"):
        raise GoldstarExportError(f"{file}: the thread {thread!r} does not match the file name")
    stars = document.get("stars")
    items = document.get("comments")
    if isinstance(stars, bool) or not isinstance(stars, int) or not isinstance(items, list):
        raise GoldstarExportError(f"{file}: 'stars' must be a number and 'comments' a list")
    version = document["version"]
    comments = [_comment(file, index, item, version) for index, item in enumerate(items)]
    return ImportedThread(thread=thread, stars=stars, comments=comments)


def _comment(file: Path, index: int, item: Any, version: int = EXPORT_VERSION) -> ImportedComment:
    where = f"{file}: comment #{index + 1}"
    if not isinstance(item, dict):
        raise GoldstarExportError(f"{where}: must be an object")
    for name, types in _FIELDS.items():
        value = item.get(name)
        if (
            name not in item
            or not isinstance(value, types)
            or (isinstance(value, bool) and bool not in types)
        ):
            raise GoldstarExportError(f"{where}: field {name!r} is missing or has the wrong type")
    reply_to = item.get("reply_to")  # optional: exports before it was written have none
    if reply_to is not None and (isinstance(reply_to, bool) or not isinstance(reply_to, int)):
        raise GoldstarExportError(f"{where}: field 'reply_to' must be a comment id or null")
    thanks_due = item.get("thanks_due", True)  # optional: written only when false
    if not isinstance(thanks_due, bool):
        raise GoldstarExportError(f"{where}: field 'thanks_due' must be true or false")
    tone = item.get("tone")  # version 2; a version 1 export's tones are read by the store
    if tone is not None and tone not in TONES:
        # the tone is a reading of the text, read again at the next export: no reason to refuse
        logger.warning(
            "%s: field 'tone' is %r, not one of %s: imported without it (its tone is read again)",
            where,
            tone,
            ", ".join(TONES),
        )
        tone = None
    # Version 3 writes it only as true; an older export's is read by the store, with the tone.
    guarded = item.get("guarded", False) if version >= 3 else None
    if guarded is not None and not isinstance(guarded, bool):
        raise GoldstarExportError(f"{where}: field 'guarded' must be true or false")
    return ImportedComment(
        source_id=str(item["id"]),
        parent_source_id=None if item["parent"] is None else str(item["parent"]),
        author=item["author"],
        text=item["markdown"],
        created=_time(where, "created", item["created"]),
        status="approved",
        website=item["website"],
        edited=_time(where, "edited", item["edited"]) if item["edited"] else None,
        by_author=item["by_author"],
        stars=item["stars"],
        gold_stars=item["gold_stars"],
        id=item["id"],
        html=item["html"],
        commenter=item["commenter"],
        updated=_time(where, "updated", item["updated"]),
        reply_to_source_id=None if reply_to is None else str(reply_to),
        tone=tone,
        guarded=guarded,
        thanks_due=thanks_due,
    )


def _time(where: str, name: str, value: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise GoldstarExportError(
            f"{where}: {name} {value!r} is not an ISO 8601 time like 2026-01-02T10:00:00Z"
        ) from None
