"""Read the room: the tone of a comment, before anyone writes a word back to the person.

`read_tone(text)` labels a comment with one of LABELS:

    spam      selling something: no reply at all
    hostile   contempt or insults aimed at a person: no thanks, no quote, no star
    grief     a loss, an illness, a hard time (or comfort offered for one): quiet compassion
    critical  civil disagreement or a correction: plain thanks for the point
    question  asks the author something: a promise to answer, never an invented answer
    praise    appreciation, thanks, warmth
    neutral   anything else

Two readings are combined. The word lists of `reply_drafts.tone_cues` find the marks a careful
reader looks for (a loss, an insult aimed at someone, an offer with a link), in English and the
languages commenters write in most; a linear model (`tone_model.json`, trained by
`benchmarks/tone_model.py` on comments the developers labeled) weighs those marks with the
comment's own words. Only the comment's prose is read: code, quoted text and link targets decide
nothing, so `kill -9` or a quoted insult is not taken for the commenter's own.

The reading is in parts, each in a module beside this one that never imports it: the model
(`reply_drafts.tone_model`), readers at risk (`at_risk`), hostility (`hostility`), good news and
joy (`good_news`), spam looked at twice (`spam`), praise (`praise`), laughter (`laughter`), and
what the word lists found (`cues_found.Cues`). This module finds the cues (`find_cues`: comfort,
critique, questions and the marks of spam are read here) and ties the parts into a `Tone`
(`read_tone`).
"""

import re
from dataclasses import dataclass, field

from reply_drafts import tone_cues as cue
from reply_drafts.at_risk import (
    at_risk_words,
    crisis_cues,
    crisis_hints,
    end_it_explained,
    guarded_signs,
    in_danger_now,
)
from reply_drafts.cues_found import Cues
from reply_drafts.good_news import (
    _GOOD_NEWS,
    behind,
    gives_hope,
    glad_for_author,
    good_news,
    joy_after_loss,
    joyful_news,
    tells_a_death,
)
from reply_drafts.grief import fold, grief_cues, low_mood_cues
from reply_drafts.grief import found_in as _found
from reply_drafts.hostility import (
    backhanded,
    comfort_below_threshold,
    defends,
    doubt_called_nonsense,
    doubtful,
    first_try_praised,
    hostile_cues,
    hostility_beside_praise,
    hostility_unaimed,
    laughs_without_scorn,
    nonsense_to_comfort,
    softened_critique,
)
from reply_drafts.laughter import bare_laughter, laughing
from reply_drafts.losses_by_name import named_losses
from reply_drafts.praise import praise_cues, praise_over_critique
from reply_drafts.quote import readable_text
from reply_drafts.sentences import sentences
from reply_drafts.spam import (
    _GENERIC,
    _GENERIC_NONSPACED,
    _WORD,
    returns_a_link,
    signed_by_a_firm,
    spam_elsewhere,
    spam_unmarked,
    stock_thanks,
)
from reply_drafts.tone_model import (
    _SAY_NOTHING,
    SILENCING,
    cue_features,
    decide,
    load_model,
    scores,
    unspelled_scores,
    word_features,
)

