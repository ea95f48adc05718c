"""Count the words of posts, field by field, into a sparse matrix of weighted term counts.

A post's title, tags, category, body and code share one vocabulary; a term's count is the weighted
sum of its counts in each field (title and tags count more than the body, code least). Words are
runs of two or more word characters, lowercased, then read in the post's language (language.py):
its stop words are left out and the rest are stemmed, so "jardins" and "jardin" are one term.
Terms that start with a digit or "_" ("2019", "_id") are left out. Code (`<pre>`, inline `<code>`)
has terms of its own, written with a leading backquote ("`self"): an identifier never merges with
a word of the prose, and is never shown as a reason. A block of prose that several posts carry
word for word (a template paragraph, a sign-off) counts 1/n in each of the n posts that carry it.
The vocabulary is sorted: the columns do not depend on the order posts are read in.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from scipy import sparse

from .language import (
    GUESS_DEFAULT_ADVANTAGE,
    GUESS_MIN_LENGTH,
    GUESS_MIN_SHARE,
    GUESS_MIN_STOP_WORDS,
    GUESS_SHORT_LEAD,
    GUESS_SHORT_STOP_WORDS,
    SNOWBALL,
    known,
    language_code,
    stem_words,
    stop_words,
)

FIELDS = ("title", "tags", "category", "body", "code")
# Where a post says what it is about, in its own words: a reason for a link is a word of these
# (of either post), not a word bodies happen to share ("runs", "left", "frac").
HEADLINE = {"title": 1.0, "tags": 1.0, "category": 1.0, "headings": 1.0}
CODE_MARK = "`"


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
    """The text of one post (or one friend's post), field by field.

    *shared* holds the prose blocks other posts carry too, each with the share it counts for
    (1/n for a block n posts carry); *lang* is the post's language code, None to guess it;
    *headings* the text of the body's headings (in *body* too).
    """

    title: str
    tags: tuple[str, ...]
    category: str
    body: str
    code: str = ""
    shared: tuple[tuple[str, float], ...] = ()
    lang: str | None = None
    headings: str = ""


@dataclass(frozen=True)
class TermCounts:
    """Weighted term counts: a row per doc, a column per term of `terms` (sorted).

    `langs` is each doc's language; `readable[lang]` gives, for a column, the word posts of that
    language most often wrote for it (the stem "jardin" reads "jardins"), or "" if none did;
    `headline` has a 1 where a doc's title, tags, category or headings have the column's term.
    """

    counts: sparse.csr_matrix
    terms: tuple[str, ...]
    langs: tuple[str, ...] = ()
    readable: dict[str, np.ndarray] = field(default_factory=dict)
    headline: sparse.csr_matrix | None = None


def count_docs(
    docs: Sequence[Doc], weights: dict[str, float], default_lang: str = "en"
) -> TermCounts:
    """Count the words of *docs* over a vocabulary of their own."""
    raw, raw_terms, raw_headline = raw_counts_and_headline(docs, weights)
    langs = doc_languages(docs, raw, raw_terms, default_lang)
    counted = stemmed(raw, raw_terms, langs, None)
    vocabulary = {term: column for column, term in enumerate(counted.terms)}
    headline = headline_terms(raw_headline, raw_terms, langs, vocabulary)
    # a term reads as the blog titles it ("base" of "django.template.base", not "based")
    readable = {
        lang: np.where(headline.readable[lang] != "", headline.readable[lang], words)
        for lang, words in counted.readable.items()
    }
    return replace(counted, readable=readable, headline=headline.counts)


def count_known_words(
    docs: Sequence[Doc],
    weights: dict[str, float],
    vocabulary: dict[str, int],
    default_lang: str = "en",
) -> TermCounts:
    """Count the words of *docs* that *vocabulary* knows, in its columns (others are ignored)."""
    raw, raw_terms, raw_headline = raw_counts_and_headline(docs, weights)
    langs = doc_languages(docs, raw, raw_terms, default_lang)
    counted = stemmed(raw, raw_terms, langs, vocabulary)
    headline = headline_terms(raw_headline, raw_terms, langs, vocabulary)
    return replace(counted, headline=headline.counts)


def headline_terms(
    raw_headline: sparse.csr_matrix,
    raw_terms: Sequence[str],
    langs: Sequence[str],
    vocabulary: dict[str, int],
) -> TermCounts:
    """Return the terms of *vocabulary* in each doc's title, tags, category or headings (a 1 for
    each; *raw_headline* counts their words as written), with the words written for them there."""
    found = stemmed(raw_headline, raw_terms, langs, vocabulary)
    found.counts.data[:] = 1.0
    return found


def raw_counts(
    docs: Sequence[Doc], weights: dict[str, float]
) -> tuple[sparse.csr_matrix, list[str]]:
    """Return the weighted counts of the words of *docs* as written, and those words."""
    vocabulary: dict[str, int] = defaultdict()
    vocabulary.default_factory = vocabulary.__len__  # type: ignore[attr-defined]
    counts = weighted_counts(docs, weights, vocabulary.__getitem__, lambda: len(vocabulary))
    return counts, list(vocabulary)


def raw_counts_and_headline(
    docs: Sequence[Doc], weights: dict[str, float]
) -> tuple[sparse.csr_matrix, list[str], sparse.csr_matrix]:
    """Return raw_counts, and the counts of the words of each doc's HEADLINE fields.

    The fields counted for both are counted once: titles, tags and categories are read once.
    """
    vocabulary: dict[str, int] = defaultdict()
    vocabulary.default_factory = vocabulary.__len__  # type: ignore[attr-defined]
    weighed = [name for name, weight in weights.items() if weight]
    counted = _counted_fields(docs, [*weighed, *HEADLINE], vocabulary.__getitem__)
    counts = _weighted_sum(counted, weights, len(docs), len(vocabulary))
    shared = _shared_blocks(docs, weights.get("body", 0.0), vocabulary.__getitem__)
    size = len(vocabulary)
    if shared is not None:
        counts = (_resized(counts, size) + _resized(shared, size)).tocsr()
    headline = _weighted_sum(counted, HEADLINE, len(docs), size)
    return _resized(counts, size), list(vocabulary), headline


def doc_languages(
    docs: Sequence[Doc], raw: sparse.csr_matrix, raw_terms: Sequence[str], default_lang: str
) -> tuple[str, ...]:
    """Return each doc's language: the one it declares if known, else a guess from its words."""
    declared = [language_code(doc.lang) for doc in docs]
    default = language_code(default_lang) or "en"
    unknown = [row for row, code in enumerate(declared) if not known(code)]
    if unknown:
        guessed = guess_languages(raw[unknown], raw_terms, default)
        for row, code in zip(unknown, guessed, strict=True):
            declared[row] = code
    return tuple(declared)  # type: ignore[arg-type]


