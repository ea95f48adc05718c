"""The SQLite writer's group commit (store/batcher.py): futures of queued writes."""

import threading

from sqlalchemy import create_engine, text

from comment_server.store.batcher import WriteBatcher


def test_a_write_is_answered_by_its_future_once_committed(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'writes.sqlite3'}")
    batcher = WriteBatcher(engine)
    batcher.run(lambda connection: connection.execute(text("CREATE TABLE t (n INTEGER)")))
    future = batcher.submit(lambda connection: connection.execute(text("INSERT INTO t VALUES (1)")))
    assert future.result(timeout=5).rowcount == 1
    with engine.connect() as connection:
        assert connection.execute(text("SELECT n FROM t")).scalars().all() == [1]
    batcher.close()
    engine.dispose()


def test_a_write_cancelled_before_its_batch_starts_is_not_run(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'writes.sqlite3'}")
    batcher = WriteBatcher(engine)
    started, go_on = threading.Event(), threading.Event()

    def first(connection) -> str:
        started.set()
        go_on.wait(timeout=5)
        return "first"

    ran: list[str] = []
    running = batcher.submit(first)
    assert started.wait(timeout=5)  # its batch has begun: the next write waits in the queue
    queued = batcher.submit(lambda connection: ran.append("second"))
    assert queued.cancel()
    assert not running.cancel()  # a write already running is not taken back
    go_on.set()
    assert running.result(timeout=5) == "first"
    batcher.close()
    engine.dispose()
    assert ran == []
