"""Read the site's posts: their visible text, their links and their word counts, on several cores.

Reading HTML (lxml) and counting words (a split and a Counter per field) are most of the index's
cost, and counting holds the GIL, so threads would not help. On a big site the posts are cut into
chunks: forked worker processes start on theirs at once, while this process does its other work
(the plugin hashes the posts to know whether its cache holds, and resolves Pelican's {filename}
links) and then reads the last, smaller chunk. Each chunk has a vocabulary of its own, and the
chunks are merged into one sorted vocabulary, so the result is the same however the posts were cut.

Workers are forked only where forked_call says it is safe (the platform has fork, and no thread
runs but Pelican's spinner); elsewhere, and on small sites, the posts are read in this process. A
worker that dies (killed for memory, say) costs time, not the build: its chunk is read here.
"""

from __future__ import annotations

import logging
import os
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import sparse

from forked_call import Forked, ForkFailed, fork_is_safe

from .collector import frozen_gc
from .text import read_html
from .words import Doc, TermCounts, keep_wanted_terms, wanted, weighted_counts

logger = logging.getLogger(__name__)

# Below this many posts per process, starting a process costs more than it saves.
MIN_POSTS_PER_PROCESS = 1000
# The share of a worker's chunk this process reads, as it has other work meanwhile (measured best
# at 10,000 posts on 2 cores: 0.6; 0.5 to 1.0 are within 0.1 s of it).
OWN_SHARE = 0.6


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


@dataclass(frozen=True)
class _Chunk:
    """A chunk read: counts over the chunk's own vocabulary, and the links."""

    counts: sparse.csr_matrix
    terms: list[str]
    hrefs: list[tuple[str, ...]]


def read_corpus(sources: Sequence[Source], weights: dict[str, float], processes: int) -> Corpus:
    """Read *sources* on up to *processes* processes; return their word counts and links."""
    with reading(sources, _same, weights, processes) as posts:
        return posts.corpus()


@contextmanager
def reading(
    items: Sequence[Any],
    to_source: Callable[[Any], Source],
    weights: dict[str, float],
    processes: int,
) -> Iterator[_Reading]:
    """Start reading *items* (each made a Source by *to_source*, where it is read) in workers.

    Inside the block, `corpus()` reads what is left here and returns the whole corpus. Leaving the
    block without asking for it (the cache held) stops the workers.
    """
    workers = usable_processes(processes, len(items))
    chunks = _cut(items, workers)
    if len(chunks) > 1:
        logger.debug("promote_related: reading %d posts on %d processes", len(items), workers)
    # a frozen collector keeps the workers from copying the pages of every object they inherit
    with frozen_gc():
        forked = [Forked(_read_chunk, chunk, to_source, weights) for chunk in chunks[:-1]]
        try:
            yield _Reading(chunks, forked, to_source, weights)
        finally:
            for worker in forked:
                worker.stop()


def usable_processes(requested: int, posts: int) -> int:
    """Return how many processes to read *posts* posts on: 1 unless forking is safe and pays."""
    wanted_processes = min(requested, posts // MIN_POSTS_PER_PROCESS, os.cpu_count() or 1)
    return wanted_processes if wanted_processes > 1 and fork_is_safe() else 1


def _cut(items: Sequence[Any], workers: int) -> list[Sequence[Any]]:
    """Cut *items* into a chunk per worker and a last, smaller one (OWN_SHARE) for this process."""
    if workers == 1:
        return [items]
    size = -(-len(items) // (workers - 1 + OWN_SHARE))
    ends = [min(int(size * number), len(items)) for number in range(1, workers)]
    starts = [0, *ends]
    return [items[start:end] for start, end in zip(starts, [*ends, len(items)], strict=True)]


class _Reading:
    """Posts being read: the workers' chunks under way, the last chunk left for this process."""

    def __init__(self, chunks, forked, to_source, weights) -> None:
        self._chunks, self._forked = chunks, forked
        self._to_source, self._weights = to_source, weights

    def corpus(self) -> Corpus:
        """Read the last chunk here, collect the workers' chunks, and merge them all."""
        last = _read_chunk(self._chunks[-1], self._to_source, self._weights)
        read = [
            _chunk_read(worker) or _read_chunk(chunk, self._to_source, self._weights)
            for chunk, worker in zip(self._chunks, self._forked, strict=False)
        ]
        return _merge([*read, last])


def _chunk_read(worker: Forked) -> _Chunk | None:
    """Return the chunk a worker read, or None (with a warning) if it failed or died."""
    try:
        return worker.result()
    except ForkFailed as error:
        logger.warning(
            "promote_related: a process reading posts failed (%s); reading them here", error
        )
        return None


def _same(source: Source) -> Source:
    return source


def _read_chunk(items: Sequence[Any], to_source, weights: dict[str, float]) -> _Chunk:
    """Read the HTML of *items* and count their words over a vocabulary of their own."""
    sources = [to_source(item) for item in items]
    pages = [read_html(source.html) for source in sources]
    docs = [
        Doc(source.title, source.tags, source.category, page.text)
        for source, page in zip(sources, pages, strict=True)
    ]
    vocabulary: dict[str, int] = defaultdict()
    vocabulary.default_factory = vocabulary.__len__  # type: ignore[attr-defined]
    counts = weighted_counts(docs, weights, vocabulary.__getitem__, lambda: len(vocabulary))
    return _Chunk(counts, list(vocabulary), [page.hrefs for page in pages])


def _merge(chunks: Sequence[_Chunk]) -> Corpus:
    """Put the chunks' rows one under the other, over one sorted vocabulary of wanted terms."""
    hrefs = [links for chunk in chunks for links in chunk.hrefs]
    if len(chunks) == 1:
        return Corpus(keep_wanted_terms(chunks[0].counts, chunks[0].terms), hrefs)
    terms = sorted({term for chunk in chunks for term in chunk.terms if wanted(term)})
    column = {term: position for position, term in enumerate(terms)}
    data, indices, lengths = [], [], []
    for chunk in chunks:
        # the chunk's columns in the merged vocabulary (-1: an unwanted term, dropped)
        moved = np.fromiter((column.get(term, -1) for term in chunk.terms), np.int32)
        counts = chunk.counts
        columns = moved[counts.indices]
        kept = columns >= 0
        rows = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))
        data.append(counts.data[kept])
        indices.append(columns[kept])
        lengths.append(np.bincount(rows[kept], minlength=counts.shape[0]))
    indptr = np.concatenate(([0], np.cumsum(np.concatenate(lengths))))
    counts = sparse.csr_matrix(
        (np.concatenate(data), np.concatenate(indices), indptr), shape=(len(hrefs), len(terms))
    )
    return Corpus(TermCounts(counts, tuple(terms)), hrefs)