def guess_languages(counts: sparse.csr_matrix, terms: Sequence[str], default: str) -> list[str]:
    """Return each row's likeliest language: the one whose stop words it uses most.

    Each different word counts once, a stop word of n languages 1/n for each. *counts* holds a
    row of word counts per post over *terms*. Only languages with a stemmer and words of
    GUESS_MIN_LENGTH letters or more take part; the default language is favoured by
    GUESS_DEFAULT_ADVANTAGE, and a row where the winner's stop words are fewer than
    GUESS_MIN_STOP_WORDS or GUESS_MIN_SHARE of its words gets *default*, unless they are at
    least GUESS_SHORT_STOP_WORDS different words and GUESS_SHORT_LEAD times the default
    language's (a short Italian post with four Italian stop words and one English one is
    Italian; "My cat", one Romanian stop word, stays in the default).
    """
    candidates = sorted(code for code in SNOWBALL if known(code))
    column = {term: i for i, term in enumerate(terms) if len(term) >= GUESS_MIN_LENGTH}
    # a stop word of many languages ("for" is Danish and Esperanto too) says little of which
    languages_of = Counter(word for code in candidates for word in stop_words(code))
    rows, columns, values = [], [], []
    for j, code in enumerate(candidates):
        advantage = GUESS_DEFAULT_ADVANTAGE if code == default else 1.0
        for word in stop_words(code):
            i = column.get(word)
            if i is not None:
                rows.append(i)
                columns.append(j)
                values.append(advantage / languages_of[word])
    marks = sparse.csr_matrix(
        (np.asarray(values, dtype=np.float32), (rows, columns)),
        shape=(len(terms), len(candidates)),
    )
    # each word once: a word repeated (a title counts three times) is one piece of evidence, and
    # "masa" (Spanish dough, an Indonesian stop word) in a title and twice in the body was three
    present = (counts > 0).astype(np.float32)
    hits = np.asarray((present @ marks).todense())
    counted = np.zeros(len(terms), dtype=np.float32)
    counted[list(column.values())] = 1.0
    totals = counts @ counted
    best = hits.argmax(axis=1)
    stops = (marks > 0).astype(np.float32)
    found = np.asarray((counts @ stops).todense())
    share = found[np.arange(counts.shape[0]), best]
    enough = (share >= GUESS_MIN_STOP_WORDS) & (share >= GUESS_MIN_SHARE * totals)
    if default in candidates:  # a short post: a few stop words of one language, next to none
        distinct = np.asarray((present @ stops).todense())
        lead = distinct[np.arange(counts.shape[0]), best]
        others = distinct[:, candidates.index(default)]
        enough |= (lead >= GUESS_SHORT_STOP_WORDS) & (lead >= GUESS_SHORT_LEAD * others)
    return [
        candidates[choice] if enough else default
        for choice, enough in zip(best.tolist(), enough.tolist(), strict=True)
    ]


