"""Plain text and link targets of rendered HTML, read with lxml: prose and code apart.

A post's prose is split into its blocks (paragraphs, list items, headings...), so text that many
posts share (a template paragraph, a sign-off) can be told apart from the post's own; code (`<pre>`
blocks, inline `<code>`) is kept apart from the prose, since identifiers are not topics.
"""

from __future__ import annotations

import html
import re
import threading
from dataclasses import dataclass

from lxml import etree

# Elements whose text is not prose a reader sees.
_SKIPPED = ("script", "style", "template", "noscript")
_CODE = ("pre", "code", "kbd", "samp")
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# Elements whose children are blocks of their own (a list's items, a quote's paragraphs).
_CONTAINERS = frozenset(
    ("div", "section", "article", "ul", "ol", "dl", "blockquote", "table", "tbody", "thead", "tr")
)
_TAG = re.compile(r"<[^>]*>")
# Bare URLs and e-mail addresses in the text (hex dumps are words.wanted's: no regex per block).
_NOT_PROSE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
# One parser per thread, made once: lxml parsers must not be shared between threads (feeds load in
# threads), and making one per post cost a tenth of reading 10,000 posts.
_PARSERS = threading.local()


@dataclass(frozen=True)
class PageText:
    """The visible prose of a page block by block, its code, the targets of its links, and the
    text of its headings (also in the blocks: what the page says its parts are about)."""

    blocks: tuple[str, ...]
    hrefs: tuple[str, ...]
    code: str = ""
    headings: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """Return the prose as one text."""
        return " ".join(self.blocks)


def read_html(markup: str) -> PageText:
    """Return the prose blocks, the code and the link targets of an HTML fragment."""
    if not markup or not markup.strip():
        return PageText((), ())
    root = etree.fromstring(markup, _parser())
    if root is None:
        return PageText((), ())
    etree.strip_elements(root, *_SKIPPED, with_tail=False)
    hrefs = tuple(href for href in (a.get("href") for a in root.iter("a")) if href is not None)
    code = [" ".join(element.itertext()) for element in root.iter(*_CODE)]
    # the code is read; what stays is prose (an element's tail is the text after it: kept)
    etree.strip_elements(root, *_CODE, with_tail=False)
    body = root.find("body")
    headings: list[str] = []
    blocks = [prose(text) for text in _blocks(body if body is not None else root, headings) if text]
    return PageText(
        tuple(block for block in blocks if block),
        hrefs,
        " ".join(code),
        tuple(heading for heading in map(prose, headings) if heading),
    )


def _parser() -> etree.HTMLParser:
    """Return this thread's HTML parser."""
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
        _PARSERS.parser = parser
    return parser


def _blocks(element, headings: list[str]) -> list[str | None]:
    """Return the texts of the blocks under *element*, in order (None where there is none).

    The texts of its headings (h1 to h6) are added to *headings* too, in the same walk.
    """
    texts = [element.text]
    for child in element:
        if not isinstance(child.tag, str):
            texts.append(" ".join(child.itertext()))
        elif len(child) == 0:  # a block with no markup inside (most paragraphs): its text as is
            texts.append(child.text)
        elif child.tag in _CONTAINERS:
            texts.extend(_blocks(child, headings))
        else:
            texts.append(" ".join(child.itertext()))
        if child.tag in _HEADINGS and texts[-1]:
            headings.append(texts[-1])
        texts.append(child.tail)
    return texts


def prose(text: str) -> str:
    """Return *text* without URLs and e-mail addresses, and without its outer spaces."""
    if "://" in text or "www." in text or "@" in text:  # most blocks have none: no regex pass
        text = _NOT_PROSE.sub(" ", text)
    return text.strip()


def plain_title(title: str) -> str:
    """Return a title as plain text: markup dropped, entities decoded."""
    if "<" not in title and "&" not in title:
        return title
    return html.unescape(_TAG.sub("", title)).strip()
