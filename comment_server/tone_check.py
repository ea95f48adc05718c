"""The tone reader at the server's door: comments the author reads first, and the nudge.

A comment that reads as hostile or as spam (reply_drafts.tone) is stored like any other, never
refused, but it waits for the author even from a trusted commenter; the answer says why (`held`,
in English, and `held_reason`, the HELD key, which the embed words in the page's language). Before a
reader posts, the embed asks `POST /api/tone` and shows the nudge when there is one: a note to
rephrase a harsh comment, or where help is for a reader who may be at risk.

The store keeps the label it reads (`comments.tone`) and the export carries it to the build (its
gold stars read the room with it); a comment stored without one (moderation off, an import, the
author's reply, a row older than the column) is read once by the export (store/tones.py).
"""

from dataclasses import dataclass

from reply_drafts.tone import Tone, read_tone

HELD = {
    "hostile": (
        "It reads as harsh toward a person, so the author will read it before it is published."
    ),
    "spam": "It reads like an advertisement, so the author will read it before it is published.",
}
NUDGE = (
    "This reads as harsh toward a person. Want to rephrase? You can also post it as it is: "
    "the author will read it first."
)
# For a reader who may be thinking of ending their life or of hurting themselves (tone.crisis):
# where help is, before their words go to a stranger's blog. Their comment posts as it is.
CRISIS_NUDGE = (
    "Before you post: if you are thinking of ending your life or of hurting yourself, you are not "
    "alone. Free, confidential help, wherever you are: https://findahelpline.com. In danger now? "
    "Call your local emergency number. Your comment posts as it is when you send it."
)


@dataclass(frozen=True)
class ToneCheck:
    """What the tone reader says of a comment at the door."""

    tone: str
    held: str = ""  # why the author reads it first, "" when it goes by the usual rules
    nudge: str = ""  # the note the embed shows before posting, "" when there is none
    crisis: bool = False  # the commenter may be at risk (tone.crisis): the author hears at once
    guarded: bool = False  # words a reader at risk may write, read as another tone (Tone.guarded)


def check_tone(
    text: str, author: str | None = None, website: str | None = None, support: bool = False
) -> ToneCheck:
    """Return the tone of a comment about to be stored (or about to be posted).

    *support*: the comment is on a support post (the build facts say so), where comfort is the
    rule: read without it, "No need to reply. Just: soup counts." was held as harsh.
    """
    tone = read_tone(text, author or "", website or "", support)
    held = HELD.get(tone.label, "")
    return ToneCheck(
        tone=tone.label,
        held=held,
        nudge=_nudge(tone),
        crisis=tone.crisis,
        guarded=tone.guarded,
    )


def tone_label(
    text: str, author: str | None = None, website: str | None = None, support: bool = False
) -> str:
    """Return the tone label of a comment (comment_contract.TONES), as the store keeps it."""
    return check_tone(text, author, website, support).tone


def _nudge(tone: Tone) -> str:
    if tone.crisis:
        return CRISIS_NUDGE
    return NUDGE if tone.label == "hostile" else ""
