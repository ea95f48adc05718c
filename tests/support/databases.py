"""The test databases: the local PostgreSQL server's admin URL (a database per session is made
from it; GOLDSTAR_TEST_POSTGRES names another server), a store emptied as if new, and a
database migrated up to a revision."""

import os

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text

from comment_server.store.engine import MIGRATIONS

POSTGRES_ADMIN_URL = os.environ.get(
    "GOLDSTAR_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def empty_store(store) -> None:
    """Delete every row (and SQLite's id counters) so the store is as new."""
    with store.engine.begin() as connection:
        for table in ("stars", "comments", "commenters", "threads"):
            connection.execute(text(f"DELETE FROM {table}"))
        if connection.dialect.name == "sqlite":
            connection.execute(text("DELETE FROM sqlite_sequence"))
        else:
            connection.execute(text("ALTER SEQUENCE comments_id_seq RESTART WITH 1"))


def migrate_to(url: str, revision: str) -> None:
    """Apply the migrations up to *revision*."""
    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()
