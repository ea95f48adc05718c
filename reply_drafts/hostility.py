"""Hostility: insults aimed at a person, contempt, condescension and jabs (`hostile_cues`,
`hurtful`, `softened_critique`, `backhanded`), praise that may be sarcasm (`doubtful`, DOUBT), and
the second looks that keep a kind comment from being silenced: scorn quoted to deny it (`defends`)
and hostility the model's lead alone holds (`laughs_without_scorn`, `hostility_unaimed`,
`hostility_beside_praise`, `comfort_below_threshold`, `doubt_called_nonsense`).

Word lists: `reply_drafts.tone_cues.insults`, `contempt`, `condescension`, `jabs`, `scorn`,
`scorn_intl`, `sarcasm`, `put_downs`, `jest`, `critical` and `hard_day_scorn`.
"""

import re

from reply_drafts import tone_cues as cue
from reply_drafts.at_risk import _GUARDED_ELSEWHERE, at_risk_words, guarded_signs
from reply_drafts.cues_found import Cues
from reply_drafts.good_news import _FIRST_PERSON
from reply_drafts.grief import fold, to_reader
from reply_drafts.grief import found_in as _found
from reply_drafts.laughter import laughing
from reply_drafts.praise import _NEGATED, _before, praise_cues, warm_words
from reply_drafts.sentences import sentences

