"""Migration 0005 on SQLite and PostgreSQL: the schema it makes is the one the code describes, and a
database of the code before keeps its comments, while its regulars (no browser on record) are kept
apart until the author says it is them."""

from datetime import datetime

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text
from starlette.testclient import TestClient

from comment_server import Settings, create_app
from comment_server.keys import Keys
from comment_server.store.schema import metadata
from comment_server.store.store import Store
from tests.support.api import ADMIN, ORIGIN, SECRET, credential, new_comment
from tests.support.databases import migrate_to

REGULAR = "regular@example.org"


def test_the_migrations_make_the_schema_the_code_describes(unmigrated_database):
    store = Store(unmigrated_database, Keys(SECRET))
    store.migrate()
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    store.close()
    assert differences == []


def test_a_regular_of_the_code_before_is_kept_apart_until_joined(unmigrated_database):
    migrate_to(unmigrated_database, "0002")
    keys, now = Keys(SECRET), datetime(2026, 11, 1, 9, 0, 0)
    regular = keys.commenter_from_email(REGULAR)
    engine = create_engine(unmigrated_database)
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
    store = Store(unmigrated_database, keys)
    store.migrate()
    settings = Settings(
        secret=SECRET,
        database_url=unmigrated_database,
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
