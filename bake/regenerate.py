"""`invoke regenerate`: build, then at each change bake (only the export changed) or build again."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from pelican.log import init as init_logging
from pelican.settings import read_settings
from pelican.utils import wait_for_changes

from .site import Site

logger = logging.getLogger(__name__)


def regenerate(settings_file: str) -> None:
    """Build the site with *settings_file*, then keep it up to date until Ctrl-C."""
    init_logging(level=logging.WARNING, name="pelican")
    try:
        watch(settings_file)
    except KeyboardInterrupt:
        print()  # Ctrl-C ends the loop, as it ends `pelican -r`


def watch(settings_file: str) -> None:
    """Build, then at each change bake or build again, forever."""
    settings = read_settings(settings_file)
    site = build(settings)
    while True:
        changed = {path for _, path in wait_for_changes(settings_file, settings)}
        if site is not None and only_the_export(changed, settings) and bake(site):
            continue
        print(f"-> Modified: {', '.join(sorted(changed))}. Building again...")
        if str(Path(settings_file).resolve()) not in changed:
            site = build(settings)
            continue
        settings = read_settings(settings_file)
        # Pelican's content cache does not know the settings changed: read every post afresh.
        site = build({**settings, "LOAD_CONTENT_CACHE": False})


def build(settings: dict) -> Site | None:
    """Build the whole site; on an error, log it and return None (the next change builds again)."""
    try:
        return Site.build(settings)
    except Exception as error:  # the loop goes on, as `pelican -r` does, and says what went wrong
        logger.warning('Caught exception:\n"%s".', error, exc_info=settings.get("DEBUG", False))
        return None


def bake(site: Site) -> bool:
    """Bake the export's changes into *site*'s pages; on an error, log it and return False."""
    started = time.perf_counter()
    try:
        written = site.bake()
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
