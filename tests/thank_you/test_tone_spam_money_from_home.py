"""Spam that had a gold star and a quote: "Bitcoin doubled my savings, ask me how!", "Such a
helpful post! For more baking tips visit https://…" and "Amei! Ganhe dinheiro em casa, link na bio
💰". A reader's own story with "ask me how" or a tip to visit a website stays warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

SPAM = [
    ("en", "Bitcoin doubled my savings, ask me how!"),
    ("en", "Such a helpful post! For more baking tips visit https://breadhub.io"),
    ("pt_BR", "Amei! Ganhe dinheiro em casa, link na bio 💰"),
    ("fr", "Génial ! Gagnez de l'argent depuis chez vous, lien dans ma bio 💰"),
]

WARM = [
    ("en", "My starter doubled overnight, ask me how!"),
    ("en", "I tried trading my rye for spelt, ask me how it went 😂"),
    ("en", "For more info visit the museum's website, it's free on Sundays."),
]


@pytest.mark.parametrize(("language", "text"), SPAM)
def test_money_made_from_home_is_spam(language, text):
    assert read_tone(text).label == "spam"
    draft = draft_of(text, language)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(("language", "text"), WARM)
def test_a_readers_story_stays_warm(language, text):
    assert_read_warm(text, language, thanked=True)
