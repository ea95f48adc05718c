"""The template library: every combination renders with every slot filled; author files; checks."""

import itertools
import random
import re

import pytest

from reply_drafts import CommentFacts, draft_reply
from reply_drafts.compose import Choice, choose, render
from reply_drafts.entries import FACT_SLOTS, FLAGS, PHRASE_SECTIONS, SLOT, TONES, read_file
from reply_drafts.library import builtin_languages, check_templates, load_library

MISSING = "\u2047MISSING\u2047"
FILLED = {
    "name": "Agnès",
    "title": "Small Notes, Big Days",
    "quote": "a stranger on the train gave me her seat",
    "link_host": "example.org",
    "related_link": "[Letters](https://blog.example/letters/)",
}


def slots_for(flags: frozenset) -> dict:
    """Fill only the slots whose facts hold; the others show MISSING, so a misuse is seen."""
    slots = dict(FILLED)
    for slot, needs in FACT_SLOTS.items():
        if needs and needs not in flags:
            slots[slot] = MISSING
    return slots


def consistent(flags: set) -> frozenset:
    """Return *flags* closed under what implies what (a quoted idea is a quote...)."""
    flags = set(flags)
    if flags & {"quote_idea", "quote_question", "quote_memory", "quote_story"}:
        flags.add("quote")
    if "quote_memory" in flags:  # a memory is told apart from the reader's own story
        flags.discard("quote_story")
    if "quote_idea" in flags:
        flags.add("idea")
    if "quote_question" in flags:
        flags.add("question")
    if "link_host" in flags:
        flags.add("link")
    if "regular" in flags:
        flags.add("returning")
    if "returning" in flags:
        flags.discard("first")
    return frozenset(flags)


# The facts of the comment itself, and those of its tone, by the tone whose lines answer it.
TONE_FLAGS = {
    "grief": {"loss", "shared", "comforting", "support", "farewell"},
    "critical": {"correction"},
}
COMMENT_FLAGS = sorted(FLAGS - {flag for flags in TONE_FLAGS.values() for flag in flags})
QUIET_FLAGS = ["first", "returning", "regular", "idea", "question", "link", "related"]


def flag_sets(tone: str) -> list[frozenset]:
    """Return every consistent set of facts a comment answered in *tone* can have."""
    own = COMMENT_FLAGS if tone not in ("grief", "hostile") else QUIET_FLAGS  # never a quote
    extra = sorted(TONE_FLAGS.get(tone, ()))
    sets = {
        consistent(set(combo) | set(more))
        for r in range(len(own) + 1)
        for combo in itertools.combinations(own, r)
        for k in range(len(extra) + 1)
        for more in itertools.combinations(extra, k)
    }
    return sorted((flags for flags in sets if not _kinds_crossed(flags)), key=sorted)


def _kinds_crossed(flags: frozenset) -> bool:
    # A quote told as a memory or a story crossed with one read as an idea or a question: each of
    # the four implies `quote` and fills the same slots, so these sets would only render again
    # what the sets of one kind render (every line is also rendered alone, in its fewest facts,
    # below), at 2.4 times the test's time.
    return bool(flags & {"quote_memory", "quote_story"}) and bool(
        flags & {"quote_idea", "quote_question"}
    )


FLAG_SETS = {tone: flag_sets(tone) for tone in TONES}
TEMPLATE_TONES = [
    (template, tone)
    for template in load_library("en").entries("template")
    for tone in sorted(template.tones)
]


def test_the_builtin_library_loads_without_problems_and_has_many_phrasings():
    library = load_library("en")
    assert library.problems == ()
    assert "en" in builtin_languages()
    assert len(library.entries("template")) >= 10
    stars = [entry.text for entry in library.entries("star")]
    assert len(stars) >= 12
    assert any("great big gold star" in text for text in stars)
    assert any("lovely glittering gold star" in text for text in stars)
    assert any("Two gold stars for that idea" in text for text in stars)
    for section in PHRASE_SECTIONS:
        assert len(library.entries(section)) >= 5, section


def test_every_builtin_file_reads_cleanly():
    from reply_drafts.library import BUILTIN

    for path in sorted((BUILTIN / "en").glob("*.toml")):
        found = read_file(path)
        assert found.problems == [], path
        assert found.entries, path


