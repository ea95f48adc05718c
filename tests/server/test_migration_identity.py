"""Migration 0005 on SQLite and PostgreSQL: the schema it makes is the one the code describes, and a
database of the code before keeps its comments, while its regulars (no browser on record) are kept
apart until the author says it is them."""

import uuid
from collections.abc import Iterator
from datetime import datetime

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text
from starlette.testclient import TestClient

from comment_server import Settings, create_app
from comment_server.keys import Keys
from comment_server.store.engine import MIGRATIONS
from comment_server.store.schema import metadata
from comment_server.store.store import Store
from tests.support.api import ADMIN, ORIGIN, SECRET, credential, new_comment

REGULAR = "regular@example.org"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_database(request, tmp_path) -> Iterator[str]:
    """The URL of a database with no schema at all (a SQLite file, or a PostgreSQL schema)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'before.sqlite3'}"
        return
    base = request.getfixturevalue("postgres_url")
    schema = f"m_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{base}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def migrate_to(url: str, revision: str) -> None:
    """Apply the migrations up to *revision*."""
    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def test_the_migrations_make_the_schema_the_code_describes(empty_database):
    store = Store(empty_database, Keys(SECRET))
    store.migrate()
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    store.close()
    assert differences == []


def test_a_regular_of_the_code_before_is_kept_apart_until_joined(empty_database):
    migrate_to(empty_database, "0002")
    keys, now = Keys(SECRET), datetime(2026, 11, 1, 9, 0, 0)
    regular = keys.commenter_from_email(REGULAR)
    engine = create_engine(empty_database)
    with engine.begin() as connection:  # what the code before stored for an approved regular
        connection.execute(
            text(
                "INSERT INTO threads (id, title, imported_stars, version, created) "
                "VALUES ('welcome', NULL, 0, 1, :now)"
            ),
            {"now": now},
        )
        connection.execute(
            text(
                "INSERT INTO comments (thread_id, status, author, email, markdown, html, "
                "commenter, created, updated, by_author, gold_stars, imported_stars) VALUES "
                "('welcome', 'approved', 'Reg', :email, 'Hi', '<p>Hi</p>', :key, :now, :now, "
                "false, 2, 0)"
            ),
            {"email": REGULAR, "key": regular, "now": now},
        )
        connection.execute(
            text(
                "INSERT INTO commenters (key, trusted, blocked, approved_count, created) "
                "VALUES (:key, true, false, 1, :now)"
            ),
            {"key": regular, "now": now},
        )
    engine.dispose()
    store = Store(empty_database, keys)
    store.migrate()
    settings = Settings(
        secret=SECRET,
        database_url=empty_database,
        origins=(ORIGIN,),
        admin_credential=credential(),
        min_submit_seconds=0,
    )
    try:
        with TestClient(create_app(settings, store=store)) as client:
            kept = client.get("/api/threads/welcome/comments").json()["comments"]
            assert [(c["commenter"], c["gold_stars"]) for c in kept] == [(regular, 2)]
            again = new_comment(client, email=REGULAR)["comment"]
            assert again["status"] == "pending" and again["commenter"] != regular
            joined = client.post(
                f"/api/admin/comments/{again['id']}/same-commenter", json={}, headers=ADMIN
            )
            assert joined.json()["comment"]["commenter"] == regular
            assert new_comment(client, email=REGULAR)["comment"]["status"] == "approved"
    finally:
        store.close()
