"""Write the export folder: one `<thread>.json` per thread, byte-for-byte deterministic."""

import json
import logging
import os
from pathlib import Path
from typing import Any

from comment_contract import EXPORT_FORMAT

logger = logging.getLogger(__name__)


def dump(document: dict[str, Any]) -> str:
    """Return the text of one export file (sorted keys, two-space indent, final newline)."""
    return json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def write_export(documents: dict[str, dict[str, Any]], folder: Path) -> tuple[int, int]:
    """Write every document into *folder*, remove exports of threads that have none now.

    Return (files written or unchanged, stale files removed). A file is replaced atomically and
    only when its bytes change, so an unchanged thread keeps its modification time.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for thread, document in documents.items():
        _write_if_changed(folder / f"{thread}.json", dump(document).encode("utf-8"))
    removed = 0
    for path in sorted(folder.glob("*.json")):
        if path.stem not in documents and _is_export(path):
            logger.info("comment_server: export: %s has no comments or stars now; removed", path)
            path.unlink()
            removed += 1
    return len(documents), removed


def _write_if_changed(path: Path, data: bytes) -> None:
    if path.is_file() and path.read_bytes() == data:
        return
    temporary = path.with_name(f".{path.name}.tmp")
    with temporary.open("wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    temporary.replace(path)


def _is_export(path: Path) -> bool:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(document, dict) and document.get("format") == EXPORT_FORMAT
