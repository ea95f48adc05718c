"""Derive Goldstar thread ids (docs/contracts.md) from the URLs and slugs other systems keep."""

import posixpath
import re
import unicodedata
from urllib.parse import unquote, urlsplit

from markupsafe import Markup
from unidecode import unidecode

THREAD_ID = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}$")
# A page named like a folder (`/post/index.html`) is the folder's page: the folder names the post.
INDEX_PAGES = {"index", "default"}
PAGE_EXTENSIONS = {".html", ".htm", ".php", ".asp", ".aspx", ".shtml", ".xhtml"}
# Pelican's default SLUG_REGEX_SUBSTITUTIONS (pelican/settings.py, 4.12).
SLUG_SUBSTITUTIONS = (
    (r"[^\w\s-]", ""),
    (r"(?u)\A\s*", ""),
    (r"(?u)\s*\Z", ""),
    (r"[-\s]+", "-"),
)


def slug_thread_id(text: str) -> str | None:
    """Return *text* slugified as Pelican slugifies titles, or None if nothing valid is left."""
    slug = pelican_slug(text)[:200]
    return slug if THREAD_ID.match(slug) else None


def pelican_slug(text: str) -> str:
    """Return the slug Pelican's default settings give a post titled *text*.

    pelican.utils.slugify, step for step (tests/server/test_importers.py compares the two): the
    server installs without Pelican (pip install 'goldstar[server]').
    """
    value = unicodedata.normalize("NFKC", Markup(text).striptags())
    value = unidecode(value)
    for pattern, replacement in SLUG_SUBSTITUTIONS:
        value = re.sub(pattern, replacement, value, flags=re.IGNORECASE)
    return value.lower().strip()


def url_thread_id(url: str) -> str | None:
    """Return the thread id the last path segment of *url* (a URL or a path) gives, or None."""
    segments = [unquote(part) for part in urlsplit(url.strip()).path.split("/") if part.strip()]
    while segments:
        stem, extension = posixpath.splitext(segments[-1])
        if extension.lower() not in PAGE_EXTENSIONS:
            stem = segments[-1]
        if stem.lower() not in INDEX_PAGES:
            return slug_thread_id(stem)
        segments.pop()
    return None
