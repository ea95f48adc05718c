"""Fixtures of the comment server's tests: a migrated store and an app on SQLite and on PostgreSQL.

`database_url` is parametrized: every test that uses it (or `store`, `make_client`, `client`) runs
once on a SQLite file under tmp_path and once on PostgreSQL. Both start migrated and empty: the
schema is made once per session (a template file copied per test; one PostgreSQL schema truncated
per test), so each test pays for a copy or a TRUNCATE, not for the migrations.
"""

import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from starlette.testclient import TestClient

from comment_server import Settings, create_app
from comment_server.keys import Keys
from comment_server.store.schema import metadata
from comment_server.store.store import Store
from tests.support.api import ORIGIN, SECRET, credential
from tests.support.mailbox import Mailbox, mailbox
from tests.support.reply_mail import mail_on

TABLES = ", ".join(metadata.tables)  # every table the migrations make


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A migrated, empty SQLite database file, made once per session and copied by each test."""
    path = tmp_path_factory.mktemp("template") / "comments.sqlite3"
    store = Store(f"sqlite:///{path}", Keys(SECRET))
    store.migrate()
    store.close()
    return path


@pytest.fixture(scope="session")
def postgres_schema(postgres_url) -> Iterator[str]:
    """The URL of a migrated schema of the PostgreSQL test database, made once per session."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{postgres_url}?options=-csearch_path%3D{schema}"
    store = Store(url, Keys(SECRET))
    store.migrate()
    store.close()
    try:
        yield url
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request, tmp_path) -> str:
    """A migrated, empty database: a copy of the SQLite template, or the emptied PostgreSQL one."""
    if request.param == "sqlite":
        path = tmp_path / "comments.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("postgres_schema")
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {TABLES} RESTART IDENTITY CASCADE"))
    engine.dispose()
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def live_database_url(request, tmp_path) -> str:
    """For a live server, which migrates it: a fresh SQLite file, or the session's PostgreSQL
    database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'comments.sqlite3'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def unmigrated_database(request, tmp_path) -> Iterator[str]:
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


@pytest.fixture
def settings(database_url) -> Settings:
    """Settings for tests: the admin password above, the demo origin, no wait before submitting."""
    return Settings(
        secret=SECRET,
        database_url=database_url,
        origins=(ORIGIN,),
        admin_credential=credential(),
        min_submit_seconds=0,
    )


@pytest.fixture
def store(settings) -> Iterator[Store]:
    """A store on the migrated test database."""
    store = Store(settings.database_url, Keys(settings.secret), settings.author_name)
    yield store
    store.close()


@pytest.fixture
def make_client(settings, store) -> Iterator[Callable[..., TestClient]]:
    """Return a function making a test client of an app with *overrides* of the settings."""
    clients = []

    def make(client_address: str = "203.0.113.7", **overrides) -> TestClient:
        app = create_app(replace(settings, **overrides), store=store)
        client = TestClient(app, client=(client_address, 50000))
        client.__enter__()  # one event loop thread for all its requests, not one per request
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client) -> TestClient:
    """A test client of the app with the test settings."""
    return make_client()


@pytest.fixture
def box() -> Iterator[Mailbox]:
    """A real SMTP server on 127.0.0.1 that keeps what it receives."""
    with mailbox() as one:
        yield one


@pytest.fixture
def mail_settings(settings, box, tmp_path) -> Settings:
    """The test settings with mail on, sent to *box* at once (no batching wait), the author named
    Mira, and no rate limits."""
    return replace(
        settings,
        **mail_on(box),
        smtp_timeout=5,
        mail_templates=str(tmp_path / "content" / "mail"),
        rate_limits=False,
        author_name="Mira",
    )
