"""Reading the room before cheering a comment: a badge, a great big gold star, a quote on the wall.

A comment that reads as an insult or an advertisement (the author let it through) earns nothing,
wears no badge, and its gold star is not shown. One that tells of a loss, an illness or a reader in
crisis counts as a comment, but is cheered quietly if at all: no badge beside it, its gold star
said plainly, its stars earning no badge, and its words never quoted on the wall of gold stars; so
is a gold-starred one whose words a reader at risk may write ("I have the pills saved up lol").

The tone is the one the comment server read when the comment arrived (the export's `tone`, version
2), and so is whether it holds words a reader at risk may write (its `guarded`, version 3): "I'm so
done with life lol. Great recipe though." wears no "Readers' favourite" for the ten readers who
starred it, gold star or none. The build reads a comment itself only where a cheer is at stake: a
gold-starred comment the server read as anything but an insult or an ad (its draft may have
promised the star for a loss it missed: "It's been a year since we lost him."), and where the
export carries none (version 1), or on a hard day (the server read it without knowing it was one),
a gold-starred one; read here once (reply_drafts.tone, with the hard day in mind). The graver
reading wins. The author's gold star stays theirs to give: one the build alone reads as an insult
or an ad is said plainly, with a warning, not hidden.
"""

from __future__ import annotations

import logging

from markupsafe import Markup

from goldstar_support.files import shown_path

logger = logging.getLogger(__name__)

# Tones (reply_drafts.tone labels) that earn nothing and show no cheer.
UNCHEERED = frozenset({"hostile", "spam"})
# Tones cheered quietly: counted as a comment, never celebrated (a reader in crisis reads as grief).
# "guarded" is no label of the tone reader's but the build's reading of words a reader at risk may
# write, though they read as something else ("I have the pills saved up lol": `Tone.guarded`): the
# drafts answer them plainly, with no star and no quote, and nothing here celebrates them either.
GUARDED = "guarded"
QUIET = frozenset({"grief", GUARDED})


# How grave a reading is, to keep the graver of the server's and the build's (unlisted: 0).
GRAVITY = {"hostile": 2, "spam": 2, "grief": 1, GUARDED: 1}


def tone_of(comment, support: bool = False) -> str | None:
    """Return the tone label of *comment* (*support*: on a hard day): the export's, else (or on a
    hard day) that of a gold-starred comment, read once; for a gold-starred comment the export
    calls anything but an insult or an ad, the graver of the two; GUARDED for one the export
    marks `guarded` (version 3) that reads as nothing graver; None when there is none to go by."""
    label = _tone_of(comment, support)
    if comment.guarded and GRAVITY.get(label, 0) < GRAVITY[GUARDED]:
        return GUARDED
    return label


def _tone_of(comment, support: bool) -> str | None:
    if comment.tone is not None and not support:
        if not comment.gold_stars or comment.tone in UNCHEERED:
            return comment.tone
        return max(comment.tone, read_once(comment), key=lambda label: GRAVITY.get(label, 0))
    # On a hard day, what the export calls scorn or an ad is read again with the hard day in mind
    # (it must not slip through as "no tone to go by"): only those and gold-starred comments.
    if not comment.gold_stars and comment.tone not in UNCHEERED:
        return None
    return read_once(comment, support)


def read_once(comment, support: bool = False) -> str:
    """Return the tone label the build reads in *comment*, read at most once."""
    if comment.tone_read is None:
        found = read(comment, support)
        guarded = found.guarded and found.label not in UNCHEERED | QUIET
        comment.tone_read = GUARDED if guarded else found.label
    return comment.tone_read


def overruled(comment, support: bool = False) -> bool:
    """Return whether only the build reads *comment* as an insult or an ad, where the comment
    server did not: the author's gold star stays, said plainly, and earns nothing."""
    if support or comment.tone is None or comment.tone in UNCHEERED:
        return False
    return tone_of(comment, support) in UNCHEERED


def cheered(comment) -> bool:
    """Return whether a badge may stand beside *comment*: not when the export, or the build's own
    reading of a gold-starred comment, says it reads as an insult, an advertisement or a hard
    time, nor when the export marks it `guarded` (words a reader at risk may write)."""
    unfit = UNCHEERED | QUIET
    return not comment.guarded and comment.tone not in unfit and comment.tone_read not in unfit


def read(comment, support: bool = False):
    """Return what reply_drafts.tone reads in *comment* (its Markdown, else its text)."""
    # Imported at first use: its word lists take 0.1 s to compile, and a site may have no comments.
    from reply_drafts.tone import read_tone

    text = comment.markdown or Markup(comment.html).striptags()
    return read_tone(text, comment.author or "", comment.website or "", support)


def warn_hidden_gold_star(article, comment, support: bool = False) -> None:
    """Say that the gold star of *comment* on *article* is not shown, and why (the words that
    decided it when the build read it; the export's tone names none)."""
    label = tone_of(comment, support)
    if overruled(comment, support):
        _warn_overruled(article, comment, label)
        return
    words = _cue_words(comment, support) if comment.tone_read is not None else None
    logger.warning(
        "gold_stars: %s: comment %s reads as %s (%s), so its gold star is not shown, it earns no "
        "badge and the wall of gold stars leaves it out; take the gold star back in the comment "
        "server's inbox, or remove the comment",
        shown_path(getattr(article, "source_path", "") or "a post"),
        comment.id,
        _kind(label),
        words or "as the comment server read it",
    )


def _warn_overruled(article, comment, label: str) -> None:
    logger.warning(
        "gold_stars: %s: comment %s reads as %s to the build (%s), though the comment server read "
        "it as %s, so its gold star is said plainly, it earns no badge and the wall of gold stars "
        "leaves it out; take the gold star back in the comment server's inbox if it is",
        shown_path(getattr(article, "source_path", "") or "a post"),
        comment.id,
        _kind(label),
        _cue_words(comment),
        comment.tone,
    )


def _kind(label: str | None) -> str:
    return "an advertisement" if label == "spam" else "harsh toward a person"


def _cue_words(comment, support: bool = False) -> str:
    """Return the first words that decided the build's reading of *comment*, quoted."""
    return ", ".join(f"“{cue}”" for cue in read(comment, support).cues[:3]) or "its words"