def stemmed(
    raw: sparse.csr_matrix,
    raw_terms: Sequence[str],
    langs: Sequence[str],
    vocabulary: dict[str, int] | None,
) -> TermCounts:
    """Return *raw* counts merged into terms: each doc's words stemmed in its language.

    With *vocabulary*, the terms are its keys, in its columns; else they are the terms found,
    sorted. A word that is no term (a stop word, a number...) is dropped.
    """
    groups: dict[str, list[int]] = {}
    for row, code in enumerate(langs):
        groups.setdefault(code, []).append(row)
    mapped = {code: _term_of_words(raw, rows, raw_terms, code) for code, rows in groups.items()}
    if vocabulary is None:
        found = sorted({term for terms in mapped.values() for term in terms.values()})
        vocabulary = {term: column for column, term in enumerate(found)}
    size = len(vocabulary)
    counts = sparse.csr_matrix((raw.shape[0], size), dtype=np.float32)
    readable = {}
    for code, rows in groups.items():
        words = [
            (word, vocabulary[term]) for word, term in mapped[code].items() if term in vocabulary
        ]
        merge = sparse.csr_matrix(
            (
                np.ones(len(words), dtype=np.float32),
                ([word for word, _ in words], [column for _, column in words]),
            ),
            shape=(raw.shape[1], size),
        )
        select = sparse.csr_matrix(
            (np.ones(len(rows), dtype=np.float32), (rows, np.arange(len(rows)))),
            shape=(raw.shape[0], len(rows)),
        )
        counts = counts + select @ (raw[rows] @ merge)
        readable[code] = _readable(raw[rows], words, raw_terms, size)
    counts = counts.tocsr()
    counts.sort_indices()
    terms = tuple(sorted(vocabulary, key=vocabulary.__getitem__))
    return TermCounts(counts, terms, tuple(langs), readable)


