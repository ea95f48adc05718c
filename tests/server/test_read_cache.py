"""The read cache under concurrent reads: one query per thread at a time, never hiding a write."""

import asyncio
import json
import threading
import time
from datetime import UTC, datetime

from comment_server.cache import ThreadCache
from comment_server.importers.records import ImportedComment, ImportedThread

READER = "a-reader-key-for-the-cache-test"


def seed(store, thread: str = "welcome") -> None:
    """Store a thread with two approved comments."""
    when = datetime(2026, 1, 2, 10, 0, tzinfo=UTC)
    comments = [ImportedComment(str(n), None, f"Reader {n}", f"Comment {n}", when) for n in (1, 2)]
    store.import_threads([ImportedThread(thread, comments=comments)])


def count_queries(
    store, monkeypatch, hold: threading.Event | None = None, started=None
) -> list[int]:
    """Count the store's thread queries (each released on *started* as it begins, then held until
    *hold* is set); return the counter."""
    calls: list[int] = []
    query = store.thread_comments_since

    def counted(thread, known):
        calls.append(1)
        if started is not None:
            started.release()
        if hold is not None:
            assert hold.wait(timeout=10)
        return query(thread, known)

    monkeypatch.setattr(store, "thread_comments_since", counted)
    return calls


async def query_started(started: threading.Semaphore) -> None:
    """Wait until a held query has begun (in the thread pool), with a deadline."""
    assert await asyncio.to_thread(started.acquire, timeout=10)


def test_reads_of_a_thread_not_in_memory_share_one_query(store, monkeypatch):
    seed(store)
    hold, started = threading.Event(), threading.Semaphore(0)
    calls = count_queries(store, monkeypatch, hold, started)
    cache = ThreadCache(store, seconds=60)

    async def read_many():
        reads = [asyncio.create_task(cache.comments("welcome", None)) for _ in range(20)]
        await query_started(started)  # the first read's query is held; every task has run since
        hold.set()
        return await asyncio.gather(*reads)

    bodies = asyncio.run(read_many())
    assert len(calls) == 1
    assert len({body.data for body in bodies}) == 1 and b"Comment 2" in bodies[0].data


def test_an_expired_entry_is_checked_once_while_the_others_answer(store, monkeypatch):
    seed(store)
    cache = ThreadCache(store, seconds=60)
    asyncio.run(cache.comments("welcome", None))
    later = time.monotonic() + 61  # the entry is a minute old: it must be checked again
    monkeypatch.setattr("comment_server.cache.time.monotonic", lambda: later)
    calls = count_queries(store, monkeypatch)

    async def read_many():
        return await asyncio.gather(*(cache.comments("welcome", None) for _ in range(20)))

    bodies = asyncio.run(read_many())
    assert len(calls) == 1
    assert len({body.etag for body in bodies}) == 1


def test_a_write_during_a_query_is_seen_by_the_reads_after_it(store, monkeypatch):
    seed(store)
    hold, started = threading.Event(), threading.Semaphore(0)
    calls = count_queries(store, monkeypatch, hold, started)
    cache = ThreadCache(store, seconds=60)

    async def read_write_read():
        before = asyncio.create_task(cache.comments("welcome", None))
        await query_started(started)  # its query is under way: the write lands in the middle
        store.set_star("welcome", None, READER, True)
        cache.forget("welcome")
        after = asyncio.create_task(cache.comments("welcome", None))
        await query_started(started)  # the read after the write asked again
        hold.set()
        return await before, await after

    _, after = asyncio.run(read_write_read())
    assert len(calls) == 2  # the read after the write did not take the older query's answer
    assert b'"stars":1' in after.data
    again = asyncio.run(cache.comments("welcome", None))
    assert again.data == after.data and len(calls) == 2  # kept: no third query


def read(cache: ThreadCache) -> dict:
    """Return the cached answer of the seeded thread as JSON."""
    return json.loads(asyncio.run(cache.comments("welcome", None)).data)


def test_a_star_puts_its_count_into_the_cached_answer_without_a_query(store, monkeypatch):
    seed(store)
    calls = count_queries(store, monkeypatch)
    cache = ThreadCache(store, seconds=60)
    first = read(cache)["comments"][0]["id"]
    cache.count_star("welcome", None, store.set_star("welcome", None, READER, True))
    cache.count_star("welcome", first, store.set_star("welcome", first, READER, True))
    cache.count_star("welcome", first, store.set_star("welcome", first, "reader-2", True))
    cache.count_star("welcome", first, store.set_star("welcome", first, READER, True))  # again
    answer = read(cache)
    assert len(calls) == 1, "a star must not reload the thread"
    assert answer["stars"] == 1 and [c["stars"] for c in answer["comments"]] == [2, 0]
    cache.count_star("welcome", first, store.set_star("welcome", first, READER, False))
    assert [c["stars"] for c in read(cache)["comments"]] == [1, 0] and len(calls) == 1
    # What the cache made is what a load from the database makes.
    assert read(ThreadCache(store, seconds=60)) == read(cache)


def test_a_star_after_another_write_reloads_the_thread(store, monkeypatch):
    seed(store)
    calls = count_queries(store, monkeypatch)
    cache = ThreadCache(store, seconds=60)
    first = read(cache)["comments"][0]["id"]
    store.set_star("welcome", first, "another-instance-s-reader", True)  # not through this cache
    cache.count_star("welcome", None, store.set_star("welcome", None, READER, True))
    answer = read(cache)
    assert len(calls) == 2, "a version skipped means another write: load the thread again"
    assert answer["stars"] == 1 and answer["comments"][0]["stars"] == 1


def test_a_write_forgetting_the_thread_during_its_check_does_not_fail_the_read(store, monkeypatch):
    seed(store)
    cache = ThreadCache(store, seconds=0)  # every read checks the version
    asyncio.run(cache.comments("welcome", None))
    checked, hold = threading.Semaphore(0), threading.Event()
    query = store.thread_comments_since

    def checked_then_held(thread, known):
        answer = query(thread, known)  # the version has not moved: nothing to load
        checked.release()
        assert hold.wait(timeout=10)
        return answer

    monkeypatch.setattr(store, "thread_comments_since", checked_then_held)

    async def read_while_a_write_forgets():
        read = asyncio.create_task(cache.comments("welcome", None))
        await query_started(checked)
        cache.forget("welcome")  # a comment written through this process meanwhile
        hold.set()
        return await read

    body = asyncio.run(read_while_a_write_forgets())
    assert b"Comment 2" in body.data
