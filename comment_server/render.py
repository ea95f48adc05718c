"""Markdown to safe HTML, once, at write time: Python-Markdown, then nh3 with a tight allowlist.

Links keep only absolute http(s) URLs and get rel="nofollow ugc noopener"; images, styles, classes,
ids and every event attribute are dropped.
"""

import threading

import markdown
import nh3

from comment_contract import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, LINK_REL, URL_SCHEMES

_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
    url_schemes=set(URL_SCHEMES),
    url_relative="deny",
    link_rel=LINK_REL,
    strip_comments=True,
)
_local = threading.local()


def _markdown() -> markdown.Markdown:
    # A Markdown instance is not thread-safe; the store renders in a thread pool.
    if not hasattr(_local, "markdown"):
        _local.markdown = markdown.Markdown(extensions=["fenced_code", "sane_lists"])
    return _local.markdown


def sanitize(html: str) -> str:
    """Return *html* with everything outside the allowlist removed."""
    return _CLEANER.clean(html)


def render(text: str) -> str:
    """Return the sanitized HTML of the Markdown *text*."""
    converter = _markdown()
    try:
        return sanitize(converter.convert(text))
    finally:
        converter.reset()


def count_links(text: str, html: str) -> int:
    """Return how many links a comment carries: anchors in its HTML or bare URLs in its text."""
    bare = text.lower().count("http://") + text.lower().count("https://")
    return max(html.count("<a "), bare)
