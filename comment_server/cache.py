"""The read cache: each thread's serialized answer, kept until the thread's version moves.

Every write bumps the thread's version in its own transaction. A cached answer is re-validated
with one small query (the version) at most every COMMENT_SERVER_CACHE_SECONDS (1 s by default; 0
checks on every read); a write through this process forgets the thread at once, except a star,
which changes one count: when it is the only change since the cached version, the count is put
into the cached answer instead (reloading a thread after every star made reads beside stars wait,
issue 20). So one process always answers its own writes, and instances sharing a PostgreSQL
database see each other's writes within that many seconds. Bodies are cached per `since` value too
(a bounded number per thread).
"""

import asyncio
import gzip
import hashlib
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from starlette.concurrency import run_in_threadpool

from comment_server.jsonio import dumps
from comment_server.store.store import Starred, Store

MAX_THREADS = 2048
MAX_SINCE_PER_THREAD = 16
GZIP_FROM = 1400  # bytes: smaller answers fit in one packet anyway


@dataclass(frozen=True)
class Body:
    """A serialized answer, its ETag, and its gzip form when it is worth compressing."""

    etag: str
    data: bytes
    gzipped: bytes | None = None


@dataclass
class _Entry:
    version: int
    payload: dict[str, Any]
    checked: float
    bodies: OrderedDict[str, Body] = field(default_factory=OrderedDict)


def with_count(payload: dict[str, Any], comment: int | None, count: int) -> dict[str, Any] | None:
    """Return *payload* with the star count of the post (comment None) or of *comment* set to
    *count*; None when the comment is not in it."""
    if comment is None:
        return {**payload, "stars": count}
    items = payload["comments"]
    for index, item in enumerate(items):
        if item["id"] == comment:
            changed = [*items[:index], {**item, "stars": count}, *items[index + 1 :]]
            return {**payload, "comments": changed}
    return None


def make_body(value: Any) -> Body:
    """Serialize *value*, tag it with a hash of its bytes, compress it once if it is large."""
    data = dumps(value)
    etag = '"' + hashlib.blake2b(data, digest_size=12).hexdigest() + '"'
    gzipped = gzip.compress(data, compresslevel=6, mtime=0) if len(data) > GZIP_FROM else None
    return Body(etag=etag, data=data, gzipped=gzipped)


class ThreadCache:
    """Serialized `GET /api/threads/{thread}/comments` answers, validated by the thread version."""

    def __init__(self, store: Store, seconds: float, max_threads: int = MAX_THREADS) -> None:
        self._store = store
        self._seconds = seconds
        self._max = max_threads
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._forgotten = 0  # counts forget(): a read begun before a write must not cache
        # A thread's first read (or first after a write) loads it once for all reads arriving
        # meanwhile, rather than once each: 50 readers after a star would be 50 full queries.
        self._loading: dict[str, asyncio.Future[tuple[int, dict[str, Any] | None]]] = {}

    def forget(self, thread: str) -> None:
        """Drop what is cached for *thread* (this process just changed it)."""
        self._entries.pop(thread, None)
        self._loading.pop(thread, None)  # a load begun before the write is not shared after it
        self._forgotten += 1

    def count_star(self, thread: str, comment: int | None, starred: Starred) -> None:
        """Put the new star count of the post (comment None) or a comment into *thread*'s answer.

        Only when this star is the one change since the cached version (its version is the next);
        otherwise another write came between, and the thread is forgotten to be loaded afresh.
        """
        if starred.version is None:  # the star changed nothing
            return
        entry = self._entries.get(thread)
        self.forget(thread)
        if entry is None or starred.version != entry.version + 1:
            return
        payload = with_count(entry.payload, comment, starred.count)
        if payload is not None:
            self._entries[thread] = _Entry(starred.version, payload, entry.checked)

    async def comments(self, thread: str, since: str | None) -> Body:
        """Return the answer for *thread*, only comments updated after *since* when given."""
        entry = self._entries.get(thread)
        now = time.monotonic()
        if entry is None or now - entry.checked >= self._seconds:
            if entry is not None:
                entry.checked = now  # one check at a time: meanwhile others answer from memory
            known = entry.version if entry else None
            forgotten = self._forgotten
            if entry is None:
                version, payload = await self._load(thread)
            else:
                version, payload = await run_in_threadpool(
                    self._store.thread_comments_since, thread, known
                )
            if payload is not None:  # first read, or the thread changed
                entry = _Entry(version, payload, now)
                if forgotten != self._forgotten:  # a write landed meanwhile: answer, keep nothing
                    return self._body(entry, since or "")
                self._entries[thread] = entry
            assert entry is not None
        if thread in self._entries:  # a write may have forgotten it while the check ran
            self._entries.move_to_end(thread)
        while len(self._entries) > self._max:
            self._entries.popitem(last=False)
        return self._body(entry, since or "")

    async def _load(self, thread: str) -> tuple[int, dict[str, Any] | None]:
        """Return the thread's version and comments, one query for all reads waiting on it."""
        loading = self._loading.get(thread)
        if loading is None or loading.done():
            loading = asyncio.ensure_future(
                run_in_threadpool(self._store.thread_comments_since, thread, None)
            )
            self._loading[thread] = loading
        try:
            return await asyncio.shield(loading)  # a reader who leaves does not cancel the rest
        finally:
            if self._loading.get(thread) is loading and loading.done():
                del self._loading[thread]

    def _body(self, entry: _Entry, since: str) -> Body:
        body = entry.bodies.get(since)
        if body is None:
            payload = entry.payload
            if since:
                # Inclusive: times are to the second, so a change in the build's last second
                # must still be sent; the embed replaces a comment the page already shows.
                kept = [c for c in payload["comments"] if c["updated"] >= since]
                payload = {**payload, "comments": kept}
            body = entry.bodies[since] = make_body(payload)
            while len(entry.bodies) > MAX_SINCE_PER_THREAD:
                entry.bodies.popitem(last=False)
        return body
