"""Fixtures every test can use: a real Pelican build of a tiny site, a real browser, PostgreSQL.

The helpers behind them, and everything else the tests share, are in tests/support/.
"""

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.browser import CHROMIUM, CHROMIUM_ARGS
from tests.support.builds import BuildResult, build_site
from tests.support.databases import POSTGRES_ADMIN_URL


@pytest.fixture
def site_builder(tmp_path: Path):
    """Return a function that builds a content folder under tmp_path with real Pelican."""

    def build(content: Path | None = None, **overrides) -> BuildResult:
        content = content or tmp_path / "content"
        output = tmp_path / f"output-{uuid.uuid4().hex[:6]}"
        return build_site(content, output, **overrides)

    return build


@pytest.fixture(scope="module")
def browser():
    """A real headless Debian chromium, driven by Playwright, for one test module.

    Playwright's sync API keeps an asyncio loop running in the main thread while it is started, so a
    session-wide browser would break every later test that calls asyncio.run().
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """Create a fresh PostgreSQL database for this test session, drop it afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"goldstar_test_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as error:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL is not reachable at {POSTGRES_ADMIN_URL}: {error}")
    base = POSTGRES_ADMIN_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
