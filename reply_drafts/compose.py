"""Compose a thank-you draft: read the room, pick a template and one line per section, fill the
slots, tidy up.

The tone reader (reply_drafts.tone) decides what kind of reply a comment may get before a word is
chosen: none for spam; a calm one that returns to the issue (or none, and advice) for hostility;
quiet compassion for grief, and for every reader's comment on a support post; plain thanks for
criticism; a promise to answer for a question; warm variety for the rest, where a gold star is
promised only for a comment that says something (an idea, a phrase worth quoting).

Every choice is drawn from a generator seeded by the comment's thread and id (one per section,
so turning one line off does not reshuffle the others): the same facts always give the same
draft, and nothing depends on the clock or on global random state.
"""

import dataclasses
import hashlib
import random
import re

from reply_drafts import tone_cues
from reply_drafts.entries import PHRASE_SECTIONS, QUIET_TONES, SLOT, Entry
from reply_drafts.facts import CommentFacts, Draft
from reply_drafts.grief import farewell_to_a_stranger, farewell_to_the_authors
from reply_drafts.hostility import hurtful
from reply_drafts.language_lines import (
    FALLBACK_TEMPLATE,
    LanguageLines,
    lines_for,
    nested,
    typeset,
)
from reply_drafts.library import Library, load_library
from reply_drafts.plain import plain_name, plain_text, safe_url
from reply_drafts.praise import warm_words
from reply_drafts.quote import Reading, quotable_text, read_comment
from reply_drafts.sentences import sentences
from reply_drafts.tone import Tone, read_tone

ADVICE = {
    "spam": "This reads as spam ({cues}), so there is no draft: mark it as spam.",
    "severe": (
        "This comment attacks a person ({cues}). It is usually best not to reply: Reject it, "
        "or Block the commenter."
    ),
    "laughter": (
        "A laugh and nothing else on your hard-day post ({cues}): there is no draft. It is usually "
        "best left unanswered; Reject it if it hurts."
    ),
    "scorn": (
        "Scorn for your hard-day post ({cues}): there is no draft. It is usually best left "
        "unanswered; Reject it, and Block the commenter if it goes on."
    ),
    "hostile": (
        "This reads as hostile ({cues}). A reply is optional; if you answer, keep to the post, "
        "not the person. Reject and Block are at hand."
    ),
    "grief": (
        "A quiet reply for a hard time ({cues}): no gold star, no cheer. Make the last line "
        "your own."
    ),
    "crisis": (
        "This reader may be thinking of ending their life or of hurting themselves ({cues}). "
        "Answer them yourself, soon, in your own words; the draft's last line says where help "
        "is. If they seem in danger now, their local emergency number is the first call."
    ),
    "doubtful": (
        "This reads as warm, but it may be sarcasm or a jab: the draft quotes nothing and promises "
        "no gold star. Read it again before you thank them."
    ),
    "guarded": (
        "Some words here are ones a reader at risk may write, though they read as something else: "
        "the draft quotes nothing and promises no gold star. Read it again before you answer."
    ),
}
_BLANK_LINES = re.compile(r"\n{3,}")
# A bake that let the reader down, told with no harder word: answered sorry, with help.
_LETDOWN = tone_cues.words(tone_cues.critical.LETDOWN)
_LETDOWN_TONES = ("praise", "neutral", "critical")
# Two sentences of one draft that open on as many of the same words read as a stammer.
_OPENING_WORDS = 4
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")
_WORDS = re.compile(r"[^\W\d_]+")
_BRIEF_WORDS = 3
# Words said once per draft (a word opening on one of these stems): a second « bienveillant » is
# heard as a tic, a second hug ("Un abbraccio, Giulia." then "Ti abbraccio forte.") or a second
# "words" ("Thank you for your kind words. I read every word") or a second careful reading as a
# form filled in.
ECHOED_STEMS = (
    *("bienveillan", "abbracc", "abrazo", "abraç", "umarm", "embrass", "hug"),
    *("word", "mots", "palabra", "worte", "parol", "palavra"),
    # "Thank you for reading so carefully. A gold star for the careful reading."
    *("careful", "attent", "atent", "genau"),
)
# Time taken to write, said once per draft: "Thank you for reading it and for taking the time to
# write. It means a lot that you took a moment to write." says the same thing twice.
TIME_STEMS = (
    *("taking the time", "took the time", "taking a moment", "took a moment"),
    *("pris le temps", "pris un moment", "tomarte el tiempo", "tomarte un momento"),
    *("tomado un momento", "zeit für einen kommentar", "zeit genommen", "moment zum schreiben"),
    *("trovato il tempo", "trovato un momento", "dedicado um momento"),
)
ECHOED_STEMS = (*ECHOED_STEMS, *TIME_STEMS)
_STEM = re.compile(rf"(?<!\w)(?:{'|'.join(ECHOED_STEMS)})")
# Thanks, said once in a quiet draft: "Grazie per le tue parole. Grazie di starmi vicino." or
# "Danke, dass du da bist. Danke, dass du mich begleitest." reads as a form to a grieving reader
# or a comforter (a cheerful draft may thank for the comment and again for a tip).
THANKS_STEMS = (
    *("thank", "grateful", "merci", "remerci", "gracias", "agradec", "agradeç", "obrigad"),
    *("dank", "grazie", "ringrazi"),
)
_QUIET_STEM = re.compile(rf"(?<!\w)(?:{'|'.join(ECHOED_STEMS + THANKS_STEMS)})")
# “ closes a German quote („Wow!“), as ” and » close English and French ones
_STOP_AFTER_MARK = re.compile(r"([!?…]\s?[”»“])\.")


