"""The words and phrases the tone reader looks for, by label: data, read by `reply_drafts.tone`.

Each list holds regular-expression fragments, matched against a comment's prose in lower case with
plain apostrophes, its code, quoted text and link targets removed. English first, then the languages
commenters of a personal blog write in most. A fragment matches a whole word or phrase; the
*_NONSPACED lists (scripts written without spaces, or with attached prefixes) match anywhere. A line
break in a list is never inside a phrase. Add a cue where real comments show one is missing; the
labeled fixture (tests/thank_you/data/) measures every change.

Write fragments in lower case: they are matched case-sensitively, since the text is lower-cased
already (`grief.fold`), and IGNORECASE made each alternation about twice as slow (issue 20: the tone
reader was the largest CPU cost of a new comment). Case-insensitive matching also took Turkish
dotless ı for i, so a Turkish fragment spells both where commenters type either:
"kat[ıi]lm[ıi]yorum".
"""

import re

from reply_drafts.tone_cues import (
    comfort,
    condescension,
    contempt,
    crisis,
    crisis_farewells,
    crisis_guarded,
    crisis_signs,
    critical,
    death,
    farewells,
    function_words,
    good_news,
    hard_day_scorn,
    hard_times,
    hard_times_intl,
    insults,
    jabs,
    jest,
    job_loss,
    mood,
    named_losses,
    people,
    praise,
    put_downs,
    sarcasm,
    scorn,
    scorn_intl,
    spam,
    unquotable,
)

__all__ = [
    "anywhere",
    "comfort",
    "condescension",
    "contempt",
    "crisis",
    "crisis_farewells",
    "crisis_guarded",
    "crisis_signs",
    "critical",
    "death",
    "farewells",
    "function_words",
    "good_news",
    "hard_day_scorn",
    "hard_times",
    "hard_times_intl",
    "insults",
    "jabs",
    "jest",
    "job_loss",
    "mood",
    "named_losses",
    "people",
    "praise",
    "put_downs",
    "sarcasm",
    "scorn",
    "scorn_intl",
    "spam",
    "tail",
    "unquotable",
    "words",
]


def _joined(pattern: str) -> str:
    return re.sub(r"\n\s*", "", pattern.strip())


def words(pattern: str) -> re.Pattern:
    """Return the regex matching any fragment of *pattern* as a whole word or phrase."""
    return re.compile(rf"(?<![\w'])(?:{_joined(pattern)})(?![\w])")


def anywhere(pattern: str) -> re.Pattern:
    """Return the regex matching any fragment of *pattern* anywhere (for scripts without spaces)."""
    return re.compile(f"(?:{_joined(pattern)})")


def tail(pattern: str) -> re.Pattern:
    """Return the regex matching *pattern* at the end of a text (what comes just before a word)."""
    return re.compile(f"(?:{_joined(pattern)})$")
