"""The theme's Italian words (goldstar_support/words/it.toml): every key and slot the other
languages have, said with "tu" and without a guessed gender. An Italian blog and an Italian post
on an English blog are built for real in test_languages.py (before, an Italian blog showed
"Comments", "Leave a comment", "Post comment"...)."""

import re
import tomllib

from goldstar_support.theme_words import WORDS


def test_the_italian_words_have_every_key_and_slot_the_other_languages_have():
    words = tomllib.loads((WORDS / "it.toml").read_text(encoding="utf-8"))
    for other in ("fr", "es", "de"):
        theirs = tomllib.loads((WORDS / f"{other}.toml").read_text(encoding="utf-8"))
        assert set(words) == set(theirs), other
        for key, value in theirs.items():
            # the same slots ({n}, {author}, {site}...) and, for lists, as many entries
            if isinstance(value, str):
                assert set(re.findall(r"\{\w+\}", words[key])) == set(
                    re.findall(r"\{\w+\}", value)
                ), key
            else:
                assert len(words[key]) == len(value), key
    # each word's place in a template, and it_IT or it-CH read as it: test_languages.py


def test_the_italian_words_guess_no_gender_and_say_tu():
    words = tomllib.loads((WORDS / "it.toml").read_text(encoding="utf-8"))
    text = " ".join(value for value in words.values() if isinstance(value, str))
    for gendered in ("Anonimo", "l'autore", "dell'autore", "lettori", "da solo", "Si è unito"):
        assert gendered not in text, gendered
    assert not re.search(r"\b(?:Lei|Suo|Sua)\b", text)
    assert "findahelpline.com" in words["nudge_crisis"]
    assert "numero di emergenza" in words["nudge_crisis"]