def _term_of_words(
    raw: sparse.csr_matrix, rows: list[int], raw_terms: Sequence[str], code: str
) -> dict[int, str]:
    """Return the term of each word the docs *rows* use (by the word's column), if it is one."""
    used = np.flatnonzero(np.asarray(raw[rows].sum(axis=0)).ravel())
    stops = stop_words(code)
    prose = [i for i in used.tolist() if wanted(raw_terms[i], stops)]
    terms = dict(zip(prose, stem_words(code, [raw_terms[i] for i in prose]), strict=True))
    for i in used.tolist():
        word = raw_terms[i]
        if word.startswith(CODE_MARK) and wanted(word[1:], frozenset()) and len(word) > 3:
            terms[i] = word
    return terms


def _readable(
    raw: sparse.csr_matrix, words: list[tuple[int, int]], raw_terms: Sequence[str], size: int
) -> np.ndarray:
    """Return, for each term column, the prose word of letters the docs of *raw* wrote most for
    it, or "" (code, "a_0").

    A tie goes to the shorter word, then the first in alphabetical order ("host", not "hosts"),
    whatever order the posts were read in.
    """
    totals = np.asarray(raw.sum(axis=0)).ravel().tolist()
    best = [0.0] * size
    readable = np.full(size, "", dtype=object)
    for word, column in words:
        text = raw_terms[word]
        if not text.isalpha():  # "a_0", "query_utils": code a reader would not call a subject
            continue
        total = totals[word]
        if total > best[column] or (
            total == best[column] and (len(text), text) < (len(readable[column]), readable[column])
        ):
            best[column] = total
            readable[column] = text
    return readable


def weighted_counts(
    docs: Sequence[Doc], weights: dict[str, float], lookup, columns
) -> sparse.csr_matrix:
    """Count each doc's terms field by field, each field scaled by its weight.

    *lookup* gives a term's column; *columns()*, called after counting, how many columns there are.
    Code words are looked up with a leading CODE_MARK; shared blocks count in the body at their
    share.
    """
    counted = _counted_fields(docs, [name for name, weight in weights.items() if weight], lookup)
    shared = _shared_blocks(docs, weights.get("body", 0.0), lookup)
    size = columns()
    total = _weighted_sum(counted, weights, len(docs), size)
    if shared is not None:
        total = total + _resized(shared, size)
    return total.tocsr()


def _counted_fields(docs: Sequence[Doc], names: Sequence[str], lookup) -> dict:
    """Return the CSR arrays of the word counts of each field *names* has (each field once)."""
    return {
        name: _count_texts(_field_texts(docs, name), _lookup_of(name, lookup))
        for name in dict.fromkeys(names)
        if name in FIELDS or name in HEADLINE
    }


def _weighted_sum(counted: dict, weights: dict[str, float], rows: int, size: int):
    """Return the sum of the *counted* fields, each scaled by its weight (0: left out)."""
    total = sparse.csr_matrix((rows, size), dtype=np.float32)
    for name, (data, indices, indptr) in counted.items():
        weight = weights.get(name, 0.0)
        if weight:
            counts = sparse.csr_matrix(
                (np.asarray(data, dtype=np.float32), np.asarray(indices, dtype=np.int64), indptr),
                shape=(rows, size),
            )
            total = total + counts * np.float32(weight)
    return total.tocsr()


def _lookup_of(name: str, lookup):
    if name != "code":
        return lookup
    return lambda word: lookup(CODE_MARK + word)


def _shared_blocks(docs: Sequence[Doc], weight: float, lookup) -> sparse.csr_matrix | None:
    """Return the counts of the docs' shared blocks, each scaled by its share, or None."""
    owners = [(row, text, share) for row, doc in enumerate(docs) for text, share in doc.shared]
    if not owners or not weight:
        return None
    data, indices, indptr = _count_texts([text for _, text, _ in owners], lookup)
    blocks = sparse.csr_matrix(
        (np.asarray(data, dtype=np.float32), np.asarray(indices, dtype=np.int64), indptr)
    )
    scale = sparse.csr_matrix(
        (
            np.asarray([share * weight for _, _, share in owners], dtype=np.float32),
            ([row for row, _, _ in owners], np.arange(len(owners))),
        ),
        shape=(len(docs), len(owners)),
    )
    return scale @ blocks


