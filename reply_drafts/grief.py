"""Words of a loss, an illness or a hard time: the part of the tone reader a build needs.

The tone reader (`reply_drafts.tone`) reads a comment whole; a build only asks whether a post or a
friend's post tells of a hard time (plugins/comments/hard_days.py, the promotion digest), and
compiling the grief lists alone costs a sixth of compiling them all.
"""

import re
import unicodedata

from reply_drafts import tone_cues as cue
from reply_drafts.sentences import sentences

_GRIEF = cue.words(cue.GRIEF_STRONG)
_GRIEF_WEAK = cue.words(cue.GRIEF_WEAK)
_GRIEF_OTHER = cue.words(cue.GRIEF_OTHER)
_GRIEF_NONSPACED = cue.anywhere(cue.GRIEF_NONSPACED)
_KIN = cue.words(cue.KIN)
# A program's children and parents: "a child dies before its parent reaps it, it is a zombie" is
# no loss. Two of these words tell of programs; one alone ("coding threads at night", "I'm an
# orphan now") does not.
_MACHINE = cue.words(
    r"(?:sub)?process(?:es)?|threads?|zombies?|reap(?:s|ed|ing)?|pids?|fork(?:s|ed)?|daemons?|"
    r"kernel|sigchld|sigkill|init|systemd|orphan(?:s|ed)?"
)
_PROGRAM_KIN = re.compile(r"parents?|child|children")
_CONDOLENCE = cue.words(cue.CONDOLENCE)
# The writer speaking of themselves, in the languages of GRIEF_OTHER ("mon père est décédé").
_FIRST_PERSON = re.compile(
    r"(?<![\w'])(?:i|i'm|i've|i'd|my|me|we|we've|our|us|"
    r"je|j'|moi|mon|ma|mes|nous|notre|nos|ich|mich|mir|mein\w*|wir|uns|unser\w*|yo|mis?|"
    r"nuestr[oa]s?|io|mio|mia|miei|mie|noi|nostr[oaie]|eu|meus?|minhas?|nós|noss[oa]s?|"
    r"ik|mijn|wij|ons|onze)(?=[^\w']|$)|(?<![\w'])j'(?=\w)"
)
# A sentence that goes on about someone just named: "He passed last year.", "Elle est partie."
_GOES_ON = re.compile(r"(?:he|she|they|him|her|il|elle|ils|elles)(?!\w)")
# The reader spoken to: "your father sounds wonderful, I'm sorry he passed" is comfort, not a loss.
_SECOND_PERSON = re.compile(
    r"(?<![\w'])(?:you|your|yours|you're|you've|vous|votre|vos|tu|ton|ta|tes)(?![\w'])"
)
# Characters of a post's text read after its title and summary: where it says what it is about.
# A passing mention further down ("Python 2's end of life" in a fifth paragraph) decides nothing.
OPENING = 200
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "´": "'", "“": '"', "”": '"'})


def fold(text: str) -> str:
    """Return *text* ready for the word lists: compatible forms, lower case, plain apostrophes."""
    text = unicodedata.normalize("NFKC", text).lower().translate(_APOSTROPHES)
    return " ".join(text.split())


def found_in(pattern: re.Pattern, text: str) -> tuple[str, ...]:
    """Return every match of *pattern* in *text*."""
    return tuple(match.group(0) for match in pattern.finditer(text))


def grief_cues(prose: str) -> tuple[tuple[str, ...], bool]:
    """Return the words of loss, illness or a hard time in *prose* (folded), and whether the
    writer lives it themselves."""
    found, shared, kin_before, own_kin_before = [], False, False, False
    # each word once in any form: "thread" and "threads", "orphan" and "orphaned"
    programs = len({word.rstrip("eds") for word in found_in(_MACHINE, prose)})
    for sentence in sentences(prose):
        here = found_in(_GRIEF, sentence) + found_in(_GRIEF_OTHER, sentence)
        here += found_in(_GRIEF_NONSPACED, sentence)
        kin = names_kin(sentence, programs >= 2)
        if kin or kin_before:  # "Our dog's last walk... We lost Rosie the same way."
            here += found_in(_GRIEF_WEAK, sentence)
        found += here
        # "My dad taught me this. He passed last year.": the loss is told of the writer's own kin
        told_of_own = (
            own_kin_before and not to_reader(sentence) and (kin or bool(_GOES_ON.match(sentence)))
        )
        shared = shared or bool(here and (_speaks_of_self(sentence) or told_of_own))
        kin_before = kin
        own_kin_before = kin and _speaks_of_self(sentence)
    return tuple(found), shared


def names_kin(sentence: str, of_programs: bool = False) -> bool:
    """Return whether *sentence* (folded) names a person or a pet, not a program's parent or
    child ("when a child dies before its parent reaps it") in a text *of_programs*."""
    if not of_programs:
        return bool(_KIN.search(sentence))  # the first one is enough
    return any(not _PROGRAM_KIN.fullmatch(word) for word in found_in(_KIN, sentence))


def to_reader(sentence: str) -> bool:
    """Return whether *sentence* (folded) speaks to the reader ("your dad", "vous")."""
    return bool(_SECOND_PERSON.search(sentence))


def _speaks_of_self(sentence: str) -> bool:
    """Return whether the writer of *sentence* speaks of themselves ("my father died")."""
    own = _CONDOLENCE.sub(" ", sentence)  # "my condolences" is comfort, not a loss of theirs
    return bool(_FIRST_PERSON.search(own))


def hard_time_cues(title: str, summary: str, text: str) -> tuple[str, ...]:
    """Return the words of a loss, an illness or a hard time in a post's *title*, *summary* and
    opening (the first OPENING characters of its plain *text*), each once."""
    parts = (title, summary, text[:OPENING])
    found, _ = grief_cues(fold(". ".join(part for part in parts if part)))
    return tuple(dict.fromkeys(found))