def check_render(template, phrases: dict, flags: frozenset) -> None:
    text = render(Choice(template, phrases), slots_for(flags))
    keys = [template.key, *(e.key for e in phrases.values() if e)]
    assert MISSING not in text, (keys, sorted(flags))
    assert not SLOT.search(text) and "{" not in text and "}" not in text, keys
    assert FILLED["name"] in text, keys
    assert "\n\n\n" not in text and "  " not in text and text == text.strip(), keys


@pytest.mark.parametrize(
    ("template", "tone"), TEMPLATE_TONES, ids=[f"{t.key}-{tone}" for t, tone in TEMPLATE_TONES]
)
def test_every_line_in_every_template_renders_with_every_slot_filled(template, tone):
    library = load_library("en")
    sections = [s for s in PHRASE_SECTIONS if s in SLOT.findall(template.text)]
    rendered = 0
    # Every combination of facts the template fits, with lines drawn as the engine draws them...
    for number, flags in enumerate(f for f in FLAG_SETS[tone] if template.fits(f, tone)):
        rng = random.Random(number)
        visible = flags - template.hide
        phrases = {s: choose(library.entries(s), visible, rng, voice=tone) for s in sections}
        check_render(template, phrases, flags)
        rendered += 1
    # ... and every line, in the fewest facts that let it in, where a slot used without its
    # fact would show MISSING.
    for section in sections:
        for entry in library.entries(section):
            flags = consistent(set(template.when | entry.when))
            if not (template.fits(flags, tone) and entry.fits(flags - template.hide, tone)):
                continue
            rng = random.Random(entry.key)
            visible = flags - template.hide
            phrases = {s: choose(library.entries(s), visible, rng, voice=tone) for s in sections}
            check_render(template, phrases | {section: entry}, flags)
            rendered += 1
    assert rendered >= 8


@pytest.mark.parametrize("tone", sorted(TONES))
def test_every_flag_combination_has_a_template_and_the_required_lines(tone):
    library = load_library("en")
    needed = 6 if tone in ("praise", "neutral") else 1
    required = {"hostile": ("greeting", "middle"), "question": ("greeting", "thanks", "signoff")}
    for flags in FLAG_SETS[tone]:
        fitting = [t for t in library.entries("template") if t.fits(flags, tone)]
        assert len(fitting) >= needed, (tone, sorted(flags))
        for section in required.get(tone, ("greeting", "thanks", "middle", "signoff")):
            fits = [e for e in library.entries(section) if e.fits(flags, tone)]
            assert fits, (tone, section, sorted(flags))
        if "quote" in flags and tone in ("praise", "neutral"):
            # The quote is always used when there is one: only quoting middles fit.
            middles = [e for e in library.entries("middle") if e.fits(flags, tone)]
            assert all("{quote}" in e.text for e in middles)


