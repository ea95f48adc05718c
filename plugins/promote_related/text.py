"""Plain text and link targets of rendered HTML, read with lxml."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from lxml import etree

# Elements whose text is not prose a reader sees.
_SKIPPED = ("script", "style", "template", "noscript")
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class PageText:
    """The visible text of a page and the targets of its links."""

    text: str
    hrefs: tuple[str, ...]


def read_html(markup: str) -> PageText:
    """Return the visible text and the link targets of an HTML fragment."""
    if not markup or not markup.strip():
        return PageText("", ())
    # One parser per call: lxml parsers must not be shared between threads (feeds load in threads).
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    root = etree.fromstring(markup, parser)
    if root is None:
        return PageText("", ())
    etree.strip_elements(root, *_SKIPPED, with_tail=False)
    hrefs = tuple(str(href) for href in root.xpath("//a/@href"))
    return PageText(" ".join(root.itertext()), hrefs)


def plain_title(title: str) -> str:
    """Return a title as plain text: markup dropped, entities decoded."""
    if "<" not in title and "&" not in title:
        return title
    return html.unescape(_TAG.sub("", title)).strip()