def _rng(facts: CommentFacts, section: str) -> random.Random:
    seed = hashlib.sha256(f"{facts.thread}\x1f{facts.comment_id}\x1f{section}".encode()).digest()
    return random.Random(int.from_bytes(seed[:8], "big"))


def _related(facts: CommentFacts, lines: LanguageLines) -> str:
    for title, url in facts.related:
        title = plain_text(str(title), limit=90)
        if not title or title == plain_text(facts.post_title, limit=90):
            continue
        url = safe_url(str(url))
        opening, closing = lines.quote_marks
        return f"[{title}]({url})" if url else f"{opening}{nested(title, lines)}{closing}"
    return ""


def comment_flags(facts: CommentFacts, reading: Reading, related: str) -> frozenset:
    """Return the facts a template line may ask for with `when` and `unless`."""
    named = {
        "first": facts.commenter_comments <= 1,
        "returning": facts.commenter_comments >= 2,
        "regular": facts.commenter_comments >= 5,
        "idea": reading.idea,
        "question": reading.question,
        "link": reading.link,
        "link_host": bool(reading.link_host),
        "quote": bool(reading.quote),
        "quote_idea": reading.quote_idea,
        "quote_question": reading.quote_question,
        "asks_the_author": reading.asks_the_author,
        "quote_memory": bool(reading.quote) and reading.quote_memory,
        "quote_story": bool(reading.quote) and reading.quote_story,
        "related": bool(related),
        # "Thank you!" is not thanked "for such a kind and thoughtful comment", nor "for reading
        # so closely", nor "for sharing your thoughts"
        "brief": len(_WORDS.findall(facts.text)) <= _BRIEF_WORDS,
    }
    return frozenset(flag for flag, holds in named.items() if holds)


def _specificity(entry: Entry) -> int:
    # "quote_idea" says more than "quote": a line written for this kind of comment fits better.
    return len(entry.when) + len(
        entry.when & {"quote_idea", "quote_question", "quote_memory", "quote_story"}
    )


def register(tone: Tone, support: bool, text: str = "") -> str:
    """Return the tone whose lines answer a comment of *tone* (on a support post if *support*)."""
    if letdown(tone, support, text):
        return "letdown"  # sorry the bake went wrong, and help: no "thanks for pointing that out"
    if support and tone.label in ("praise", "neutral", "question"):
        return "grief"  # on the author's hard-day post, a reader's words are comfort
    if tone.doubtful and tone.label == "praise":
        return "neutral"  # no "you made my day" for what may be a jab
    if tone.guarded and (tone.label in ("praise", "question", "critical") or not tone.cues):
        # nor for words a reader at risk may write, nor "let me think it over", nor "where you see
        # it differently", nor a calm answer to hostility only the model saw
        return "neutral"
    return tone.label


def letdown(tone: Tone, support: bool, text: str) -> bool:
    """Return whether *text* tells of a bake that let the reader down ("My loaf came out flat and
    dense, so disappointed") and nothing harder: no correction, hostility, grief or risk."""
    if support or tone.guarded or tone.correction or tone.label not in _LETDOWN_TONES:
        return False
    return bool(_LETDOWN.search(text.casefold()))


