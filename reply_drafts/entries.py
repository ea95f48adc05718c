"""Read one template file: its entries, and a clear problem for each entry that cannot be used.

A template file is TOML with arrays of tables, one per section:

    language = "en"          # optional, the language of every entry in the file

    [[star]]
    id = "great-big"         # unique in its section; "star.great-big" turns it off
    text = "Here's a great big gold star for you."
    when = ["idea"]          # optional: facts that must hold
    unless = ["first"]       # optional: facts that must not hold
    stars = 1                # star lines only: how many gold stars the line promises (1-5)
    tones = ["praise"]       # optional: the tones the entry is written for (see TONES)
    personal = true          # optional: the line the author is invited to make their own

Templates (`[[template]]`) arrange the other sections with `{greeting}`, `{thanks}`, `{middle}`,
`{star}`, `{related}` and `{signoff}`, and may `hide` facts from the lines they pick.

Every entry is written for some tones of comment (what `reply_drafts.tone` reads): an entry without
`tones` (or a file without a top-level `tones = [...]`) serves the warm ones, DEFAULT_TONES, so an
author's cheerful line never reaches a grieving reader. Lines for `grief` and `hostile` comments
are held to what those replies must never do: no exclamation mark, no quote, no gold star.
"""

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

PHRASE_SECTIONS = ("greeting", "thanks", "middle", "star", "related", "signoff")
TONES = frozenset({"grief", "hostile", "critical", "question", "praise", "neutral", "letdown"})
DEFAULT_TONES = frozenset({"praise", "neutral"})
QUIET_TONES = frozenset({"grief", "hostile"})
SECTIONS = ("template", *PHRASE_SECTIONS)
FLAGS = frozenset(
    {
        "first",  # the commenter's first approved comment
        "returning",  # two or more approved comments
        "regular",  # five or more approved comments
        "idea",  # the comment suggests something ("what if", "maybe you could", "idea"...)
        "question",  # the comment asks something
        "link",  # the comment shares a link
        "link_host",  # ... whose host name is known ({link_host})
        "quote",  # a phrase worth quoting was found ({quote})
        "quote_idea",  # ... and it is the idea itself
        "quote_question",  # ... and it is a question
        "asks_the_author",  # ... about the post or its author ("How long does it keep?")
        "quote_memory",  # ... a memory of an elder ("My nan baked every Sunday")
        "quote_story",  # ... what the reader did or will do ("My kids ate half the loaf")
        "related",  # a related post can be suggested ({related_link})
        "brief",  # the comment says three words or fewer ("Merci !", "Lovely post.")
        "support",  # the post is a support post (a hard day): comfort, never a party
        "loss",  # grief over a death
        "shared",  # grief the commenter lives themselves
        "comforting",  # the commenter comforts the author
        "farewell",  # a farewell to one not the reader's own ("Rest in peace, he was a legend.")
        "good_news",  # good news at the end of a hard time ("she's in remission")
        "behind",  # the reader's own hard time, long over ("I had cancer ten years ago.")
        "grief_question",  # a question about living with the hard time ("does it get easier?")
        "caring_question",  # a question that asks after the author ("how are you holding up?")
        "correction",  # a criticism that points at a mistake in the post
        "doubtful",  # warm words that may be sarcasm or a jab: a plain thank-you, no cheer
        "guarded",  # words a reader at risk may write: a plain thank-you, no cheer
    }
)
FACT_SLOTS = {
    "name": None,
    "title": None,
    "quote": "quote",
    "link_host": "link_host",
    "related_link": "related",
}
SLOT = re.compile(r"\{([^{}]*)\}")
ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_KEYS = {"id", "text", "when", "unless", "tones", "personal"}
_SECTION_KEYS = {"template": _KEYS | {"hide"}, "star": _KEYS | {"stars"}}
_IMPLIES = {
    "quote_idea": "quote",
    "quote_question": "quote",
    "asks_the_author": "quote",
    "quote_memory": "quote",
    "quote_story": "quote",
}


