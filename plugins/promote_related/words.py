"""Count the words of posts, field by field, into a sparse matrix of weighted term counts.

A post's title, tags, category and body share one vocabulary; a term's count is the weighted sum of
its counts in each field (title and tags count more than the body). Terms are runs of two or more
word characters, lowercased; stop words and terms that start with a digit or "_" ("2019", "_id")
are left out. The vocabulary is sorted: the columns do not depend on the order posts are read in.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

FIELDS = ("title", "tags", "category", "body")
# Runs of two or more word characters; unwanted terms are dropped once per term, not per word
# (cheaper than a smarter pattern: this one regex is the costliest step of the whole index).
_WORD = re.compile(r"\w\w+")
_STOP_WORDS = frozenset(ENGLISH_STOP_WORDS)


@dataclass(frozen=True)
class Doc:
    """The text of one post (or one friend's post), field by field."""

    title: str
    tags: tuple[str, ...]
    category: str
    body: str


@dataclass(frozen=True)
class TermCounts:
    """Weighted term counts: a row per doc, a column per term of `terms` (sorted)."""

    counts: sparse.csr_matrix
    terms: tuple[str, ...]


def count_docs(docs: Sequence[Doc], weights: dict[str, float]) -> TermCounts:
    """Count the words of *docs* over a vocabulary of their own."""
    vocabulary: dict[str, int] = defaultdict()
    vocabulary.default_factory = vocabulary.__len__  # type: ignore[attr-defined]
    counts = weighted_counts(docs, weights, vocabulary.__getitem__, lambda: len(vocabulary))
    return keep_wanted_terms(counts, list(vocabulary))


def count_known_words(
    docs: Sequence[Doc], weights: dict[str, float], vocabulary: dict[str, int]
) -> sparse.csr_matrix:
    """Count the words of *docs* that *vocabulary* knows, in its columns (others are ignored)."""
    size = len(vocabulary)
    counts = weighted_counts(docs, weights, lambda term: vocabulary.get(term, size), lambda: size)
    return counts[:, :size].tocsr()


def weighted_counts(
    docs: Sequence[Doc], weights: dict[str, float], lookup, columns
) -> sparse.csr_matrix:
    """Count each doc's terms field by field, each field scaled by its weight.

    *lookup* gives a term's column; *columns()*, called after counting, how many columns there are
    (the matrix has one more, where *lookup* may put the words it does not want).
    """
    fields = [
        (weights[field], _count_texts(_field_texts(docs, field), lookup))
        for field in FIELDS
        if weights.get(field, 0.0)
    ]
    size = columns()
    total = sparse.csr_matrix((len(docs), size + 1), dtype=np.float32)
    for weight, (data, indices, indptr) in fields:
        counts = sparse.csr_matrix(
            (np.asarray(data, dtype=np.float32), np.asarray(indices, dtype=np.int64), indptr),
            shape=(len(docs), size + 1),
        )
        total = total + counts * np.float32(weight)
    return total.tocsr()


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


def wanted(term: str) -> bool:
    """Return whether *term* may be a column: not a stop word, not starting with a digit or "_"."""
    return term[0].isalpha() and term not in _STOP_WORDS


def keep_wanted_terms(counts: sparse.csr_matrix, terms: Sequence[str]) -> TermCounts:
    """Return *counts* (a column per term of *terms*) with only the wanted terms, sorted."""
    kept = sorted((term, column) for column, term in enumerate(terms) if wanted(term))
    columns = np.asarray([column for _, column in kept], dtype=np.int64)
    return TermCounts(counts[:, columns].tocsr(), tuple(term for term, _ in kept))
