"""The tone reader at the server's door: comments the author reads first, and the nudge.

A comment that reads as hostile or as spam (reply_drafts.tone) is stored like any other, never
refused, but it waits for the author even from a trusted commenter; the answer says why. Before a
reader posts, the embed asks `POST /api/tone` and shows the nudge when there is one.
"""

from dataclasses import dataclass

from reply_drafts.tone import read_tone

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


@dataclass(frozen=True)
class ToneCheck:
    """What the tone reader says of a comment at the door."""

    tone: str
    held: str = ""  # why the author reads it first, "" when it goes by the usual rules
    nudge: str = ""  # the note the embed shows before posting, "" when there is none


def check_tone(text: str, author: str | None = None, website: str | None = None) -> ToneCheck:
    """Return the tone of a comment about to be stored (or about to be posted)."""
    tone = read_tone(text, author or "", website or "")
    return ToneCheck(
        tone=tone.label,
        held=HELD.get(tone.label, ""),
        nudge=NUDGE if tone.label == "hostile" else "",
    )
