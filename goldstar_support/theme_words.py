"""The words of Goldstar's theme and partials in the languages it speaks besides English.

Templates say their English words themselves and look each up by id in the words of the page's
language: `{% set words = goldstar_words(page_lang or DEFAULT_LANG) if goldstar_words is defined
else {} %}`, then `{{ words.get("comments", "Comments") }}`. The comments, gold_stars and
promote_related plugins give the templates `goldstar_words`; without them a page is English.
The words live in goldstar_support/words/<language>.toml (docs/theme.md, "Languages").
"""

import functools
import logging
import tomllib
from pathlib import Path

logger = logging.getLogger(__name__)

WORDS = Path(__file__).resolve().parent / "words"
# The languages written from right to left (theme/templates/includes/direction.html has the same).
RIGHT_TO_LEFT = frozenset(
    ("ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb", "syr")
)


@functools.cache
def theme_words() -> dict[str, dict]:
    """Return the words of every language by id, read once: {"fr": {"comments": ...}}; a file
    that cannot be read is named in a warning and its language left English."""
    found = {}
    for path in sorted(WORDS.glob("*.toml")):
        try:
            found[path.stem] = tomllib.loads(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            logger.warning(
                "goldstar: %s: %s; its pages keep the theme's English: fix the file", path, error
            )
    return found


class IsolatedEnglish(dict):
    """No words: each template's English, each phrase isolated from the text around it (Unicode's
    first-strong isolate, U+2068 … U+2069), for a right-to-left language the theme does not speak.
    Laid out right to left among its words, the English came out scrambled ("stars 0",
    ".No comments yet"); isolated, each phrase reads left to right as written."""

    def get(self, key: object, default: object = None) -> object:
        """Return *default*, a phrase, isolated; anything else as it is."""
        return f"\u2068{default}\u2069" if isinstance(default, str) else default


ISOLATED_ENGLISH = IsolatedEnglish()


def goldstar_words(language: object) -> dict:
    """Return the theme's words in *language* ("fr", "fr_FR", "fr-CA"); none for English or
    a language the theme does not speak, so each template's own English shows (isolated in a
    right-to-left language: IsolatedEnglish)."""
    code = str(language or "").replace("-", "_").split("_")[0].lower()
    words = theme_words().get(code)
    if words is not None:
        return words
    return ISOLATED_ENGLISH if goldstar_dir(code) else {}


def goldstar_dir(language: object) -> str:
    """Return "rtl" for a language written from right to left ("fa", "ar_EG", "he-IL"), else "":
    the partials set it on their own box, as a theme not made for such a language (notmyidea)
    does not set it on the page."""
    code = str(language or "").replace("-", "_").split("_")[0].lower()
    return "rtl" if code in RIGHT_TO_LEFT else ""


def add_theme_words(generator) -> None:
    """Give the templates of *generator* (at generator_init) `goldstar_words`, `goldstar_dir`,
    `goldstar_date`, `goldstar_date_names`, `goldstar_date_style` (a post's date format and the
    language naming its months, from the build's settings) and `goldstar_archive_format` (the
    format of an archive's dates in a language)."""
    from goldstar_support.dates import (  # Babel, for a build that dates
        archive_date_format,
        date_names,
        goldstar_date,
        post_date_style,
    )

    generator.env.globals["goldstar_words"] = goldstar_words
    generator.env.globals["goldstar_dir"] = goldstar_dir
    generator.env.globals["goldstar_date"] = goldstar_date
    generator.env.globals["goldstar_date_names"] = date_names
    generator.env.globals["goldstar_date_style"] = functools.partial(
        post_date_style, settings=generator.settings
    )
    generator.env.globals["goldstar_archive_format"] = archive_date_format
