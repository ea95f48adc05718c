"""Read the site's posts: their visible text, their links and their word counts.

Reading HTML (lxml) and counting words (a split and a Counter per field) are most of the index's
cost. The posts are read one after the other in the build's process; the vocabulary is sorted, so
the columns do not depend on the order the posts are read in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .text import read_html
from .words import Doc, TermCounts, count_docs


@dataclass(frozen=True)
class Source:
    """One post as the index reads it: its fields, its body as HTML."""

    title: str
    tags: tuple[str, ...]
    category: str
    html: str


@dataclass(frozen=True)
class Corpus:
    """The posts' word counts (a row per post) and the link targets of each post."""

    words: TermCounts
    hrefs: list[tuple[str, ...]]


def read_corpus(sources: Sequence[Source], weights: dict[str, float]) -> Corpus:
    """Read *sources*; return their word counts and the link targets of each."""
    pages = [read_html(source.html) for source in sources]
    docs = [
        Doc(source.title, source.tags, source.category, page.text)
        for source, page in zip(sources, pages, strict=True)
    ]
    return Corpus(count_docs(docs, weights), [page.hrefs for page in pages])
