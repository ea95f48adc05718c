"""Read the site's posts: their visible text, their links and their word counts, on several cores.

Reading HTML (lxml) and counting words (a split and a Counter per field) are most of the index's
cost, and counting holds the GIL, so threads would not help. On a big site the posts are cut into
blocks of a hundred or so, and forked worker processes start reading blocks at once, while this
process does its other work (the plugin hashes the posts to know whether its cache holds, and asks
Pelican for their URLs) and then reads blocks too. Every process takes the next block left until
none is, so they finish within a block of each other however fast each one runs. Each process
counts over a vocabulary of its own; the parts are merged into one sorted vocabulary with the posts
in their order, so the result is the same however the blocks fell.

Workers are forked only where forked_call says it is safe (the platform has fork, and no thread
runs but Pelican's spinner); elsewhere, and on small sites, the posts are read in this process. A
worker that dies (killed for memory, say) costs time, not the build: the blocks it took are read
here.
"""

from __future__ import annotations

import logging
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import sparse

from forked_call import Forked, ForkFailed, fork_is_safe
from paused_collector import collector_paused

from .text import read_html
from .words import Doc, TermCounts, wanted, weighted_counts

logger = logging.getLogger(__name__)

# Below this many posts per process, starting a process costs more than it saves.
MIN_POSTS_PER_PROCESS = 1000
# Posts per block on a big site: a block is ~20 ms of work, so the processes end close together,
# and taking one (a byte read from a pipe) costs nothing. A block's number is one byte, so a site
# of more than BLOCK_POSTS * MAX_BLOCKS posts gets bigger blocks.
BLOCK_POSTS = 100
MAX_BLOCKS = 255


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
class _Part:
    """What one process read: counts over its own vocabulary and links, for the blocks it took."""

    counts: sparse.csr_matrix
    terms: list[str]
    hrefs: list[tuple[str, ...]]
    blocks: list[int]


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
    bounds = _block_bounds(len(items), workers)
    if workers > 1:
        logger.debug("promote_related: reading %d posts on %d processes", len(items), workers)
    tickets = _Tickets(len(bounds) - 1)
    forked: list[Forked] = []
    try:
        # a paused collector keeps the workers from copying the pages of every object they inherit
        with collector_paused():
            for _ in range(workers - 1):
                forked.append(Forked(_read_blocks, tickets, items, bounds, to_source, weights))
            yield _Reading(items, bounds, tickets, forked, to_source, weights)
    finally:
        for worker in forked:
            worker.stop()
        tickets.close()