# The model's hostility, with no word of scorn, under which a disclaimer or a shrug makes a comment
# critical ("Not to be rude but the photos are blurry.": 0.35–0.46 in six languages); the personal
# attacks of the labeled sets that shrug ("…failed the bar twice. Just saying.") are at 0.85–0.93.
SURE_HOSTILITY = 0.6
_COMFORT = cue.words(cue.comfort.COMFORT)
_CONDOLENCE = cue.words(cue.comfort.CONDOLENCE)
_COMFORT_WEAK = cue.words(cue.comfort.COMFORT_WEAK)
_CRITICAL = cue.words(cue.critical.CRITICAL)
_DIAGNOSIS_TOLD = cue.words(cue.death.DIAGNOSIS_TOLD)
_GRIEF_QUESTION = cue.words(cue.comfort.GRIEF_QUESTION)
_CARING_QUESTION = cue.words(cue.comfort.CARING_QUESTION)
_CRITICAL_NONSPACED = cue.anywhere(cue.critical.CRITICAL_NONSPACED)
_CORRECTION = cue.words(cue.critical.CORRECTION)
_HELP_REQUEST = cue.words(cue.critical.HELP_REQUEST)
_FAILURE = cue.words(cue.critical.FAILURE)
_QUESTION_START = re.compile(
    r"^\W*" + cue.critical.QUESTION_START.replace("\n    ", ""), re.IGNORECASE
)
_SPAM = cue.words(f"{cue.spam.SPAM_TERMS}|{cue.spam.SALES_PITCHES}")
_SPAM_WEAK = cue.words(cue.spam.SPAM_WEAK)
_SPAM_KIT = cue.words(cue.spam.SPAM_KIT)
_LINK_DROP = cue.words(cue.spam.LINK_DROPS)
_SPAM_NONSPACED = cue.anywhere(cue.spam.SPAM_NONSPACED)
_REACH = cue.words(cue.spam.CONTACT)
_COMMERCIAL = cue.words(cue.spam.COMMERCIAL)
_COMMERCIAL_NONSPACED = cue.anywhere(cue.spam.COMMERCIAL_NONSPACED)
_PHONE = re.compile(r"(?<![\w.])\+?\(?\d[\d ().-]{6,}\d(?![\w.])")
_CODE = re.compile(r"```.*?(?:```|\Z)|`[^`\n]*`", re.DOTALL)
_LINK = re.compile(
    r"https?://|\bwww\.|\]\(|\[url=|\b[a-z0-9][a-z0-9-]*\.(?:com|net|org|io|co|info|biz|xyz|shop|"
    r"store|online|site|club|click|loan|casino|bet|vip|win|promo|sale|deals|example|ru|cn|in|top|"
    r"me|app|us|uk|es|fr|de|se|pt|it|nl|pl|br|au|ca|studio|life|pro|live|fun|space|ly)\b",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"\+\d[\d ()-]{7,}|\b[\w.+-]+@[\w-]+\.[\w.]{2,}\b|whatsapp|telegram|wechat|@\w+_\w+", re.I
)


@dataclass(frozen=True)
class Tone:
    """What the tone reader saw in a comment.

    - label: one of LABELS.
    - cues: the marks that decided it, as found in the comment (for the inbox: "why is this draft
      quiet?"); empty when only the model's word weights decided.
    - severe: hostile with threats or insults piled up: better not to reply at all.
    - loss: grief over a death (of a person or a pet).
    - shared: grief the commenter lives themselves ("I lost my brother").
    - comforting: comfort offered to the author ("thinking of you").
    - correction: critical about a mistake in the post (a typo, a broken link, an error).
    - crisis: the commenter may be thinking of ending their life or of hurting themselves.
    - danger_now: a crisis told as an act done or set for now ("I took all my pills tonight.",
      "I'm standing on the bridge right now"): their local emergency number is the first call.
    - laughter_only: hostile only for laughing, and nothing else, at the author's hard day.
    - good_news: grief with good news at its end ("she's in remission"), and no death in it; or
      a birth, an engagement or a wedding the reader announces, with no hard time beside it ("We
      had a baby girl last night!"): congratulations, not a quote.
    - behind: the reader's own hard time, long over ("I had cancer ten years ago."), no death in
      it: no "I'm so sorry you're going through this".
    - grief_question: grief that asks how to live with it ("does it ever get easier?"): no
      question to promise an answer to, unlike "could you share the recipe?".
    - caring_question: a question that asks after the author ("how are you holding up?", "can I
      bring you dinner?"): a kindness, no question to promise an answer to.
    - doubtful: praise with hostility close behind (DOUBT): the draft neither stars nor quotes.
    - guarded: words a reader at risk may write, read as something else ("Tonight's the night.",
      "I'm so done with life lol", a guarded sign), or a low mood laughed off ("I feel so empty
      lately lol"): the draft neither stars nor quotes.
    - scores: each label's probability, best first.
    """

    label: str = "neutral"
    cues: tuple[str, ...] = ()
    severe: bool = False
    loss: bool = False
    shared: bool = False
    comforting: bool = False
    correction: bool = False
    crisis: bool = False
    danger_now: bool = False
    laughter_only: bool = False
    good_news: bool = False
    behind: bool = False
    grief_question: bool = False
    caring_question: bool = False
    doubtful: bool = False
    guarded: bool = False
    scores: tuple[tuple[str, float], ...] = field(default=(), compare=False)


