"""Nonsense said of the author's doubt in themselves is comfort: "That's nonsense, you're not a bad
baker" read hostile ("I'd rather talk about the post than about each other"). It is thanked warmly,
and not quoted back, as no compliment to the author is. "Nonsense, bread doesn't rise like that."
had a gold star and was quoted back: it is blunt disagreement, read critical, as "That's nonsense,
bread doesn't rise like that." was. "That's nonsense, you're a bad baker." stays hostile."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import HOSTILE_ADVICE, assert_read_warm, draft_of

COMFORT = [
    ("en", "That's nonsense, you're not a bad baker"),
    ("en", "Nonsense, you're not a bad baker at all."),
    ("en", "Rubbish, you're not too old to learn."),
    ("de", "Quatsch, du bist doch keine schlechte Bäckerin!"),
    ("fr", "N'importe quoi, tu n'es pas nulle !"),
    ("es", "Qué tontería, no eres mala panadera."),
    ("it", "Che sciocchezza, non sei una pessima fornaia!"),
    ("pt_BR", "Que bobagem, você não é uma péssima padeira!"),
]

BLUNT = [
    ("en", "Nonsense, bread doesn't rise like that."),
    ("en", "That's nonsense, bread doesn't rise like that."),
    ("de", "Quatsch, so geht kein Brot auf."),
    ("fr", "N'importe quoi, le pain ne lève pas comme ça."),
]

HOSTILE = [
    ("en", "That's nonsense, you're a bad baker."),
    ("en", "That's nonsense, you clearly don't know how bread works."),
    ("en", "Nonsense."),
]


@pytest.mark.parametrize(("language", "text"), COMFORT)
def test_nonsense_said_of_the_authors_doubt_is_comfort(language, text):
    assert_read_warm(text, language)
    assert read_tone(text).label == "praise"
    assert draft_of(text, language).quote == ""


@pytest.mark.parametrize(("language", "text"), BLUNT)
def test_bare_nonsense_then_why_is_blunt_disagreement(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label == "critical", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(("language", "text"), HOSTILE)
def test_nonsense_said_of_the_author_stays_hostile(language, text):
    assert read_tone(text).label == "hostile"
    assert draft_of(text, language).advice.startswith(HOSTILE_ADVICE)


def test_nonsense_taken_back_stays_warm_and_thanked():
    assert_read_warm("I thought it was nonsense but it worked!", "en", thanked=True)
    assert_read_warm("Nonsense, it's never too late!", "en", thanked=True)