def usable_processes(requested: int, posts: int) -> int:
    """Return how many processes to read *posts* posts on: 1 unless forking is safe and pays."""
    wanted_processes = min(requested, posts // MIN_POSTS_PER_PROCESS, os.cpu_count() or 1)
    return wanted_processes if wanted_processes > 1 and fork_is_safe() else 1


def _block_bounds(posts: int, processes: int) -> list[int]:
    """Return where the blocks of *posts* posts start, and the end: one block for one process."""
    if processes == 1:
        return [0, posts]
    size = max(BLOCK_POSTS, -(-posts // MAX_BLOCKS))
    return [*range(0, posts, size), posts]


class _Tickets:
    """The numbers of the blocks to read, a byte each in a pipe: reading a byte takes a block.

    Every number is written, and the writing end closed, before a worker forks: a read gives the
    next number left, whichever process reads, and nothing once all are taken.
    """

    def __init__(self, blocks: int) -> None:
        self._receiver, sender = os.pipe()
        os.write(sender, bytes(range(blocks)))
        os.close(sender)

    def __iter__(self) -> Iterator[int]:
        while taken := os.read(self._receiver, 1):
            yield taken[0]

    def close(self) -> None:
        os.close(self._receiver)


class _Reading:
    """Posts being read: workers take blocks, and this process takes what is left in corpus()."""

    def __init__(self, items, bounds, tickets, forked, to_source, weights) -> None:
        self._items, self._bounds, self._tickets, self._forked = items, bounds, tickets, forked
        self._to_source, self._weights = to_source, weights

    def corpus(self) -> Corpus:
        """Read blocks here until none is left, collect the workers' parts, and merge them all."""
        parts = [self._read(self._tickets)]
        parts += [part for part in map(_part_read, self._forked) if part is not None]
        taken = {number for part in parts for number in part.blocks}
        lost = [number for number in range(len(self._bounds) - 1) if number not in taken]
        if lost:  # taken by a worker that failed
            parts.append(self._read(lost))
        return _merge(parts, self._bounds)

    def _read(self, blocks: Iterable[int]) -> _Part:
        return _read_blocks(blocks, self._items, self._bounds, self._to_source, self._weights)


def _part_read(worker: Forked) -> _Part | None:
    """Return the part a worker read, or None (with a warning) if it failed or died."""
    try:
        return worker.result()
    except ForkFailed as error:
        logger.warning(
            "promote_related: a process reading posts failed (%s); reading its posts here", error
        )
        return None


def _same(source: Source) -> Source:
    return source


def _read_blocks(
    blocks: Iterable[int], items: Sequence[Any], bounds: list[int], to_source, weights
) -> _Part:
    """Read the blocks of *items* that *blocks* gives, counting over one vocabulary of their own."""
    vocabulary: dict[str, int] = defaultdict()
    vocabulary.default_factory = vocabulary.__len__  # type: ignore[attr-defined]
    taken, counts, hrefs = [], [], []
    for number in blocks:
        sources = [to_source(item) for item in items[bounds[number] : bounds[number + 1]]]
        pages = [read_html(source.html) for source in sources]
        docs = [
            Doc(source.title, source.tags, source.category, page.text)
            for source, page in zip(sources, pages, strict=True)
        ]
        counts.append(
            weighted_counts(docs, weights, vocabulary.__getitem__, lambda: len(vocabulary))
        )
        hrefs.extend(page.hrefs for page in pages)
        taken.append(number)
    width = len(vocabulary) + 1  # each block's counts are as wide as the vocabulary was then
    for block in counts:
        block.resize(block.shape[0], width)
    if not counts:
        return _Part(sparse.csr_matrix((0, width), dtype=np.float32), [], [], [])
    return _Part(sparse.vstack(counts, format="csr"), list(vocabulary), hrefs, taken)


def _merge(parts: Sequence[_Part], bounds: list[int]) -> Corpus:
    """Put the parts' blocks in the posts' order, over one sorted vocabulary of wanted terms."""
    terms = sorted({term for part in parts for term in part.terms if wanted(term)})
    column = {term: position for position, term in enumerate(terms)}
    blocks: dict[int, tuple[sparse.csr_matrix, list[tuple[str, ...]]]] = {}
    for part in parts:
        counts, start = _in_columns(part, column), 0
        for number in part.blocks:
            end = start + bounds[number + 1] - bounds[number]
            blocks[number] = (counts[start:end], part.hrefs[start:end])
            start = end
    ordered = [blocks[number] for number in range(len(bounds) - 1)]
    counts = sparse.vstack([rows for rows, _ in ordered], format="csr")
    hrefs = [links for _, block_hrefs in ordered for links in block_hrefs]
    return Corpus(TermCounts(counts, tuple(terms)), hrefs)


def _in_columns(part: _Part, column: dict[str, int]) -> sparse.csr_matrix:
    """Return a part's counts in the merged vocabulary's columns, its unwanted terms dropped."""
    # each of the part's terms' merged column (-1: an unwanted term)
    moved = np.fromiter((column.get(term, -1) for term in part.terms), np.int32, len(part.terms))
    counts = part.counts
    columns = moved[counts.indices]
    kept = columns >= 0
    rows = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))
    lengths = np.bincount(rows[kept], minlength=counts.shape[0])
    indptr = np.concatenate(([0], np.cumsum(lengths)))
    return sparse.csr_matrix(
        (counts.data[kept], columns[kept], indptr), shape=(counts.shape[0], len(column))
    )