def write(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_author_templates_are_added_and_builtins_turned_off(tmp_path):
    own = tmp_path / "thank_you"
    write(
        own,
        "mine.toml",
        '[[template]]\nid = "mine"\ntext = "Dear {name},\\n\\n{middle}\\n\\n{star}\\n\\nMaya"\n\n'
        '[[star]]\nid = "my-star"\nstars = 2\ntext = "Two of my own gold stars, {name}."\n',
    )
    builtin_templates = {e.key for e in load_library("en").entries("template")}
    builtin_stars = {e.key for e in load_library("en").entries("star")}
    facts = CommentFacts(
        "Ingrid",
        "The Gratitude Jar Experiment",
        "We tried the jar at dinner and the kids loved it.",
        7,
        "gratitude-jar",
        "i",
        1,
        extra_template_dirs=(own,),
        disabled=frozenset(builtin_templates | builtin_stars),
    )
    draft = draft_reply(facts)
    assert draft.template == "template.mine"
    assert draft.text.startswith("Dear Ingrid,")
    assert draft.text.endswith("Maya")
    assert "Two of my own gold stars, Ingrid." in draft.text
    assert draft.gold_stars == 2
    assert "“We tried the jar at dinner and the kids loved it”" in draft.text


def test_an_author_entry_with_a_builtin_id_rewords_it(tmp_path):
    own = write(
        tmp_path / "own", "signoff.toml", '[[signoff]]\nid = "see-you"\ntext = "Bye for now!"\n'
    )
    library = load_library("en", (own.parent,))
    texts = {e.key: e.text for e in library.entries("signoff")}
    assert texts["signoff.see-you"] == "Bye for now!"


def test_turning_off_every_template_falls_back_to_a_plain_shape():
    library = load_library("en")
    every = frozenset(e.key for e in library.entries("template"))
    draft = draft_reply(
        CommentFacts("Rosa", "A Hard Day", "Hard days pass.", 3, "hard-day", "r", 1, disabled=every)
    )
    assert draft.template == "template.plain"
    assert draft.text.startswith("Hi Rosa,") or "Rosa" in draft.text
    assert check_templates((), every) == [
        "every template is turned off; drafts use a plain built-in shape"
    ]


def test_a_broken_file_is_reported_with_its_name_and_line_and_the_rest_is_used(tmp_path):
    own = tmp_path / "thank_you"
    broken = write(own, "broken.toml", '[[star]]\nid = "x"\ntext = "unterminated\n')
    bad = write(
        own,
        "bad.toml",
        '[[greeting]]\nid = "ok"\ntext = "Hiya {name}!"\n\n'
        '[[greeting]]\nid = "typo"\ntext = "Hiya {nmae}!"\n\n'
        '[[middle]]\nid = "no-when"\ntext = "You said “{quote}”."\n\n'
        '[[star]]\nid = "Bad Id"\ntext = "A star."\n\n'
        '[[star]]\nid = "too-many"\nstars = 9\ntext = "Nine stars."\n\n'
        '[[signoff]]\nid = "wehn"\nwehn = ["first"]\ntext = "Bye."\n\n'
        '[[nonsense]]\nid = "n"\ntext = "n"\n',
    )
    problems = check_templates((own,), frozenset({"star.no-such-line"}))
    joined = "\n".join(problems)
    assert re.search(rf"{re.escape(str(broken))}: .*line 3", joined)
    assert f"{bad}:5: [[greeting]] typo: unknown slot {{nmae}}" in joined
    assert f'{bad}:9: [[middle]] no-when: {{quote}} needs when = ["quote"]' in joined
    assert f"{bad}:13: [[star]] Bad Id: id must be" in joined
    assert f"{bad}:17: [[star]] too-many: stars must be a whole number from 1 to 5" in joined
    assert f"{bad}:22: [[signoff]] wehn: unknown key 'wehn'" in joined
    assert f"{bad}: unknown section 'nonsense'" in joined
    assert "unknown id 'star.no-such-line' to turn off" in joined
    assert len(problems) == 9  # the typo'd greeting also fails to name the commenter
    keys = load_library("en", (own,)).keys()
    assert "greeting.ok" in keys and "greeting.typo" not in keys


def test_a_language_without_templates_falls_back_to_english_and_an_author_can_add_one(tmp_path):
    draft = draft_reply(
        CommentFacts("Olga", "A Hard Day", "Спасибо!", 1, "t", "o", 1, language="xx")
    )
    assert "Olga" in draft.text and draft.template.startswith("template.")
    own = write(  # Dutch, which is not built in (Italian is, since session 39)
        tmp_path / "nl",
        "nl.toml",
        'language = "nl"\n'
        '[[template]]\nid = "nl"\ntext = "{greeting}\\n\\n{thanks} {middle}\\n\\n{signoff}"\n'
        '[[greeting]]\nid = "hoi"\ntext = "Hoi {name},"\n'
        '[[thanks]]\nid = "bedankt"\ntext = "Bedankt voor je reactie op ‘{title}’."\n'
        '[[middle]]\nid = "citaat"\nwhen = ["quote"]\ntext = "‘{quote}’: zo waar."\n'
        '[[middle]]\nid = "blij"\nunless = ["quote"]\ntext = "Daar word ik blij van."\n'
        '[[signoff]]\nid = "tot-gauw"\ntext = "Tot gauw!"\n',
    )
    dutch = draft_reply(
        CommentFacts(
            "Quentin",
            "Kleine brieven",
            "Door je stuk kreeg ik zin om brieven aan vrienden te schrijven.",
            2,
            "brieven",
            "q",
            1,
            language="nl",
            extra_template_dirs=(own.parent,),
        )
    )
    assert dutch.text == (
        "Hoi Quentin,\n\nBedankt voor je reactie op ‘Kleine brieven’. "
        "‘Door je stuk kreeg ik zin om brieven aan vrienden te schrijven’: zo waar."
        "\n\nTot gauw!"
    )
