"""Group commit for SQLite: one writer thread runs the writes waiting at the same moment in one
transaction, each inside its own savepoint, and answers them all after a single commit.

SQLite takes one writer at a time and `synchronous=FULL` makes every commit wait for the disk, so
committing writes one by one caps a server at one fsync per write. Here a write is answered only
after the commit that holds it (durability is unchanged), a write that fails rolls back to its own
savepoint and fails alone, and a failed commit fails every write of its batch.
"""

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine

logger = logging.getLogger(__name__)

MAX_BATCH = 64


@dataclass
class _Job:
    work: Callable[[Connection], Any]
    future: Future = field(default_factory=Future)


class WriteBatcher:
    """Run write functions `work(connection)` on one thread, many per transaction."""

    def __init__(self, engine: Engine, max_batch: int = MAX_BATCH) -> None:
        self._engine = engine
        self._max_batch = max_batch
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start = threading.Lock()

    def run(self, work: Callable[[Connection], Any]) -> Any:
        """Run *work* in a committed transaction; return its value or raise its exception."""
        return self.submit(work).result()

    def submit(self, work: Callable[[Connection], Any]) -> Future:
        """Queue *work*; return the Future of its value, set once its transaction committed.

        A Future cancelled before its batch starts is not run (as with an executor's).
        """
        job = _Job(work)
        self._ensure_thread()
        self._jobs.put(job)
        return job.future

    def close(self) -> None:
        """Let the writer thread finish what is queued, then stop it."""
        with self._start:
            if self._thread is not None:
                self._jobs.put(None)
                self._thread.join()
                self._thread = None

    def _ensure_thread(self) -> None:
        with self._start:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._loop, name="comment_server-writer", daemon=True
                )
                self._thread.start()

    def _loop(self) -> None:
        while True:
            first = self._jobs.get()
            if first is None:
                return
            batch = [first]
            while len(batch) < self._max_batch:
                try:
                    job = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if job is None:
                    self._jobs.put(None)  # stop after this batch
                    break
                batch.append(job)
            self._run(batch)

    def _run(self, batch: list[_Job]) -> None:
        batch = [job for job in batch if job.future.set_running_or_notify_cancel()]
        if not batch:
            return
        outcomes: list[tuple[_Job, Any, BaseException | None]] = []
        try:
            with self._engine.begin() as connection:
                for job in batch:
                    outcomes.append(self._attempt(connection, job))
        except BaseException as error:  # the commit itself failed: nothing of the batch is kept
            logger.error("comment_server: a write transaction of %d failed: %s", len(batch), error)
            for job in batch:
                job.future.set_exception(error)
            return
        for job, value, error in outcomes:
            if error is None:
                job.future.set_result(value)
            else:
                job.future.set_exception(error)

    @staticmethod
    def _attempt(connection: Connection, job: _Job) -> tuple[_Job, Any, BaseException | None]:
        savepoint = connection.begin_nested()
        try:
            value = job.work(connection)
        except Exception as error:  # handed to the caller, who raises it
            savepoint.rollback()
            return job, None, error
        savepoint.commit()
        return job, value, None
