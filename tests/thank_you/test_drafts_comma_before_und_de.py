"""German puts no comma before „und" when what follows is not a clause of its own: the grief
draft's „Pass gut auf dich auf, und auf die Menschen um dich herum." and its siblings „Pass auf
dich auf, und bis bald!", „Danke nochmal, und hab einen wunderschönen Tag." and „Herzlichen
Glückwunsch, und danke, dass …" read as translated. The comma that closes a clause („sag mir,
welcher, und ich sehe …") or joins two full sentences stays."""

import re

import pytest

from reply_drafts.library import load_library

SECTIONS = ("template", "greeting", "thanks", "middle", "star", "signoff", "quote")
# „, und" then a phrase that is no clause: a prepositional tail, a farewell, a thanks, an imperative
# sharing the first part's ending.
ELLIPTICAL = re.compile(r", und (?:auf|bis|danke|hab|habt|alles|viel|für|mit)\b", re.IGNORECASE)


def german_texts():
    library = load_library("de")
    return [(entry.key, entry.text) for section in SECTIONS for entry in library.entries(section)]


def test_the_library_has_german_entries():
    assert len(german_texts()) > 50


@pytest.mark.parametrize(
    "fixed",
    [
        "Pass gut auf dich auf und auf die Menschen um dich herum.",
        "Pass auf dich auf und bis bald!",
        "Danke nochmal und hab einen wunderschönen Tag.",
        "Herzlichen Glückwunsch und danke, dass du sie hier mit mir teilst.",
    ],
)
def test_the_phrases_read_without_the_comma(fixed):
    assert any(fixed in text for _, text in german_texts()), fixed


def test_no_comma_before_und_without_a_clause():
    faulty = [(key, text) for key, text in german_texts() if ELLIPTICAL.search(text)]
    assert faulty == []


def test_the_comma_that_closes_a_clause_stays():
    texts = " ".join(text for _, text in german_texts())
    assert "sag mir, welcher, und ich sehe ihn mir noch einmal an" in texts
