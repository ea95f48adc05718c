"""Read the site's posts: their visible text, their links and their word counts, on several cores.

Reading HTML (lxml) and counting words (a regex and a Counter per field) are most of the index's
cost, and counting holds the GIL, so threads would not help. On a big site the posts are cut into
one chunk per process, read by forked worker processes and this one; each chunk has a vocabulary
of its own, and the chunks are merged into one sorted vocabulary, so the result is the same however
the posts were cut. Fork is used only where the platform has it and no other thread runs (forking a
threaded process can deadlock); elsewhere, and on small sites, the posts are read in this process.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .collector import frozen_gc
from .text import read_html
from .words import Doc, TermCounts, keep_wanted_terms, wanted, weighted_counts

logger = logging.getLogger(__name__)

# Below this many posts per process, starting a process costs more than it saves.
MIN_POSTS_PER_PROCESS = 1000


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
    """What a worker sends back: counts over the chunk's own vocabulary, and the links."""

    counts: sparse.csr_matrix
    terms: list[str]
    hrefs: list[tuple[str, ...]]


def read_corpus(sources: Sequence[Source], weights: dict[str, float], processes: int) -> Corpus:
    """Read *sources* on up to *processes* processes; return their word counts and links."""
    workers = usable_processes(processes, len(sources))
    if workers == 1:
        return _merge([_read_chunk(sources, weights)])
    size = -(-len(sources) // workers)
    chunks = [sources[start : start + size] for start in range(0, len(sources), size)]
    logger.debug("promote_related: reading %d posts on %d processes", len(sources), len(chunks))
    # a frozen collector keeps the workers from copying the pages of every object they inherit
    with frozen_gc():
        return _merge(_read_chunks(chunks, weights))


def _read_chunks(chunks: Sequence[Sequence[Source]], weights: dict[str, float]) -> list[_Chunk]:
    """Read the last chunk here and the others in forked workers, meanwhile.

    A worker that dies (killed for memory, say) costs time, not the build: its chunk is read here.
    """
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(len(chunks) - 1, mp_context=context) as pool:
        forked = [pool.submit(_read_chunk, chunk, weights) for chunk in chunks[:-1]]
        last = _read_chunk(chunks[-1], weights)
        read = []
        for chunk, future in zip(chunks, forked, strict=False):
            try:
                read.append(future.result())
            except BrokenProcessPool as error:
                logger.warning(
                    "promote_related: a process reading posts died (%s); reading them here", error
                )
                read.append(_read_chunk(chunk, weights))
        return [*read, last]


def usable_processes(requested: int, posts: int) -> int:
    """Return how many processes to read *posts* posts on: 1 unless forking is safe and pays."""
    wanted_processes = min(requested, posts // MIN_POSTS_PER_PROCESS, os.cpu_count() or 1)
    if wanted_processes <= 1:
        return 1
    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return 1
    return wanted_processes


def _read_chunk(sources: Sequence[Source], weights: dict[str, float]) -> _Chunk:
    """Read the HTML of *sources* and count their words over a vocabulary of their own."""
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
