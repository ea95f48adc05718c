"""Readers at risk: the words of a reader who may be thinking of ending their life or of hurting
themselves (`crisis_cues`, with the warning signs of `crisis_signs`), and whether they tell of an
act done or set for now (`in_danger_now`); signs too doubtful for a helpline, answered quietly
(`crisis_hints`); and the oblique words that only keep a draft from starring or quoting
(`guarded_signs`, `at_risk_words`, `end_it_explained`).

Word lists: `reply_drafts.tone_cues.crisis`, `crisis_signs` and `crisis_guarded`.
"""

from reply_drafts import tone_cues as cue
from reply_drafts.grief import found_in as _found
from reply_drafts.laughter import laughing
from reply_drafts.sentences import sentences

_CRISIS = cue.words(cue.crisis.CRISIS)
_CRISIS_UNLESS_LAUGHING = cue.words(cue.crisis.CRISIS_UNLESS_LAUGHING)
_CUT_ELSEWHERE = cue.words(cue.crisis_signs.CUT_ELSEWHERE)
_END_IT_ELSEWHERE = cue.words(cue.crisis_signs.END_IT_ELSEWHERE)
_CRISIS_SIGNS = tuple(
    (cue.words(sign), cue.words(other)) for sign, other in cue.crisis_signs.CRISIS_SIGNS
)
_ANY_SIGN = cue.words(
    "|".join(sign for sign, _ in cue.crisis_signs.CRISIS_SIGNS)
)  # one pass when none is
_CRISIS_HINTS = cue.words(cue.crisis_signs.CRISIS_HINTS)
_DANGER_ACTS = cue.words(cue.crisis_signs.DANGER_ACTS)
_DANGER_NOW = cue.words(cue.crisis_signs.DANGER_NOW)
_DANGER_TIME = cue.words(cue.crisis_signs.DANGER_TIME)
_TONIGHT_IS_THE_NIGHT = cue.words(cue.crisis_signs.DANGER_TONIGHT_IS_THE_NIGHT)
_ACT_IN_THE_PAST = cue.words(f"{cue.crisis_signs.ACT_IN_THE_PAST}|{cue.good_news.BEHIND}")
_HINTS_ELSEWHERE = cue.words(cue.crisis_signs.HINTS_ELSEWHERE)
_AT_RISK = cue.words("|".join(cue.crisis_guarded.AT_RISK_WORDS))
_GUARDED_SIGNS = cue.words(cue.crisis_guarded.GUARDED_SIGNS)
_GUARDED_ELSEWHERE = cue.words(cue.crisis_guarded.GUARDED_ELSEWHERE)
_AT_RISK_EXPLAINED = tuple(
    (cue.words(said), cue.words(why)) for said, why in cue.crisis_guarded.AT_RISK_EXPLAINED
)


def crisis_signs(prose: str) -> tuple[str, ...]:
    """Return the warning signs in *prose* (folded: the means at hand, goodbyes written, the
    place) that nothing in the comment says are about a trip, a class, a ship or a bug."""
    found: tuple[str, ...] = ()
    if not _ANY_SIGN.search(prose):
        return found
    for sign, elsewhere in _CRISIS_SIGNS:
        if sign.search(prose) and not elsewhere.search(prose):
            found += _found(sign, prose)
    return found


def crisis_hints(prose: str) -> tuple[str, ...]:
    """Return the signs in *prose* (folded) too doubtful for a helpline ("I've given away most of
    my things"), unless the comment laughs or says it is decluttering or a move: the reader's own
    hard time, answered quietly."""
    found = _found(_CRISIS_HINTS, prose)
    if not found or laughing(prose) or _HINTS_ELSEWHERE.search(prose):
        return ()
    return found


def guarded_signs(prose: str) -> tuple[str, ...]:
    """Return the oblique words of a reader who may be at risk in *prose* (folded: "I don't know
    if I'll still be here for the next post", « à quoi bon »), unless the comment laughs or says
    it is about a move, a trip or a bad connection: too doubtful to read as a hard time, enough
    to quote nothing back and star nothing."""
    found = _found(_GUARDED_SIGNS, prose)
    if not found or laughing(prose) or _GUARDED_ELSEWHERE.search(prose):
        return ()
    return found


def crisis_cues(prose: str) -> tuple[str, ...]:
    """Return the words of a reader who may be at risk; "cutting again" only when nothing in the
    comment says it is hair, a diet or a garden, and "I'm going to end it tonight" only when
    nothing says it is a box set, a book or a diet ("Two episodes left, I'm going to end it
    tonight.")."""
    found = _found(_CRISIS, prose)
    if not laughing(prose):
        found += _found(_CRISIS_UNLESS_LAUGHING, prose) + crisis_signs(prose)
    if _CUT_ELSEWHERE.search(prose):
        found = tuple(cue for cue in found if "cutting" not in cue)
    if _END_IT_ELSEWHERE.search(prose):
        found = tuple(cue for cue in found if "end it" not in cue)
    return found


def end_it_explained(prose: str) -> bool:
    """Return whether *prose* (folded) says "I'm going to end it tonight" beside a box set, a book
    or a diet, which crisis_cues lets go ("Three chapters left. I'm going to end it tonight."): no
    helpline, but too close to a reader at risk who named a book in passing ("Your posts got me
    through the book club season. I'm going to end it tonight.") to star or quote."""
    if not _END_IT_ELSEWHERE.search(prose):
        return False
    said = _found(_CRISIS, prose) + _found(_CRISIS_UNLESS_LAUGHING, prose)
    return any("end it" in cue for cue in said)


def in_danger_now(prose: str, crisis: tuple[str, ...]) -> bool:
    """Return whether the reader at risk whose *crisis* cues are in *prose* (folded) tells of an
    act done (the pills taken, goodbye letters written, on the bridge) or one set for now ("ce soir
    je vais en finir", "I'm suicidal right now"); not a thought with no act nor time ("some days I
    don't want to be here anymore"), nor an act told as past ("Years ago I took all my pills.
    Tonight I'm baking your bread."): the act and "tonight" must share a sentence."""
    if not crisis:
        return False
    if _TONIGHT_IS_THE_NIGHT.search(prose):  # "I have the pills ready. Tonight is the night."
        return True
    told = sentences(prose)
    if not any(found in sentence for sentence in told for found in crisis):
        told = [prose]  # a cue across two sentences
    return any(
        not _ACT_IN_THE_PAST.search(sentence) and sentence_in_danger_now(sentence, crisis)
        for sentence in told
    )


def sentence_in_danger_now(sentence: str, crisis: tuple[str, ...]) -> bool:
    """Return whether *sentence* (not told as past) tells of an act done (a *crisis* cue of pills
    taken, the bridge, goodbye letters) or a crisis cue beside a time for now, not a night laughed
    off (« Ce soir je veux plus me réveiller demain avant midi, mdr »)."""
    here = [found for found in crisis if found in sentence]
    if any(_DANGER_ACTS.search(found) for found in here) or _DANGER_NOW.search(sentence):
        return True
    return bool(here) and bool(_DANGER_TIME.search(sentence)) and not laughing(sentence)


def at_risk_words(prose: str) -> bool:
    """Return whether *prose* (folded) has words a reader at risk may write
    (cue.crisis_guarded.AT_RISK_WORDS), or words that nothing in the comment explains ("saying
    goodbye to everyone I love", not after "Moving abroad next month")."""
    if _AT_RISK.search(prose):
        return True
    return any(said.search(prose) and not why.search(prose) for said, why in _AT_RISK_EXPLAINED)
