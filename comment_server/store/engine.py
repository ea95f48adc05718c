"""Open the database the URL names and bring its schema up to date.

SQLite gets WAL and synchronous=FULL on every connection (a write acknowledged is a write kept),
a busy timeout, and `BEGIN IMMEDIATE` for write transactions so that concurrent writers queue on
the busy timeout instead of failing when a read lock cannot be upgraded. PostgreSQL needs nothing
special.
"""

import logging
import re
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
BUSY_TIMEOUT_MS = 10_000


def make_engine(url: str) -> Engine:
    """Return an engine for *url*; no connection is opened yet."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_size=10, max_overflow=10, pool_pre_ping=True)
    engine = create_engine(url, pool_size=10, max_overflow=10)
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own would be deferred).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _sqlite_begin(connection) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def ensure_sqlite_folder(url: str) -> None:
    """Create the folder of a SQLite database file when it does not exist yet."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)


def migrate(engine: Engine) -> None:
    """Apply every migration the database lacks (safe with several instances starting at once)."""
    if at_head(engine):
        # Alembic's imports and its loading of every migration cost 0.2 CPU s per command.
        logger.debug("comment_server: schema of %s is up to date", engine.url.render_as_string())
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Instances starting together take turns; the lock ends with the transaction.
            connection.execute(text("SELECT pg_advisory_xact_lock(7461626)"))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    logger.debug("comment_server: schema of %s is up to date", engine.url.render_as_string())


def at_head(engine: Engine) -> bool:
    """Return whether the database's alembic_version is the migrations' head (False when unsure)."""
    head = migrations_head()
    if head is None:
        return False
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return False
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return [row.version_num for row in versions] == [head]


_REVISION = re.compile(r'^(down_revision|revision) = (None|"(\w+)")', re.MULTILINE)


def migrations_head() -> str | None:
    """Return the one revision no migration revises, read from the migration files' text
    (no module imported); None when they cannot be read so simply."""
    revisions, revised = set(), set()
    for path in (MIGRATIONS / "versions").glob("[0-9]*.py"):
        found = dict((name, value) for name, _, value in _REVISION.findall(path.read_text("utf-8")))
        if "revision" not in found or "down_revision" not in found:
            return None
        revisions.add(found["revision"])
        revised.add(found["down_revision"])
    heads = revisions - revised
    return heads.pop() if len(heads) == 1 else None
