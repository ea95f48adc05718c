"""HTML files in a STATIC_PATHS folder (a slide deck, a demo, a site-verification file).

Pelican's HTML reader reads them as posts too. One without a date was left out as a post and, as
a post's source, not copied either: a `{static}` link to it led nowhere. Goldstar dated it by its
file's time, which made the slide deck a post of the day, on the home page and in the feed. It is
now copied as it is, with a warning saying how to tell Pelican so. A folder that is a post or
page folder too (Pelican's "mixed content in the same directory") holds posts: its HTML files stay
posts, dated as any other (checks.py).
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger(__name__)

HTML = (".html", ".htm")


def static_folder(name: str, settings: dict) -> str | None:
    """Return the STATIC_PATHS entry the HTML file *name* (from PATH) lies in, else None."""
    if not name.lower().endswith(HTML):
        return None
    name = _normal(name)
    for entry in settings.get("STATIC_PATHS", []):
        folder = _normal(entry)
        if folder not in ("", ".") and name.startswith(folder + "/"):
            return None if _holds_posts(folder, settings) else folder
    return None


def _holds_posts(folder: str, settings: dict) -> bool:
    """Return whether *folder* is, holds or lies in a folder ARTICLE_PATHS or PAGE_PATHS names
    (not the whole content folder, Pelican's default)."""
    named = (*settings.get("ARTICLE_PATHS", []), *settings.get("PAGE_PATHS", []))
    for entry in named:
        posts = _normal(entry)
        if posts in ("", "."):
            continue
        if folder == posts or folder.startswith(posts + "/") or posts.startswith(folder + "/"):
            return True
    return False


def copy_static_html(generator) -> None:
    """Have the static generator copy the HTML files of STATIC_PATHS folders that Pelican could
    not read as posts, naming each and how to say so in pelicanconf.py."""
    generated = generator.context.get("generated_content", {})
    for name, content in list(generated.items()):
        folder = static_folder(name, generator.settings)
        if content is not None or folder is None:
            continue
        del generated[name]  # no longer a post's source: Pelican copies it with the static files
        logger.warning(
            "front_matter: %s: an HTML file in STATIC_PATHS' %r, read as a post and left out "
            "for want of a date or a title (Pelican's error above); it is copied as it is: add "
            "%r to ARTICLE_EXCLUDES in pelicanconf.py to say so, or give it a "
            '`<meta name="date">` and a `<title>` to make it a post',
            name,
            folder,
            folder,
        )


def _normal(path: str) -> str:
    return os.path.normpath(path).replace(os.sep, "/").strip("/")
