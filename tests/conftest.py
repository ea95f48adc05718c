"""Fixtures every test can use: a real Pelican build of a tiny site, a real browser, PostgreSQL."""

import logging
import os
import shutil
import socket
import uuid
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from blinker import NamedSignal
from pelican import Pelican
from pelican import signals as pelican_signals
from pelican.log import LimitFilter
from pelican.plugins import signals as plugin_signals
from pelican.settings import read_settings

ROOT = Path(__file__).resolve().parent.parent
# Third-party test material, used in place (see ../shared/corpora/SOURCES.md); CI has it beside
# the clone.
CORPORA = Path(os.environ.get("GOLDSTAR_CORPORA", ROOT.parent / "shared" / "corpora"))
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
POSTGRES_ADMIN_URL = os.environ.get(
    "GOLDSTAR_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@dataclass
class BuildResult:
    """What a real Pelican build produced: the output folder, the generators, the log records."""

    output: Path
    generators: list = field(default_factory=list)
    records: list[logging.LogRecord] = field(default_factory=list)

    @property
    def articles(self):
        """Return the published articles of the build, newest first."""
        for generator in self.generators:
            if hasattr(generator, "articles"):
                return generator.articles
        return []

    @property
    def pages(self):
        """Return the published pages of the build."""
        for generator in self.generators:
            if hasattr(generator, "pages") and not hasattr(generator, "articles"):
                return generator.pages
        return []

    def warnings(self) -> list[str]:
        """Return the messages logged at warning level or above."""
        return [r.getMessage() for r in self.records if r.levelno >= logging.WARNING]

    def read(self, relative: str) -> str:
        """Return the text of one output file."""
        return (self.output / relative).read_text(encoding="utf-8")


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def reset_pelican_log_limits() -> None:
    """Forget which messages Pelican's LimitFilter has already let through."""
    LimitFilter._ignore = set()
    LimitFilter._raised_messages = set()
    LimitFilter._group_count.clear()


def _pelican_receivers() -> dict[NamedSignal, dict]:
    """Return a copy of the receivers connected to each of Pelican's signals now."""
    return {
        signal: dict(signal.receivers)
        for signal in vars(plugin_signals).values()
        if isinstance(signal, NamedSignal)
    }


def _restore_receivers(saved: dict[NamedSignal, dict]) -> None:
    """Disconnect what plugins connected since *saved*, so the next build starts clean."""
    for signal, before in saved.items():
        for receiver_id, reference in list(signal.receivers.items()):
            if receiver_id in before:
                continue
            receiver = reference() if isinstance(reference, weakref.ref) else reference
            if receiver is not None:
                signal.disconnect(receiver)


def build_site(content: Path, output: Path, **overrides) -> BuildResult:
    """Build *content* into *output* with the project's theme and plugins, return what was made.

    *overrides* are Pelican settings; by default the site is the project's pelicanconf.py with
    PATH and OUTPUT_PATH pointed at the given folders.
    """
    reset_pelican_log_limits()
    settings_overrides = {
        "PATH": str(content),
        "OUTPUT_PATH": str(output),
        "CACHE_PATH": str(output.parent / f"{output.name}-cache"),
        "CACHE_CONTENT": False,
        "LOAD_CONTENT_CACHE": False,
    }
    settings_overrides.update(overrides)
    cwd = os.getcwd()
    os.chdir(ROOT)  # pelicanconf.py names its theme and plugins relative to the project
    handler = _Collect()
    root_logger = logging.getLogger()
    root_logger.addHandler(handler)
    result = BuildResult(output=output)

    def keep_generators(generators):
        result.generators = list(generators)

    # Plugins connect receivers in register(); Pelican never disconnects them, so without this a
    # later build in the same process would still run plugins its PLUGINS no longer lists.
    saved_receivers = _pelican_receivers()
    pelican_signals.all_generators_finalized.connect(keep_generators)
    try:
        settings = read_settings(str(ROOT / "pelicanconf.py"), override=settings_overrides)
        Pelican(settings).run()
    finally:
        _restore_receivers(saved_receivers)
        root_logger.removeHandler(handler)
        os.chdir(cwd)
    result.records = handler.records
    return result


@pytest.fixture
def site_builder(tmp_path: Path):
    """Return a function that builds a content folder under tmp_path with real Pelican."""

    def build(content: Path | None = None, **overrides) -> BuildResult:
        content = content or tmp_path / "content"
        output = tmp_path / f"output-{uuid.uuid4().hex[:6]}"
        return build_site(content, output, **overrides)

    return build


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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
