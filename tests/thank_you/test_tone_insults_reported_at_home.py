"""An insult reported from the reader's home, laughing, is aimed at no one here: „Mein Mann rief:
Du Idiot! 😂" read hostile ("I'd rather talk about the post than about each other"), in all six
languages. It is thanked warmly, and the insult is never quoted back. The same words said to the
author stay hostile, and so do Italian insults after an elided article ("Sei un'idiota!" had a gold
star) and insults of the author named in the third person (« L'autrice è un'incapace. »)."""

import pytest

from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

AT_HOME = [
    ("de", '„Mein Mann rief: Du Idiot! 😂"'),
    ("de", "Mein Mann hat gesagt: du bist so dumm 😂"),
    ("fr", "Mon mari a crié : espèce d'idiote ! 😂"),
    ("fr", "Mon mari m'a dit : t'es nulle ! 😂"),
    ("es", "Mi marido me gritó: ¡eres una idiota! 😂"),
    ("it", "Mio marito ha gridato: sei un'idiota! 😂"),
    ("it", "Mio marito ha urlato: idiota! 😂"),
    ("pt_BR", "Meu marido gritou: sua idiota! 😂"),
    ("en", "My husband yelled: you idiot! 😂"),
    ("en", "My son tasted it and said: you idiot, why did you hide this recipe? 😂"),
]

TO_THE_AUTHOR = [
    ("de", "Du Idiot!"),
    ("fr", "T'es nulle."),
    ("es", "¡Eres una idiota!"),
    ("it", "Sei un'idiota!"),
    ("it", "Sei proprio un'incapace."),
    ("it", "L'autrice è un'incapace."),
    ("fr", "L'auteur est vraiment nul."),
    ("en", "You idiot!"),
]

OF_ONESELF = [
    ("it", "Sono un'idiota, ho dimenticato il sale! Grazie per la ricetta."),
    ("it", "Mi sento un'idiota 😅 ma il pane è venuto buonissimo!"),
]


@pytest.mark.parametrize(("language", "text"), AT_HOME)
def test_an_insult_reported_from_home_is_not_hostility(language, text):
    assert_read_warm(text, language)
    quote = draft_of(text, language).quote.casefold()
    assert not any(word in quote for word in ("idiot", "dumm", "nul")), quote


@pytest.mark.parametrize(("language", "text"), TO_THE_AUTHOR)
def test_the_same_insult_said_to_the_author_is_hostile(language, text):
    assert_read_hard(text, language, "hostile")


@pytest.mark.parametrize(("language", "text"), OF_ONESELF)
def test_an_insult_said_of_oneself_stays_warm(language, text):
    assert_read_warm(text, language)
