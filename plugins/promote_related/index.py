"""The sparse TF-IDF model of the posts and the top-k search over it.

The posts' weighted term counts (words.py) become TF-IDF weights: sublinear TF (1 + ln tf, and tf
itself below 1, where a logarithm would turn negative), smoothed IDF (ln((1 + n) / (1 + df)) + 1)
and L2 normalisation, what scikit-learn's TfidfTransformer does, in a few lines of numpy (importing
scikit-learn cost a small blog's build a second for one matrix). Each post is then summed up by
its strongest terms (`terms_per_post`, like Lucene's MoreLikeThis), renormalised, so a dot product
is the cosine of two summaries and two posts meet only through words that matter to both. Top-k
keeps each row's best scores as it multiplies (sparse_dot_topn), so memory stays bounded by k per
post and no N×N matrix, dense or sparse, is ever made.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from scipy import sparse
from sparse_dot_topn import sp_matmul_topn

from .words import CODE_MARK, Doc, TermCounts, count_docs, count_known_words

logger = logging.getLogger(__name__)

# Feedback from each post's nearest posts (pseudo-relevance feedback on the similarity graph): a
# candidate's score is its cosine with the post plus FEEDBACK times how alike it is to the post's
# FEEDBACK_POSTS nearest posts, and the post to the candidate's (their cosine-weighted means), so
# two posts on one subject rank higher when their neighbours agree. Chosen by measurement on every
# labeled set (benchmarks/related_variants.py, docs/benchmarks.md); a sparse product of two
# graphs of FEEDBACK_POSTS and k edges per post: cheap at 10,000 posts.
FEEDBACK = 2.0
FEEDBACK_POSTS = 5
# A neighbour gives feedback only from this cosine up: a post with no near post keeps its own.
FEEDBACK_LEAST = 0.1

# From this many posts up, a term carried by more than COMMON_FROM of them weighs less, and
# nothing when all carry it (common_fade). 0.6: no labeled set loses precision (0.5 cost
# fullstackpython 0.002), and the demo gains.
COMMON_FADE_POSTS = 3
COMMON_FROM = 0.6

# Threads of the top-k product.
THREADS = max(1, min(4, os.cpu_count() or 1))


@dataclass
class Index:
    """A fitted model and the unit vectors of the posts it was fitted on.

    `matrix` sums each post up by terms that at least two posts use: a word only one post has cannot
    relate two posts, and would take a place in its summary.
    `full` keeps every term, to meet friends' posts (a friend may share the one word only one of
    the site's posts uses); it is None in the index of a site with no friends' feeds.
    `headline` has a 1 where a post's title, tags, category or headings have a term (reasons are
    chosen among those).
    """

    vocabulary: dict[str, int]
    idf: np.ndarray
    weights: dict[str, float]
    terms_per_post: int
    matrix: sparse.csr_matrix
    full: sparse.csr_matrix | None
    terms: np.ndarray
    langs: tuple[str, ...]
    readable: dict[str, np.ndarray]
    default_lang: str = "en"
    headline: sparse.csr_matrix | None = None

    @property
    def prose(self) -> sparse.csr_matrix:
        """Return `matrix` without its code terms: what two posts say in words, not in code."""
        words = np.asarray([not term.startswith(CODE_MARK) for term in self.terms], np.float32)
        return (self.matrix @ sparse.diags(words)).tocsr()

    def vectors(self, docs: Sequence[Doc]) -> sparse.csr_matrix:
        """Return the unit vectors of *docs* in this model's space (unknown words are ignored)."""
        return self.read(docs)[0]

    def read(self, docs: Sequence[Doc]) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
        """Return the unit vectors of *docs* in this model's space, and their headline terms."""
        counted = count_known_words(docs, self.weights, self.vocabulary, self.default_lang)
        vectors = _summarise(tf_idf(counted.counts, self.idf), self.terms_per_post)
        return vectors, counted.headline


def build_index(
    docs: Sequence[Doc],
    weights: dict[str, float],
    terms_per_post: int,
    with_full: bool = True,
    default_lang: str = "en",
) -> Index:
    """Fit the model on *docs* and return it with their vectors."""
    words = count_docs(docs, weights, default_lang)
    return fit_index(words, weights, terms_per_post, with_full, default_lang)


