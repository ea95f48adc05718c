"""What the word lists of `reply_drafts.tone_cues` found in one comment, by kind (`Cues`).

`reply_drafts.tone.find_cues` gathers them; the model's features (`reply_drafts.tone_model`) and the
second looks at a label (`reply_drafts.hostility`, `spam`, `good_news`, `praise`) read them.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Cues:
    """What the word lists found in one comment, by kind."""

    spam: tuple[str, ...] = ()
    spam_weak: tuple[str, ...] = ()
    spam_kit: tuple[str, ...] = ()
    links: int = 0
    contact: bool = False
    reach: tuple[str, ...] = ()
    commercial: tuple[str, ...] = ()
    generic: tuple[str, ...] = ()
    particular: int = 0
    hostile: tuple[str, ...] = ()
    insults: tuple[str, ...] = ()
    severe: tuple[str, ...] = ()
    grief: tuple[str, ...] = ()
    crisis: tuple[str, ...] = ()
    shared: bool = False
    comfort: tuple[str, ...] = ()
    comfort_weak: tuple[str, ...] = ()
    critical: tuple[str, ...] = ()
    correction: tuple[str, ...] = ()
    asks: bool = False
    praise: tuple[str, ...] = ()
    bare_laughter: tuple[str, ...] = ()
    low_mood: tuple[str, ...] = ()
