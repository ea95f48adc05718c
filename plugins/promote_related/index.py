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
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
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
# Strongest terms kept per post to explain a link ("you both wrote about ...").
REASON_TERMS = 32


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
        counts = counts[:, : len(self.terms)]
        return _summarise(self.transformer.transform(counts), self.terms_per_post)


def build_index(docs: Sequence[Doc], weights: dict[str, float], terms_per_post: int) -> Index:
    """Fit the model on *docs* and return it with their vectors."""
    logger.debug("promote_related: building the index of %d posts", len(docs))
    vocabulary: dict[str, int] = defaultdict()
    vocabulary.default_factory = vocabulary.__len__  # type: ignore[attr-defined]
    counts = _weighted_counts(docs, weights, vocabulary, grow=True)
    vocabulary = dict(vocabulary)
    counts, vocabulary = _drop_non_words(counts, vocabulary)
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
    """Count each doc's terms, field by field, scaled by the field's weight."""
    indptr, indices, data = [0], [], []
    lookup = vocabulary.__getitem__ if grow else vocabulary.get
    for doc in docs:
        counts: Counter[str] = Counter()
        for field, text in (
            ("body", doc.body),
            ("title", doc.title),
            ("tags", " ".join(doc.tags)),
            ("category", doc.category),
        ):
            weight = weights.get(field, 0.0)
            if weight and text:
                field_counts = Counter(_WORD.findall(text.lower()))
                if weight != 1:
                    field_counts = Counter({t: c * weight for t, c in field_counts.items()})
                counts.update(field_counts)
        for word in _STOP_WORDS & counts.keys():
            del counts[word]
        columns = list(map(lookup, counts.keys()))
        values = list(counts.values())
        if not grow:
            values = [v for v, c in zip(values, columns, strict=True) if c is not None]
            columns = [c for c in columns if c is not None]
        indices.extend(columns)
        data.extend(values)
        indptr.append(len(indices))
    return sparse.csr_matrix(
        (np.asarray(data, dtype=np.float32), np.asarray(indices, dtype=np.int32), indptr),
        shape=(len(docs), len(vocabulary)),
    )


def _drop_non_words(
    counts: sparse.csr_matrix, vocabulary: dict[str, int]
) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """Drop the columns of terms that start with a digit or "_" ("2019", "_id")."""
    kept = sorted((column, term) for term, column in vocabulary.items() if term[0].isalpha())
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
    results: list[list[tuple[int, float]]] = []
    if k <= 0 or corpus.shape[0] == 0:
        return [[] for _ in range(queries.shape[0])]
    corpus_t = corpus.T.tocsc()
    for start in range(0, queries.shape[0], block_rows):
        scores = (queries[start : start + block_rows] @ corpus_t).tocsr()
        for row in range(scores.shape[0]):
            self_column = start + row if exclude_self else -1
            results.append(_best_of_row(scores, row, k, min_score, self_column))
    return results


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


def strongest_terms(matrix: sparse.csr_matrix, terms: np.ndarray) -> list[dict[str, float]]:
    """Return, for each row, its strongest terms with their weights."""
    strongest = []
    for row in range(matrix.shape[0]):
        begin, end = matrix.indptr[row], matrix.indptr[row + 1]
        values, columns = matrix.data[begin:end], matrix.indices[begin:end]
        if len(values) > REASON_TERMS:
            best = np.argpartition(-values, REASON_TERMS - 1)[:REASON_TERMS]
            values, columns = values[best], columns[best]
        strongest.append(dict(zip(terms[columns].tolist(), values.tolist(), strict=True)))
    return strongest


def shared_terms(first: dict[str, float], second: dict[str, float], count: int) -> list[str]:
    """Return up to *count* terms strong in both posts, the most shared first."""
    common = first.keys() & second.keys()
    return sorted(common, key=lambda term: (-first[term] * second[term], term))[:count]
