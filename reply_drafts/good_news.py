"""Good news and joy: a hard time of the writer's ended well ("she's in remission": `good_news`),
a birth, an engagement or a wedding they announce (`joyful_news`, `joy_after_loss`), a hard time
long over (`behind`), a scare of their own that ended well told as hope (`gives_hope`), the
author's good news a reader is glad of (`glad_for_author`); and the death that keeps news from
being good (`tells_a_death`).

Word lists: `reply_drafts.tone_cues.good_news`, `comfort`, `death` and `praise` (congratulations).
"""

import re

from reply_drafts import tone_cues as cue
from reply_drafts.at_risk import _CRISIS, _CRISIS_UNLESS_LAUGHING
from reply_drafts.cues_found import Cues
from reply_drafts.grief import grief_cues, to_reader
from reply_drafts.sentences import sentences

_JOY_TAKEN_BACK_AFTER = cue.words(cue.good_news.JOY_TAKEN_BACK_AFTER)
_JOY_MISSED_BY_THE_DEAD = cue.words(cue.good_news.JOY_MISSED_BY_THE_DEAD)
_DEATH = cue.words(cue.death.DEATH)
_DEATH_NONSPACED = cue.anywhere(cue.death.DEATH_NONSPACED)
_GOOD_NEWS = cue.words(cue.good_news.GOOD_NEWS)
_HOPE_FROM_EXPERIENCE = cue.words(cue.good_news.HOPE_FROM_EXPERIENCE)
_GOOD_TURN = cue.words(cue.good_news.GOOD_TURN)
_CONGRATULATIONS = cue.words(cue.praise.CONGRATULATIONS)
_JOYFUL_NEWS = cue.words(cue.good_news.JOYFUL_NEWS)
_JOY_NOT_NOW = cue.words(cue.good_news.JOY_NOT_NOW)
_JOY_ELSEWHERE = cue.words(cue.good_news.JOY_ELSEWHERE)
# A loss told as the past of a birth: "After three miscarriages, we had a baby girl last night.",
# « Après deux fausses couches, notre fille est née hier ! », "Dopo due aborti spontanei è nato…".
_AFTER_LOSS = re.compile(
    r"(?<![\w'])(?:after|après|después de|nach|dopo|depois de) (?:[\w-]+ ){0,4}?(?:"
    r"miscarriages?|losses|loss|stillbirths?|years of trying|rounds of ivf|ivf|fausses? couches?|"
    r"pertes|fiv|abortos?|pérdidas|fehlgeburt(?:en)?|aborti(?: spontanei)?|perdite|"
    r"abortos espontâneos|perdas)(?![\w'])[^.!?,]*,?"
)
# What keeps news from being news yet: "still not", "hope", "I wonder if", "pas encore", "j'espère".
_NOT_YET = re.compile(r"(?<![\w'])(?:not|never|hope|hoping|wish|wonder|if|pas|espère)(?![\w'])|n't")
_TAKEN_BACK = re.compile(r"(?<![\w'])(?:but|mais)(?![\w'])")
_BEHIND = cue.words(cue.good_news.BEHIND)
_STILL_HARD = cue.words(cue.comfort.STILL_HARD)

_FIRST_PERSON = re.compile(
    r"(?<![\w'])(?:i|i'm|i've|i'd|me|my|myself|je|moi|mon|ma|mes|ich|mein\w*|yo|mis?|io|meu|"
    r"minha|ik|mijn|tive|estive|ho|avevo|ero)(?=[^\w']|$)|(?<![\w'])j'(?=\w)"
)
# congratulations to the writer or to someone else than the author ("Congrats to my sister")
_TO_ANOTHER = re.compile(r"\W*(?:me\b|(?:to|à|for|pour) (?!you\b|vous\b|toi\b|u\b))")


def tells_a_death(prose: str) -> bool:
    """Return whether *prose* (folded) tells of a death; a reader's own thought of ending their
    life ("thinking about suicide", "better off dead") is not one: it gets no condolences."""
    prose = _CRISIS_UNLESS_LAUGHING.sub(" ", _CRISIS.sub(" ", prose))  # "...come to my funeral"
    return bool(_DEATH.search(prose) or _DEATH_NONSPACED.search(prose))


def good_news(prose: str, cues: Cues) -> bool:
    """Return whether *prose* (folded) ends the writer's hard time with good news ("she's in
    remission"): not the author's ("so glad your mom is in remission"), nor beside a death or a
    reader at risk."""
    if cues.crisis or tells_a_death(prose):
        return False
    return any(_tells_good_news(sentence) for sentence in sentences(prose))


