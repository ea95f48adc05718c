"""Derive Goldstar thread ids (docs/contracts.md) from the URLs and slugs other systems keep."""

import posixpath
import re
from urllib.parse import unquote, urlsplit

THREAD_ID = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}$")
# A page named like a folder (`/post/index.html`) is the folder's page: the folder names the post.
INDEX_PAGES = {"index", "default"}
PAGE_EXTENSIONS = {".html", ".htm", ".php", ".asp", ".aspx", ".shtml", ".xhtml"}


def slug_thread_id(text: str) -> str | None:
    """Return *text* slugified as Pelican slugifies titles, or None if nothing valid is left."""
    # Imported lazily: only the import command needs Pelican, and it is slow to import for `serve`.
    from pelican.settings import DEFAULT_CONFIG
    from pelican.utils import slugify

    slug = slugify(text, regex_subs=DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"])[:200]
    return slug if THREAD_ID.match(slug) else None


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
