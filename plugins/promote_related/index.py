"""The sparse TF-IDF model of the posts and the top-k search over it.

Each post's title, tags, category and body text share one vocabulary; a term's frequency is the
weighted sum of its counts in each field (title and tags count more than the body), then
scikit-learn's TfidfTransformer applies sublinear TF, IDF and L2 normalisation. Each post is then
summed up by its strongest terms (`terms_per_post`, like Lucene's MoreLikeThis), renormalised, so a
dot product is the cosine of two summaries and two posts meet only through words that matter to
both. Top-k runs block by block of rows (a sparse product of the block with the whole matrix, then a
per-row partial sort), so memory stays bounded and no dense N×N matrix is ever made.
"""

from __future__ import annotations

import logging
import os
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfTransformer
from sklearn.preprocessing import normalize

logger = logging.getLogger(__name__)

FIELDS = ("title", "tags", "category", "body")
# Runs of two or more word characters; terms that start with a digit or "_" are dropped afterwards
# (cheaper than a smarter pattern: this one regex is the costliest step of the whole index).
_WORD = re.compile(r"\w\w+")
_STOP_WORDS = frozenset(ENGLISH_STOP_WORDS)
# Rows of the score block computed at once, so a block holds at most this many candidate pairs.
BLOCK_ROWS = 512
THREADS = max(1, min(4, os.cpu_count() or 1))


@dataclass(frozen=True)
class Doc:
    """The text of one post (or one friend's post), field by field."""

    title: str
    tags: tuple[str, ...]
    category: str
    body: str


@dataclass
class Index:
    """A fitted model and the unit vectors of the posts it was fitted on.

    `matrix` sums each post up by terms that at least two posts use: a word only one post has cannot
    relate two posts, and would take a place in its summary. `full` keeps every term, to meet
    friends' posts (a friend may share the one word only one of the site's posts uses).
    """

    vocabulary: dict[str, int]
    transformer: TfidfTransformer
    weights: dict[str, float]
    terms_per_post: int
    matrix: sparse.csr_matrix
    full: sparse.csr_matrix
    terms: np.ndarray

    def vectors(self, docs: Sequence[Doc]) -> sparse.csr_matrix:
        """Return the unit vectors of *docs* in this model's space (unknown words are ignored)."""
        counts = _weighted_counts(docs, self.weights, self.vocabulary, grow=False)
        return _summarise(self.transformer.transform(counts), self.terms_per_post)


def build_index(docs: Sequence[Doc], weights: dict[str, float], terms_per_post: int) -> Index:
    """Fit the model on *docs* and return it with their vectors."""
    logger.debug("promote_related: building the index of %d posts", len(docs))
    vocabulary: dict[str, int] = defaultdict()
    vocabulary.default_factory = vocabulary.__len__  # type: ignore[attr-defined]
    counts = _weighted_counts(docs, weights, vocabulary, grow=True)
    vocabulary = dict(vocabulary)
    counts, vocabulary = _drop_unwanted_terms(counts, vocabulary)
    if not vocabulary:  # no post has a word; one empty column keeps the shapes valid
        vocabulary = {" ": 0}
        counts = sparse.csr_matrix((len(docs), 1), dtype=np.float32)
    transformer = TfidfTransformer(sublinear_tf=True)
    weighted = transformer.fit_transform(counts).tocsr()
    full = _summarise(weighted, terms_per_post)
    shared = (np.bincount(counts.indices, minlength=counts.shape[1]) >= 2).astype(np.float32)
    matrix = _summarise(weighted @ sparse.diags(shared), terms_per_post)
    terms = np.empty(len(vocabulary), dtype=object)
    for term, column in vocabulary.items():
        terms[column] = term
    return Index(vocabulary, transformer, dict(weights), terms_per_post, matrix, full, terms)


def _weighted_counts(
    docs: Sequence[Doc], weights: dict[str, float], vocabulary: dict[str, int], grow: bool
) -> sparse.csr_matrix:
    """Count each doc's terms field by field, each field scaled by its weight."""
    lookup = vocabulary.__getitem__ if grow else (lambda term: vocabulary.get(term, -1))
    fields = []
    for field in FIELDS:
        if weights.get(field, 0.0):
            fields.append((weights[field], _count_texts(_field_texts(docs, field), lookup)))
    size = len(vocabulary)
    total = sparse.csr_matrix((len(docs), size + 1), dtype=np.float32)
    for weight, (data, indices, indptr) in fields:
        columns = np.asarray(indices, dtype=np.int64)
        columns[columns < 0] = size  # words the model does not know land in a column cut off below
        counts = sparse.csr_matrix(
            (np.asarray(data, dtype=np.float32), columns, indptr), shape=(len(docs), size + 1)
        )
        total = total + counts * np.float32(weight)
    return total.tocsr()[:, :size]


