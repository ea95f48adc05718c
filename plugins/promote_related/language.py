"""Each post's language: its stop words, its stemmer, and what a guess needs when it does not say.

Stop words come from stopwordsiso (the stopwords-iso collection, 50+ languages by ISO 639-1 code),
stemmers from snowballstemmer (the Snowball algorithms; PyStemmer runs them in C when installed).
Both ship their data: nothing is downloaded at build time. A language with stop words but no
stemmer ("ja", "zh"...) keeps its words whole; an unknown code falls back to the default language.
The guess itself (words.guess_languages) is a product of the word counts, kept beside them so
this module imports no numpy: the plugin reads `lang` values with it on every build.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import snowballstemmer
import stopwordsiso

# ISO 639-1 code -> Snowball algorithm name, for the languages Snowball stems.
SNOWBALL = {
    "ar": "arabic",
    "ca": "catalan",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "eo": "esperanto",
    "es": "spanish",
    "et": "estonian",
    "eu": "basque",
    "fa": "persian",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nl": "dutch",
    "no": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "st": "sesotho",
    "sv": "swedish",
    "tr": "turkish",
}
# A guess needs this share of a post's words to be stop words of the language it names.
GUESS_MIN_SHARE = 0.15
# The site's default language wins unless another has this many times its stop words.
GUESS_DEFAULT_ADVANTAGE = 1.5
# A guess needs this many stop words of the language it names (a title alone says little).
GUESS_MIN_STOP_WORDS = 5
# A short post is read in another language than the default when it has this many of that
# language's stop words and this many times the default's ("Tomates de varanda": two Portuguese,
# no English one).
GUESS_SHORT_STOP_WORDS = 2
GUESS_SHORT_LEAD = 3
# One-letter words are left out of a guess ("a", "y", "e": maths, and words of many languages).
# Two-letter ones count: they are most of what tells Portuguese from Spanish ("os", "em", "na"
# against "los", "en", "la"); a stop word of many languages counts for each a share of one.
GUESS_MIN_LENGTH = 2


def language_code(lang: object) -> str | None:
    """Return the ISO 639-1 code of a `lang` value ("fr", "fr_FR", "de-AT"), or None."""
    code = str(lang or "").strip().lower().replace("_", "-").split("-")[0]
    return code if len(code) == 2 and code.isalpha() else None


def known(code: str | None) -> bool:
    """Return whether the plugin has stop words for the language *code*."""
    return code is not None and stopwordsiso.has_lang(code)


@cache
def stop_words(code: str) -> frozenset[str]:
    """Return the stop words of the language *code* (none for a language without a list)."""
    return frozenset(stopwordsiso.stopwords(code)) if known(code) else frozenset()


@cache
def _stemmer(code: str):
    name = SNOWBALL.get(code)
    return snowballstemmer.stemmer(name) if name else None


def stem_words(code: str, words: Sequence[str]) -> list[str]:
    """Return the stems of *words* in the language *code* (the words as they are, if no stemmer)."""
    stemmer = _stemmer(code)
    return list(stemmer.stemWords(list(words))) if stemmer else list(words)