# Praise is doubtful when hostility follows it at this probability or more and no warmer praise
# word is there: sarcasm and jabs ("Yeah right, like that's ever going to work.") read like praise
# to a model of words. Over the labeled sets and the hundred comments, it catches 3 hostile
# comments read as praise and doubts 3 real praises of about 190 (no star or quote for those).
DOUBT = 0.18
# Warm words scorn wears too, beside WORN_PRAISE: "Love how you make everything about yourself.",
# "Congrats on the burnout, maybe try actually working for once",
# « Super, encore un billet déprimant. », « Bravo pour le pathos. »
# "Wonderful, more self-pity.", "Thanks for wasting five minutes of my life. Really appreciate it."
_SCORN_WEARS = frozenset(
    (
        *("love", "loved", "super", "bravo", "génial", "congrats", "congratulations"),
        *("félicitations", "appreciate", "wonderful", "can't wait", "👏", "👍"),
    )
)
# How far the model's hostility, short of its threshold and with no word of scorn, must lead
# warm praise to silence it (`hostility_beside_praise`): a warm reader's story of a failed bake
# or a crashing build leads by a few hundredths at most, condescension with a compliment by more.
PRAISE_MARGIN = 0.1
_NOT_NEEDED_AFTER = cue.words(cue.crisis_guarded.NOT_NEEDED_AFTER)
_SCORN_ANSWERED = cue.words(cue.hard_day_scorn.SCORN_ANSWERED)
_INSULT = cue.words(cue.insults.INSULTS)
_INSULT_AIMED = cue.words(cue.insults.INSULTS_AIMED)
_AIM = cue.tail(cue.insults.AIM)
_AIM_PT = cue.tail(rf"(?:{cue.insults.AIM_PT})(?:\W+\w+){{0,2}}\W+")
_AIM_PT_ASKED = re.compile(cue.insults.AIM_PT_ASKED)
_TARGET = cue.words(cue.insults.TARGET)
_NAME_CALLED = re.compile(r"(?<![\w'])espèce d'(?:idiote?|imbécile|abrutie?)(?![\w])")
_CONTEMPT = cue.words(cue.contempt.CONTEMPT)
_CONTEMPT_MILD = cue.words(cue.contempt.CONTEMPT_MILD)
_SWEARS = cue.words(cue.insults.SWEARS)
_SAID_OF = cue.tail(cue.contempt.SAID_OF)
_CONTEMPT_PHRASE = cue.words(
    f"{cue.scorn.SCORN}|{cue.scorn_intl.SCORN_FR}|{cue.scorn_intl.SCORN_INTL}|"
    f"{cue.scorn.SCORN_PERSONAL}|{cue.sarcasm.SARCASM_FR}|{cue.sarcasm.RETORTS_INTL}|"
    f"{cue.jabs.TESTED_AT_ALL}"
)
_PUT_DOWN = cue.words(
    f"{cue.put_downs.QUIT_BLOGGING}|{cue.put_downs.SWORN_AT}|{cue.put_downs.NAME_CALLED}"
)
_CONTEMPT_UNLESS_LAUGHING = cue.words(cue.jest.CONTEMPT_UNLESS_LAUGHING)
_CONDESCENSION = cue.words(
    f"{cue.condescension.CONDESCENSION}|{cue.condescension.FOR_A_BEGINNER}|{cue.jabs.FOR_YOUR_LEVEL}|"
    f"{cue.jabs.FOR_SOMEONE_WHO_CANT}"
)
_NOVICE = cue.words(cue.condescension.NOVICE_ANY)
_SPEAKS_OF_SELF = cue.words(cue.condescension.SPEAKS_OF_SELF)
_HEDGES = cue.words(cue.condescension.HEDGES)
_CONTEMPT_NONSPACED = cue.anywhere(cue.contempt.CONTEMPT_NONSPACED)
_SEVERE = cue.words(cue.insults.SEVERE)
_DENIED = cue.tail(cue.insults.NEGATION_OTHER)
_SELF = cue.tail(cue.insults.SELF)
_REPORTED = cue.tail(cue.insults.REPORTED)
_THIRD_PARTY = cue.tail(cue.insults.THIRD_PARTY)
_SAID_AT_HOME = cue.tail(cue.insults.SAID_AT_HOME)
# The writer saying a word of contempt of themselves: "I feel worthless", "I'm so useless".
_OF_SELF = re.compile(
    r"(?<![\w'])(?:i'?m|i am|i feel|i felt|i'?ve been|i have been|feeling|feel like)"
    r"(?: (?:so|such|completely|totally|just|really|utterly|a|an|like|pretty|kind of|kinda))*\W*$"
)
_DEMONSTRATIVE = re.compile(r"(?<![\w'])(?:this|that|these|those) $")
_WORD_AFTER = re.compile(r" ([a-z][\w-]*)")
_THE_POST = cue.words(cue.contempt.THE_POST)
# The writer's own clause, with no "you" since: « Je suis nulle en cuisine, vraiment incompétente »
# is said of herself, « Je suis sûr que vous êtes incompétent » is not.
_SAID_OF_SELF = re.compile(
    r"(?<![\w'])(?:je suis|i'?m|i am)(?:(?!\b(?:tu|t'|vous|you|your|ce|cette|this|what|quel|"
    r"quelle|auteure?|author)\b)[^.!?])*$"
)
# ... or said of themselves just after: "idiot, I was", « Quelle idiote je suis », "Que idiota
# soy", "Che idiota che sono".
_SELF_AFTER = re.compile(
    r"\W*(?:i (?:was|am|is)|i'm|me|myself|(?:que |che )?(?:soy|sono|sou|je suis|bin ich))\b"
)
_NONSENSE_TO_COMFORT = cue.words(cue.critical.NONSENSE_TO_COMFORT)
_BLUNT_DISAGREEMENT = cue.words(cue.critical.BLUNT_DISAGREEMENT)
_SCORN_FOR_THE_BAKE = cue.words(cue.jabs.SCORN_FOR_THE_BAKE)
_SOFTENED = cue.words(f"{cue.jabs.NO_OFFENSE_BUT}|{cue.jabs.JUST_SAYING}")
_BACKHANDED = cue.words(cue.jabs.BACKHANDED)
_JAB = cue.words(cue.sarcasm.RHETORICAL_JABS)
_WARM_SHRUG = cue.words(cue.praise.WARM_SHRUG)


def _cancelled(before: str) -> bool:
    # "not an idiot", "pas nul"; 'someone called you "a hack"' (the commenter reports it, they
    # don't say it); "your ex is an idiot" (said of someone else, for the author); „Mein Mann rief:
    # Du Idiot!" (said at the reader's home)
    cancels = (_NEGATED, _DENIED, _REPORTED, _THIRD_PARTY, _SAID_AT_HOME)
    return any(cancel.search(before) for cancel in cancels)


