"""Compiled templates kept between builds: Jinja's bytecode cache, in Pelican's CACHE_PATH.

Pelican makes a new Jinja environment for every build, which compiled the theme's templates again
each time: about 0.15 CPU s of a build (issue 17, item 5). Jinja keeps each compiled template with
a checksum of its source, so an edited template is compiled afresh. The folder is named for what
else the compiled code depends on: Jinja's version and the JINJA_ENVIRONMENT options
(`trim_blocks`, `extensions`...). Like Pelican's content cache, it is kept only while
CACHE_CONTENT is on (publishconf.py turns it off: what you publish is built from scratch).
"""

import hashlib
import logging
import os
import re
from pathlib import Path

import jinja2
from jinja2 import FileSystemBytecodeCache

logger = logging.getLogger(__name__)

FOLDER = "jinja"
# A function's repr names its address, new at every build: the key leaves it out.
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def keep_compiled_templates(generator) -> None:
    """Have *generator*'s templates compiled once and kept in CACHE_PATH (at generator_init)."""
    settings = generator.settings
    if not settings.get("CACHE_CONTENT") or getattr(generator, "env", None) is None:
        return
    folder = compiled_templates_folder(settings)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        logger.warning(
            "goldstar: %s: %s; templates are compiled at every build: check CACHE_PATH",
            folder,
            error,
        )
        return
    if not os.access(folder, os.W_OK):
        logger.warning(
            "goldstar: %s cannot be written; templates are compiled at every build: check "
            "CACHE_PATH",
            folder,
        )
        return
    generator.env.bytecode_cache = FileSystemBytecodeCache(str(folder))


def compiled_templates_folder(settings: dict) -> Path:
    """Return the folder of the compiled templates for these Jinja options and Jinja version."""
    options = sorted((str(key), repr(value)) for key, value in _jinja_options(settings))
    text = _ADDRESS.sub("", f"{jinja2.__version__}|{options!r}")
    key = hashlib.sha256(text.encode()).hexdigest()[:16]
    return Path(settings.get("CACHE_PATH") or "cache") / FOLDER / key


def _jinja_options(settings: dict) -> list[tuple[object, object]]:
    options = settings.get("JINJA_ENVIRONMENT") or {}
    return list(options.items()) if isinstance(options, dict) else [("", options)]
