"""Pelican's writer, rendering only the pages the bake picks; the others are left as they are."""

from __future__ import annotations

import os
from collections import ChainMap
from collections.abc import Callable, Iterator, Mapping

from pelican.paginator import Page, Paginator
from pelican.writers import Writer

Picker = Callable[[Mapping], bool]


class PickingWriter(Writer):
    """Render and write a page only when *picks* says yes to its template context.

    The generators run as in a full build (same order, same pagination, same context), so a picked
    page is byte for byte what a full build writes; a page not picked is neither rendered nor
    touched. Of a paginated listing (the index, an author's pages: 1,667 pages each at 10,000
    posts), only the pages picked are gone through.
    """

    def __init__(self, output_path: str, settings: dict, picks: Picker) -> None:
        super().__init__(output_path, settings=settings)
        self.picks = picks
        self.written: list[str] = []
        self._skipping = False

    def write_file(
        self,
        name,
        template,
        context,
        relative_urls=False,
        paginated=None,
        template_name=None,
        override_output=False,
        url=None,
        **kwargs,
    ) -> None:
        """Write the page *name* as Pelican's writer does if it is picked; of a paginated
        listing, write the pages picked."""
        picked = _PickedTemplate(template, self)
        options = {
            "relative_urls": relative_urls,
            "template_name": template_name,
            "override_output": override_output,
            "url": url,
        }
        lists = self.paginated_lists(paginated, template_name, kwargs)
        if lists is None:
            super().write_file(name, picked, context, paginated=paginated, **options, **kwargs)
            return
        for page, page_kwargs in self.picked_pages(
            name, url, template_name, lists, kwargs, context
        ):
            # `paginated={}`: Pelican's writer then writes this one page with these template
            # variables, as its own loop over the pages does (Pelican 4.12, Writer.write_file).
            super().write_file(
                page.save_as, picked, context, paginated={}, **options, **page_kwargs
            )

    def paginated_lists(self, paginated, template_name, kwargs: dict) -> dict | None:
        """Return the lists of posts Pelican's writer paginates on this page (None: the page is
        not a paginated listing), as Writer.write_file decides it."""
        if paginated is None:
            paginated = {key: val for key, val in kwargs.items() if key in {"articles", "dates"}}
        if paginated and template_name in self.settings["PAGINATED_TEMPLATES"]:
            return paginated
        return None

    def picked_pages(
        self, name: str, url, template_name: str, lists: dict, kwargs: dict, context: Mapping
    ) -> Iterator[tuple[Page, dict]]:
        """Yield each page of a paginated listing that is picked, with its template variables,
        made as Pelican 4.12's Writer.write_file makes them (its pagination loop, without the
        writing). A page is picked on its posts (`{key}_page`) alone: the previous and next pages
        are made only for the pages picked (at 10,000 posts, one of 1,667 pages of the index)."""
        per_page = (
            self.settings["PAGINATED_TEMPLATES"][template_name]
            or self.settings["DEFAULT_PAGINATION"]
        )
        paginators = {
            key: Paginator(name, url, posts, self.settings, per_page)
            for key, posts in lists.items()
        }
        for number in range(1, next(iter(paginators.values())).num_pages + 1):
            pages = {key: paginator.page(number) for key, paginator in paginators.items()}
            shown = {f"{key}_page": page for key, page in pages.items()}
            if not self.picks(ChainMap(shown, kwargs, context)):
                continue
            page_kwargs = kwargs.copy()
            for key, paginator in paginators.items():
                last = number == paginator.num_pages
                page_kwargs.update(
                    {
                        f"{key}_paginator": paginator,
                        f"{key}_page": pages[key],
                        f"{key}_previous_page": paginator.page(number - 1) if number > 1 else None,
                        f"{key}_next_page": None if last else paginator.page(number + 1),
                    }
                )
            *_, page = pages.values()  # Pelican writes the page where its last paginator's goes
            yield page, page_kwargs

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