def _insults(sentence: str) -> list[str]:
    found = []
    for match in _INSULT.finditer(sentence):
        before, after = _before(sentence, match.start()), sentence[match.end() : match.end() + 16]
        if _cancelled(before) or _SELF.search(before) or _SELF_AFTER.match(after):
            continue  # "I felt like such an idiot"
        found.append(match.group(0))
    for match in _INSULT_AIMED.finditer(sentence):
        before = _before(sentence, match.start())
        if _AIM_PT_ASKED.match(sentence, match.end()) and _AIM_PT.search(before):
            continue  # "Você é um inútil na cozinha? Eu também era"
        if re.search(rf"(?<![\w']){re.escape(match.group(0))}\W+$", before):
            continue  # « Nul, nul, nul... mon pain à moi ! »: said again, not aimed
        if _AIM.search(before) and not (_cancelled(before) or _SAID_OF_SELF.search(before)):
            found.append(match.group(0))
    return found


def _contempt(sentence: str) -> list[str]:
    bare = sentence.strip(" .!?…")
    if (_CONTEMPT.fullmatch(bare) or _CONTEMPT_MILD.fullmatch(bare)) and len(sentence) < 30:
        return [bare]  # a verdict on its own: "Embarrassing." "Pathetic."
    if not _TARGET.search(sentence):
        return []  # "the old docs are rubbish" is venting, not contempt for anyone here
    found = []
    for match in _CONTEMPT.finditer(sentence):
        before = _before(sentence, match.start())
        # "I feel worthless these days", "this worthless old laptop runs your app fine"
        if not (_cancelled(before) or _OF_SELF.search(before) or _of_a_thing(sentence, match)):
            found.append(match.group(0))
    for match in _CONTEMPT_MILD.finditer(sentence):
        before = _before(sentence, match.start())
        if _OF_SELF.search(before) or _of_a_thing(sentence, match):
            continue
        if _SAID_OF.search(before) and not _cancelled(before):
            found.append(match.group(0))  # "this is so stupid", not "a stupid mistake of mine"
    return found


def _of_a_thing(sentence: str, match: re.Match) -> bool:
    """Return whether the word of contempt of *match* is said of a thing other than the post, one
    it stands before ("this pointless bug ate my weekend", "that useless meeting"), not of the
    post ("this pointless post")."""
    before = sentence[max(0, match.start() - 8) : match.start()]
    thing = _WORD_AFTER.match(sentence, match.end())
    if not (_DEMONSTRATIVE.search(before) and thing):
        return False
    return thing.group(1) not in cue.function_words.FUNCTION_WORDS and not _THE_POST.fullmatch(
        thing.group(1)
    )


