""" "Not to be rude but" said as a joke before praise, with no other warm word ("Not to be rude but
this is the best bread I've ever made!") was read as a critique this morning: no star, no quote,
"Thanks for pointing that out. I'll look into it and fix the post". It is praise, starred and
quoted as before. A critique after the disclaimer, or praise denied ("not the best"), stays
critical."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm

PRAISE_AFTER_THE_DISCLAIMER = [
    ("en", "Not to be rude but this is the best bread I've ever made!"),
    ("en", "Not to be rude but can I move in with you? Amazing bread!"),
    ("en", "Not to be rude, but my husband says yours beats mine, and he's right! Thank you."),
    ("en", "No offense, but this is my new favourite recipe."),
    ("fr", "Sans vouloir te vexer, c'est le meilleur pain que j'ai fait !"),
    ("es", "Sin ánimo de ofender, pero es el mejor pan que he probado."),
    ("de", "Nichts für ungut, aber das ist das beste Brot, das ich je gebacken habe!"),
    ("it", "Senza offesa, ma è il migliore pane che abbia mai fatto!"),
    ("pt_BR", "Sem querer ofender, mas é o melhor pão que já fiz!"),
]

STILL_CRITICAL = [
    "Not to be rude but the photos are blurry.",
    "No offense, but this is not the best recipe here.",
    "No offense, but my grandma's is better.",
    "Not to be rude, but the best part was the photo, the bread was dry.",
]


@pytest.mark.parametrize(("language", "text"), PRAISE_AFTER_THE_DISCLAIMER)
def test_praise_after_not_to_be_rude_is_warm(language, text):
    # the English ones were starred and quoted before the disclaimer was heard: they are again
    assert_read_warm(text, language, thanked=language == "en")


@pytest.mark.parametrize("text", STILL_CRITICAL)
def test_a_critique_after_the_disclaimer_stays_critical(text):
    assert read_tone(text).label == "critical", read_tone(text).cues
