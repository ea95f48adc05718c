"""Real Pelican builds of tiny sites, in this process, with the project's theme and plugins.

`build_site(content, output, **settings)` runs Pelican over *content* with pelicanconf.py and the
given settings, and returns what it made and logged (a BuildResult). `kept_site(...)` does the same
and keeps the built site (a `bake.Site`) for baking, until its `with` block ends. Plugins' signal
receivers are disconnected after each build, so the next one runs only its own PLUGINS.
"""

import logging
import os
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from blinker import NamedSignal
from pelican import Pelican
from pelican import signals as pelican_signals
from pelican.log import LimitFilter
from pelican.plugins import signals as plugin_signals
from pelican.settings import read_settings

from bake import Site
from bake.site import EXPORT_CHANGED, THREADS_CHANGED, release_kept_objects
from tests.support import ROOT

BAKE_SIGNALS = (EXPORT_CHANGED, THREADS_CHANGED)


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
    """Return a copy of the receivers connected to each of Pelican's signals (and of the bake's,
    which plugins connect to as well) now."""
    signals = [s for s in vars(plugin_signals).values() if isinstance(s, NamedSignal)]
    return {signal: dict(signal.receivers) for signal in [*signals, *BAKE_SIGNALS]}


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
    with _building(content, output, overrides) as (settings, result):
        Pelican(settings).run()
    return result


def build_again_in_one_process(
    content: Path, output: Path, builds: int, **overrides
) -> BuildResult:
    """Build *content* *builds* times in a row in this process, as `invoke regenerate` does:
    Pelican's log de-duplication is kept from one build to the next (a message said at the first
    is not said again); return what the builds made and logged."""
    with _building(content, output, overrides) as (settings, result):
        for _ in range(builds):
            Pelican(settings).run()
    return result


@contextmanager
def kept_site(content: Path, output: Path, **overrides) -> Iterator[tuple[Site, BuildResult]]:
    """Build *content* like `build_site` and yield the built `bake.Site` with the BuildResult;
    the plugins stay connected (so the site can bake) until the block ends; then the objects the
    build kept out of garbage collections go back to the collector."""
    with _building(content, output, overrides) as (settings, result):
        try:
            site = Site.build(settings)
            result.generators = site.generators
            yield site, result
        finally:
            release_kept_objects()


@contextmanager
def _building(content: Path, output: Path, overrides: dict) -> Iterator[tuple[dict, BuildResult]]:
    """Yield the settings of a build and its BuildResult, collecting the logs and generators;
    afterwards, put the working folder and Pelican's signals back as they were."""
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
    result = BuildResult(output=output, records=handler.records)

    def keep_generators(generators):
        result.generators = list(generators)

    # Plugins connect receivers in register(); Pelican never disconnects them, so without this a
    # later build in the same process would still run plugins its PLUGINS no longer lists.
    saved_receivers = _pelican_receivers()
    pelican_signals.all_generators_finalized.connect(keep_generators)
    try:
        yield read_settings(str(ROOT / "pelicanconf.py"), override=settings_overrides), result
    finally:
        _restore_receivers(saved_receivers)
        root_logger.removeHandler(handler)
        os.chdir(cwd)


def cached_build(tmp_path: Path, output: str, **overrides) -> BuildResult:
    """Build tmp_path/content into tmp_path/*output* with the caches on, in tmp_path/cache, as
    `invoke build` runs it (pelicanconf.py's CACHE_CONTENT and LOAD_CONTENT_CACHE)."""
    overrides = {
        "CACHE_CONTENT": True,
        "LOAD_CONTENT_CACHE": True,
        "CACHE_PATH": str(tmp_path / "cache"),
        **overrides,
    }
    return build_site(tmp_path / "content", tmp_path / output, **overrides)
