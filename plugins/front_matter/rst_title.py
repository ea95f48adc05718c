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
    """Make the sections after the first heading its subsections when that heading holds the
    post's fields, so that docutils' DocTitle takes it for the title and DocInfo its fields."""

    default_priority = 315  # docutils' DocTitle (320) promotes a lone heading of the top level

    def apply(self, **kwargs) -> None:
        """Move the document's children after its first heading into that heading's section."""
        document = self.document
        index = document.first_child_not_matching_class(nodes.PreBibliographic)
        if index is None or len(document) == index + 1:
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
        found = getattr(document.settings, SHARED, None)
        if found is not None:
            heading = later[0][0]  # docutils' line of a heading is its underline's
            found.append((first[0].astext(), heading.astext(), heading.line and heading.line - 1))


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
        if found:
            warn_shared_underline(self, source_path, *found[0])
        return read


def warn_shared_underline(reader, source_path: str, title: str, section: str, line) -> None:
    """Warn that the post's title and its section *section* (at *line*) share one underline."""
    from .reader import _shown_path  # reader.py imports this module

    where = f"{_shown_path(source_path, reader.settings)}:{line}" if line else source_path
    logger.warning(
        "front_matter: %s: the section `%s` is underlined as the title `%s` is, so docutils saw "
        "no title and Pelican would leave the post out; it is read with `%s` as its title: "
        "underline the sections with another character than the title's",
        where,
        section,
        title,
        title,
    )