def _field_texts(docs: Sequence[Doc], field: str) -> list[str]:
    if field == "tags":
        return [" ".join(doc.tags) for doc in docs]
    return [getattr(doc, field) for doc in docs]


def _count_texts(texts: Sequence[str], lookup) -> tuple[list[int], list[int], list[int]]:
    """Return the CSR arrays (data, columns, row starts) of the word counts of *texts*."""
    indptr, indices, data = [0], [], []
    for text in texts:
        # Counter and map run in C: the only Python work is a few calls per text, not per word.
        counts = Counter(_WORD.findall(text.lower()))
        indices.extend(map(lookup, counts))
        data.extend(counts.values())
        indptr.append(len(indices))
    return data, indices, indptr


def _drop_unwanted_terms(
    counts: sparse.csr_matrix, vocabulary: dict[str, int]
) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """Drop the columns of stop words and of terms that start with a digit or "_" ("2019")."""
    kept = sorted(
        (column, term)
        for term, column in vocabulary.items()
        if term[0].isalpha() and term not in _STOP_WORDS
    )
    columns = np.asarray([column for column, _ in kept], dtype=np.int64)
    new_vocabulary = {term: new for new, (_, term) in enumerate(kept)}
    return counts[:, columns].tocsr(), new_vocabulary


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
    matrix = normalize(matrix, copy=False)
    matrix.sort_indices()
    return matrix


def top_k(
    queries: sparse.csr_matrix,
    corpus: sparse.csr_matrix,
    k: int,
    min_score: float,
    exclude_self: bool = False,
    block_rows: int = BLOCK_ROWS,
) -> list[list[tuple[int, float]]]:
    """Return, for each query row, its best *k* (corpus row, cosine) pairs from *min_score* up."""
    if k <= 0 or corpus.shape[0] == 0:
        return [[] for _ in range(queries.shape[0])]
    corpus_t = corpus.T.tocsc()

    def best_of_block(start: int) -> list[list[tuple[int, float]]]:
        scores = (queries[start : start + block_rows] @ corpus_t).tocsr()
        return [
            _best_of_row(scores, row, k, min_score, start + row if exclude_self else -1)
            for row in range(scores.shape[0])
        ]

    # SciPy's sparse product releases the GIL: blocks on two threads use two cores.
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        blocks = pool.map(best_of_block, range(0, queries.shape[0], block_rows))
        return [best for block in blocks for best in block]


def _best_of_row(
    scores: sparse.csr_matrix, row: int, k: int, min_score: float, self_column: int
) -> list[tuple[int, float]]:
    begin, end = scores.indptr[row], scores.indptr[row + 1]
    values, columns = scores.data[begin:end], scores.indices[begin:end]
    keep = (values >= min_score) & (columns != self_column)
    values, columns = values[keep], columns[keep]
    if len(values) > k:
        best = np.argpartition(-values, k - 1)[:k]
        values, columns = values[best], columns[best]
    order = np.lexsort((columns, -values))  # best first; ties by position, for stable output
    return list(zip(columns[order].tolist(), values[order].tolist(), strict=True))


def shared_terms(
    left: sparse.csr_matrix,
    left_rows: Sequence[int],
    right: sparse.csr_matrix,
    right_rows: Sequence[int],
    terms: np.ndarray,
    count: int,
) -> list[tuple[str, ...]]:
    """Return, for each pair of rows, up to *count* terms that weigh most in both, best first."""
    if len(left_rows) == 0:
        return []
    products = left[np.asarray(left_rows)].multiply(right[np.asarray(right_rows)]).tocsr()
    products.eliminate_zeros()
    rows = np.repeat(np.arange(products.shape[0]), np.diff(products.indptr))
    # one sort for all pairs: by pair, then weight (best first), then column (for stable output)
    order = np.lexsort((products.indices, -products.data, rows))
    rank = np.arange(len(order)) - products.indptr[rows[order]]
    keep = order[rank < count]
    words = terms[products.indices[keep]].tolist()
    ends = np.cumsum(np.bincount(rows[keep], minlength=products.shape[0])).tolist()
    starts = [0, *ends[:-1]]
    return [tuple(words[start:end]) for start, end in zip(starts, ends, strict=True)]
