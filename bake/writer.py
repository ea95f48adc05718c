"""Pelican's writer, rendering only the pages the bake picks; the others are left as they are."""

from __future__ import annotations

import os
from collections.abc import Callable

from pelican.writers import Writer

Picker = Callable[[dict], bool]


class PickingWriter(Writer):
    """Render and write a page only when *picks* says yes to its template context.

    The generators run as in a full build (same order, same pagination, same context), so a picked
    page is byte for byte what a full build writes; a page not picked is neither rendered nor
    touched.
    """

    def __init__(self, output_path: str, settings: dict, picks: Picker) -> None:
        super().__init__(output_path, settings=settings)
        self.picks = picks
        self.written: list[str] = []
        self._skipping = False

    def write_file(self, name, template, context, *args, **kwargs) -> None:
        """Write the page *name* as Pelican's writer does, if it is picked."""
        super().write_file(name, _PickedTemplate(template, self), context, *args, **kwargs)

    def pick(self, context: dict) -> bool:
        """Return whether the page of *context* is written, and remember it for `_open_w`."""
        self._skipping = not self.picks(context)
        return not self._skipping

    def _open_w(self, filename, encoding, override=False):
        # Pelican's writer opens the file after rendering; a page not picked goes nowhere.
        if self._skipping:
            return open(os.devnull, "w", encoding=encoding)
        self.written.append(filename)
        return super()._open_w(filename, encoding, override)


class _PickedTemplate:
    """A template that renders only the pages its writer picks (an empty text for the others)."""

    def __init__(self, template, writer: PickingWriter) -> None:
        self.template = template
        self.writer = writer

    def render(self, context: dict) -> str:
        """Return the page, or "" when it is not picked (and so not written)."""
        return self.template.render(context) if self.writer.pick(context) else ""
