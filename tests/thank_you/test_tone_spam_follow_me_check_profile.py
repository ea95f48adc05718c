"""Spam that had a gold star and a quote: "Amazing content!! Follow me for more 💯" (« Super
article ! Suivez-moi pour plus 💯 », "¡Gran artículo! Sígueme para más 💯", „Toller Artikel!
Folgt mir für mehr 💯", "Ottimo articolo! Seguimi per altri contenuti 💯", "Ótimo artigo! Me
segue para mais 💯") and "Check my profile 😘" said alone, in six languages. A reader who points
to a photo on their profile, or who will follow the blog, stays warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

SPAM = [
    ("en", "Amazing content!! Follow me for more 💯"),
    ("fr", "Super article ! Suivez-moi pour plus 💯"),
    ("es", "¡Gran artículo! Sígueme para más 💯"),
    ("de", "Toller Artikel! Folgt mir für mehr 💯"),
    ("it", "Ottimo articolo! Seguimi per altri contenuti 💯"),
    ("pt_BR", "Ótimo artigo! Me segue para mais 💯"),
    ("en", "Check my profile 😘"),
    ("fr", "Check mon profil 😘"),
    ("es", "Mira mi perfil 😘"),
    ("de", "Schau mal auf mein Profil 😘"),
    ("it", "Guarda il mio profilo 😘"),
    ("pt_BR", "Confere meu perfil 😘"),
]

WARM = [
    ("en", "Check my profile for a photo of my loaf, it turned out great!"),
    ("en", "Follow me on this journey, I'll report back!"),
    ("en", "I'll follow you for more recipes!"),
]


@pytest.mark.parametrize(("language", "text"), SPAM)
def test_follow_me_and_check_my_profile_are_spam(language, text):
    assert read_tone(text).label == "spam"
    draft = draft_of(text, language)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(("language", "text"), WARM)
def test_a_reader_pointing_to_their_profile_stays_warm(language, text):
    assert_read_warm(text, language, thanked=True)