def joyful_news(prose: str, cues: Cues) -> bool:
    """Return whether *prose* (folded) announces the writer's own birth, engagement or wedding
    ("We had a baby girl last night! 3.2 kg of joy."), with no hard time, death or reader at risk
    anywhere in the comment: joy to congratulate, where a plain draft had quoted it as a fine
    line ("I have been thinking about that line all morning")."""
    if cues.grief or cues.crisis or cues.low_mood or tells_a_death(prose):
        return False
    if _JOY_MISSED_BY_THE_DEAD.search(prose):  # "...and my mum didn't live to meet him."
        return False
    if _JOY_ELSEWHERE.search(prose):  # "We had a baby boy! Well, a baby goat.", "...lol"
        return False
    told = sentences(prose)
    return any(
        _announces_joy(sentence) and not _JOY_TAKEN_BACK_AFTER.match(following)
        for sentence, following in zip(told, [*told[1:], ""], strict=False)
    )


def joy_after_loss(prose: str, cues: Cues) -> bool:
    """Return whether *prose* (folded) announces a birth after a loss told as its past ("After
    three miscarriages, we had a baby girl last night."), with no other hard time in it: good
    news, where the draft had said "I'm so sorry. There is no right way to carry a loss"."""
    if cues.crisis:
        return False
    for sentence in sentences(prose):
        news = _JOYFUL_NEWS.search(sentence)
        after = _AFTER_LOSS.search(sentence, 0, news.start()) if news else None
        if after and _announces_joy(sentence):
            rest = prose.replace(after.group(0), " ")
            return not (tells_a_death(rest) or grief_cues(rest)[0])
    return False


def _announces_joy(sentence: str) -> bool:
    # not asked ("did you get married?"), the author's ("your baby was born"), hoped for ("I hope
    # we get engaged") nor taken back ("...but he only lived two hours")
    news = _JOYFUL_NEWS.search(sentence)
    if not news or "?" in sentence or to_reader(sentence[: news.end()]):
        return False
    if _TAKEN_BACK.search(sentence, news.end()) or _JOY_NOT_NOW.search(sentence):
        return False  # "...but he only lived two hours", "We got married in 1985"
    return not _NOT_YET.search(sentence[: news.start()])


def behind(prose: str) -> bool:
    """Return whether *prose* (folded) tells of a hard time long over ("I was laid off two years
    ago, and now I love my new job."), not a death and not one that is still hard."""
    if tells_a_death(prose) or _STILL_HARD.search(prose):
        return False
    # the reader's own past ("I had cancer ten years ago"), not a grandmother's ("Back in the day
    # we used lard. My grandma's cancer never stopped her baking.")
    return any(_BEHIND.search(s) and _FIRST_PERSON.search(s) for s in sentences(prose))


def gives_hope(prose: str, comfort: tuple[str, ...], support: bool) -> bool:
    """Return whether a reader comforts the author with a scare of their own that ended well ("My
    mum had the same scan. It turned out benign. Fingers crossed for you."): on a hard-day post,
    no "I'm so sorry you're going through this" for it."""
    if not (support and comfort) or tells_a_death(prose):
        return False
    hope = _HOPE_FROM_EXPERIENCE.search(prose)
    return bool(hope) and not _TAKEN_BACK.search(prose, hope.end())  # "...but my sister's didn't"


def glad_for_author(prose: str) -> tuple[str, ...]:
    """Return the good news of the author's that *prose* (folded) is glad of ("So happy you're in
    remission", "Congrats on finishing chemo!"): kind words to the author, not news of the
    reader's own."""
    found = []
    for sentence in sentences(prose):
        news = _GOOD_NEWS.search(sentence)
        if news and (to_reader(sentence[: news.end()]) or _congratulated(sentence, news.start())):
            found.append(news.group(0))
    return tuple(found)


def _congratulated(sentence: str, end: int) -> bool:
    """Return whether *sentence* congratulates the author before *end*, not the writer nor
    another ("Congrats to me, I finally finished chemo today!", "Congrats to my sister, she
    finished chemo today!" are the reader's own news)."""
    found = _CONGRATULATIONS.search(sentence, 0, end)
    return bool(found) and not _TO_ANOTHER.match(sentence, found.end())


def _tells_good_news(sentence: str) -> bool:
    # not asked ("ça va mieux ?"), hoped for, denied ("still not back on my feet"), the reader's
    # ("so glad your mom...", but not "..., thanks for your recipes") or taken back ("but the
    # third one took him")
    news = _GOOD_NEWS.search(sentence) or _GOOD_TURN.search(sentence)
    if not news or "?" in sentence or to_reader(sentence[: news.end()]):
        return False
    if _congratulated(sentence, news.start()):
        return False  # "Congrats on finishing chemo!": the author's news
    if _TAKEN_BACK.search(sentence, news.end()):
        return False
    return not _NOT_YET.search(sentence[: news.start()])
