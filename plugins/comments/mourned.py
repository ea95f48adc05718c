"""Posts whose readers offer condolences: a hard day the post's own words did not tell.

hard_days.py reads a post's title, summary and opening; "Goodbye, Dad" or "In memory of my
father" tell it no loss. The readers know: when two of them offer condolences ("so sorry for your
loss", "my condolences"), or every reader who commented does, a post whose metadata says nothing
of `Support:` is a support post (no milestone party, quiet stars), with a warning that names the
file and says how to decide otherwise. Read again whenever the thread changes (the bake too).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator

from .tones import reading_of

logger = logging.getLogger(__name__)

# What marks a post as mourned by its readers, kept on it so a later read can take it back.
MARKED = "support_from_readers"
ENOUGH = 2  # readers offering condolences; fewer do when they are all the readers who commented


def mark_mourned_posts(articles: Iterable) -> None:
    """Mark each post whose readers offer condolences, and whose author said nothing of
    `Support:`, as a support post; take the mark back from one whose readers no longer do."""
    for article in articles:
        if getattr(article, MARKED, False):
            del article.metadata["support"]  # read again from its comments as they are now
            setattr(article, MARKED, False)
        if "support" in article.metadata:
            continue  # the author said, or the post's own words told (hard_days.py)
        condolences = offered_condolences(getattr(article, "comments", None) or [])
        if condolences:
            article.metadata["support"] = "true"
            setattr(article, MARKED, True)
            _warn(article, condolences)


def offered_condolences(comments: list) -> int:
    """Return how many readers' comments of a thread offer the author condolences, when they
    are enough to tell a loss (0 otherwise)."""
    readers = [comment for comment in _walk(comments) if not comment.by_author]
    grieving = [comment for comment in readers if comment.tone == "grief"]
    if not grieving:
        return 0  # most threads: no reading at all
    from reply_drafts.tone import read_tone  # loaded by tones.py already

    comforting = sum(read_tone(*reading_of(comment)).comforting for comment in grieving)
    return comforting if comforting >= min(ENOUGH, len(readers)) else 0


def _walk(comments: list) -> Iterator:
    """Yield every comment of a reply tree."""
    stack = list(comments)
    while stack:
        comment = stack.pop()
        yield comment
        stack.extend(comment.replies)


def _warn(article: object, condolences: int) -> None:
    path = getattr(article, "source_path", "") or "a post"
    relative = os.path.relpath(path) if os.path.isabs(path) else path
    logger.warning(
        "%s: %d readers offer condolences in its comments, so it is shown as a hard day: its "
        "stars read “I see you” and nothing is celebrated. Add `Support: true` to its metadata "
        "to say so, or `Support: false` to celebrate it.",
        path if relative.startswith("..") else relative,
        condolences,
    )