def warm(tone: Tone) -> bool:
    """Return whether the reader's words were found warm: comfort, or praise warmer than the
    words sarcasm wears.

    On a support post every comment is answered in the quiet voice, but only one with warmth in
    it is thanked "for your kind words": "Not the place for this." has none to thank, nor has
    "Grief is not content." (a word of grief is a topic, not warmth), nor "Great, another sad
    post.".
    """
    if tone.label != "praise" or tone.doubtful:
        return False
    return bool(warm_words(tone.cues))


def farewell(tone: Tone, support: bool, text: str) -> bool:
    """Return whether *text* mourns someone who was not the reader's own under an everyday post
    ("Rest in peace, he was a legend." of a chef who died): sadness shared with the author, not
    condolences for the reader's loss."""
    if support or tone.label != "grief" or not tone.loss:
        return False
    return not (tone.shared or tone.comforting) and farewell_to_a_stranger(text)


def comforts_with_a_farewell(tone: Tone, text: str) -> bool:
    """Return whether *text* bids farewell to someone of the author's ("Que descanse en paz tu
    abuelo."): comfort for the author, thanked as such, not condolences back."""
    return tone.label == "grief" and tone.loss and not tone.shared and farewell_to_the_authors(text)


def tone_flags(tone: Tone, support: bool, text: str = "") -> frozenset:
    """Return the facts of the tone (of the comment *text*) that lines may ask for with `when`
    and `unless`."""
    mourns = farewell(tone, support, text)
    named = {
        "support": support,
        "loss": tone.loss,
        # a hard time told under an everyday post is the reader's own, not comfort for the author:
        # « Les obsèques sont jeudi. », « Fausse couche la semaine dernière. » are answered as
        # told, not with "thank you for being here… with gratitude"
        # (not good news: « Mamie est sortie de l'hôpital, elle va bien ! » is not a hard time told)
        "shared": tone.shared
        or (
            not support
            and tone.label == "grief"
            and not (tone.comforting or tone.good_news or mourns)
            and not comforts_with_a_farewell(tone, text)
        ),
        "farewell": mourns,
        "comforting": tone.comforting
        or (support and not tone.shared and warm(tone))
        or comforts_with_a_farewell(tone, text),
        "correction": tone.correction,
        "good_news": tone.good_news,
        "behind": tone.behind,
        "grief_question": tone.grief_question,
        "caring_question": tone.caring_question,
        "doubtful": tone.doubtful,
        "guarded": tone.guarded,
    }
    return frozenset(flag for flag, holds in named.items() if holds)


def star_offered(flags: frozenset, voice: str, rng: random.Random) -> bool:
    """Return whether the draft promises gold stars: only for a comment that says something."""
    if voice in QUIET_TONES or flags & {"support", "doubtful", "guarded"}:
        return False
    if voice == "critical":
        return "correction" in flags and rng.random() < 0.7
    if flags & {"idea", "regular"}:
        return True
    return "quote" in flags and rng.random() < 0.5


def choose(
    entries: tuple, flags: frozenset, rng: random.Random, avoid: tuple = (), voice: str = "praise"
) -> Entry | None:
    """Return one entry for *voice* that fits *flags*, the more specific the likelier, avoiding
    *avoid*."""
    fitting = [entry for entry in entries if entry.fits(flags, voice)]
    fresh = [entry for entry in fitting if entry.key not in avoid]
    if not fresh and avoid:  # all used already: still never repeat this section's latest
        keys = {entry.key for entry in fitting}
        latest = next((key for key in reversed(avoid) if key in keys), None)
        fresh = [entry for entry in fitting if entry.key != latest]
    pool = fresh or fitting
    if not pool:
        return None
    weights = [1 + 3 * _specificity(entry) for entry in pool]
    return rng.choices(pool, weights=weights)[0]


def fill(text: str, slots: dict) -> str:
    """Return *text* with every {slot} replaced in one pass (values are never re-read)."""
    return SLOT.sub(lambda match: slots[match.group(1)], text)


