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
_STOP_WORDS = frozenset(ENGLISH_STOP_WORDS)


class _Separators(dict):
    """A str.translate table that turns every character a regex `\\W` matches into a space.

    Splitting the translated text gives the same runs of word characters as `re.findall(r"\\w+")`
    at a third less cost (this is the costliest step of the whole index: 6 million words at 10,000
    posts). Each character is looked up once, then kept; ASCII text takes CPython's fast path.
    """

    def __missing__(self, code: int) -> int:
        character = chr(code)
        kept = character.isalnum() or character == "_"  # what `\w` matches
        self[code] = code if kept else 32
        return self[code]


_SEPARATORS = _Separators()
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


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
        # translate, split, Counter and map run in C: a few Python calls per text, none per word;
        # one-letter words are dropped with the other unwanted terms, once per term
        counts = Counter(_words(text))
        indices.extend(map(lookup, counts))
        data.extend(counts.values())
        indptr.append(len(indices))
    return data, indices, indptr


def _words(text: str) -> list[str]:
    """Return the runs of word characters of *text*, lowercased (what a regex `\\w+` finds)."""
    text = text.lower()
    if not text.isascii():
        text = _ascii_separators(text)
    return text.translate(_SEPARATORS).split()


def _ascii_separators(text: str) -> str:
    """Return *text* with its non-ASCII separators (dashes, curly quotes...) made spaces.

    Text is often non-ASCII for its punctuation only, and once that is gone, str.translate takes
    its ASCII fast path: 20 times faster (a fifth of generated posts, many real ones).
    """
    for character in set(_NON_ASCII.findall(text)):
        if _SEPARATORS[ord(character)] == 32:
            text = text.replace(character, " ")
    return text


def wanted(term: str) -> bool:
    """Return whether *term* may be a column: 2+ characters, no stop word, no leading digit, "_"."""
    return len(term) > 1 and term[0].isalpha() and term not in _STOP_WORDS


def keep_wanted_terms(counts: sparse.csr_matrix, terms: Sequence[str]) -> TermCounts:
    """Return *counts* (a column per term of *terms*) with only the wanted terms, sorted."""
    kept = sorted((term, column) for column, term in enumerate(terms) if wanted(term))
    columns = np.asarray([column for _, column in kept], dtype=np.int64)
    return TermCounts(counts[:, columns].tocsr(), tuple(term for term, _ in kept))
