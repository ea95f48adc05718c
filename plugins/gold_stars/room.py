"""Reading the room before cheering a comment with a great big gold star or a quote on the wall.

A gold-starred comment that reads as an insult or an advertisement (the author let it through)
earns nothing, and its gold star is not shown. One that tells of a loss, an illness or a reader in
crisis counts as a comment, but its gold star is said plainly, its stars earn no badge, and its
words are never quoted on the wall of gold stars.
"""

from __future__ import annotations

import logging

from markupsafe import Markup

from goldstar_support.files import shown_path

logger = logging.getLogger(__name__)

# Tones (reply_drafts.tone labels) that earn nothing and show no cheer.
UNCHEERED = frozenset({"hostile", "spam"})
# Tones cheered quietly: counted as a comment, never celebrated.
QUIET = frozenset({"grief"})


def tone_of(comment, support: bool = False) -> str:
    """Return the tone label of *comment*, read once and kept on it (*support*: a hard day's)."""
    if comment.tone is None:
        comment.tone = read(comment, support).label
    return comment.tone


def read(comment, support: bool = False):
    """Return what reply_drafts.tone reads in *comment* (its Markdown, else its text)."""
    # Imported at first use: its word lists take 0.1 s to compile, and a site may have no comments.
    from reply_drafts.tone import read_tone

    text = comment.markdown or Markup(comment.html).striptags()
    return read_tone(text, comment.author or "", comment.website or "", support)


def warn_hidden_gold_star(article, comment, support: bool = False) -> None:
    """Say that the gold star of *comment* on *article* is not shown, and why."""
    tone = read(comment, support)
    words = ", ".join(f"“{cue}”" for cue in tone.cues[:3]) or "its words"
    kind = "an advertisement" if tone.label == "spam" else "harsh toward a person"
    logger.warning(
        "gold_stars: %s: comment %s reads as %s (%s), so its gold star is not shown, it earns no "
        "badge and the wall of gold stars leaves it out; take the gold star back in the comment "
        "server's inbox, or remove the comment",
        shown_path(getattr(article, "source_path", "") or "a post"),
        comment.id,
        kind,
        words,
    )
