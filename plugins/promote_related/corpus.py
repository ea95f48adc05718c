"""Read the site's posts: their prose, code, links and word counts.

Reading HTML (lxml) and counting words (a split and a Counter per field) are most of the index's
cost. The posts are read one after the other in the build's process; the vocabulary is sorted, so
the columns do not depend on the order the posts are read in.

A prose block that several posts carry word for word (a challenge template, a sign-off) says
little about any of them: each post counts it at 1/n, n being how many posts carry it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .posts import Source
from .text import PageText, read_html
from .words import Doc, TermCounts, count_docs

# A block shorter than this many characters is never called boilerplate ("Thanks!" is a real word).
SHARED_BLOCK_CHARS = 20


@dataclass(frozen=True)
class Corpus:
    """The posts' word counts (a row per post) and the link targets of each post."""

    words: TermCounts
    hrefs: list[tuple[str, ...]]


def read_corpus(
    sources: Sequence[Source], weights: dict[str, float], default_lang: str = "en"
) -> Corpus:
    """Read *sources*; return their word counts and the link targets of each."""
    pages = [read_html(source.html) for source in sources]
    docs = docs_of(sources, pages)
    return Corpus(count_docs(docs, weights, default_lang), [page.hrefs for page in pages])


def docs_of(sources: Sequence[Source], pages: Sequence[PageText]) -> list[Doc]:
    """Return the docs of the posts, the blocks several posts carry set apart with their share."""
    carriers = Counter(
        key for page in pages for key in {_key(block) for block in page.blocks} if key
    )
    docs = []
    for source, page in zip(sources, pages, strict=True):
        own, shared = [], []
        for block in page.blocks:
            carried = carriers.get(_key(block), 1)
            if carried > 1:
                shared.append((block, 1.0 / carried))
            else:
                own.append(block)
        docs.append(
            Doc(
                source.title,
                source.tags,
                source.category,
                " ".join(own),
                page.code,
                tuple(shared),
                source.lang,
                " ".join(page.headings),
            )
        )
    return docs


def _key(block: str) -> str:
    """Return the form a block is compared in (as written), or "" for one too short to count.

    A template pasted into many posts renders to the same HTML each time: no need to fold case.
    """
    return block if len(block) >= SHARED_BLOCK_CHARS else ""
