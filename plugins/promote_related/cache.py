"""The on-disk cache of the index and the relations, keyed by a hash of all they depend on."""

from __future__ import annotations

import hashlib
import json
import logging
import pickle
from pathlib import Path

from goldstar_support.files import atomic_writer

logger = logging.getLogger(__name__)

# Bump when the index, the relations or their pickled shapes change.
CACHE_VERSION = 9


def content_hash(*parts: object) -> str:
    """Return a stable hash of *parts* (strings, numbers, nested lists and tuples, dicts)."""
    digest = hashlib.sha256(str(CACHE_VERSION).encode())
    _feed(digest, parts)
    return digest.hexdigest()


def _feed(digest, part: object) -> None:
    """Add *part* to *digest*, walking lists and tuples (no big JSON string of every post)."""
    if isinstance(part, str):
        digest.update(b"s%d:" % len(part))
        digest.update(part.encode("utf-8", "surrogatepass"))
    elif isinstance(part, list | tuple):
        digest.update(b"l%d:" % len(part))
        for item in part:
            _feed(digest, item)
    else:
        digest.update(json.dumps(part, sort_keys=True, default=str).encode("utf-8"))
        digest.update(b";")


class IndexCache:
    """One piece of the plugin's state kept between builds: a pickle file under CACHE_PATH.

    The index and the relations live in two files ("index", "relations"), so a rebuild with
    nothing changed reads back only the relations.
    """

    def __init__(self, directory: Path | None, name: str = "index") -> None:
        self.path = directory / f"{name}.pickle" if directory else None

    def load(self) -> dict:
        """Return the cached state, or an empty one if there is none or it cannot be read."""
        if self.path is None or not self.path.exists():
            return {}
        try:
            with self.path.open("rb") as stream:
                # the version comes first, alone, so a file of another version is never unpickled
                if pickle.load(stream) != CACHE_VERSION:
                    return {}
                state = pickle.load(stream)
        except Exception as error:  # a cache is never worth failing a build: rebuild instead
            logger.info("promote_related: ignoring the unreadable cache %s (%r)", self.path, error)
            return {}
        return state if isinstance(state, dict) else {}

    def save(self, state: dict) -> None:
        """Write *state* (atomically: a reader never sees half a file); a cache that cannot be
        written is warned of, and the build goes on without it."""
        if self.path is None:
            return
        try:
            with atomic_writer(self.path) as stream:
                pickle.dump(CACHE_VERSION, stream, pickle.HIGHEST_PROTOCOL)
                pickle.dump(state, stream, pickle.HIGHEST_PROTOCOL)
        except OSError as error:
            logger.warning(
                "promote_related: %s cannot be written (%s): check CACHE_PATH, or set "
                "PROMOTE_RELATED_CACHE = False; posts are related afresh at every build",
                self.path,
                error,
            )
