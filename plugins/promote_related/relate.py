"""Rank related posts: the site's own (with pins and the promote boost) and friends' posts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import compress
from typing import NamedTuple

import numpy as np
from scipy import sparse

from .boost import rank_score
from .index import (
    COMMON_FADE_POSTS,
    Candidates,
    ranked_order,
    shared_terms,
    top_candidates,
    top_k,
    with_feedback,
)
from .results import REASON_WORDS, Relation

# The least product of a term's weights in two posts' unit vectors for it to be shown as a reason:
# a word both posts only mention is no reason a reader would believe.
REASON_LEAST_WEIGHT = 0.01
# The least relevance (with feedback) of a link: a post that shares one stray word with a
# candidate ("gente", "wasser") whose neighbours share none falls below it. 0.03: no labeled set
# loses precision (0.04 cost bossylobster 0.005), and the links it drops were all wrong ones there.
LEAST_RELEVANCE = 0.03
# A tag on more than this share of the posts is no reason for a link.
COMMON_TAG = 0.8
# Candidates looked at per post for each link kept, so the boost has near-ties to choose among.
CANDIDATES_PER_LINK = 3


class Readable(NamedTuple):
    """What reasons are written in: each post's language, each language's word per term, and
    the terms each post's title, tags, category or headings have (a reason is one of those of
    either post; None: any term)."""

    langs: Sequence[str]
    words: dict[str, np.ndarray]
    headline: sparse.csr_matrix | None = None


def common_tags(first: Sequence[str], second: Sequence[str]) -> tuple[str, ...]:
    """Return the tags two posts share (case-insensitive), in the first post's order."""
    other = {tag.lower() for tag in second}
    return tuple(tag for tag in first if tag.lower() in other)


def _shared_tags(tags: Sequence[Sequence[str]], target_tags: Sequence[Sequence[str]]):
    """Return common_tags as a function of two positions, for 50,000 pairs at 10,000 posts.

    Each post's tags are lowercased once, not once per pair. A tag nearly every post carries
    (COMMON_TAG of them) is no reason: "also about life" says nothing; a series' tag on four
    posts of six still is.
    """
    lowered = [tuple(tag.lower() for tag in each) for each in tags]
    carriers = Counter(tag for each in lowered for tag in set(each))
    least = max(COMMON_TAG * len(tags), COMMON_FADE_POSTS - 1)
    common = {tag for tag, count in carriers.items() if count > least}
    target_sets = [frozenset(tag.lower() for tag in each) - common for each in target_tags]

    def shared(post: int, target: int) -> tuple[str, ...]:
        other = target_sets[target]
        if other.isdisjoint(lowered[post]):
            return ()
        return tuple(compress(tags[post], map(other.__contains__, lowered[post])))

    return shared


def relate_own(
    matrix: sparse.csr_matrix,
    readable: Readable,
    tags: Sequence[Sequence[str]],
    needs: Sequence[float],
    pins: Sequence[Sequence[int]],
    max_links: int,
    min_score: float,
    boost: float,
) -> list[list[Relation]]:
    """Return each post's related posts: its pins first, then the best by boosted relevance.

    One top-k product finds each post's candidates by the cosine of their own words (a link needs
    *min_score* there, so feedback never links two posts that say nothing alike); the candidates
    are then scored with feedback from each post's nearest posts (index.with_feedback) and ranked
    by that score, boosted. The reasons come from *matrix*.
    """
    direct = top_candidates(
        matrix, matrix, max_links * CANDIDATES_PER_LINK, min_score, exclude_self=True
    )
    scores = with_feedback(direct, matrix.shape[0]).astype(np.float32)
    kept = scores >= np.float32(LEAST_RELEVANCE)
    found = Candidates(direct.rows[kept], direct.columns[kept], scores[kept])
    # Python floats (float64) for the ranking, as rank_score computes for a pin
    ranks = rank_score(found.scores.astype(np.float64), np.asarray(needs)[found.columns], boost)
    order = ranked_order(found.rows, found.columns, ranks)
    starts = np.searchsorted(found.rows[order], np.arange(len(pins) + 1)).tolist()
    ranked = list(
        zip(
            found.columns[order].tolist(),
            found.scores[order].astype(np.float64).tolist(),
            ranks[order].tolist(),
            strict=True,
        )
    )
    picks = []
    for post, pinned in enumerate(pins):
        candidates = ranked[starts[post] : starts[post + 1]]
        if pinned:
            picks.append(_with_pins(pinned, candidates, needs, boost, max_links))
        else:
            chosen = _with_boosted(candidates[:max_links], candidates)
            picks.append(
                [(target, score, ranked, False, up) for target, score, ranked, up in chosen]
            )
    return _with_reasons(picks, matrix, matrix, readable, tags, tags)


def _with_boosted(
    chosen: Sequence[tuple[int, float, float]], candidates: Sequence[tuple[int, float, float]]
) -> list[tuple[int, float, float, bool]]:
    """Return *chosen* (best rank score first), each marked if the boost put it above a post of
    more relevance: one ranked below it or left out."""
    relevance = sorted(candidates, key=lambda candidate: (-candidate[1], candidate[0]))
    place = {candidate[0]: position for position, candidate in enumerate(relevance)}
    return [(*pick, place[pick[0]] > position) for position, pick in enumerate(chosen)]