def tidy(text: str) -> str:
    """Return *text* with empty sections' gaps closed: single spaces, at most one blank line, and
    no full stop after a quote that ends with its own mark ("“Wow!”." and « ton chat ! ».)."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    return _STOP_AFTER_MARK.sub(r"\1", text)


@dataclasses.dataclass(frozen=True)
class Choice:
    """The template and lines picked for one draft (tests and previews force these)."""

    template: Entry
    phrases: dict


def pick(library: Library, facts: CommentFacts, flags: frozenset, voice: str) -> Choice:
    """Return the template and the line per section the draft for *facts* uses, in *voice*."""
    templates = library.entries("template")
    template = choose(templates, flags, _rng(facts, "template"), facts.previous_templates, voice)
    template = template or FALLBACK_TEMPLATE
    visible = flags - template.hide
    lines = lines_for(library.language)
    fallbacks = lines.quiet_fallback if voice in QUIET_TONES else lines.fallback
    phrases = {}
    used = set(SLOT.findall(template.text))
    said = [template.text]
    for section in (section for section in PHRASE_SECTIONS if section in used):
        rng = _rng(facts, section)
        if section == "star" and not star_offered(visible, voice, rng):
            continue
        stems = _QUIET_STEM if voice in QUIET_TONES else _STEM
        entries = unechoed(library.entries(section), said, stems)
        if section == "signoff" and _thanked_last(template, phrases):
            entries = unthanked(entries)
        if (
            section == "middle"
            and _spare(used, visible)
            and worn_out(entries, visible, voice, facts)
        ):
            continue  # a thread's tenth "I'm so glad this one reached you." says nothing
        entry = choose(entries, visible, rng, facts.previous_phrases, voice)
        phrases[section] = entry or fallbacks.get(section)
        said.append(phrases[section].text if phrases[section] else "")
    return Choice(template, phrases)


def _thanked_last(template: Entry, phrases: dict) -> bool:
    # Whether the line just before the sign-off thanks the reader.
    order = SLOT.findall(template.text)
    before = order[: order.index("signoff")] if "signoff" in order else []
    last = next((phrases[section] for section in reversed(before) if phrases.get(section)), None)
    return bool(last) and "thanks" in _echoes(last.text, _QUIET_STEM)


def unthanked(entries: tuple) -> tuple:
    """Return the sign-offs of *entries* that say no thanks, for a draft whose line before the
    sign-off thanks already: no "Thank you for coming back to comment. Thank you for being part of
    this little corner of the web.", no « Merci pour votre tout premier commentaire ici ! Merci de
    faire partie de ce petit coin du web. »; all of them when none is left."""
    kept = tuple(entry for entry in entries if "thanks" not in _echoes(entry.text, _QUIET_STEM))
    return kept or entries


def _spare(used: set, flags: frozenset) -> bool:
    # The middle line may be left out where the thanks line says the thanks and it carries no
    # quote (a quote is this reader's own, however often the line around it was said).
    return "thanks" in used and "quote" not in flags


def worn_out(entries: tuple, flags: frozenset, voice: str, facts: CommentFacts) -> bool:
    """Return whether the thread has used every line of *entries* that fits (its drafts so far
    are *facts*.previous_phrases): the draft then says its thanks without one."""
    fitting = [entry for entry in entries if entry.fits(flags, voice)]
    return bool(fitting) and all(entry.key in facts.previous_phrases for entry in fitting)


def _openings(text: str) -> set:
    """Return the first words of each sentence of *text* ("thank you for being")."""
    found = set()
    for sentence in _SENTENCE.split(SLOT.sub(" ", text)):
        words = _WORDS.findall(sentence.casefold())
        if len(words) >= _OPENING_WORDS:
            found.add(tuple(words[:_OPENING_WORDS]))
    return found


def _echoes(text: str, echoed: re.Pattern) -> set:
    """Return the stems of *echoed* in *text*, every word of thanks as one ("gracias" and
    "agradecimiento" are the same thanks said twice)."""
    found = echoed.findall(SLOT.sub(" ", text).casefold())  # a slot's name ({thanks}) says nothing
    return {
        "thanks" if stem in THANKS_STEMS else "time" if stem in TIME_STEMS else stem
        for stem in found
    }


def unechoed(entries: tuple, said: list, echoed: re.Pattern = _STEM) -> tuple:
    """Return the *entries* that do not echo the draft's lines *said* so far: no sentence opening
    on the same four words ("Thank you for being here. Thank you for being here with me."), no
    word of ECHOED_STEMS twice (« mots bienveillants … personnes bienveillantes »); all of them
    when none is left."""
    openings = set().union(*(_openings(text) for text in said))
    stems = set().union(*(_echoes(text, echoed) for text in said))
    kept = tuple(
        entry
        for entry in entries
        if not (_openings(entry.text) & openings)
        and not stems.intersection(_echoes(entry.text, echoed))
    )
    return kept or entries


def render(choice: Choice, slots: dict) -> str:
    """Return the draft text of *choice* with *slots* (name, title, quote...) filled in."""
    parts = dict.fromkeys(PHRASE_SECTIONS, "")
    for section, entry in choice.phrases.items():
        parts[section] = fill(entry.text, slots) if entry else ""
    return tidy(fill(choice.template.text, slots | parts))


def facts_slots(facts: CommentFacts, reading: Reading, related: str, lines: LanguageLines) -> dict:
    """Return the value of every slot, each one inert plain text, in the words of *lines*."""
    return {
        "name": plain_name(facts.author, lines.nameless),
        "title": nested(plain_text(facts.post_title, limit=120), lines) or lines.untitled,
        "quote": reading.quote,
        "link_host": reading.link_host,
        "related_link": related,
    }


def _advice(kind: str, tone: Tone) -> str:
    cues = ", ".join(f"“{plain_text(cue, limit=40)}”" for cue in tone.cues[:3]) or "its words"
    return ADVICE[kind].format(cues=cues) if kind in ADVICE else ""


def _advice_kind(tone: Tone, voice: str) -> str:
    if tone.crisis:
        return "crisis"
    if tone.guarded and tone.label != "hostile":
        return "guarded"  # words a reader at risk may write come before a doubt of sarcasm
    if tone.doubtful:
        return "doubtful"
    if tone.label == "hostile" and (tone.cues or not tone.guarded):
        return "hostile"
    return "guarded" if tone.guarded else voice


def no_draft(tone: Tone, kind: str) -> Draft:
    """Return the draft of a comment that gets no reply (spam, a severe attack): advice only."""
    advice = _advice(kind, tone)
    return Draft("", "", 0, tone=tone.label, advice=advice, cues=tone.cues, crisis=tone.crisis)


def capitalized(text: str, nameless: str) -> str:
    """Return *text* with a paragraph that opens on *nameless* ("liebe Leserin, lieber Leser",
    "chère lectrice, cher lecteur") opening on a capital, as it would on a name."""
    opening = re.compile(rf"(^|\n){re.escape(nameless)}")
    return opening.sub(lambda match: match.group(1) + nameless[:1].upper() + nameless[1:], text)


def names_the_reader(quote: str, author: str) -> bool:
    """Return whether *quote* holds the commenter's own name (*author*): "Je suis Agnès, et
    j'adore ce pain" quoted back to Agnès reads as a form letter."""
    words = [word for word in plain_name(author, "").split() if len(word) > 2 and word.istitle()]
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", quote) for word in words)


