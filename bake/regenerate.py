"""`invoke regenerate`: build, then at each change bake (only the export changed) or build again.

With `--export` it also exports the comment server's changes itself (bake/export.py): every
POLL_SECONDS it reads one cheap row of the server's database and, when that changed, writes the
changed threads' export files, which the watch then bakes like any export.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path

import watchfiles
from pelican.log import init as init_logging
from pelican.settings import read_settings
from pelican.utils import FileChangeFilter

from .site import Site

logger = logging.getLogger(__name__)

POLL_SECONDS = 2.0  # how often --export looks at the comment server's database


def regenerate(settings_file: str, export: bool = False) -> None:
    """Build the site with *settings_file*, then keep it up to date until Ctrl-C (and, with
    *export*, export the comment server's changes as they come)."""
    init_logging(level=logging.WARNING, name="pelican")
    try:
        watch(settings_file, export)
    except KeyboardInterrupt:
        print()  # Ctrl-C ends the loop, as it ends `pelican -r`


def watch(settings_file: str, export: bool = False) -> None:
    """Build, then at each change bake or build again, forever."""
    settings = read_settings(settings_file)
    exporter = exporter_of(settings) if export else None
    site = build(settings)
    settings_path = str(Path(settings_file).resolve())
    while True:
        for changed in changes(settings_file, settings, POLL_SECONDS if exporter else None):
            if exporter is not None:
                export_changes(exporter)  # its files come back through the watch, and are baked
            if not changed:
                continue
            if site is not None and only_the_export(changed, settings) and bake(site, changed):
                continue
            print(f"-> Modified: {', '.join(sorted(changed))}. Building again...")
            if settings_path in changed:
                break
            site = build(settings)
        settings = read_settings(settings_file)
        # Pelican's content cache does not know the settings changed: read every post afresh.
        site = build({**settings, "LOAD_CONTENT_CACHE": False})


def exporter_of(settings: dict):
    """Return the in-process export of the comment server's database (its COMMENT_SERVER_*
    variables) into the site's comment export folder (COMMENTS_PATH)."""
    from .export import Exporter  # SQLAlchemy and the server's modules only for --export

    return Exporter.from_env(Path(settings["PATH"]) / settings.get("COMMENTS_PATH", "comments"))


def changes(settings_file: str, settings: dict, timeout: float | None) -> Iterator[set[str]]:
    """Yield the paths changed in what `pelican -r` watches (the settings file, the theme, the
    content and its static paths), as they change; with *timeout*, an empty set after that
    many seconds without a change. One watcher throughout: a change made during a build or a
    bake is seen next."""
    content = settings.get("PATH", "")
    candidates = [settings_file, settings.get("THEME", ""), content]
    candidates += [os.path.join(content, path) for path in settings.get("STATIC_PATHS", [])]
    paths = [os.path.abspath(path) for path in candidates if path and os.path.exists(path)]
    watcher = watchfiles.watch(
        *paths,
        watch_filter=FileChangeFilter(ignore_file_patterns=set(settings.get("IGNORE_FILES", []))),
        rust_timeout=int(timeout * 1000) if timeout else 0,
        yield_on_timeout=True,
    )
    for batch in watcher:
        yield {path for _, path in batch}


def export_changes(exporter) -> None:
    """Export the comment server's changes; on an error (the database unreachable, say), log it
    (the next look tries again)."""
    try:
        exporter.export()
    except Exception as error:  # the loop goes on: the site is still there to bake and build
        logger.warning("export: %s; trying again in %.0f s", error, POLL_SECONDS)


def build(settings: dict) -> Site | None:
    """Build the whole site; on an error, log it and return None (the next change builds again)."""
    try:
        return Site.build(settings)
    except Exception as error:  # the loop goes on, as `pelican -r` does, and says what went wrong
        logger.warning('Caught exception:\n"%s".', error, exc_info=settings.get("DEBUG", False))
        return None


def bake(site: Site, files: set[str]) -> bool:
    """Bake the changed export *files* into *site*'s pages; on an error, log it and return False."""
    started = time.perf_counter()
    try:
        written = site.bake(files)
    except Exception as error:  # then the whole site is built again
        logger.warning("bake: %s; building the whole site again", error, exc_info=True)
        return False
    took = time.perf_counter() - started
    pages = f"{len(written)} page" + ("" if len(written) == 1 else "s")
    print(f"-> Baked the comment export into {pages} in {took:.2f} s")
    return True


def only_the_export(changed: set[str], settings: dict) -> bool:
    """Return whether every changed file is in the comment export folder (COMMENTS_PATH)."""
    folder = (Path(settings["PATH"]) / settings.get("COMMENTS_PATH", "comments")).resolve()
    return bool(changed) and all(Path(path).resolve().is_relative_to(folder) for path in changed)
