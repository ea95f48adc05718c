"""Posts written in Hebrew or Arabic script with no `Lang:` to say so.

The theme lays a post out right to left when its `Lang:` (else DEFAULT_LANG) is a language written
that way (theme/templates/includes/direction.html). A Hebrew post dropped into an English blog
without `Lang: he` was an English page laid out left to right (its punctuation at the wrong end,
a screen reader reading it in English), with no word of it: one warning now names the post and the
line to add.
"""

from __future__ import annotations

import logging
import re

from markupsafe import Markup

from .syntax import entry, syntax_of

logger = logging.getLogger(__name__)

RIGHT_TO_LEFT = frozenset(
    {"ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb", "syr"}
)
SCRIPTS = {
    "he": ("Hebrew", re.compile(r"[\u0590-\u05ff\ufb1d-\ufb4f]")),
    "ar": (
        "Arabic",
        re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"),
    ),
}
READ = 4000  # characters of a post's text enough to tell its script


def warn_right_to_left_without_lang(contents) -> None:
    """Warn, naming each of *contents* written mostly in Hebrew or Arabic letters whose language
    is one written left to right, with the `Lang:` line to add."""
    for content in contents:
        language = str(getattr(content, "lang", "") or "").lower().replace("_", "-").split("-")[0]
        if language in RIGHT_TO_LEFT or not content.source_path:
            continue
        text = (
            f"{content.title} {Markup(getattr(content, '_content', '') or '')[:READ].striptags()}"
        )
        letters = sum(character.isalpha() for character in text)
        for code, (script, pattern) in SCRIPTS.items():
            if letters and len(pattern.findall(text)) * 2 > letters:
                _warn(content, script, code, language)
                break


def _warn(content, script: str, code: str, language: str) -> None:
    """Warn that *content* is written in *script* but laid out as *language*."""
    others = " (or `fa`, `ur`: the language it is in)" if code == "ar" else ""
    logger.warning(
        "front_matter: %s: it is written in %s letters, but its language is %r (DEFAULT_LANG "
        "when the post has no `Lang:`), so its page is laid out left to right: add `%s`%s",
        content.relative_source_path,
        script,
        language,
        entry("Lang", code, syntax_of(content.source_path)),
        others,
        extra={"limit_msg": "front_matter: more posts in right-to-left letters without `Lang:`"},
    )
