"""The read cache: each thread's serialized answer, kept until the thread's version moves.

A read costs one small query (the thread's version) when nothing changed; the version is bumped in
the transaction of every write, so every instance sharing a PostgreSQL database sees a change on its
next read. Bodies are cached per `since` value too (a bounded number per thread).
"""

import hashlib
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from starlette.concurrency import run_in_threadpool

from comment_server.jsonio import dumps
from comment_server.store.store import Store

MAX_THREADS = 2048
MAX_SINCE_PER_THREAD = 16


@dataclass(frozen=True)
class Body:
    """A serialized answer and its ETag."""

    etag: str
    data: bytes


@dataclass
class _Entry:
    version: int
    payload: dict[str, Any]
    bodies: OrderedDict[str, Body] = field(default_factory=OrderedDict)


def make_body(value: Any) -> Body:
    """Serialize *value* and tag it with a hash of its bytes."""
    data = dumps(value)
    return Body(etag='"' + hashlib.blake2b(data, digest_size=12).hexdigest() + '"', data=data)


class ThreadCache:
    """Serialized `GET /api/threads/{thread}/comments` answers, validated by the thread version."""

    def __init__(self, store: Store, max_threads: int = MAX_THREADS) -> None:
        self._store = store
        self._max = max_threads
        self._entries: OrderedDict[str, _Entry] = OrderedDict()

    async def comments(self, thread: str, since: str | None) -> Body:
        """Return the answer for *thread*, only comments updated after *since* when given."""
        entry = self._entries.get(thread)
        known = entry.version if entry else None
        version, payload = await run_in_threadpool(self._store.thread_comments_since, thread, known)
        if payload is not None:  # first read, or the thread changed
            entry = self._entries[thread] = _Entry(version, payload)
        assert entry is not None
        self._entries.move_to_end(thread)
        while len(self._entries) > self._max:
            self._entries.popitem(last=False)
        return self._body(entry, since or "")

    def _body(self, entry: _Entry, since: str) -> Body:
        body = entry.bodies.get(since)
        if body is None:
            payload = entry.payload
            if since:
                kept = [c for c in payload["comments"] if c["updated"] > since]
                payload = {**payload, "comments": kept}
            body = entry.bodies[since] = make_body(payload)
            while len(entry.bodies) > MAX_SINCE_PER_THREAD:
                entry.bodies.popitem(last=False)
        return body
