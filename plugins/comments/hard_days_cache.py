"""What the last build found of hard days, kept in CACHE_PATH/comments/hard_days.json.

Reading a post's opening for a hard time needs the grief word lists, which cost 50 ms or more to
compile at every build, and about 0.2 ms a post to read with (issue 17, item 5). The words found
are kept by a hash of what was read (title, summary, opening); the file also holds a hash of the
reader's code and word lists, so a change to them reads every post afresh. Like Pelican's content
cache, it is kept only while CACHE_CONTENT is on.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path

from goldstar_support.files import write_if_changed

logger = logging.getLogger(__name__)

# The code and word lists that decide what a post's opening tells (found, not imported: importing
# grief compiles its word lists).
READER_FILES = (
    *(find_spec(f"reply_drafts.{name}").origin for name in ("grief", "sentences")),
    *sorted(
        str(path) for path in Path(find_spec("reply_drafts.tone_cues").origin).parent.glob("*.py")
    ),
)


class KnownHardDays:
    """The words of a hard time found in each text read, by the hash of that text."""

    def __init__(self, settings: dict) -> None:
        self.path = (
            Path(settings["CACHE_PATH"]) / "comments" / "hard_days.json"
            if settings.get("CACHE_CONTENT")
            else None
        )
        self.reader = reader_hash()
        # `invoke rebuild` and `pelican --ignore-cache` read every post afresh (and keep it)
        self.known = self._load() if settings.get("LOAD_CONTENT_CACHE", True) else {}
        self.seen: dict[str, list[str]] = {}

    def cues(self, parts: tuple[str, ...], read: Callable[..., tuple[str, ...]]) -> tuple[str, ...]:
        """Return what `read(*parts)` returns, read again only if these parts are new."""
        key = hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
        found = self.known.get(key)
        if found is None:
            found = list(read(*parts))
        self.seen[key] = found
        return tuple(found)

    def save(self) -> None:
        """Keep what this build read (only that: a removed post's entry goes)."""
        if self.path is None:
            return
        data = json.dumps({"reader": self.reader, "cues": self.seen}, sort_keys=True)
        try:
            write_if_changed(self.path, data.encode("utf-8"))
        except OSError as error:
            logger.warning(
                "comments: %s cannot be written (%s): check CACHE_PATH", self.path, error
            )

    def _load(self) -> dict[str, list[str]]:
        if self.path is None or not self.path.is_file():
            return {}
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError, RecursionError) as error:  # a file nested past the limit
            logger.debug(
                "comments: %s is not read (%s): every post is read afresh", self.path, error
            )
            return {}
        if not isinstance(data, dict) or data.get("reader") != self.reader:
            return {}
        cues = data.get("cues")
        if not isinstance(cues, dict):
            return {}
        return {
            key: found
            for key, found in cues.items()
            if isinstance(found, list) and all(isinstance(word, str) for word in found)
        }


def reader_hash() -> str:
    """Return the hash of the code and word lists that read a post for a hard time."""
    digest = hashlib.sha256()
    for name in READER_FILES:
        digest.update(Path(name).read_bytes())
    return digest.hexdigest()
