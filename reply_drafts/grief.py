"""Words of a loss, an illness or a hard time: the part of the tone reader a build needs.

The tone reader (`reply_drafts.tone`) reads a comment whole; a build only asks whether a post or a
friend's post tells of a hard time (plugins/comments/hard_days.py, the promotion digest), and
compiling the grief lists alone costs a sixth of compiling them all.
"""

import re
import unicodedata

from reply_drafts import tone_cues as cue
from reply_drafts.cue_index import IndexedWords
from reply_drafts.sentences import sentences

# The longest lists, read at every sentence of every post and comment: each cue is tried only on a
# sentence that holds a piece of it (issues 17 and 18: they were two thirds of a post's reading).
_GRIEF = IndexedWords(cue.hard_times.GRIEF_STRONG)
_GRIEF_WEAK = cue.words(cue.hard_times.GRIEF_WEAK)
_GRIEF_OTHER = IndexedWords(f"{cue.hard_times_intl.GRIEF_OTHER}|{cue.mood.LOW_MOOD_INTL}")
_GRIEF_INDIRECT = cue.words(cue.death.GRIEF_INDIRECT)
_JOKE_TURNS = cue.words(cue.hard_times_intl.JOKE_TURNS)
_WORN_OUT = cue.words(cue.mood.WORN_OUT)
_TURNABLE_FR = cue.anywhere(cue.hard_times_intl.TURNABLE_FR)
_TURNED_FR = cue.words(cue.hard_times_intl.TURNED_FR)
# a sentence that opens laughing or takes it back: "😂", "Jajaja qué foto", "kkkkk", "Nein
# Quatsch", "Mentira", "Scherzo"
_LAUGH_OPENS = re.compile(
    r"(?:😂|🤣|😆|😹|(?:ja|je|ha|ah|hi|ih){2,}h?|k{3,}|lol|xd+|mdr|ptdr|(?:nein,? )?quatsch|"
    r"spa(?:ß|ss)|scherz|mentira|brincadeira|(?:es )?broma|scherzo|scherzavo|jk)(?!\w)"
)
_GRIEF_NONSPACED = cue.anywhere(cue.hard_times_intl.GRIEF_NONSPACED)
_LOW_MOOD = IndexedWords(cue.mood.LOW_MOOD)
_MOOD_EASED = cue.words(cue.mood.MOOD_EASED)
# What frames a mood without "I" as a supposition or the reader's ("I know everything feels
# pointless right now", "when nothing matters", "you're not alone if it all feels pointless"),
# before it in its sentence.
_MOOD_FRAMED = re.compile(
    r"(?<![\w'])(?:know|understand|when|whenever|if|unless|you're|you'll)(?![\w'])"
)
# The writer's own mood, even asked: "I feel", "I'm", "does anyone else feel".
_SAID_BY_I = re.compile(r"i(?![\w'])|i'|(?:does|do) (?:anyone|anybody)")
_KIN = cue.words(cue.people.KIN)
# A post's people and pets in the other languages too ("Mon chat Filou", "nuestra perra",
# "Unser Hund").
_ANY_KIN = cue.words(
    f"{cue.people.KIN}|{cue.people.KIN_OTHER}|hund|hündin|katze|kater|hond|poes|cane|gatt[oa]|cachorr[oa]|cão"
)
# A program's children and parents: "a child dies before its parent reaps it, it is a zombie" is
# no loss. Two of these words tell of programs; one alone ("coding threads at night", "I'm an
# orphan now") does not.
_MACHINE = cue.words(
    r"(?:sub)?process(?:es)?|threads?|zombies?|reap(?:s|ed|ing)?|pids?|fork(?:s|ed)?|daemons?|"
    r"kernel|sigchld|sigkill|init|systemd|orphan(?:s|ed)?"
)
_PROGRAM_KIN = re.compile(r"parents?|child|children")
_CONDOLENCE = cue.words(cue.comfort.CONDOLENCE)
# The writer speaking of themselves, in the languages of GRIEF_OTHER ("mon père est décédé").
_FIRST_PERSON = re.compile(
    r"(?<![\w'])(?:i|i'm|i've|i'd|i'll|my|me|we|we're|we've|we'd|we'll|our|us|"
    r"je|j'|moi|mon|ma|mes|nous|notre|nos|ich|mich|mir|mein\w*|wir|uns|unser\w*|yo|mis?|"
    r"nuestr[oa]s?|io|mio|mia|miei|mie|noi|nostr[oaie]|eu|meus?|minhas?|nós|noss[oa]s?|"
    r"ik|mijn|wij|ons|onze|"
    # verbs that say "I" in languages that leave it out: "perdi o emprego", "estoy destrozada"
    r"perdi|estou|estava|tenho|fiquei|perdí|estoy|estaba|tengo|sto|ho|"
    # "Tuve un aborto espontáneo", "Perdimos al bebé en la semana 12"
    r"tuve|tuvimos|perdimos|"
    # French as typed fast: « chui pas bien », « jsuis », « jai »
    r"chui|chuis|jsuis|j'suis|jai|jveux|jpeux)(?=[^\w']|$)|"
    r"(?<![\w'])j'(?=\w)|"
    # « on » as "we" where it tells what befell the writer's own: « on l'a enterrée samedi »
    r"(?<![\w'])on(?= l'?a | vient de | divorce| se sépare)|"
    # « Papa est au ciel »: a parent named bare is the writer's own, not « votre papa »
    r"(?<![\w'])(?<!ton )(?<!ta )(?<!son )(?<!sa )(?<!le )(?<!la )(?<!du )(?<!au )(?<!votre )"
    r"(?:papa|maman|mamie|papi|papy|pépé|mémé)(?![\w'])"
)
# "Got laid off today.", "Just got diagnosed with MS at 29.", « Licencié ce matin. »: the writer,
# with "I" left out.
_UNSAID_I = re.compile(
    r"(?:just |finally |today |recently |and )?(?:got|been|lost|had|spent|feeling|felt|woke|"
    r"started|starting|diagnosed|laid|licenciée?|virée?)(?![\w'])"
)
# The writer going on with what happened to them ("We were going to tell everyone this weekend."),
# not a wish for the author ("I hope the new meds settle soon.").
_TOLD_ON = re.compile(
    r"(?:we|i) (?:was|were|had|have|did|didn't|still|just|can't|couldn't)(?![\w'])|"
    r"(?:we|i)'(?:d|ve)(?![\w'])"
)
# The writer themselves, not only their things: "my server had a tough week" tells of no hard
# time of theirs, "we're losing the house" does. A post tells of the author's life when it says
# "I" or "we", or names a person or a pet (plugins/comments/hard_days.py).
_SELF = re.compile(
    r"(?<![\w'])(?:i|i'm|i've|i'd|i'll|me|myself|we|we're|we've|we'd|us|ourselves|"
    r"je|j'|moi|nous|ich|mich|mir|wir|uns|yo|nosotros|nosotras|io|noi|eu|nós|ik|wij)(?=[^\w']|$)|"
    r"(?<![\w'])j'(?=\w)"
)
# A feeling said of a game ("The fans were devastated and so was I" after a 5-0 final): a lost
# match is no hard time. Looked for only beside a word that may be one.
_FEELING = re.compile(
    r"devastated|heartbroken|broken[- ]hearted|worst .*|(?:hard|rough|tough|difficult|awful|"
    r"terrible|horrible|dark|brutal|bad|crappy) \w+"
)
# A hard week a thing had ("Our server had a tough week"), not the writer or their people.
_THING_HAD = re.compile(
    r"(?:my|our|the|his|her|their) ((?:[\w-]+ )?[\w-]+) "
    r"(?:had|has had|is having|was having|went through) an? (?:\w+ )?$"
)
_GAME = cue.words(
    r"\d+ ?[-–] ?\d+|(?:cup|league|grand) finals?|the (?:match|game|derby|final|fans|referee)|"
    r"defeat|relegat\w*|championship|playoffs?|penalt(?:y|ies)|extra time|overtime|our team|"
    r"the (?:season|league|cup)|scored|goals?"
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


def found_read_on(pattern: re.Pattern | IndexedWords, sentence: str, after: str) -> tuple[str, ...]:
    """Return every match of *pattern* in *sentence* that still matches with the rest of the
    comment (*after*) read on: a cue whose exemptions look to the whole comment ("...out of habit.
    My husband's on a night shift this week!") is none when a later sentence turns it."""
    return tuple(match.group(0) for match in matches_read_on(pattern, sentence, after))


def matches_read_on(
    pattern: re.Pattern | IndexedWords, sentence: str, after: str, within: str = ""
) -> list:
    """Return the matches of *pattern* in *within* (by default *sentence*: the sentence, or the
    sentence and what follows cut at its end) that begin where a match begins in *sentence* read
    on into *after*; a sentence with no stop of its own is read on after one, so that its end
    still ends it."""
    found = list(pattern.finditer(within or sentence, 0, len(sentence)))
    if not found or not after:
        return found
    stop = "" if sentence.endswith((".", "!", "?", "…")) else "."
    read_on = f"{sentence}{stop} {after}"
    kept = {match.start() for match in pattern.finditer(read_on) if match.start() < len(sentence)}
    return [match for match in found if match.start() in kept]


def low_mood_cues(prose: str) -> tuple[str, ...]:
    """Return the writer's own low mood in *prose* (folded): "everything feels pointless", "i feel
    invisible" (cue.mood.LOW_MOOD); not a mood said to the reader ("I know everything feels
    pointless right now, but you'll get through"), nor one the comment says is over ("I felt so
    alone until I found this blog")."""
    found = []
    told = sentences(prose)
    for index, sentence in enumerate(told):
        rest = " ".join(told[index:])
        after = " ".join(told[index + 1 :])
        for match in matches_read_on(_LOW_MOOD, sentence, after, rest):
            if not (_MOOD_EASED.search(rest, match.end()) or _asked_or_framed(sentence, match)):
                found.append(match.group(0))
    return tuple(found)


def _asked_or_framed(sentence: str, match: re.Match) -> bool:
    # a mood the writer names with "I" is theirs, even asked ("Why do I feel so empty?"); one
    # without is asked of the reader ("Feeling numb? Try this breathing exercise.") or framed
    if _SAID_BY_I.match(match.group(0)):
        return False
    return sentence.endswith("?") or bool(_MOOD_FRAMED.search(sentence, 0, match.start()))


def hard_time_words(sentence: str, following: str, after: str = "") -> tuple[str, ...]:
    """Return the words of a hard time (cue.hard_times_intl.GRIEF_OTHER) in *sentence*, unless the
    sentence *following* it turns them into a joke: « Mi sento vuoto dentro... ho fame! », or a
    cue's exemption finds its words in the rest of the comment (*after*): "Sono due mesi che se
    n'è andata mia figlia. Erasmus a Madrid!", „Ich mag nicht mehr. Ich bin pappsatt!"."""
    if _JOKE_TURNS.match(following.lstrip("¡¿")):
        return ()
    found = found_read_on(_GRIEF_OTHER, sentence, after)
    if found and _LAUGH_OPENS.match(following):  # „Ich kann nicht mehr. 😂"
        found = tuple(word for word in found if not _WORN_OUT.fullmatch(word))
    if found and _TURNED_FR.search(following):  # « Je me suis remise à boire. De l'eau ! »
        found = tuple(word for word in found if not _TURNABLE_FR.fullmatch(word))
    return found


def grief_cues(prose: str, moods: tuple[str, ...] | None = None) -> tuple[tuple[str, ...], bool]:
    """Return the words of loss, illness or a hard time in *prose* (folded), and whether the
    writer lives it themselves; the writer's low mood is one (*moods*, when the tone reader found
    them already: none in a comment that laughs, "I'm dead inside lol")."""
    moods = low_mood_cues(prose) if moods is None else moods
    found, shared = [*moods], bool(moods)  # a low mood is the writer's own
    kin_before, own_kin_before, told_before = False, False, False
    previous = ""
    # each word once in any form: "thread" and "threads", "orphan" and "orphaned"
    programs = len({word.rstrip("eds") for word in found_in(_MACHINE, prose)})
    parts = sentences(prose)
    # each sentence with the one after it (none after the last; no sentence at all in "")
    for index, (sentence, following) in enumerate(zip(parts, [*parts[1:], ""], strict=False)):
        after = " ".join(parts[index + 1 :])
        here = found_read_on(_GRIEF, sentence, after)
        here += hard_time_words(sentence, following, after)
        here += found_in(_GRIEF_NONSPACED, sentence)
        here += found_read_on(_GRIEF_INDIRECT, sentence, after)
        kin = names_kin(sentence, programs >= 2)
        if kin or kin_before:  # "Our dog's last walk... We lost Rosie the same way."
            here += found_in(_GRIEF_WEAK, sentence)
        feeling = here and any(_FEELING.fullmatch(word) for word in here)
        if feeling and (_GAME.search(sentence) or _GAME.search(previous)):  # "Lost 3-0. Gutted."
            here = tuple(word for word in here if not _FEELING.fullmatch(word))
        elif feeling:
            here = tuple(word for word in here if not _had_by_a_thing(sentence, word))
        found += here
        # "My dad taught me this. He passed last year.": the loss is told of the writer's own kin
        told_of_own = (
            own_kin_before and not to_reader(sentence) and (kin or bool(_GOES_ON.match(sentence)))
        )
        # "The ultrasound showed no heartbeat. We were going to tell everyone this weekend."
        told_then_own = told_before and bool(_TOLD_ON.match(sentence)) and not to_reader(sentence)
        shared = shared or told_then_own
        shared = shared or bool(here and (_speaks_of_self(sentence) or told_of_own))
        kin_before = kin
        own_kin_before = kin and _speaks_of_self(sentence)
        told_before = bool(here) and not to_reader(sentence)
        previous = sentence
    return tuple(found), shared


def _had_by_a_thing(sentence: str, word: str) -> bool:
    # "Our server had a tough week": only a feeling word, and only after "had a"
    if not _FEELING.fullmatch(word):
        return False
    start = sentence.find(word)
    had = _THING_HAD.search(sentence, max(0, start - 48), start)
    return bool(had) and not _ANY_KIN.search(had.group(1))


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
    return bool(_FIRST_PERSON.search(own) or _UNSAID_I.match(own))


# A loss named in passing, as whose recipe a dish is ("My late nan's lemon cake", "my late
# father's chilli"): a post that gives the recipe is no hard day for it; read as "my nan's lemon
# cake". "My late husband's birthday", "my late mum's things" are still told of the loss.
_ONE_LINE_KIN = re.sub(r"\n\s*", "", cue.people.KIN)
_LATE_KINS_DISH = re.compile(
    rf"(?<![\w'])((?:my|our|his|her) )late ((?:{_ONE_LINE_KIN})'s (?:[\w-]+ ){{0,3}}"
    r"(?:recipes?|cake|cakes|pie|pies|bread|loaf|biscuits?|cookies?|scones?|soup|stew|jam|"
    r"pudding|crumble|tart|lasagne|lasagna|curry|casserole|sauce|dumplings|pancakes|shortbread|"
    r"fudge|trifle|brownies|muffins|buns|chutney|pickles|chilli|chili|gravy|stuffing|cookbook)"
    r"(?![\w']))"
)


def hard_time_cues(title: str, summary: str, text: str) -> tuple[str, ...]:
    """Return the words of a loss, an illness or a hard time in a post's *title*, *summary* and
    opening (the first OPENING characters of its plain *text*), each once; a loss named only as
    whose recipe a dish is ("My late nan's lemon cake") is none."""
    parts = tuple(
        _LATE_KINS_DISH.sub(r"\1\2", fold(part)) for part in (title, summary, text[:OPENING])
    )
    found, _ = grief_cues(". ".join(part for part in parts if part))
    if not found or not tells_own_life(parts[0], " ".join(parts[1:]).strip(), found):
        return ()
    return tuple(dict.fromkeys(found))


# Words of a hard time that news, reviews, history and things have too ("2023's tech layoffs",
# "Grief in The Last of Us", "Our server had a tough week", « le deuil de Twitter »): a post that
# finds only these must tell of the author's own life to be a hard day. Any other word (chemo, a
# miscarriage, a death, « licencié ») is one whoever it is told of.
_SAID_OF_ANYTHING = re.compile(
    r"(?:grie[fv]|mourn|depress|lay ?offs?|laid off|burn|deuil|devastat|heartbr|broken|tough|"
    r"hard|rough|difficult|awful|terrible|horrible|dark|grey|gray|brutal|struggl|anxi|une (?:"
    r"année|semaine|journée)|cette (?:année|semaine|journée)|rest in peace|rip\b)"
)


def tells_own_life(title: str, told: str, found: tuple[str, ...]) -> bool:
    """Return whether a post of *title* that *told* (its summary and opening, folded) of a hard
    time (the words *found*) is about the author's own life: "I" or "we" in what it tells, a
    person or a pet, or a hard time that is theirs ("my divorce"); not news, a review or a data
    dive ("2023's tech layoffs, by the numbers"). A title's "us" may be a show's ("The Last of
    Us").
    """
    if not told.strip():
        return True  # a title alone ("A Hard Day") is all there is to go by
    if any(not _SAID_OF_ANYTHING.match(word) for word in found):
        return True  # "Day 3 of chemo. Tired.", « Licencié ce matin »: no one writes that of news
    if _SELF.search(told) or _ANY_KIN.search(title) or _ANY_KIN.search(told):
        return True
    if any(_FIRST_PERSON.search(word) for word in found):
        return True
    # a hard time told as the writer's own ("My second round of chemo went better", "Got laid
    # off today."), not a title's or a thing's ("Our server had a tough week")
    return grief_cues(told)[1]


_FAREWELL = cue.words(cue.farewells.FAREWELL)
_OWN = cue.words(cue.farewells.OWN)
_YOURS = cue.words(cue.farewells.YOURS)


def farewell_to_a_stranger(text: str) -> bool:
    """Return whether *text* says farewell to someone who died ("Rest in peace, he was a legend.")
    without naming them as the reader's own (no kin, no "my"): a public figure mourned, shared
    sadness rather than the reader's loss."""
    folded = fold(text)
    return bool(_FAREWELL.search(folded)) and not (_ANY_KIN.search(folded) or _OWN.search(folded))


def farewell_to_the_authors(text: str) -> bool:
    """Return whether *text* says farewell to someone of the author's ("Que descanse en paz tu
    abuelo."): comfort offered, not the reader's own loss."""
    folded = fold(text)
    return bool(_FAREWELL.search(folded) and _YOURS.search(folded)) and not _OWN.search(folded)
