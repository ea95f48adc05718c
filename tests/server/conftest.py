"""Fixtures of the comment server's tests: a migrated store and an app on SQLite and on PostgreSQL.

`database_url` is parametrized: every test that uses it (or `store`, `make_client`, `client`) runs
once on a SQLite file under tmp_path and once on a fresh schema of the PostgreSQL test database.
"""

import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from sqlalchemy import create_engine, text
from starlette.testclient import TestClient

from comment_server import Settings, create_app
from comment_server.credential import hash_password
from comment_server.keys import Keys
from comment_server.store.store import Store
from tests.server.helpers import ADMIN_PASSWORD, ORIGIN, SECRET

_CREDENTIAL = hash_password(ADMIN_PASSWORD)  # scrypt is slow on purpose: hash once per session


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request, tmp_path) -> Iterator[str]:
    """A database URL with nothing in it yet: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'comments.sqlite3'}"
        return
    base = request.getfixturevalue("postgres_url")
    schema = f"t_{uuid.uuid4().hex[:12]}"
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
        admin_credential=_CREDENTIAL,
        min_submit_seconds=0,
    )


@pytest.fixture
def store(settings) -> Iterator[Store]:
    """A migrated store on the test database."""
    store = Store(settings.database_url, Keys(settings.secret), settings.author_name)
    store.migrate()
    yield store
    store.close()


@pytest.fixture
def make_client(settings, store) -> Iterator[Callable[..., TestClient]]:
    """Return a function making a test client of an app with *overrides* of the settings."""
    clients = []

    def make(client_address: str = "203.0.113.7", **overrides) -> TestClient:
        app = create_app(replace(settings, **overrides), store=store)
        client = TestClient(app, client=(client_address, 50000))
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def client(make_client) -> TestClient:
    """A test client of the app with the test settings."""
    return make_client()
