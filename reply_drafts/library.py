"""The template library of one language: built-in files, the author's own, minus those turned off.

Built-ins live in `reply_drafts/templates/<language>/*.toml`; the author's in any folder given
(the blog's `content/thank_you/`), or as (name, text) pairs when a caller has their text but not the
files (the comment server, from the build's facts). An author entry with the id of a built-in
replaces it; an id in *disabled* ("star.great-big", "template.classic") turns an entry off. A
language without a template falls back to English.
"""

import functools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from reply_drafts.entries import PHRASE_SECTIONS, Entry, read_file, read_text

BUILTIN = Path(__file__).resolve().parent / "templates"
FALLBACK_LANGUAGE = "en"


@dataclass(frozen=True)
class Library:
    """The usable entries of one language, by section, and the problems met loading them."""

    language: str
    sections: dict = field(default_factory=dict)
    problems: tuple[str, ...] = ()

    def entries(self, section: str) -> tuple[Entry, ...]:
        """Return the enabled entries of *section*, in file order."""
        return self.sections.get(section, ())

    def keys(self) -> frozenset:
        """Return the ids of every entry, enabled or not, for checking a list of ids."""
        return self.sections.get("_all_keys", frozenset())


def builtin_languages() -> list[str]:
    """Return the languages the built-in library speaks."""
    return sorted(path.name for path in BUILTIN.iterdir() if path.is_dir())


def _toml_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.glob("*.toml") if path.is_file())


def _signature(dirs: tuple) -> tuple:
    # Re-read the author's files when one changes: the server keeps running while they edit.
    stamps = []
    for folder in dirs:
        for path in _toml_files(Path(folder)) if Path(folder).is_dir() else []:
            stat = path.stat()
            stamps.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(stamps)


def _read_all(language: str, dirs: tuple, texts: tuple) -> tuple[list[Entry], list[str]]:
    entries: list[Entry] = []
    problems: list[str] = []
    for path in _toml_files(BUILTIN / language) if (BUILTIN / language).is_dir() else []:
        found = read_file(path, language)
        entries += found.entries
        problems += found.problems
    own = [
        read_file(path)
        for folder in dirs
        if Path(folder).is_dir()
        for path in _toml_files(Path(folder))
    ]
    own += [read_text(text, name) for name, text in texts]
    for found in own:
        problems += found.problems
        entries += [entry for entry in found.entries if found.language == language]
    return entries, problems


@functools.lru_cache(maxsize=32)
def _load(
    language: str, dirs: tuple, disabled: frozenset, signature: tuple, texts: tuple = ()
) -> Library:
    entries, problems = _read_all(language, dirs, texts)
    merged: dict[str, Entry] = {}
    for entry in entries:  # later files (the author's) replace built-ins with the same id
        merged[entry.key] = entry
    sections = {
        section: tuple(e for e in merged.values() if e.section == section and e.key not in disabled)
        for section in ("template", *PHRASE_SECTIONS)
    }
    sections["_all_keys"] = frozenset(merged)
    return Library(language, sections, tuple(problems))


def load_library(
    language: str = "en",
    dirs: tuple = (),
    disabled: frozenset = frozenset(),
    texts: tuple[tuple[str, str], ...] = (),
) -> Library:
    """Return the library for *language* with the author's *dirs* and *texts* added and
    *disabled* ids off."""
    dirs = tuple(os.fspath(folder) for folder in dirs)
    disabled = frozenset(disabled)
    library = _load(language, dirs, disabled, _signature(dirs), tuple(texts))
    base = re.split(r"[-_]", language)[0]  # "fr_FR" or "fr-CA" drafts in "fr"
    if base != language and not library.entries("template"):
        regional = library
        library = _load(base, dirs, disabled, _signature(dirs), tuple(texts))
        library = Library(library.language, library.sections, regional.problems + library.problems)
    if library.language != FALLBACK_LANGUAGE and not library.entries("template"):
        english = _load(FALLBACK_LANGUAGE, dirs, disabled, _signature(dirs), tuple(texts))
        note = no_templates_note(language)
        return Library(english.language, english.sections, (*library.problems, note))
    return library


def no_templates_note(language: str) -> str:
    """Return the problem a library for *language*, which has no templates, reports."""
    return f"language {language!r} has no templates; drafting in {FALLBACK_LANGUAGE!r}"


def drafting_language(language: str, dirs: tuple = (), default: str = FALLBACK_LANGUAGE) -> str:
    """Return the language a draft asked for in *language* is written in: *language* itself or
    its base ("fr" for "fr_CA") when either has templates (built in or in *dirs*), else
    *default*."""
    found = load_library(language, dirs).language
    return found if found in (language, re.split(r"[-_]", language)[0]) else default


def check_templates(
    dirs: tuple, disabled: frozenset = frozenset(), language: str = "en"
) -> list[str]:
    """Return one line per problem in the author's template *dirs* and *disabled* ids."""
    library = load_library(language, dirs, frozenset())
    problems = list(library.problems)
    known = library.keys()
    for key in sorted(disabled):
        if key not in known:
            problems.append(f'unknown id {key!r} to turn off (ids look like "star.great-big")')
    enabled = load_library(language, dirs, frozenset(disabled))
    if not enabled.entries("template"):
        problems.append("every template is turned off; drafts use a plain built-in shape")
    return problems
