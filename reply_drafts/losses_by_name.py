"""A loss told with a first name only ("We lost Rex on Sunday.", "Rex died on Sunday."): the
lists (tone_cues/named_losses.py) are matched with the case kept, since a name is what a capital
tells; the tone reader (tone.py) reads the losses found as grief, and the quote picker (quote.py)
quotes none back, nor a joke on one ("My starter Rex died lol", "RIP Kevin the sourdough")."""

import re
import unicodedata

from reply_drafts import tone_cues as cue

_NL = cue.named_losses
_NOT_AFTER = "".join(f"(?<!{word} )" for word in cue._joined(_NL.BEFORE_A_NOUN).split("|"))
_NOT_A_NAME = rf"(?!(?i:{cue._joined(_NL.NOT_A_NAME)}|{cue._joined(_NL.TEAMS)})(?![\w'-]))"
# A first name: a capital, then lower case ("Rex", "Zoë", "Jean-Luc").
# The capital is looked at first, so the checks before it run only where a name may start.
_NAME = (
    rf"(?-i:(?=[A-ZÀ-ÖØ-Þ])){_NOT_AFTER}{_NOT_A_NAME}"
    r"(?-i:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)"
)
# ... or, written in lower case, a name pets and people are often given ("we lost max on sunday")
_LOWER_NAME = rf"{_NOT_AFTER}(?-i:(?:{cue._joined(_NL.LOWER_CASE_NAMES)}))(?![\w'-])"
# ... or a parent named bare (« papa partait », "Mom passed", "Oma ist gestorben").
# (not "my dad died", which the grief lists read already)
_PARENT = rf"(?:{cue._joined(_NL.PARENTS)})"
_WHO = rf"(?:{_NAME}|{_LOWER_NAME}|(?={_PARENT}){_NOT_AFTER}{_PARENT})"
_LOSS = re.compile(
    rf"(?<![\w'])(?:{cue._joined(_NL.LOSS_BY_NAME).replace('{NAME}', _WHO)})(?![\w])",
    re.IGNORECASE,
)
_RIP = re.compile(rf"(?<![\w'])(?:{_NL.RIP_BY_NAME.replace('{NAME}', _NAME)})", re.IGNORECASE)
_NOT_A_LOSS = cue.words(f"{_NL.THING_OR_JOKE}|{_NL.A_LEAVING}")
_MISCHIEF = cue.words(_NL.MISCHIEF)
_SAD_TOO = cue.words(_NL.SAD_TOO)
_MISSED = cue.words(_NL.MISSED)
_AWAY = cue.words(f"{_NL.AWAY}|{_NL.A_LEAVING}")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "´": "'"})


def _kept_case(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).split())


def named_losses(readable: str) -> tuple[str, ...]:
    """Return the words of a loss told with a first name in the comment's *readable* text, none
    where the comment laughs, speaks of a thing ("Rex died on Sunday, my starter is gone lol"), of
    a leaving ("...our foster kitten, who went to her forever home!") or of a pet's mischief
    ("Coco is gone, she ate the whole tray!")."""
    plain = _kept_case(readable)
    found = tuple(match.group(0).lower() for match in _LOSS.finditer(plain))
    if found and _NOT_A_LOSS.search(plain.lower()):
        return ()
    if found and _MISCHIEF.search(plain.lower()) and not _SAD_TOO.search(plain.lower()):
        return ()  # "Coco is gone, she ate the whole tray!": a joke on a pet's mischief
    return found


def told_by_name(sentence: str) -> bool:
    """Return whether *sentence* tells of a death by a first name, laughs one off ("RIP Kevin
    the sourdough") or misses someone not said to be away ("I miss my mother every time I bake
    this"): no line to quote back."""
    plain = _kept_case(sentence)
    if _MISSED.search(plain.lower()) and not _AWAY.search(plain.lower()):
        return True
    return bool(_LOSS.search(plain) or _RIP.search(plain))