def asks(prose: str) -> bool:
    """Return whether *prose* asks something (a question mark, or a question's first words)."""
    if re.search(r"[?？؟]", prose):
        return True
    return any(
        _QUESTION_START.match(sentence) and not sentence.endswith("!")  # "How adorable!"
        for sentence in sentences(prose)
    )


def _digits(text: str) -> int:
    return sum(char.isdigit() for char in text)


def critical_cues(prose: str, help_asked: bool) -> tuple[str, ...]:
    """Return the disagreement and corrections in *prose*; a failure the reader reports while
    asking for help ("my code doesn't work, can you help?") is their attempt, not the post's."""
    found = _found(_CRITICAL, prose) + _found(_CRITICAL_NONSPACED, prose)
    if help_asked:
        found = tuple(cue for cue in found if not _FAILURE.fullmatch(cue))
    return found


def find_cues(text: str, prose: str, author: str = "", website: str = "") -> Cues:
    """Return what the word lists find in the comment *text* (its *prose* already read)."""
    shared_text = fold(_CODE.sub(" ", text))  # a link inside code is an example, not a share
    about = fold(f"{author} {website}")
    moods = low_mood_cues(prose)
    # a low mood laughed off ("I'm dead inside lol") is no hard time to be sorry for: guarded
    grief, shared = grief_cues(prose, () if laughing(prose) else moods)
    # "We lost Rex on Sunday.": a loss told with a first name only
    named = named_losses(readable_text(text))
    grief, shared = grief + named, shared or bool(named)
    diagnosis = _found(_DIAGNOSIS_TOLD, prose)  # it spans two sentences
    crisis = crisis_cues(prose)
    hints = () if crisis else crisis_hints(prose)
    contempt, insults, severe = hostile_cues(prose)
    help_asked = bool(_HELP_REQUEST.search(prose))
    plain = _GENERIC_NONSPACED.sub(" ", _GENERIC.sub(" ", prose))
    links = len(_LINK.findall(shared_text))
    phones = tuple(p for p in _found(_PHONE, shared_text) if _digits(p) >= 8)
    dropped = _found(_LINK_DROP, shared_text) if links or phones else ()
    generic = _found(_GENERIC, prose) + _found(_GENERIC_NONSPACED, prose)
    particular = len([w for w in _WORD.findall(plain) if w not in cue.function_words.FILLER])
    linkless = signed_by_a_firm(prose) + stock_thanks(prose, generic)
    return Cues(
        spam=_found(_SPAM, shared_text + " " + about) + _found(_SPAM_NONSPACED, shared_text),
        spam_weak=_found(_SPAM_WEAK, shared_text),
        spam_kit=_found(_SPAM_KIT, prose) + dropped + linkless,
        links=links,
        contact=bool(_CONTACT.search(shared_text)),
        reach=_found(_REACH, shared_text) + phones,
        commercial=_found(_COMMERCIAL, shared_text) + _found(_COMMERCIAL_NONSPACED, shared_text),
        generic=generic,
        particular=particular,
        hostile=severe + insults + contempt,
        insults=insults,
        severe=severe,
        # a reader at risk gets the quiet reply, whatever else they say; so does health news
        grief=crisis + hints + diagnosis + grief + _found(_GOOD_NEWS, prose),
        crisis=crisis,
        shared=shared or bool(crisis or hints or diagnosis),
        comfort=_found(_COMFORT, prose) + comfort_said_twice(prose, praise_cues(prose)),
        comfort_weak=_found(_COMFORT_WEAK, prose),
        critical=critical_cues(prose, help_asked),
        correction=_found(_CORRECTION, prose),
        asks=help_asked or asks(prose),
        praise=praise_cues(prose) + first_try_praised(prose) + nonsense_to_comfort(prose),
        bare_laughter=bare_laughter(prose),
        low_mood=moods,
    )