def reading_of(text: str, author: str) -> Reading:
    """Return the reading of comment *text*; a quote holding the commenter's own name is drawn
    from the sentences without it: "Hi, it's Sam from the market! Your bread is the talk of the
    town." quotes "Your bread is the talk of the town" back to Sam, as a gold star may follow a
    quote (the own name alone, "Sam here, thanks for this!", is still never quoted)."""
    reading = read_comment(text)
    if not names_the_reader(reading.quote, author):
        return reading
    rest = " ".join(
        each for each in sentences(quotable_text(text)) if not names_the_reader(each, author)
    )
    other = read_comment(rest) if rest.strip() else reading
    if not other.quote or names_the_reader(other.quote, author):
        return reading
    return dataclasses.replace(
        reading,
        quote=other.quote,
        quote_idea=other.quote_idea,
        quote_question=other.quote_question,
        asks_the_author=other.asks_the_author,
        quote_memory=other.quote_memory,
        quote_story=other.quote_story,
    )


def _quieted(text: str, voice: str) -> str:
    # No exclamation mark in a quiet reply, even one a name or a post title brings along.
    return re.sub(r"\s*!+", ".", text).replace("..", ".") if voice in QUIET_TONES else text


def draft_with(library: Library, facts: CommentFacts) -> Draft:
    """Return the draft for *facts* drawn from *library*."""
    tone = read_tone(facts.text, facts.author, facts.website, facts.support)
    if tone.label == "spam":
        return no_draft(tone, "spam")
    if tone.label == "hostile" and tone.severe:
        return no_draft(tone, "severe")
    if tone.label == "hostile" and facts.support:
        # no "Which part do you disagree with?" to a "Lol" or to scorn for the author's hard day
        return no_draft(tone, "laughter" if tone.laughter_only else "scorn")
    voice = register(tone, facts.support, facts.text)
    quiet = voice in QUIET_TONES
    reading = reading_of(facts.text, facts.author)
    # never quote pain, contempt, a jab, or words a reader at risk may write; nor a reader's
    # news of a birth or a wedding, which gets congratulations, not "I nodded all the way through"
    if (
        quiet
        or tone.doubtful
        or tone.guarded
        or tone.good_news
        or hurtful(reading.quote)
        or names_the_reader(reading.quote, facts.author)
    ):
        reading = dataclasses.replace(
            reading, quote="", quote_idea=False, quote_question=False, asks_the_author=False
        )
    if tone.guarded:  # no "yours gave me something to think about", no "good question"
        reading = dataclasses.replace(reading, idea=False, question=False)
    lines = lines_for(library.language)
    related = "" if quiet else _related(facts, lines)
    flags = comment_flags(facts, reading, related) | tone_flags(tone, facts.support, facts.text)
    choice = pick(library, facts, flags, voice)
    slots = facts_slots(facts, reading, related, lines)
    text = capitalized(_quieted(render(choice, slots), voice), lines.nameless)
    if slots["name"].split(" ")[0].isalpha() and slots["name"].split(" ")[0].islower():
        # a paragraph opens on a capital: "de la Cruz, hello!" and "agnès, it's so good to see
        # you" open as "De la Cruz, hello!" and "Agnès, it's so..." (a nickname's own mix of
        # cases, "xX_baker_Xx", is kept)
        text = capitalized(text, slots["name"])
    if tone.crisis:
        text = f"{text}\n\n{lines.crisis_now if tone.danger_now else lines.crisis}"
    language, quote = library.language, reading.quote
    star = choice.phrases.get("star")
    used = [choice.template, *(entry for entry in choice.phrases.values() if entry)]
    personal = next((entry for entry in used if entry.personal), None)
    return Draft(
        text=typeset(text, language, quote),
        template=choice.template.key,
        gold_stars=star.stars if star else 0,
        phrases=tuple(entry.key for entry in used),
        quote=reading.quote if reading.quote and f"{reading.quote}" in text else "",
        star_line=typeset(fill(star.text, slots), language, quote) if star else "",
        tone=tone.label,
        advice=_advice(_advice_kind(tone, voice), tone),
        personal=typeset(_quieted(fill(personal.text, slots), voice), language, quote)
        if personal
        else "",
        cues=tone.cues,
        crisis=tone.crisis,
    )


