"""Compiled templates kept between builds: Jinja's bytecode cache, in Pelican's CACHE_PATH.

Pelican makes a new Jinja environment for every build, which compiled the theme's templates again
each time: about 0.15 CPU s of a build (issue 17, item 5). Jinja keeps each compiled template with
a checksum of its source, so an edited template is compiled afresh. The folder is named for what
else the compiled code depends on: Jinja's version and the JINJA_ENVIRONMENT options
(`trim_blocks`, `extensions`, what `autoescape` decides...) and the filters and tests the
environment has (whether a filter takes the context is compiled in). Like Pelican's content
cache, it is kept only while CACHE_CONTENT is on (publishconf.py turns it off: what you publish is
built from scratch), and a build with LOAD_CONTENT_CACHE off (`invoke rebuild`, `pelican
--ignore-cache`) compiles every template afresh.
"""

import hashlib
import logging
import os
import re
import shutil
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
    try:
        folder = compiled_templates_folder(settings, generator.env)
    except Exception as error:  # a filter's repr that fails: the build goes on without the cache
        logger.warning(
            "goldstar: the compiled templates' folder cannot be named (%s: %s); templates are "
            "compiled at every build",
            type(error).__name__,
            error,
        )
        return
    try:
        if not settings.get("LOAD_CONTENT_CACHE", True):  # `invoke rebuild`, `--ignore-cache`
            shutil.rmtree(folder, ignore_errors=True)
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


def compiled_templates_folder(settings: dict, env: jinja2.Environment | None = None) -> Path:
    """Return the folder of the compiled templates for this Jinja version, these Jinja options
    and *env*'s filters, tests and extensions: compiled code depends on all of them (whether a
    filter takes the context, what autoescape decided for a file name)."""
    options = sorted((str(key), fingerprint(value)) for key, value in _jinja_options(settings))
    parts = [jinja2.__version__, repr(options)]
    if env is not None:
        for table in (env.filters, env.tests):
            parts += [f"{name}={fingerprint(value)}" for name, value in sorted(table.items())]
        parts += sorted(env.extensions)
    key = hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]
    return Path(settings.get("CACHE_PATH") or "cache") / FOLDER / key


def fingerprint(value: object, within: frozenset[int] = frozenset()) -> str:
    """Return what *value* is, the same from build to build: a function by its code, its
    constants and what its closure holds (two `select_autoescape(...)` differ only there), and
    how Jinja passes it arguments; anything else by its repr, without memory addresses.
    *within* holds the functions whose closures led here: a recursive nested function holds
    itself, and is then named, not read again."""
    code = getattr(value, "__code__", None)
    if code is None:
        return _ADDRESS.sub("", repr(value))
    if id(value) in within:
        return f"again:{value.__qualname__}"
    inner = within | {id(value)}
    cells = [_held(cell.cell_contents, inner) for cell in (value.__closure__ or ())]
    passed = getattr(value, "jinja_pass_arg", None)
    text = f"{value.__qualname__}|{_code(code)}|{cells}|{passed}"
    return hashlib.sha256(_ADDRESS.sub("", text).encode()).hexdigest()[:16]


def _code(code: object) -> str:
    """Return a function's code as text that is the same in every process."""
    return f"{code.co_code.hex()}|{_constant(code.co_consts)}"


def _constant(value: object) -> str:
    """Return a code constant as text that is the same in every process: a frozenset's order
    follows string hashes, which change from process to process (`x in {"a", "b"}`)."""
    if isinstance(value, frozenset):
        return "{" + ",".join(sorted(_constant(item) for item in value)) + "}"
    if isinstance(value, tuple):
        return "(" + ",".join(_constant(item) for item in value) + ")"
    if hasattr(value, "co_code"):
        return _code(value)
    return repr(value)


def _held(value: object, within: frozenset[int]) -> str:
    """Return what a closure holds that may change compiled code: plain values, functions and
    tuples and sets of them (a set's items sorted: its order follows string hashes, which change
    from process to process); of anything else (a build's settings, a site's words) only its
    type."""
    if isinstance(value, (set, frozenset)):
        return "{" + ",".join(sorted(_held(item, within) for item in value)) + "}"
    if isinstance(value, tuple):
        return "(" + ",".join(_held(item, within) for item in value) + ")"
    if value is None or isinstance(value, (str, int, float, bool, bytes)):
        return repr(value)
    return fingerprint(value, within) if callable(value) else type(value).__name__


def _jinja_options(settings: dict) -> list[tuple[object, object]]:
    options = settings.get("JINJA_ENVIRONMENT") or {}
    return list(options.items()) if isinstance(options, dict) else [("", options)]