_COMFORT_CHEER = cue.words(cue.comfort.COMFORT_CHEER)
# Cheer for a task ahead ("mucho ánimo con el examen", "forza per la gara", "good luck!").
_CHEER_FOR_A_TASK = cue.words(cue.comfort.CHEER_FOR_A_TASK)


def comfort_said_twice(prose: str, praise: tuple[str, ...]) -> tuple[str, ...]:
    """Return the words of comfort in *prose* when two kinds of it are said together and nothing
    else: « Ti sono vicina, forza », "Mucho ánimo, te mando un abrazo", "Força, estou contigo"
    comfort the author even under an everyday post, where one alone ("Forza!", "Un abrazo") may
    cheer a bake; not beside praise or good news ("Congrats! Big hugs")."""
    weak = _found(_COMFORT_WEAK, prose) + _found(_COMFORT_CHEER, prose)
    praise = tuple(word for word in praise if not any(word in said for said in weak))  # "love"
    if len({word.casefold() for word in weak}) < 2 or praise or _found(_GOOD_NEWS, prose):
        return ()
    if _CHEER_FOR_A_TASK.search(prose):
        return ()  # "Un abrazo y mucho ánimo con el examen": cheer for a task, not for a hard time
    return weak


def features(text: str, author: str = "", website: str = "", support: bool = False) -> dict:
    """Return the model's features of a comment: what the word lists found and its own words."""
    prose = fold(readable_text(text))
    cues = find_cues(text, prose, author, website)
    return cue_features(cues, support) | word_features(prose)


def hostility_from_comfort(prose: str, cues: Cues, support: bool, model: dict) -> bool:
    """Return whether the model reads *prose* as hostile only for its words of comfort ("hope
    you're feeling better": "you're" weighs toward hostility): without them, it would not."""
    if not cues.comfort or cues.hostile:
        return False
    rest = _COMFORT.sub(" ", prose)
    found = cue_features(find_cues(rest, rest), support) | word_features(rest)
    return scores(found, model)["hostile"] < model["thresholds"]["hostile"]


def _deciding(label: str, cues: Cues) -> tuple[str, ...]:
    by_label = {
        "spam": cues.spam_kit
        + cues.spam
        + cues.spam_weak
        + cues.commercial
        + cues.reach
        + cues.generic,
        "hostile": cues.hostile + cues.bare_laughter,
        "grief": cues.grief + cues.comfort + cues.comfort_weak,
        "critical": cues.critical,
        "question": ("?",) if cues.asks else (),
        "praise": cues.praise,
    }
    return tuple(dict.fromkeys(by_label.get(label, ())))


