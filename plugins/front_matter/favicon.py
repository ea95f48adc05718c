"""The blog's own icon in the browser's tab, where the theme's gold star was.

A Pelican blog brings its icon as a static file written at the site's root (`EXTRA_PATH_METADATA =
{"extra/favicon.ico": {"path": "favicon.ico"}}`), or names it with its old theme's `FAVICON`
setting (`FAVICON = "images/favicon.png"`, pelican-bootstrap3's and Flex's). Browsers take the
icon a page links before `/favicon.ico`, and the theme linked its own: every moved blog had
Goldstar's star for an icon. `site_favicon` gives the theme the blog's icon to link instead.
"""

from __future__ import annotations

import logging
import posixpath

logger = logging.getLogger(__name__)

FAVICON_KEY = "site_favicon"  # context: {"url": path from the site's root, "type": MIME type}
# The icons a site may write at its root, in the order browsers would take them.
ROOT_ICONS = ("favicon.svg", "favicon.png", "favicon.ico")
TYPES = {".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon", ".gif": "image/gif"}


def find_site_favicon(generators: list) -> None:
    """Give the templates the blog's own icon: the file FAVICON names, else one at the root."""
    if not generators:
        return
    context = generators[0].context
    context.pop(FAVICON_KEY, None)
    written = {
        posixpath.normpath(static.save_as)
        for static in context.get("static_content", {}).values()
        if getattr(static, "save_as", None)
    }
    named = favicon_setting(context)
    if named:
        if named in written:
            context[FAVICON_KEY] = icon(named)
        else:
            logger.warning(
                "front_matter: FAVICON = %r names no file the site writes (%s), so pages link "
                "the theme's icon: add the file to STATIC_PATHS, or fix the path",
                context.get("FAVICON"),
                named,
            )
        return
    for name in ROOT_ICONS:
        if name in written:
            context[FAVICON_KEY] = icon(name)
            return


def favicon_setting(context: dict) -> str:
    """Return the path from the site's root that FAVICON names ("" for none): written bare
    (`images/favicon.png`), from the root (`/images/…`) or after SITEURL, as themes took it."""
    named = context.get("FAVICON")
    if not isinstance(named, str) or not named.strip():
        return ""
    named = named.strip()
    siteurl = (context.get("SITEURL") or "").rstrip("/")
    if siteurl and named.startswith(siteurl + "/"):
        named = named[len(siteurl) + 1 :]
    return posixpath.normpath(named.lstrip("/"))


def icon(path: str) -> dict:
    """Return the icon at *path* as the templates link it."""
    return {"url": path, "type": TYPES.get(posixpath.splitext(path)[1].lower(), "")}
