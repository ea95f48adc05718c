"""Words of a loss, an illness or a hard time: the part of the tone reader a build needs.

The tone reader (`reply_drafts.tone`) reads a comment whole; a build only asks whether a post or a
friend's post tells of a hard time (plugins/comments/hard_days.py, the promotion digest), and
compiling the grief lists alone costs a sixth of compiling them all.
"""

import re
import unicodedata
from functools import cached_property

from reply_drafts import tone_cues as cue
from reply_drafts.sentences import sentences


class _Lists:
    """The word lists, each compiled the first time it is used: compiling them costs a build
    50 ms or more, and a build whose posts did not change asks nothing of them (hard_days.py
    keeps what it found); a post without kin never needs the weak words or whose they are."""

    @cached_property
    def grief(self) -> re.Pattern:
        return cue.words(cue.GRIEF_STRONG)

    @cached_property
    def grief_weak(self) -> re.Pattern:
        return cue.words(cue.GRIEF_WEAK)

    @cached_property
    def grief_other(self) -> re.Pattern:
        return cue.words(cue.GRIEF_OTHER)

    @cached_property
    def grief_nonspaced(self) -> re.Pattern:
        return cue.anywhere(cue.GRIEF_NONSPACED)

    @cached_property
    def kin(self) -> re.Pattern:
        return cue.words(cue.KIN)

    @cached_property
    def machine(self) -> re.Pattern:
        # A program's children and parents: "a child dies before its parent reaps it, it is a
        # zombie" is no loss. Two of these words tell of programs; one alone ("coding threads at
        # night", "I'm an orphan now") does not.
        return cue.words(
            r"(?:sub)?process(?:es)?|threads?|zombies?|reap(?:s|ed|ing)?|pids?|fork(?:s|ed)?|"
            r"daemons?|kernel|sigchld|sigkill|init|systemd|orphan(?:s|ed)?"
        )

    @cached_property
    def program_kin(self) -> re.Pattern:
        return re.compile(r"parents?|child|children")

    @cached_property
    def condolence(self) -> re.Pattern:
        return cue.words(cue.CONDOLENCE)

    @cached_property
    def first_person(self) -> re.Pattern:
        # The writer speaking of themselves, in the languages of GRIEF_OTHER ("mon père est
        # décédé").
        return re.compile(
            r"(?<![\w'])(?:i|i'm|i've|i'd|my|me|we|we've|our|us|"
            r"je|j'|moi|mon|ma|mes|nous|notre|nos|ich|mich|mir|mein\w*|wir|uns|unser\w*|yo|mis?|"
            r"nuestr[oa]s?|io|mio|mia|miei|mie|noi|nostr[oaie]|eu|meus?|minhas?|nós|noss[oa]s?|"
            r"ik|mijn|wij|ons|onze)(?=[^\w']|$)|(?<![\w'])j'(?=\w)"
        )

    @cached_property
    def goes_on(self) -> re.Pattern:
        # A sentence that goes on about someone just named: "He passed last year.", "Elle est
        # partie."
        return re.compile(r"(?:he|she|they|him|her|il|elle|ils|elles)(?!\w)")

    @cached_property
    def second_person(self) -> re.Pattern:
        # The reader spoken to: "your father sounds wonderful, I'm sorry he passed" is comfort,
        # not a loss.
        return re.compile(
            r"(?<![\w'])(?:you|your|yours|you're|you've|vous|votre|vos|tu|ton|ta|tes)(?![\w'])"
        )


_LISTS = _Lists()
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
    programs = len({word.rstrip("eds") for word in found_in(_LISTS.machine, prose)})
    for sentence in sentences(prose):
        here = found_in(_LISTS.grief, sentence) + found_in(_LISTS.grief_other, sentence)
        here += found_in(_LISTS.grief_nonspaced, sentence)
        kin = names_kin(sentence, programs >= 2)
        if kin or kin_before:  # "Our dog's last walk... We lost Rosie the same way."
            here += found_in(_LISTS.grief_weak, sentence)
        found += here
        # "My dad taught me this. He passed last year.": the loss is told of the writer's own kin
        told_of_own = (
            own_kin_before
            and not to_reader(sentence)
            and (kin or bool(_LISTS.goes_on.match(sentence)))
        )
        shared = shared or bool(here and (_speaks_of_self(sentence) or told_of_own))
        kin_before = kin
        own_kin_before = kin and _speaks_of_self(sentence)
    return tuple(found), shared


def names_kin(sentence: str, of_programs: bool = False) -> bool:
    """Return whether *sentence* (folded) names a person or a pet, not a program's parent or
    child ("when a child dies before its parent reaps it") in a text *of_programs*."""
    if not of_programs:
        return bool(_LISTS.kin.search(sentence))  # the first one is enough
    return any(not _LISTS.program_kin.fullmatch(word) for word in found_in(_LISTS.kin, sentence))


def to_reader(sentence: str) -> bool:
    """Return whether *sentence* (folded) speaks to the reader ("your dad", "vous")."""
    return bool(_LISTS.second_person.search(sentence))


def _speaks_of_self(sentence: str) -> bool:
    """Return whether the writer of *sentence* speaks of themselves ("my father died")."""
    own = _LISTS.condolence.sub(" ", sentence)  # "my condolences" is comfort, not a loss of theirs
    return bool(_LISTS.first_person.search(own))


def hard_time_cues(title: str, summary: str, text: str) -> tuple[str, ...]:
    """Return the words of a loss, an illness or a hard time in a post's *title*, *summary* and
    opening (the first OPENING characters of its plain *text*), each once."""
    parts = (title, summary, text[:OPENING])
    found, _ = grief_cues(fold(". ".join(part for part in parts if part)))
    return tuple(dict.fromkeys(found))
