"""Posts in a format no reader of the build reads: Pelican leaves them out without a word.

A blog whose notebooks (`.ipynb`), Org or AsciiDoc posts were read by a plugin it did not bring
along lost those posts, and nothing in the build said so.
"""

from __future__ import annotations

import json
import logging
import os
import re

logger = logging.getLogger(__name__)

# Formats of Pelican's reader plugins, and how to keep the posts written in them.
OTHER_FORMATS = {
    "ipynb": "notebooks: pip install pelican-jupyter, add its markup module to PLUGINS and "
    '"ipynb" to MARKUP, as its README says, or turn each into Markdown (`jupyter nbconvert '
    "--to markdown`)",
    "org": "Org posts: install the Org reader plugin your old blog used and list it in PLUGINS, "
    "or turn each into Markdown (`pandoc -o post.md post.org`)",
    "adoc": "AsciiDoc posts: install the AsciiDoc reader plugin your old blog used and list it "
    "in PLUGINS, or turn each into Markdown",
    "asciidoc": "AsciiDoc posts: install the AsciiDoc reader plugin your old blog used and list "
    "it in PLUGINS, or turn each into Markdown",
    "rmd": "R Markdown posts: install the R Markdown reader plugin your old blog used and list "
    "it in PLUGINS, or knit each into Markdown",
}
# A notebook is a post when pelican-jupyter could have read its metadata: a sidecar file, or
# `- Title: …` lines in its first cell (a notebook a post only includes has neither).
SIDECARS = (".nbdata", ".ipynb-meta")
TITLE_LINE = re.compile(r"^\W*title\s*:", re.IGNORECASE | re.MULTILINE)
# An Org file is a post when it has a title, as the Org readers ask (a TODO list has none).
ORG_TITLE = re.compile(r"^#\+title:", re.IGNORECASE | re.MULTILINE)


def name_unread_posts(generator, paths: list[str], exclude: list[str]) -> None:
    """Warn once about the files under *paths* that are posts in a format no reader reads."""
    unread = [f for f in OTHER_FORMATS if f not in generator.readers.extensions]
    if not unread:
        return
    static = [_normal(p) for p in generator.settings.get("STATIC_PATHS", [])]
    found: dict[str, list[str]] = {}
    # Pelican compares extensions as written: "analysis.Rmd" is not "rmd"
    spellings = tuple({s for f in unread for s in (f, f.capitalize(), f.upper())})
    files = generator.get_files(paths, exclude=exclude, extensions=spellings)
    for name in sorted(_normal(f) for f in files):
        if _is_static(name, static) or not _is_a_post(os.path.join(generator.path, name)):
            continue
        found.setdefault(name.rsplit(".", 1)[1].lower(), []).append(name)
    for extension, names in found.items():
        logger.warning(
            "front_matter: %d .%s file%s (e.g. %s) no reader of this build reads: Pelican "
            "leaves them out without a word; to keep these %s",
            len(names),
            extension,
            "s" if len(names) > 1 else "",
            names[0],
            OTHER_FORMATS[extension],
        )


def _normal(path: str) -> str:
    return os.path.normpath(path).replace(os.sep, "/")


def _is_static(name: str, static: list[str]) -> bool:
    """Return whether *name* is a STATIC_PATHS entry or lies under one (a file or a folder)."""
    return any(name == entry or name.startswith(entry + "/") for entry in static)


def _is_a_post(path: str) -> bool:
    """Return whether the file at *path* is a post: a notebook only with pelican-jupyter's
    metadata beside it or in its first cell, an Org file only with a #+TITLE."""
    lowered = path.lower()
    if lowered.endswith(".org"):
        return bool(ORG_TITLE.search(_text(path)))
    if not lowered.endswith(".ipynb"):
        return True
    stem = path[: -len(".ipynb")]
    if any(os.path.exists(stem + sidecar) for sidecar in SIDECARS):
        return True
    try:
        cells = json.loads(_text(path)).get("cells")
    except (ValueError, AttributeError):
        return False
    if not isinstance(cells, list) or not cells or not isinstance(cells[0], dict):
        return False
    source = cells[0].get("source", "")
    return bool(TITLE_LINE.search("".join(source) if isinstance(source, list) else str(source)))


def _text(path: str) -> str:
    """Return the text of the file at *path*, "" when it cannot be read."""
    try:
        with open(path, encoding="utf-8", errors="replace") as infile:
            return infile.read()
    except OSError:
        return ""
