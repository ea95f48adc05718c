"""Blunt disagreement ("That's nonsense, bread doesn't rise like that", „Das ist doch Quatsch, so
geht kein Brot auf.", « C'est n'importe quoi, le pain ne lève pas comme ça »): read critical, so
the draft thanks the reader for the point, with no gold star and no line "I have been thinking
about all morning"; not hostile, unless it insults the author too. Nonsense denied or taken back
("I thought it was nonsense but it worked!") and nonsense said to comfort the author stay warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import HOSTILE_ADVICE, assert_read_warm, draft_of

BLUNT = [
    ("en", "That's nonsense, bread doesn't rise like that"),
    ("de", "Das ist doch Quatsch, so geht kein Brot auf."),
    ("it", "Ma che sciocchezza, così il pane non lievita"),
    ("fr", "C'est n'importe quoi, le pain ne lève pas comme ça"),
    ("es", "Eso es una tontería, así no sube el pan"),
    ("pt_BR", "Isso é bobagem, pão não cresce assim"),
]

WARM = [
    ("de", "Kein Quatsch: das beste Brot meines Lebens!"),
    ("it", "Sembra una sciocchezza ma funziona!"),
    ("en", "I thought it was nonsense but it worked!"),
    ("fr", "Ça paraît n'importe quoi mais ça marche"),
    ("en", "That's nonsense, it's never too late to learn!"),
    ("de", "Das ist doch Quatsch, es ist nie zu spät!"),
]


@pytest.mark.parametrize(("language", "text"), BLUNT)
def test_blunt_disagreement_is_read_critical_and_thanked_without_star_or_quote(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label == "critical", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""
    assert not draft.advice.startswith(HOSTILE_ADVICE)
    assert text.rstrip(".") not in draft.text


@pytest.mark.parametrize(("language", "text"), WARM)
def test_nonsense_denied_or_taken_back_stays_warm(language, text):
    assert_read_warm(text, language, thanked=True)


def test_nonsense_said_to_comfort_the_author_is_thanked_not_quoted():
    # a compliment to the author is thanked, never quoted back (test_tone_nonsense_to_comfort.py)
    text = "Das ist doch Quatsch, du bist keine schlechte Bäckerin!"
    assert_read_warm(text, "de")
    assert read_tone(text).label == "praise"
    assert draft_of(text, "de").quote == ""


def test_blunt_disagreement_that_insults_the_author_is_still_hostile():
    text = "That's nonsense, bread doesn't rise like that, you idiot"
    assert read_tone(text).label == "hostile"
    assert draft_of(text).advice.startswith(HOSTILE_ADVICE)


def test_nonsense_on_its_own_about_the_post_is_still_hostile():
    text = "C'est n'importe quoi, cet article."
    assert read_tone(text).label == "hostile"