def _with_pins(
    pinned: list[int],
    candidates: Sequence[tuple[int, float, float]],
    needs: Sequence[float],
    boost: float,
    max_links: int,
) -> list[tuple[int, float, float, bool, bool]]:
    """Return a post's picks: its pins, then its best other candidates while there is room."""
    scores = {target: score for target, score, _ in candidates}
    chosen = [
        (target, scores.get(target, 0.0), rank_score(scores.get(target, 0.0), needs[target], boost))
        for target in pinned
    ]
    room = max(max_links - len(chosen), 0)
    others = [candidate for candidate in candidates if candidate[0] not in pinned]
    return [(*pick, True, False) for pick in chosen] + [
        (target, score, ranked, False, boosted)
        for target, score, ranked, boosted in _with_boosted(others[:room], others)
    ]


def relate_friends(
    matrix: sparse.csr_matrix,
    friend_matrix: sparse.csr_matrix,
    readable: Readable,
    friends: Sequence[str],
    tags: Sequence[Sequence[str]],
    friend_tags: Sequence[Sequence[str]],
    per_post: int,
    per_friend: int,
    min_score: float,
    friend_headline: sparse.csr_matrix | None = None,
) -> list[list[Relation]]:
    """Return, for each post, the friends' posts most related to it, a few per friend at most.

    *friend_headline* has the terms of each friend's post's title and tags (Index.read).
    """
    if per_post == 0 or friend_matrix.shape[0] == 0:
        return [[] for _ in range(matrix.shape[0])]
    wanted = min(friend_matrix.shape[0], per_post * max(per_friend, 1) * 8)
    picks: list[list[tuple[int, float, float, bool, bool]]] = []
    for found in top_k(matrix, friend_matrix, wanted, min_score):
        chosen: list[tuple[int, float, float, bool, bool]] = []
        taken: dict[str, int] = {}
        for target, score in found:
            friend = friends[target]
            if taken.get(friend, 0) < per_friend and len(chosen) < per_post:
                taken[friend] = taken.get(friend, 0) + 1
                chosen.append((target, score, score, False, False))
        picks.append(chosen)
    return _with_reasons(picks, matrix, friend_matrix, readable, tags, friend_tags, friend_headline)


def _with_reasons(
    picks: Sequence[Sequence[tuple[int, float, float, bool, bool]]],
    matrix: sparse.csr_matrix,
    target_matrix: sparse.csr_matrix,
    readable: Readable,
    tags: Sequence[Sequence[str]],
    target_tags: Sequence[Sequence[str]],
    target_headline: sparse.csr_matrix | None = None,
) -> list[list[Relation]]:
    """Turn picks (target, score, rank score, pinned, boosted) into relations with their reasons."""
    posts = [post for post, chosen in enumerate(picks) for _ in chosen]
    targets = [pick[0] for chosen in picks for pick in chosen]
    words = iter(reason_terms(matrix, posts, target_matrix, targets, readable, target_headline))
    shared_tags = _shared_tags(tags, target_tags)
    return [
        [
            # positional: a third faster to make than with keywords, for 50,000 relations
            Relation(target, score, ranked, shared_tags(post, target), next(words), pinned, boosted)
            for target, score, ranked, pinned, boosted in chosen
        ]
        for post, chosen in enumerate(picks)
    ]


def _subjects(
    headline: sparse.csr_matrix,
    rows: Sequence[int],
    target_headline: sparse.csr_matrix,
    columns: Sequence[int],
) -> sparse.csr_matrix:
    """Return, a row per pair, the terms that may be its reasons: the subjects one of the two
    posts names (title, tags, category, headings) that the blog names more than once, or that
    both name. A word one title happens to use ("Why I Started...") is no subject of the blog.
    """
    recurring = (np.asarray(headline.sum(axis=0)).ravel() >= 2).astype(np.float32)
    named = (headline[rows] + target_headline[columns]).tocsr()
    return (named @ sparse.diags(recurring) + (named > 1)).tocsr()


def reason_terms(
    matrix: sparse.csr_matrix,
    posts: Sequence[int],
    target_matrix: sparse.csr_matrix,
    targets: Sequence[int],
    readable: Readable,
    target_headline: sparse.csr_matrix | None = None,
) -> list[tuple[str, ...]]:
    """Return the words that weigh most in each (post, target) pair, in the post's language.

    A word is a subject of the post or the target (_subjects; *target_headline* has the
    targets' headline terms when they are not the site's posts).
    """
    found: list[tuple[str, ...]] = [()] * len(posts)
    by_language: dict[str, list[int]] = {}
    for pair, post in enumerate(posts):
        by_language.setdefault(readable.langs[post], []).append(pair)
    headline = readable.headline
    if target_headline is None:
        target_headline = headline
    for lang, pairs in by_language.items():
        rows = [posts[pair] for pair in pairs]
        columns = [targets[pair] for pair in pairs]
        allowed = None
        if headline is not None and target_headline is not None:
            allowed = _subjects(headline, rows, target_headline, columns)
        words = shared_terms(
            matrix,
            rows,
            target_matrix,
            columns,
            readable.words[lang],
            REASON_WORDS + 2,
            REASON_LEAST_WEIGHT,
            allowed,
        )
        for pair, each in zip(pairs, words, strict=True):
            found[pair] = each
    return found
