"""The promote boost: among posts of similar relevance, prefer the ones that need readers.

A candidate's need is a number from 0 to 1:

    need = 0.5 / (1 + inbound_links) + 0.5 * age_days / (age_days + evergreen_days)

where `inbound_links` counts the other pages of the site (posts and pages) that link to it, and
`age_days` is its age on the day of the site's newest post (not the build day, so a build is
reproducible). The age part never saturates: a post as old as `evergreen_days` gets half of it,
one four times older four fifths, so among old posts the older still needs readers more (a cap at
one year made it the same for most posts of a long-running blog, and the boost inert). A post
nobody links to, years old, needs readers most (close to 1); a new post that many pages link to
needs them least (close to 0). The ranking score is

    rank_score = relevance * (1 + boost * need)

so with the default boost of 0.2 a needy post can pass a better-known one only when their
relevances are within 20% of each other: the boost breaks near-ties, it never promotes an
unrelated post.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime


def need_scores(
    inbound_links: Sequence[int], dates: Sequence[datetime], evergreen_days: int
) -> list[float]:
    """Return each post's need for readers, from 0 (needs none) to 1 (needs them most)."""
    if not dates:
        return []
    newest = max(dates)
    needs = []
    for links, date in zip(inbound_links, dates, strict=True):
        age_days = max((newest - date).days, 0)
        needs.append(0.5 / (1 + links) + 0.5 * age_days / (age_days + evergreen_days))
    return needs


def rank_score(relevance: float, need: float, boost: float) -> float:
    """Return the score a candidate is ranked by: its relevance, boosted by its need."""
    return relevance * (1 + boost * need)