def _resized(matrix: sparse.csr_matrix, columns: int) -> sparse.csr_matrix:
    matrix = matrix.tocsr()
    matrix.resize((matrix.shape[0], columns))
    return matrix


def _field_texts(docs: Sequence[Doc], field: str) -> list[str]:
    if field == "tags":
        return [" ".join(doc.tags) for doc in docs]
    return [getattr(doc, field) for doc in docs]


def _count_texts(texts: Sequence[str], lookup) -> tuple[list[int], list[int], list[int]]:
    """Return the CSR arrays (data, columns, row starts) of the word counts of *texts*."""
    indptr, indices, data = [0], [], []
    for text in texts:
        if not text:  # no tags, no category, no heading: nothing to split
            indptr.append(len(indices))
            continue
        # translate, split, Counter and map run in C: a few Python calls per text, none per word;
        # one-letter words are dropped with the other unwanted terms, once per term
        counts = Counter(_words(text))
        indices.extend(map(lookup, counts))
        data.extend(counts.values())
        indptr.append(len(indices))
    return data, indices, indptr


def _words(text: str) -> list[str]:
    """Return the runs of word characters of *text*, lowercased (what a regex `\\w+` finds),
    a run of Chinese or Japanese characters as its pairs of characters."""
    text = text.lower()
    if text.isascii():
        return text.translate(_SEPARATORS).split()
    found = set(_NON_ASCII.findall(text))
    words = _ascii_separators(text, found).translate(_SEPARATORS).split()
    return _cjk_pairs(words) if _CJK.search("".join(found)) else words


# Han ideographs and kana: Chinese and Japanese write no spaces, so a sentence was one "word" and
# two posts about 東京 shared none. Each run of ideographs or katakana is read as its overlapping
# pairs (東京都 → 東京, 京都), as search engines index these languages: a two-character word is
# found whole, anywhere. Hiragana, Japanese grammar far more often than a topic (で, を, ました),
# separate the runs.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_RUN = re.compile(r"[\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def _cjk_pairs(words: list[str]) -> list[str]:
    """Return *words* with each run of Chinese or Japanese characters made its pairs."""
    found = []
    for word in words:
        if not _CJK.search(word):
            found.append(word)
            continue
        found.extend(_CJK.sub(" ", word).split())  # the Latin letters or digits beside them
        for run in _CJK_RUN.findall(word):
            found.extend([run[i : i + 2] for i in range(len(run) - 1)] or [run])
    return found


def _ascii_separators(text: str, found: set[str]) -> str:
    """Return *text* with its non-ASCII separators (dashes, curly quotes...), of the non-ASCII
    characters *found* in it, made spaces.

    Text is often non-ASCII for its punctuation only, and once that is gone, str.translate takes
    its ASCII fast path: 20 times faster (a fifth of generated posts, many real ones).
    """
    for character in found:
        if _SEPARATORS[ord(character)] == 32:
            text = text.replace(character, " ")
    return text


_HEX = re.compile(r"[0-9a-f]*[0-9][0-9a-f]*|[a-f]{2}")


def wanted(term: str, stops: frozenset[str] = frozenset()) -> bool:
    """Return whether *term* may be a term: 2+ characters, no stop word, no number, no hex.

    A number is a word that starts with a digit ("2019", "3d"); hex is made of hex digits with at
    least one decimal digit ("a3", "f00d1e", a commit hash), or two of the letters a-f alone ("ba",
    "fe": bytes of a hex dump far more often than words); "_id" is no word either.
    """
    return (
        len(term) > 1 and term[0].isalpha() and term not in stops and _HEX.fullmatch(term) is None
    )
