"""Faint praise "for a beginner" said by the reader of their own first try is pride, not a
correction: "My first loaf: not bad for a beginner!" and "Not bad for a beginner, if I say so
myself! Made it twice." read critical ("Thanks for pointing that out. I'll look into it and fix the
post"). Said to the author, it stays condescension, also as one sentence of several ("Pretty good
for a beginner. Keep practicing!" had a gold star and was quoted back) or with a hedge's "I"
("Not bad for a beginner, I suppose.")."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm

OWN_FIRST_TRY = [
    ("en", "Not bad for a beginner, if I say so myself! Made it twice."),
    ("en", "My first loaf: not bad for a beginner!"),
    ("en", "My first sourdough. Not bad for a beginner!"),
    ("en", "Not bad for a beginner, I guess! My first ever loaf."),
    ("en", "Pretty good for a beginner. I am one too, so thanks for the recipe!"),
    ("fr", "Mon premier pain. Pas mal pour une débutante !"),
    ("de", "Mein erstes Brot. Nicht schlecht für eine Anfängerin!"),
    ("es", "Mi primer pan. No está mal para ser principiante."),
]

TO_THE_AUTHOR = [
    ("en", "Not bad for a beginner."),
    ("en", "Not bad for a beginner!"),
    ("en", "Pretty good for a beginner. Keep practicing!"),
    ("en", "Not bad for a beginner. I think you will get there."),
    ("en", "Not bad for a beginner, I suppose."),
    ("de", "Nicht schlecht für eine Anfängerin. Übung macht den Meister."),
    ("es", "No está mal para ser principiante. Sigue practicando."),
]


@pytest.mark.parametrize(("language", "text"), OWN_FIRST_TRY)
def test_the_readers_own_first_try_reads_warm(language, text):
    assert_read_warm(text, language, thanked=True)
    assert read_tone(text).label == "praise"


@pytest.mark.parametrize(("language", "text"), TO_THE_AUTHOR)
def test_faint_praise_for_a_beginner_to_the_author_stays_condescension(language, text):
    assert_read_hard(text, language, "hostile")
