"""What relating gives Pelican and the cache: relations and links, plain Python, no numpy.

Kept apart from relate.py so a build that takes its related posts from the cache (nothing changed)
reads them without importing numpy and scipy (relate.py's), ~0.3 s of a small blog's build.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

# Words shown as the reason of a link ("also about a, b and c").
REASON_WORDS = 3
_WORD = re.compile(r"\w+")
# Adjectives a post's words or a tag's parts ("hard-days") bring, which are no subject on their
# own: "Also about kindness and hard" reads as broken English. A tag is always kept as it is.
NOT_SUBJECTS = frozenset(
    (
        *("hard", "good", "bad", "new", "old", "little", "big", "small", "great", "best"),
        *("better", "worse", "worst", "easy", "difficult", "simple", "quick", "slow", "long"),
        *("short", "high", "low", "real", "true", "whole", "same", "other", "own", "first"),
        *("last", "next", "nice", "happy", "sad", "tiny", "huge", "full", "empty", "many"),
        *("dur", "dure", "bon", "bonne", "bons", "nouveau", "nouvelle", "petit", "petite"),
        *("grand", "grande", "facile", "difficile", "vrai", "vraie", "premier", "dernier"),
        *("beau", "belle", "mauvais", "mauvaise", "même", "autre"),
    )
)


class Relation(NamedTuple):
    """One related post as the index sees it: positions and scores, no Pelican objects.

    A named tuple, so the cache pickles and reads thousands of them fast.
    """

    target: int
    score: float
    rank_score: float
    shared_tags: tuple[str, ...]
    shared_terms: tuple[str, ...]
    pinned: bool = False
    boosted: bool = False  # the boost put it above a more relevant candidate

    @property
    def reason(self) -> tuple[str, ...]:
        """Return the words that explain the link: shared tags first, then shared terms."""
        return reason_words(self.shared_tags, self.shared_terms)


@dataclass(slots=True)  # not frozen: 4x faster to make, and 10,000 posts have 50,000 links
class RelatedLink:
    """One link of `article.promote_related`, what the template renders.

    kind is "post" (one of the site's posts: `article` is set, `url` is site-relative) or "friend"
    (a friend's post: `friend` names them, `url` is absolute). `reason` holds the words "you both
    wrote about": shared tags first, then the strongest shared terms. `hard_time`: a friend's
    post that tells of a loss, an illness or a hard time (no thank-you draft suggests it as a
    read to enjoy).
    """

    kind: str
    title: str
    url: str
    score: float
    rank_score: float
    reason: tuple[str, ...]
    shared_tags: tuple[str, ...] = ()
    shared_terms: tuple[str, ...] = ()
    pinned: bool = False
    article: object | None = None
    friend: str = ""
    date: datetime | None = None
    boosted: bool = False
    hard_time: bool = False


def reason_words(tags: Sequence[str], terms: Sequence[str]) -> tuple[str, ...]:
    """Return up to three words: the shared tags, then shared terms nothing before already says
    and that are subjects (not a bare adjective: NOT_SUBJECTS).

    A tag says each of its words: after "Node.js", "node" and "js" would say it again; after
    "links", "link" would ("Also about links, link and sentence").
    """
    words = list(tags[:REASON_WORDS])
    said = {_singular(part) for tag in words for part in _WORD.findall(tag.lower())}
    for term in terms:
        if len(words) >= REASON_WORDS:
            break
        if term.lower() in NOT_SUBJECTS:
            continue
        if _singular(term.lower()) not in said:
            words.append(term)
            said.add(_singular(term.lower()))
    return tuple(words)


def _singular(word: str) -> str:
    """Return *word* without a plural's final "s" ("links" is "link"; "bus" stays)."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
