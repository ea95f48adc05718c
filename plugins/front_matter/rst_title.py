"""A reStructuredText post whose title and sections share one underline, read with its title.

docutils takes a post's first heading for its title only when it is the document's one heading
of the top level. A blogger who underlines the title and the sections alike (`=` under each)
gives docutils two or more headings of the top level: no title, and the post's fields (`:date:`,
`:tags:`, under the first heading) not the post's metadata. Pelican said "Document title missing"
and left the post out for want of a date, at error level (which stopped `invoke build`). Such a
post (its first heading holding its fields) is read as meant: the headings after the first become
its sections, and a warning names the file and what to underline.
"""

from __future__ import annotations

import functools
import logging

from docutils import nodes
from docutils.transforms import Transform

logger = logging.getLogger(__name__)

# The docutils setting a reading records the shared underline in (a list of TitleShared).
SHARED = "goldstar_shared_underline"


class OneTitle(Transform):
    """Put the post's fields under its first heading when they come before it, and make the
    sections after that heading its subsections when it holds the fields, so that docutils'
    DocTitle takes the heading for the title and DocInfo the fields for the post's."""

    default_priority = 315  # docutils' DocTitle (320) promotes a lone heading of the top level

    def apply(self, **kwargs) -> None:
        """Move the fields under the first heading, then the later headings into its section."""
        document = self.document
        found = getattr(document.settings, SHARED, None)
        found = found if found is not None else []
        index = document.first_child_not_matching_class(nodes.PreBibliographic)
        if index is None:
            return
        if isinstance(document[index], nodes.field_list):
            _fields_under_title(document, index, found)
        if len(document) == index + 1:
            return
        first = document[index]
        if not isinstance(first, nodes.section) or not _fields_first(first):
            return
        later = [child for child in document[index + 1 :] if isinstance(child, nodes.section)]
        if not later:
            return
        for child in list(document[index + 1 :]):
            document.remove(child)
            first.append(child)
        heading = later[0][0]
        found.append((SHARED_UNDERLINE, _line(heading), heading.astext(), first[0].astext()))


def _fields_under_title(document: nodes.document, index: int, found: list) -> None:
    """Move the field list at *index*, written before the post's first heading (as Markdown's
    lines are), under that heading: docutils read no title above it, and the page's heading and
    `<title>` were empty."""
    fields = document[index]
    after = document.first_child_not_matching_class(nodes.PreBibliographic, start=index + 1)
    if after is None or not isinstance(document[after], nodes.section):
        return
    section = document[after]
    document.remove(fields)
    section.insert(1, fields)  # after its title
    found.append((FIELDS_FIRST, fields.line, section[0].astext()))


def _line(heading: nodes.title) -> int | None:
    """Return the line of *heading*'s text (docutils' line of a heading is its underline's)."""
    return heading.line - 1 if heading.line else None


SHARED_UNDERLINE = (
    "the section `{0}` is underlined as the title `{1}` is, so docutils saw no title and Pelican "
    "would leave the post out; it is read with `{1}` as its title: underline the sections with "
    "another character than the title's"
)
FIELDS_FIRST = (
    "the post's fields come before its title `{0}`, where docutils reads no title (the page's "
    "heading was empty); they are read under it: move them under the title's underline"
)


def _fields_first(section: nodes.section) -> bool:
    """Return whether *section*'s heading is followed by a field list (the post's fields)."""
    index = section.first_child_not_matching_class((nodes.title, nodes.PreBibliographic))
    return index is not None and isinstance(section[index], nodes.field_list)


@functools.cache
def with_one_title(writer_class: type) -> type:
    """Return *writer_class* with the OneTitle transform."""

    class OneTitleWriter(writer_class):  # type: ignore[misc, valid-type]
        def get_transforms(self) -> list:
            return [*super().get_transforms(), OneTitle]

    return OneTitleWriter


class SharedUnderline:
    """Mixin for Pelican's reStructuredText reader: a post whose title and sections share one
    underline is read with its first heading as its title (see the module's docstring)."""

    def read(self, source_path: str):
        """Return what docutils read with OneTitle, warning when it moved the sections."""
        found: list = []
        strict = self.settings  # type: ignore[has-type]
        docutils = {**(strict.get("DOCUTILS_SETTINGS") or {}), SHARED: found}
        self.settings = {**strict, "DOCUTILS_SETTINGS": docutils}
        writer = self.writer_class  # type: ignore[has-type]
        self.writer_class = with_one_title(writer)
        try:
            read = super().read(source_path)  # type: ignore[misc]
        finally:
            self.settings = strict
            self.writer_class = writer
        shown = _shown(source_path, self.settings)  # type: ignore[has-type]
        for message in dict.fromkeys(found):  # once each: a post may be read twice
            warn_title(shown, *message)
        return read


def _shown(source_path: str, settings: dict) -> str:
    """Return *source_path* as the blogger knows it (reader.py's `_shown_path`)."""
    from .reader import _shown_path  # reader.py imports this module

    return _shown_path(source_path, settings)


def warn_title(shown: str, message: str, line: int | None, *names: str) -> None:
    """Warn, naming the post *shown* and the *line*, what was moved for its title, and why."""
    where = f"{shown}:{line}" if line else shown
    logger.warning("front_matter: %s: %s", where, message.format(*names))