@dataclass(frozen=True)
class Entry:
    """One template or phrase of the library."""

    section: str
    id: str
    text: str
    when: frozenset = frozenset()
    unless: frozenset = frozenset()
    hide: frozenset = frozenset()
    stars: int = 0
    source: str = ""
    tones: frozenset = DEFAULT_TONES
    personal: bool = False

    @property
    def key(self) -> str:
        """Return the id that names this entry everywhere: "<section>.<id>"."""
        return f"{self.section}.{self.id}"

    def fits(self, flags: frozenset, tone: str) -> bool:
        """Return whether this entry may be used for a comment of *tone* with *flags*."""
        return tone in self.tones and self.when <= flags and not (self.unless & flags)


@dataclass
class FileEntries:
    """What one file holds: its language, its usable entries, and its problems."""

    language: str = "en"
    tones: frozenset = DEFAULT_TONES
    entries: list[Entry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _header_lines(text: str, section: str) -> list[int]:
    pattern = re.compile(rf"^[ \t]*\[\[[ \t]*{re.escape(section)}[ \t]*\]\]", re.MULTILINE)
    return [text.count("\n", 0, match.start()) + 1 for match in pattern.finditer(text)]


def _slot_problems(entry: Entry) -> list[str]:
    problems: list[str] = []
    stray = SLOT.sub("", entry.text)
    if "{" in stray or "}" in stray:
        problems.append("an unmatched { or } (write a slot as {name})")
    allowed = dict(FACT_SLOTS)
    if entry.section == "template":
        allowed.update(dict.fromkeys(PHRASE_SECTIONS))
        allowed.pop("quote")  # the quote belongs to {middle}, so it is never said twice
    elif entry.section != "middle":
        allowed.pop("quote")
    flags = entry.when | {_IMPLIES[flag] for flag in entry.when if flag in _IMPLIES}
    for slot in SLOT.findall(entry.text):
        if slot not in allowed:
            problems.append(f"unknown slot {{{slot}}} (known here: {', '.join(sorted(allowed))})")
        elif allowed[slot] and allowed[slot] not in flags:
            problems.append(f'{{{slot}}} needs when = ["{allowed[slot]}"] so it is always filled')
    if entry.section == "template" and not {"name", "greeting"} & set(SLOT.findall(entry.text)):
        problems.append("a template must name the commenter: use {greeting} or {name}")
    if entry.section == "greeting" and "name" not in SLOT.findall(entry.text):
        problems.append("a greeting must name the commenter: use {name}")
    return problems


def _flag_list(raw: dict, key: str) -> tuple[frozenset, list[str]]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        return frozenset(), [f'{key} must be a list of strings, like {key} = ["idea"]']
    unknown = sorted(set(value) - FLAGS)
    if unknown:
        return frozenset(), [
            f"{key}: unknown {', '.join(unknown)} (known: {', '.join(sorted(FLAGS))})"
        ]
    return frozenset(value), []


def _stars(raw: dict, section: str) -> tuple[int, list[str]]:
    if section != "star":
        return 0, []
    stars = raw.get("stars", 1)
    if isinstance(stars, bool) or not isinstance(stars, int) or not 1 <= stars <= 5:
        return 1, [f"stars must be a whole number from 1 to 5, not {stars!r}"]
    return stars, []


def _tones(raw: dict, default: frozenset) -> tuple[frozenset, list[str]]:
    value = raw.get("tones")
    if value is None:
        return default, []
    if not isinstance(value, list) or not value or not all(isinstance(t, str) for t in value):
        return default, ['tones must be a list of tones, like tones = ["grief"]']
    unknown = sorted(set(value) - TONES)
    if unknown:
        return default, [f"tones: unknown {', '.join(unknown)} (known: {', '.join(sorted(TONES))})"]
    return frozenset(value), []


def _quiet_problems(entry: Entry) -> list[str]:
    # What a reply to a grieving or a hostile commenter must never do (docs/thank-you.md).
    if not entry.tones & QUIET_TONES:
        return []
    problems = []
    if entry.section == "star":
        problems.append("a gold-star line cannot be for grief or hostile comments")
    if "!" in entry.text:
        problems.append("a line for grief or hostile comments cannot have an exclamation mark")
    if "{quote}" in entry.text:
        problems.append("a line for grief or hostile comments cannot quote the comment")
    return problems


def parse_entry(
    raw: object, section: str, source: str, tones: frozenset = DEFAULT_TONES
) -> tuple[Entry | None, list[str]]:
    """Return the entry *raw* describes (for *tones* unless it says), or None, and its problems."""
    if not isinstance(raw, dict):
        return None, [f"each [[{section}]] must be a table with id and text"]
    problems = [
        f"unknown key {key!r}" for key in sorted(set(raw) - _SECTION_KEYS.get(section, _KEYS))
    ]
    entry_id, text = raw.get("id"), raw.get("text")
    if not isinstance(entry_id, str) or not ID.fullmatch(entry_id):
        problems.append(f"id must be lower-case letters, digits and dashes, not {entry_id!r}")
    if not isinstance(text, str) or not text.strip():
        problems.append("text must be a non-empty string")
    if not isinstance(raw.get("personal", False), bool):
        problems.append("personal must be true or false")
    when, bad_when = _flag_list(raw, "when")
    unless, bad_unless = _flag_list(raw, "unless")
    hide, bad_hide = _flag_list(raw, "hide")
    stars, bad_stars = _stars(raw, section)
    entry_tones, bad_tones = _tones(raw, tones)
    problems += bad_when + bad_unless + bad_hide + bad_stars + bad_tones
    if problems:
        return None, problems
    entry = Entry(
        section,
        entry_id,
        text.strip(),
        when,
        unless,
        hide,
        stars,
        source,
        entry_tones,
        raw.get("personal", False),
    )
    problems = _slot_problems(entry) + _quiet_problems(entry)
    return (None if problems else entry), problems


def read_file(path: Path, default_language: str = "en") -> FileEntries:
    """Return the entries of the template file at *path* and a problem line for each bad one."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return FileEntries(default_language, problems=[f"{path}: {error}; the file is skipped"])
    return read_text(text, str(path), default_language)


def _file_settings(data: dict, source: str, found: FileEntries) -> bool:
    language = data.pop("language", found.language)
    if not isinstance(language, str) or not re.fullmatch(
        r"[a-z]{2,3}(?:[-_][A-Za-z0-9]+)*", language
    ):
        found.problems.append(f'{source}: language must be a code like "en", not {language!r}')
        return False
    tones, problems = _tones(data, DEFAULT_TONES)
    data.pop("tones", None)
    found.problems += [f"{source}: {problem}" for problem in problems]
    found.language, found.tones = language, tones
    return not problems


def read_text(text: str, source: str, default_language: str = "en") -> FileEntries:
    """Return the entries of a template file's *text* (named *source* in problems)."""
    found = FileEntries(language=default_language)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found.problems.append(f"{source}: {error}; the file is skipped")
        return found
    if not _file_settings(data, source, found):
        return found
    for section, raws in data.items():
        if section not in SECTIONS or not isinstance(raws, list):
            found.problems.append(
                f"{source}: unknown section {section!r}; use [[section]] tables, "
                f"section one of {', '.join(SECTIONS)}"
            )
            continue
        lines = _header_lines(text, section)
        seen: set[str] = set()
        for index, raw in enumerate(raws):
            line = lines[index] if index < len(lines) else 1
            entry, problems = parse_entry(raw, section, f"{source}:{line}", found.tones)
            if entry and entry.id in seen:
                problems, entry = [f"id {entry.id!r} is used twice in [[{section}]]"], None
            label = raw.get("id", f"#{index + 1}") if isinstance(raw, dict) else f"#{index + 1}"
            found.problems += [f"{source}:{line}: [[{section}]] {label}: {p}" for p in problems]
            if entry:
                seen.add(entry.id)
                found.entries.append(entry)
    return found
