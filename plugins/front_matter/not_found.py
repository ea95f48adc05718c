"""A blog's own "not found" page (`Save_as: 404.html`, as Pelican's tips show it) is the text of
the theme's 404 page, where it was written elsewhere with a warning and the theme's own words."""

from __future__ import annotations

import posixpath

from jinja2 import TemplateNotFound

NOT_FOUND_KEY = "not_found_page"  # context: the page whose title and text the 404 page shows
# The lists of a PagesGenerator a blog's own 404 page may be in (`Status: hidden`, as Pelican's
# tips write it, or published).
LISTS = ("hidden_pages", "pages")


def not_found_path(settings: dict) -> str | None:
    """Return where the theme's 404 page is written, or None when DIRECT_TEMPLATES has none."""
    if "404" not in settings.get("DIRECT_TEMPLATES", ()):
        return None
    path = settings.get("404_SAVE_AS", "404.html")
    return posixpath.normpath(path) if path else None


def take_not_found_page(generator) -> None:
    """Give the theme's 404 page the text of a page written to its address, and write that page
    nowhere else: its title and words are the blogger's, its links from the site's root as the
    404 page's are (a static host serves it at any missing address).

    Without it, the page went to an address of its slug (`not-found/`), which no missing address
    shows, and the 404 page kept the theme's words.
    """
    path = not_found_path(generator.settings)
    generator.context.pop(NOT_FOUND_KEY, None)
    if path is None or not theme_shows_it(generator):
        return
    for name in LISTS:
        pages = getattr(generator, name, [])
        for page in pages:
            if page.save_as and posixpath.normpath(page.save_as) == path:
                pages.remove(page)  # in place: the context holds the same list
                generator.context[NOT_FOUND_KEY] = page
                return


def theme_shows_it(generator) -> bool:
    """Return whether the theme's 404.html shows a page it is given (Goldstar's does): in another
    theme's, the page taken away would be lost, so it keeps the address Pelican gives it."""
    try:
        source, _, _ = generator.env.loader.get_source(generator.env, "404.html")
    except TemplateNotFound:
        return False
    return NOT_FOUND_KEY in source