def fit_index(
    words: TermCounts,
    weights: dict[str, float],
    terms_per_post: int,
    with_full: bool = True,
    default_lang: str = "en",
) -> Index:
    """Fit the model on the posts' term counts and return it with their vectors.

    *with_full* makes `full` too (for friends' posts), a third of the fit's time.
    """
    logger.debug("promote_related: building the index of %d posts", words.counts.shape[0])
    counts, terms, headline = words.counts, words.terms, words.headline
    if not terms:  # no post has a word; one empty column keeps the shapes valid
        counts, terms = sparse.csr_matrix((counts.shape[0], 1), dtype=np.float32), (" ",)
        headline = counts
    counts = counts.tocsr()
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = (np.log((1 + counts.shape[0]) / (1 + df)) + 1) * common_fade(df, counts.shape[0])
    idf = idf.astype(np.float32)
    weighted = tf_idf(counts, idf)
    full = _summarise(weighted, terms_per_post) if with_full else None
    matrix = _summarise(weighted @ sparse.diags((df >= 2).astype(np.float32)), terms_per_post)
    vocabulary = {term: column for column, term in enumerate(terms)}
    names = np.array(terms, dtype=object)
    # a word more than half the posts use is no reason a reader would take for one link
    common = df > max(2, counts.shape[0] // 2)
    readable = {lang: np.where(common, "", words_of) for lang, words_of in words.readable.items()}
    return Index(
        vocabulary,
        idf,
        dict(weights),
        terms_per_post,
        matrix,
        full,
        names,
        words.langs,
        readable,
        default_lang,
        headline,
    )


def common_fade(df: np.ndarray, posts: int) -> np.ndarray:
    """Return each term's share of its weight: less as more than half the posts carry it.

    A word (a tag, the default category, "misc") every post carries tells no two posts apart, yet
    smoothed IDF gives it a weight of 1: on a blog whose every post is tagged "life", it linked
    each post to every other. From COMMON_FROM of the posts up, a term's weight fades to 0 at all
    of them; a blog of two posts keeps its words (all they share is carried by every post).
    """
    if posts < COMMON_FADE_POSTS:
        return np.ones(len(df))
    return np.clip((posts - df) / (posts * (1 - COMMON_FROM)), 0.0, 1.0)


def tf_idf(counts: sparse.csr_matrix, idf: np.ndarray) -> sparse.csr_matrix:
    """Return the TF-IDF weights of *counts*: sublinear TF times IDF (rows not yet normalised)."""
    weighted = counts.tocsr().astype(np.float32, copy=True)
    data = weighted.data
    above = data > 1
    data[above] = 1 + np.log(data[above])
    weighted.data = data * idf[weighted.indices]
    return weighted


def with_feedback(near: Candidates, size: int) -> np.ndarray:
    """Return the feedback score of each candidate pair of *near* (in [0, 1], like a cosine).

    *near* holds each post's best candidates by cosine (best first); the first FEEDBACK_POSTS of
    them from FEEDBACK_LEAST up are the post's neighbours.
    """
    cosines = sparse.csr_matrix((near.scores, (near.rows, near.columns)), shape=(size, size))
    first = np.arange(len(near.rows)) - np.searchsorted(near.rows, near.rows) < FEEDBACK_POSTS
    keep = first & (near.scores >= np.float32(FEEDBACK_LEAST))
    neighbours = sparse.csr_matrix(
        (near.scores[keep], (near.rows[keep], near.columns[keep])), shape=(size, size)
    )
    sums = np.asarray(neighbours.sum(axis=1), dtype=np.float32).ravel()
    neighbours = sparse.diags(1 / np.maximum(sums, np.float32(1e-9))) @ neighbours
    agreement = (neighbours @ cosines + cosines @ neighbours.T) / 2
    pairs = agreement[near.rows, near.columns]
    return (near.scores + np.float32(FEEDBACK) * np.asarray(pairs).ravel()) / (1 + FEEDBACK)


def _summarise(matrix: sparse.csr_matrix, terms_per_post: int) -> sparse.csr_matrix:
    """Keep each row's strongest *terms_per_post* weights, then scale rows to unit length."""
    matrix = matrix.tocsr().astype(np.float32)
    lengths = np.diff(matrix.indptr)
    for row in np.flatnonzero(lengths > terms_per_post):
        begin, end = matrix.indptr[row], matrix.indptr[row + 1]
        values = matrix.data[begin:end]
        weakest = np.argpartition(-values, terms_per_post - 1)[terms_per_post:]
        values[weakest] = 0
    matrix.eliminate_zeros()
    lengths = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    matrix.data /= np.repeat(np.maximum(lengths, 1e-12), np.diff(matrix.indptr)).astype(np.float32)
    matrix.sort_indices()
    return matrix


class Candidates(NamedTuple):
    """Scored (row, column) pairs, by row, best score first, ties by column."""

    rows: np.ndarray
    columns: np.ndarray
    scores: np.ndarray

    def by_row(self, rows: int) -> list[list[tuple[int, float]]]:
        """Return the pairs as one list of (column, score) per row."""
        ends = np.cumsum(np.bincount(self.rows, minlength=rows)).tolist()
        pairs = list(zip(self.columns.tolist(), self.scores.tolist(), strict=True))
        return [pairs[start:end] for start, end in zip([0, *ends[:-1]], ends, strict=True)]


def top_k(
    queries: sparse.csr_matrix,
    corpus: sparse.csr_matrix,
    k: int,
    min_score: float,
    exclude_self: bool = False,
) -> list[list[tuple[int, float]]]:
    """Return, for each query row, its best *k* (corpus row, cosine) pairs from *min_score* up."""
    return top_candidates(queries, corpus, k, min_score, exclude_self).by_row(queries.shape[0])


def top_candidates(
    queries: sparse.csr_matrix,
    corpus: sparse.csr_matrix,
    k: int,
    min_score: float,
    exclude_self: bool = False,
) -> Candidates:
    """Return each query row's best *k* corpus rows from *min_score* up, with their cosines.

    sparse_dot_topn multiplies the rows on several threads and keeps only each row's best while
    it goes, so the full product is never stored.
    """
    if k <= 0 or corpus.shape[0] == 0 or queries.shape[0] == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Candidates(empty, empty, np.zeros(0, dtype=np.float32))
    # sparse_dot_topn keeps scores above its threshold; min_score itself must stay in
    threshold = float(np.nextafter(np.float32(min_score), np.float32(-1)))
    scores = sp_matmul_topn(
        queries.astype(np.float32),
        corpus.astype(np.float32).T.tocsr(),
        top_n=min(k + 1 if exclude_self else k, corpus.shape[0]),
        threshold=threshold,
        n_threads=THREADS if THREADS > 1 else None,
    ).tocsr()
    rows = np.repeat(np.arange(scores.shape[0]), np.diff(scores.indptr))
    keep = scores.indices != rows if exclude_self else np.ones(len(rows), dtype=bool)
    return best_per_row(Candidates(rows[keep], scores.indices[keep], scores.data[keep]), k)


def best_per_row(candidates: Candidates, k: int) -> Candidates:
    """Return each row's best *k* candidates by score, ties by column."""
    order = ranked_order(candidates.rows, candidates.columns, candidates.scores)
    rows = candidates.rows[order]
    best = order[np.arange(len(rows)) - np.searchsorted(rows, rows) < k]
    return Candidates(candidates.rows[best], candidates.columns[best], candidates.scores[best])


def ranked_order(rows: np.ndarray, columns: np.ndarray, rank: np.ndarray) -> np.ndarray:
    """Return the order that sorts candidates by row, then best *rank* first, then column."""
    return np.lexsort((columns, -rank, rows))


def shared_terms(
    left: sparse.csr_matrix,
    left_rows: Sequence[int],
    right: sparse.csr_matrix,
    right_rows: Sequence[int],
    terms: np.ndarray,
    count: int,
    least: float = 0.0,
    allowed: sparse.csr_matrix | None = None,
) -> list[tuple[str, ...]]:
    """Return, for each pair of rows, up to *count* terms that weigh most in both, best first.

    A term named "" in *terms* (code, or no word to show) is never returned, nor one whose
    weights multiply to less than *least*, nor, with *allowed* (a row per pair), one its pair's
    row has no value for.
    """
    if len(left_rows) == 0:
        return []
    products = left[np.asarray(left_rows)].multiply(right[np.asarray(right_rows)]).tocsr()
    if allowed is not None:
        products = products.multiply((allowed > 0).astype(np.float32)).tocsr()
    products.data[(products.data < least) | (terms[products.indices] == "")] = 0
    products.eliminate_zeros()
    rows = np.repeat(np.arange(products.shape[0]), np.diff(products.indptr))
    # One sort for all pairs: by pair (the whole part of the key), then weight, best first (the
    # fraction: a product of two unit vectors' weights is in (0, 1]); ties stay in column order.
    key = rows + (1.0 - products.data.astype(np.float64)) / 2
    order = np.argsort(key, kind="stable")
    rank = np.arange(len(order)) - products.indptr[rows[order]]
    keep = order[rank < count]
    words = terms[products.indices[keep]].tolist()
    ends = np.cumsum(np.bincount(rows[keep], minlength=products.shape[0])).tolist()
    starts = [0, *ends[:-1]]
    return [tuple(words[start:end]) for start, end in zip(starts, ends, strict=True)]
