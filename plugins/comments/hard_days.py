"""Hard days: a post that tells of a loss, an illness or a hard time is a support post unless its
author says otherwise.

`Support: true` marks a hard day (a yes in the drafts' languages too, « Support: oui », written back
as "true" for the theme; a value that says neither yes nor no warns and is read as unsaid): its
stars read "I see you", no milestone or badge is celebrated on it, and the thank-you drafts to its
commenters are quiet; its translations that say nothing of it are hard days too. A post whose
metadata says nothing, and whose title, summary or opening tells of a loss, an illness or a hard
time (the words the thank-you drafts' tone reader looks for: "after my father died", "a hard day",
"the scan showed something"), is taken as one, with a warning that names the file and the words and
says how to decide otherwise. A passing mention further down (a tech post's "Python 2's end of life"
in its fifth paragraph) decides nothing, nor does a hard time that is not the author's own: news, a
data dive or a review ("2023's tech layoffs, by the numbers", "Grief in The Last of Us"), a server's
"tough week", a lost match (`reply_drafts.grief.tells_own_life`).
"""

from __future__ import annotations

import logging
import re
from html import unescape

from pelican.generators import ArticlesGenerator

from goldstar_support.articles import all_articles, is_support_post, support_said
from goldstar_support.files import shown_path

from .hard_days_cache import KnownHardDays

logger = logging.getLogger(__name__)

# HTML characters read to find the opening's text: four times reply_drafts.grief.OPENING, the
# characters of text it reads (markup and attributes weigh more). Not imported from there: importing
# grief compiles its word lists, which a build whose posts did not change never needs.
OPENING_HTML = 4 * 200
# The word lists cost about 0.5 ms a post, read through an index of their cues
# (reply_drafts/cue_index.py): 2 ms before it (benchmarks/hard_days.py, docs/benchmarks.md).
_TAG = re.compile(r"<[^<>]*>")


def mark_hard_days(generator: ArticlesGenerator) -> None:
    """Mark every post that tells of a hard time and says nothing of it as a support post."""
    known = KnownHardDays(generator.settings)  # an unchanged post is not read again
    for article in all_articles(generator):
        if "support" in article.metadata:
            said = support_said(article.metadata["support"])
            if said is not None:  # the author said, maybe in French: « Support: oui »
                article.metadata["support"] = "true" if said else "false"  # as the theme reads
                continue
            _warn_unread(article)
            del article.metadata["support"]  # read as if unsaid
        cues = known.cues(opening_parts(article), read_opening)
        if cues:
            article.metadata["support"] = "true"
            _warn(article, cues)
    known.save()
    share_with_translations(all_articles(generator))


def share_with_translations(articles) -> None:
    """Mark every translation of a hard day that says nothing of it as one too: a hard day is
    one in every language, under the same comments ("Some news", `Support: true`, had its French
    « Des nouvelles » celebrate « 25 étoiles des lecteurs : merci ! »). A translation that says
    `Support: false` keeps its author's word."""
    for article in articles:
        if not is_support_post(article):
            continue
        for translation in getattr(article, "translations", ()):
            if "support" not in translation.metadata:
                translation.metadata["support"] = article.metadata["support"]


def hard_day_cues(article: object) -> tuple[str, ...]:
    """Return the words of a loss, an illness or a hard time in *article*'s title, summary
    (the one its author wrote) and opening."""
    return read_opening(*opening_parts(article))


def read_opening(title: str, summary: str, text: str) -> tuple[str, ...]:
    """Return the words of a hard time in a post's *title*, *summary* and opening *text*."""
    from reply_drafts.grief import hard_time_cues  # the word lists compile at first use

    return hard_time_cues(title, summary, text)


def opening_parts(article: object) -> tuple[str, str, str]:
    """Return the text of *article*'s title, summary and opening: what tells of a hard day."""
    metadata = getattr(article, "metadata", {})
    html = getattr(article, "_content", "") or ""
    title, summary = (_text(metadata.get(key, "")) for key in ("title", "summary"))
    return title, summary, _text(html[:OPENING_HTML])


def _text(html: object) -> str:
    """Return the words of *html* (a title, a summary or a post's opening), without markup."""
    return unescape(_TAG.sub(" ", str(html)))


def _warn_unread(article: object) -> None:
    path = getattr(article, "source_path", "") or "a post"
    logger.warning(
        "%s: `Support: %s` says neither yes nor no (true, yes, oui, sí, ja, sì, sim; false, no, "
        "non, nein, não), so its words decide whether it is shown as a hard day",
        shown_path(path),
        article.metadata["support"],
    )


def _warn(article: object, cues: tuple[str, ...]) -> None:
    path = getattr(article, "source_path", "") or "a post"
    words = ", ".join(f"“{cue}”" for cue in cues[:3])
    logger.warning(
        "%s: reads as a hard day (%s), so it is shown as one: its stars read “I see you”, nothing "
        "is celebrated and the thank-you drafts are quiet. Add `Support: true` to its metadata to "
        "say so, or `Support: false` to celebrate it.",
        shown_path(path),
        words,
    )