def read_tone(text: str, author: str = "", website: str = "", support: bool = False) -> Tone:
    """Return the tone of the comment whose Markdown is *text*.

    *author* and *website* are what the commenter typed in those fields (a name like "Cheap SEO
    Services" is a mark of spam); *support* is true on a support post, where comfort is the rule.
    """
    prose = fold(readable_text(text))
    cues = find_cues(text, prose, author, website)
    words = word_features(prose)
    found = cue_features(cues, support) | words
    model = load_model()
    probabilities = scores(found, model)
    unlikely = frozenset({"hostile"} if hostility_from_comfort(prose, cues, support, model) else ())
    unspelled = unspelled_scores(prose, found, model)
    label = decide(found, probabilities, model["thresholds"], unlikely, unspelled)
    if label == "hostile" and (
        laughs_without_scorn(prose, cues, probabilities, model)
        or hostility_unaimed(prose, cues, probabilities, model)
        or hostility_beside_praise(cues, probabilities, model)
        or doubt_called_nonsense(prose, cues)
    ):
        label = max((n for n in probabilities if n not in SILENCING), key=probabilities.get)
    if label == "critical" and praise_over_critique(cues, probabilities):
        label = "praise"
    if label == "hostile" and comfort_below_threshold(cues, probabilities, model):
        label = max(_SAY_NOTHING, key=probabilities.get)  # hugs: warm or plain, never a dispute
    if label == "spam" and (
        returns_a_link(prose, cues) or spam_unmarked(cues, probabilities, model)
    ):
        label = max((n for n in probabilities if n not in SILENCING), key=probabilities.get)
    if support and label == "hostile" and defends(prose, cues):
        label = "grief"  # "Anyone who says you're milking this doesn't know you. Sending love."
    comforts = bool(cues.comfort or cues.comfort_weak)
    after_loss = label == "grief" and joy_after_loss(prose, cues)
    if support and label != "spam" and not comforts and spam_elsewhere(cues, words, model):
        label = "spam"  # an advertisement on the author's hard day is no comfort
    if label in ("hostile", "spam") and cues.crisis:
        label = "grief"  # a reader at risk is heard, whatever scorn or link is beside it
    # "Not to be rude but the photos are blurry.": the model alone took "rude" for hostility
    # but not a personal attack the model is sure of ("Maybe depression wouldn't be so bad if you
    # ever got off the couch. Just saying."), which a shrug does not soften
    model_alone = (
        label == "hostile"
        and not (cues.hostile or cues.insults or cues.severe)
        and probabilities["hostile"] < SURE_HOSTILITY
    )
    mild = label in ("praise", "neutral", "question") or model_alone
    softened = softened_critique(prose) if mild else ()
    if softened:
        label = "critical"  # "Your crumb is too tight. Just saying.": no star, no quote
    ranked = tuple(sorted(probabilities.items(), key=lambda item: -item[1]))
    comfort = cues.comfort + (cues.comfort_weak if support or cues.grief else ())
    comfort += _found(_CONDOLENCE, prose) + glad_for_author(prose)
    return Tone(
        label=label,
        cues=_deciding(label, cues) or softened,
        severe=label == "hostile" and (bool(cues.severe) or len(cues.insults) >= 2),
        loss=label == "grief"
        and (tells_a_death(prose) or bool(named_losses(readable_text(text))))
        and not after_loss,
        shared=label == "grief" and cues.shared and not gives_hope(prose, comfort, support),
        comforting=label == "grief" and bool(comfort),
        correction=label == "critical" and bool(cues.correction),
        crisis=label == "grief" and bool(cues.crisis),
        danger_now=label == "grief" and in_danger_now(prose, cues.crisis),
        laughter_only=label == "hostile" and support and bool(cues.bare_laughter),
        good_news=(label == "grief" and good_news(prose, cues))
        or (label in ("grief", "praise", "neutral", "question") and joyful_news(prose, cues))
        or after_loss,
        behind=label == "grief" and cues.shared and behind(prose),
        grief_question=label == "grief" and bool(_GRIEF_QUESTION.search(prose)),
        caring_question=bool(_CARING_QUESTION.search(prose)),
        doubtful=doubtful(label, cues, probabilities) or backhanded(label, prose),
        # a low mood not read as a hard time (laughed off, or hostile words beside it)
        guarded=not cues.crisis
        and bool(
            at_risk_words(prose)
            or guarded_signs(prose)
            or end_it_explained(prose)
            or (cues.low_mood and label != "grief")
        ),
        scores=tuple((name, round(value, 3)) for name, value in ranked),
    )