def draft_reply(facts: CommentFacts) -> Draft:
    """Return the thank-you draft for the comment *facts* describe."""
    library = load_library(
        facts.language, facts.extra_template_dirs, facts.disabled, facts.extra_templates
    )
    return draft_with(library, facts)


def draft_replies(batch: list[CommentFacts]) -> list[Draft]:
    """Return a draft per comment of *batch*, varied across each thread and each commenter.

    Comments are drafted in the order given (oldest first reads best): a thread never gets
    the same template twice while another fits, and a commenter never gets the template of
    their previous draft.
    """
    by_thread: dict[str, list[str]] = {}
    phrases_by_thread: dict[str, list[str]] = {}
    last_for: dict[str, str] = {}
    drafts = []
    for facts in batch:
        seen = by_thread.setdefault(facts.thread, [])
        said = phrases_by_thread.setdefault(facts.thread, [])
        previous = [*facts.previous_templates, *seen]
        if facts.commenter and facts.commenter in last_for:
            previous.append(last_for[facts.commenter])
        elif facts.previous_templates:
            previous.append(facts.previous_templates[-1])
        varied = dataclasses.replace(
            facts,
            previous_templates=tuple(previous),
            previous_phrases=(*facts.previous_phrases, *said),
        )
        draft = draft_reply(varied)
        drafts.append(draft)
        seen.append(draft.template)
        said.extend(draft.phrases[1:])
        if facts.commenter:
            last_for[facts.commenter] = draft.template
    return drafts
