"""Compiled templates kept between builds: Jinja's bytecode cache, in Pelican's CACHE_PATH.

Pelican makes a new Jinja environment for every build, which compiled the theme's templates again
each time: about 0.15 CPU s of a build (issue 17, item 5). Jinja keeps each compiled template with
a checksum of its source, so an edited template is compiled afresh. The folder is named for what
else the compiled code depends on: Jinja's version and the JINJA_ENVIRONMENT options
(`trim_blocks`, `extensions`, what `autoescape` decides...) and the filters and tests the
environment has (whether a filter takes the context is compiled in), read when the environment
compiles its first template, once every plugin has added its own; a new folder removes the
others this cache made (but those of the build's other environments). Like Pelican's content
cache, it is kept only while CACHE_CONTENT is on (publishconf.py turns it off: what you publish is
built from scratch), and a build with LOAD_CONTENT_CACHE off (`invoke rebuild`, `pelican
--ignore-cache`) compiles every template afresh.
"""

import hashlib
import logging
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from jinja2 import BytecodeCache, FileSystemBytecodeCache
from jinja2.bccache import Bucket

logger = logging.getLogger(__name__)

FOLDER = "jinja"
# The name of a folder this cache made: the key's 16 hex digits.
KEY_FOLDER = re.compile(r"[0-9a-f]{16}")
# Where the build's context holds what the cache made of this build (one for all its generators).
CONTEXT_KEY = "goldstar_compiled_templates"
# A function's repr names its address, new at every build: the key leaves it out.
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


@dataclass
class BuildFolders:
    """The compiled templates' folders of one build, by key (None: it could not be used), and
    whether a key could not be made (said once)."""

    caches: dict[str, FileSystemBytecodeCache | None] = field(default_factory=dict)
    unnamed: bool = False


class CompiledTemplates(BytecodeCache):
    """Jinja's bytecode cache, in the folder named when the environment compiles its first
    template: by then every plugin has added its filters and tests. Pelican makes every
    generator (generator_init, then article_generator_init... of each, in the plugins' order)
    before the first template is loaded, in generate_context (front_matter checks each article's
    template at article_generator_pretaxonomy)."""

    def __init__(self, settings: dict, build: BuildFolders) -> None:
        self.settings = settings
        self.build = build
        self.files: FileSystemBytecodeCache | None = None
        self.opened = False

    def load_bytecode(self, bucket: Bucket) -> None:
        """Load *bucket*'s compiled code, the folder named first if it was not."""
        if not self.opened:
            self.opened = True
            self.files = folder_cache(self.settings, bucket.environment, self.build)
        if self.files is not None:
            self.files.load_bytecode(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Keep *bucket*'s compiled code, if the folder could be used."""
        if self.files is not None:
            self.files.dump_bytecode(bucket)


def keep_compiled_templates(generator) -> None:
    """Have *generator*'s templates compiled once and kept in CACHE_PATH (at generator_init; the
    folder is named when its first template is compiled)."""
    settings = generator.settings
    if not settings.get("CACHE_CONTENT") or getattr(generator, "env", None) is None:
        return
    build = generator.context.setdefault(CONTEXT_KEY, BuildFolders())
    generator.env.bytecode_cache = CompiledTemplates(settings, build)


def folder_cache(
    settings: dict, env: jinja2.Environment, build: BuildFolders
) -> FileSystemBytecodeCache | None:
    """Return the bytecode cache in *env*'s folder, made ready once in this build; None (with a
    warning) if the folder cannot be named or used: the templates are then compiled afresh."""
    try:
        folder = compiled_templates_folder(settings, env)
    except Exception as error:  # a filter's repr that fails: the build goes on without the cache
        if not build.unnamed:
            logger.warning(
                "goldstar: the compiled templates' folder cannot be named (%s: %s); templates "
                "are compiled at every build",
                type(error).__name__,
                error,
            )
        build.unnamed = True
        return None
    if folder.name not in build.caches:
        usable = _ready(folder, settings, kept=build.caches.keys())
        build.caches[folder.name] = FileSystemBytecodeCache(str(folder)) if usable else None
    return build.caches[folder.name]


def _ready(folder: Path, settings: dict, kept) -> bool:
    """Make *folder* ready for this build's compiled templates, and remove the folders of other
    keys when it is new (but those in *kept*, this build's); return whether it can be written."""
    try:
        if not settings.get("LOAD_CONTENT_CACHE", True):  # `invoke rebuild`, `--ignore-cache`
            shutil.rmtree(folder, ignore_errors=True)
        if not folder.is_dir():
            folder.mkdir(parents=True)
            _remove_other_keys(folder, kept)
    except OSError as error:
        logger.warning(
            "goldstar: %s: %s; templates are compiled at every build: check CACHE_PATH",
            folder,
            error,
        )
        return False
    if not os.access(folder, os.W_OK):
        logger.warning(
            "goldstar: %s cannot be written; templates are compiled at every build: check "
            "CACHE_PATH",
            folder,
        )
        return False
    return True


def _remove_other_keys(folder: Path, kept) -> None:
    """Remove the folders this cache made for other keys beside *folder* (an edited filter, a
    Jinja update: each had left its folder behind), but *kept*."""
    for other in folder.parent.iterdir():
        made_here = KEY_FOLDER.fullmatch(other.name) and other.is_dir()
        if made_here and other != folder and other.name not in kept:
            shutil.rmtree(other, ignore_errors=True)


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
