"""The longest word lists read through an index (reply_drafts/cue_index.py): the same matches as
the plain lists, each cue tried only on a sentence that holds a piece of it (issues 17 and 18: a
post's hard days cost 2 ms, a third of a first build, and more with every cue added)."""

import json
from pathlib import Path
from re._parser import parse

import pytest

from reply_drafts import grief
from reply_drafts import tone_cues as cue
from reply_drafts.cue_index import IndexedWords, cues_of, needles
from reply_drafts.sentences import sentences
from reply_drafts.tone import read_tone

INDEXED = {
    "_GRIEF": cue.hard_times.GRIEF_STRONG,
    "_GRIEF_OTHER": f"{cue.hard_times_intl.GRIEF_OTHER}|{cue.mood.LOW_MOOD_INTL}",
    "_LOW_MOOD": cue.mood.LOW_MOOD,
}
LABELED = Path(__file__).parent / "data" / "tone_comments.json"

# Posts and comments that share the words of a hard time, hard or warm, in the languages the lists
# hold: the indexed lists must read each as the plain lists do.
NEAR_MISSES = [
    "My dad passed away in March. He taught me to bake bread.",
    "Dad passed the salt and we laughed all evening.",
    "Our server had a tough week. The disk died twice.",
    "I feel so alone since she left. Nothing matters anymore.",
    "I felt so alone until I found this blog!",
    "Mon père est décédé la semaine dernière.",
    "Je suis morte de rire, merci pour ce billet !",
    "Mi padre murió en marzo. Gracias por escribir esto.",
    "Mein Hund ist gestorben. Ich kann nicht mehr.",
    "Ich kann nicht mehr 😂 so lecker!",
    "Got laid off today. The whole team was let go this morning.",
    "The whole team was let go early for the holidays!",
    "Day 3 of chemo. Tired, but the nurses are lovely.",
    "Python 2's end of life: my notes on porting, five years later.",
]


def labeled_texts() -> list[str]:
    comments = json.loads(LABELED.read_text(encoding="utf-8"))["comments"]
    return [grief.fold(comment["text"]) for comment in comments] + [
        grief.fold(text) for text in NEAR_MISSES
    ]


def spans(matches) -> list[tuple[int, int, str]]:
    return [(match.start(), match.end(), match.group(0)) for match in matches]


@pytest.mark.parametrize("name", INDEXED)
def test_an_indexed_list_finds_what_the_plain_list_finds(name):
    plain, indexed = cue.words(INDEXED[name]), getattr(grief, name)
    for text in labeled_texts():
        assert spans(indexed.finditer(text)) == spans(plain.finditer(text)), text
        told = sentences(text)
        for index, sentence in enumerate(told):  # a sentence read with what follows, cut at its end
            rest = " ".join(told[index:])
            assert spans(indexed.finditer(rest, 0, len(sentence))) == spans(
                plain.finditer(rest, 0, len(sentence))
            ), sentence


def test_posts_and_comments_read_as_with_the_plain_lists(monkeypatch):
    texts = [*labeled_texts(), *NEAR_MISSES]
    indexed = [(grief.hard_time_cues(text, "", ""), read_tone(text)) for text in texts]
    for name, pattern in INDEXED.items():
        monkeypatch.setattr(grief, name, cue.words(pattern))
    plain = [(grief.hard_time_cues(text, "", ""), read_tone(text)) for text in texts]
    assert indexed == plain
    assert any(found for found, _ in plain) and not all(found for found, _ in plain)


@pytest.mark.parametrize("name", INDEXED)
def test_every_cue_compiles(name):
    # each cue compiles the first time a text holds a piece of it: a cue that cannot (a look-behind
    # of varying width) must fail here, not at a reader's comment
    indexed = getattr(grief, name)
    assert all(indexed.compiled(number) for number in range(len(indexed.cues)))


@pytest.mark.parametrize("name", INDEXED)
def test_a_sentence_tries_only_the_cues_it_holds_a_piece_of(name):
    indexed = getattr(grief, name)
    assert len(indexed.cues) >= 30
    tried = indexed.candidates("the build runs the tests on python 3.12 at every push to the repo")
    assert len(tried) <= len(indexed.cues) / 20


def test_cues_are_cut_only_between_alternatives():
    def cues(pattern: str) -> list[str]:
        return [cue for cue, _ in cues_of(pattern)]

    assert cues(r"a[|]b|c\|d|(?:e|f)g|[]|]h|[^]|]i") == [
        "a[|]b",
        r"c\|d",
        "(?:e|f)g",
        "[]|]h",
        "[^]|]i",
    ]
    assert cues("one|\n    two") == ["one", "two"]
    # a cue that may match nothing: the list is read whole
    assert cues("one|(?:two)?") == ["one|(?:two)?"]


def test_the_first_cue_wins_where_two_match():
    text = "a b c, then a b"
    for pattern in ("a b|a b c", "a b c|a b"):
        assert spans(IndexedWords(pattern).finditer(text)) == spans(
            cue.words(pattern).finditer(text)
        )


def test_a_needle_is_text_every_match_holds():
    assert needles(parse("(?:mom|dad)'s? died")) == {" died"}  # the longest
    assert needles(parse(r"(?:mom|dad) (?:\w+ )?(?:left|went)")) == {"left", "went"}
    assert needles(parse("(?<!not )sa(?=d)d(?! face)")) == {"sad"}  # looking around holds nothing
    assert needles(parse("[a-z]+ ?")) is None
    assert needles(parse("(?i:grief)")) is None  # in any case