def hostile_cues(prose: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Return the contempt in *prose*, the insults aimed at a person, and the severe words."""
    prose = _NONSENSE_TO_COMFORT.sub(lambda match: match.group("comfort"), prose)
    severe = _found(_SEVERE, prose)
    found = [*_found(_CONTEMPT_PHRASE, prose), *_found(_CONTEMPT_NONSPACED, prose)]
    found += _found(_JAB, prose)
    found += _found(_PUT_DOWN, prose)  # « Ferme ton blog. », « Recette de merde. »
    if not laughing(prose):
        found += _found(_CONTEMPT_UNLESS_LAUGHING, prose)
    found += condescension(prose)
    # « C'est n'importe quoi, le pain ne lève pas comme ça »: a blunt disagreement, not contempt
    blunt = {match.group(0) for match in _BLUNT_DISAGREEMENT.finditer(prose)}
    found = [each for each in found if each not in blunt]
    if speaks_of_self(prose):
        found = [each for each in found if not _NOVICE.search(each)]  # their own first loaf
    elif not warm_words(praise_cues(prose)) - set(cue.hard_day_scorn.LAUGHTER_SYMBOLS):
        found += _found(_SCORN_FOR_THE_BAKE, prose)  # "Hope you didn't feed that to anyone 😂"
    insults = []
    for sentence in sentences(prose):
        insults += _insults(sentence)
        found += _contempt(sentence)
    return tuple(found), tuple(insults), severe


def speaks_of_self(prose: str) -> bool:
    """Return whether *prose* (folded) speaks of the writer, beyond a hedge's "I" ("Not bad for a
    beginner, I suppose.")."""
    return bool(_SPEAKS_OF_SELF.search(_HEDGES.sub(" ", prose)))


def nonsense_to_comfort(prose: str) -> tuple[str, ...]:
    """Return the author's doubt in themselves that *prose* (folded) calls nonsense and denies
    ("That's nonsense, you're not a bad baker"): kindness, not scorn."""
    return tuple(match.group("comfort") for match in _NONSENSE_TO_COMFORT.finditer(prose))


def first_try_praised(prose: str) -> tuple[str, ...]:
    """Return the faint praise "for a beginner" that the reader says of their own first try ("My
    first loaf: not bad for a beginner!", "Not bad for a beginner, if I say so myself!"): pride in
    their bake, which the model of words read as critical for "not bad"."""
    if not speaks_of_self(prose):
        return ()
    said = _found(_CONDESCENSION, prose) + _found(_CONTEMPT_PHRASE, prose)
    return tuple(each for each in said if _NOVICE.search(each))


def condescension(prose: str) -> list[str]:
    """Return the condescension in *prose* ("cute little blog you have here"), unless the comment
    praises something warmly ("What a cute little blog! Love the header 😍" is sincere): thanks
    and the words sarcasm wears ("nice", "great") do not make it sincere."""
    found = _found(_CONDESCENSION, prose)
    if not found:
        return []
    warm = warm_words(praise_cues(prose))
    return [] if warm else list(found)


def hurtful(text: str) -> bool:
    """Return whether *text* holds an insult or a word of contempt, whoever said it: quoted back,
    it would be the author's ('Someone called you "a talentless hack"', « Mon mari m'a dit : t'es
    nulle ! »)."""
    folded = fold(text)
    if any(pattern.search(folded) for pattern in (_INSULT, _CONTEMPT, _SWEARS, _SEVERE)):
        return True
    if _NAME_CALLED.search(folded):  # « Mon mari a crié : espèce d'idiote ! »
        return True
    if _INSULT_AIMED.search(folded) and not re.search(r"\w", _INSULT_AIMED.sub(" ", folded)):
        return True  # nothing but the words: « Nul, nul, nul »
    # a remark reported from home: « Mon mari m'a dit : t'es nulle ! », not "T'es pas nul"
    aimed = _INSULT_AIMED.finditer(folded)
    return any(_SAID_AT_HOME.search(_before(folded, found.start())) for found in aimed)


def softened_critique(prose: str) -> tuple[str, ...]:
    """Return the disclaimer before a critique or the shrug after it in *prose* ("No offense, but
    my grandma's is better.", "Your crumb is too tight. Just saying."), unless the comment praises
    warmly ("No offense, but this beats my grandma's. Thank you, I love it!"). It makes critical a
    comment otherwise read warm or plain (read_tone), or hostile by the model alone with no word
    of scorn ("Not to be rude but the photos are blurry."), never one read as a hard time."""
    found = _found(_SOFTENED, prose)
    return () if found and warm_words(praise_cues(prose)) else found


def defends(prose: str, cues: Cues) -> bool:
    """Return whether scorn on the author's hard-day post is answered by comfort or warm praise
    after it, with no threat or insult: the reader quotes the scorn to deny it ("Ignore anyone
    who says this is 'another sob story'. Sending love."), not "Hugs. Though I have to say,
    milking your grief for clicks is pretty low." nor "Get over it already. Hugs."."""
    warm = warm_words(cues.praise) - _SCORN_WEARS  # "Love how you…"
    kind = [*cues.comfort, *cues.comfort_weak, *warm]
    if not kind or not cues.hostile or cues.severe or cues.insults or cues.bare_laughter:
        return False  # no hostile cue: the model alone read it so, and nothing answers it
    answered = _SCORN_ANSWERED.search(prose) or any(_quoted(prose, h) for h in cues.hostile)
    if not (answered or laughing(prose)):  # "lol this blog is trash (jk it's my favourite)"
        return False
    return max(prose.rfind(word) for word in kind) > max(prose.rfind(h) for h in cues.hostile)


def _quoted(prose: str, words: str) -> bool:
    """Return whether *words* are in quotation marks in *prose* ('"Snap out of it" is the worst
    advice.'): the reader reports the scorn."""
    at = prose.find(words)
    return at > 0 and prose[at - 1] in "\"“«'‘"


def laughs_without_scorn(prose: str, cues: Cues, probabilities: dict, model: dict) -> bool:
    """Return whether only the model's lead, short of its threshold, holds a laughing comment with
    no word of scorn as hostile: "I feel so empty without my dog while he's at the groomer's lol.
    Cute post!" led hostile 0.36 to praise 0.33 on its words alone."""
    scorn = cues.hostile or cues.insults or cues.severe or cues.bare_laughter
    below = probabilities["hostile"] < model["thresholds"]["hostile"]
    return not scorn and below and laughing(prose)


def hostility_unaimed(prose: str, cues: Cues, probabilities: dict, model: dict) -> bool:
    """Return whether only the model's lead, short of its threshold, holds as hostile a comment
    with no word of scorn that speaks of the writer's own life or shrugs off their own bake and
    says nothing to the author nor of the post: "I hope we get engaged this year." led hostile
    0.43 on "hope" and "get", "No need to make a fuss, it's just bread!" 0.33; "No need to make a
    fuss about your little blog." is aimed at the author and stays hostile. Words a reader at risk
    may write are left to the guarded reading; the recipe not needed after a diet, exams or a move
    ("No la voy a necesitar después del viernes, termino la dieta.", 0.51) is the writer's own."""
    scorn = cues.hostile or cues.insults or cues.severe or cues.bare_laughter
    if scorn or probabilities["hostile"] >= model["thresholds"]["hostile"]:
        return False
    if to_reader(prose) or _THE_POST.search(prose) or cues.low_mood or at_risk_words(prose):
        return False
    if guarded_signs(prose):
        return False
    if _NOT_NEEDED_AFTER.search(prose) and _GUARDED_ELSEWHERE.search(prose):
        return True
    return bool(_FIRST_PERSON.search(prose) or _WARM_SHRUG.search(prose))


def hostility_beside_praise(cues: Cues, probabilities: dict, model: dict) -> bool:
    """Return whether only the model's slim lead over praise (PRAISE_MARGIN), short of its
    threshold, holds as hostile a comment with no word of scorn that praises warmly, beyond the
    words sarcasm wears and thanks in passing: "You always explain it so clearly - I finally get
    why my starter kept collapsing." led hostile 0.47 to praise 0.44 on "explain", "get" and
    "you". Scorn with warm words reaches the threshold ("Congrats on discovering something
    everyone knew in 2009.", 0.83), leads clearly ("Oh sweetie, imagine being you. Beautiful
    post.", 0.57 to 0.40) or wears "wow" ("Wow, groundbreaking stuff.") and stays hostile."""
    scorn = cues.hostile or cues.insults or cues.severe or cues.bare_laughter
    if scorn or probabilities["hostile"] >= model["thresholds"]["hostile"]:
        return False
    slim = probabilities["hostile"] - probabilities["praise"] < PRAISE_MARGIN
    return slim and bool(warm_words(cues.praise))


def comfort_below_threshold(cues: Cues, probabilities: dict, model: dict) -> bool:
    """Return whether only the model's lead, short of its threshold, holds as hostile a comment
    with no word of scorn that offers comfort: "Hugs. No need to reply." led hostile 0.25 to
    critical 0.22 on "need", and the reader who sent hugs was asked which part they disagreed
    with. Scorn beside the hugs is a mark ("Get over it already. Hugs.") and stays hostile."""
    scorn = cues.hostile or cues.insults or cues.severe or cues.bare_laughter
    below = probabilities["hostile"] < model["thresholds"]["hostile"]
    return not scorn and below and bool(cues.comfort or cues.comfort_weak)


def doubt_called_nonsense(prose: str, cues: Cues) -> bool:
    """Return whether only the model's words hold as hostile a comment that calls the author's
    doubt in themselves nonsense and denies it, with no word of scorn: "That's nonsense, you're
    not a bad baker" was hostile 0.99 for "nonsense" and "bad"."""
    scorn = cues.hostile or cues.insults or cues.severe or cues.bare_laughter
    return not scorn and bool(nonsense_to_comfort(prose))


def doubtful(label: str, cues: Cues, probabilities: dict[str, float]) -> bool:
    """Return whether praise may be sarcasm: hostility close behind, and no praise warmer than
    the words sarcasm wears ("great", "nice")."""
    return (
        label == "praise"
        and probabilities["hostile"] >= DOUBT
        and set(cues.praise) <= cue.contempt.WORN_PRAISE
    )


def backhanded(label: str, prose: str) -> bool:
    """Return whether warm or plain words in *prose* (folded) carry a sting (cue.jabs.BACKHANDED:
    "I love how confident you are for someone who just started.", "Interesting take on bread
    😬"): doubtful, no star and no quote."""
    return label in ("praise", "neutral") and bool(_BACKHANDED.search(prose))
