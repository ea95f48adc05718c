"""The tone of each reader's comment, read once with its export file (and cached with its thread):
plugins/gold_stars reads the room before it cheers a comment (its room.py)."""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Iterable
from pathlib import Path

from markupsafe import Markup

# The tone reader's files: a thread cached with tones read by other ones is read again.
TONE_FILES = ("tone.py", "tone_cues.py", "tone_model.json", "grief.py")


def read_tones(comments: Iterable) -> None:
    """Give each reader's comment (not the author's own) the label reply_drafts.tone reads."""
    readers = [comment for comment in comments if not comment.by_author]
    if not readers:
        return
    # Imported at first use: its word lists take 0.1 s to compile (tests/plugins/test_lean_imports).
    from reply_drafts.tone import read_tone

    for comment in readers:
        text = comment.markdown or Markup(comment.html).striptags()
        comment.tone = read_tone(text, comment.author or "", comment.website or "").label


@functools.cache
def tone_version() -> tuple:
    """Return a stamp of the tone reader's files (name, size, modification time)."""
    spec = importlib.util.find_spec("reply_drafts")  # found, not imported
    folder = Path(next(iter(spec.submodule_search_locations)))
    stamps = []
    for name in TONE_FILES:
        status = (folder / name).stat()
        stamps.append((name, status.st_size, status.st_mtime_ns))
    return tuple(stamps)
