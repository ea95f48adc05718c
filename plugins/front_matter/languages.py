"""A blog whose DEFAULT_LANG and whose posts' `Lang:` write one language two ways.

`DEFAULT_LANG = "fr_FR"` with posts written `Lang: fr` (or `fr-FR`, or `fr_FR`: Pelican writes
DEFAULT_LANG in lower case and compares the two as text): every such post counted as another
language, got a `-fr` address, and its translation into English was a second original, without a
word. One warning now names a post and the setting to write.
"""

from __future__ import annotations

import logging
from collections import Counter

logger = logging.getLogger(__name__)


def language_parts(code: object) -> tuple[str, str]:
    """Return the language and the region of a language code: ("fr", "fr") for `fr_FR` or
    `fr-fr`, ("fr", "") for `fr`."""
    language, _, region = str(code or "").strip().replace("-", "_").lower().partition("_")
    return language, region


def same_language_written_otherwise(lang: object, default: object) -> bool:
    """Return whether *lang* is *default* written another way: the same code but for case or
    `-` for `_`, or one of them the bare language of the other (`fr` and `fr_FR`); two different
    regions (`en_GB` and `en_US`) are two languages, as the blog may mean them."""
    if str(lang) == str(default):
        return False
    (language, region), (default_language, default_region) = (
        language_parts(lang),
        language_parts(default),
    )
    if not language or language != default_language:
        return False
    return region == default_region or not region or not default_region


def warn_default_lang_written_otherwise(contents: list, settings: dict) -> None:
    """Warn once when posts or pages name DEFAULT_LANG's language another way (`Lang: fr` with
    `DEFAULT_LANG = "fr_FR"`), naming one and the setting that would make them agree."""
    default = settings.get("DEFAULT_LANG")
    others = [
        content
        for content in contents
        if same_language_written_otherwise(getattr(content, "lang", None), default)
    ]
    if not others:
        return
    written, _ = Counter(content.lang for content in others).most_common(1)[0]
    example = next(content for content in others if content.lang == written)
    logger.warning(
        "front_matter: DEFAULT_LANG is %r (Pelican's lower case) but `Lang: %s` in %d %s (e.g. "
        "%s): Pelican takes them for another language than the blog's, writes them at `-%s` "
        "addresses and lists a translation of one as a second original; %s",
        default,
        written,
        len(others),
        "post or page" if len(others) == 1 else "posts or pages",
        example.relative_source_path,
        written,
        agreeing_setting(written, default),
    )


def agreeing_setting(written: str, default: str) -> str:
    """Return what to write so that posts saying `Lang: <written>` are in DEFAULT_LANG."""
    in_posts = f"`Lang: {default}` in those posts"
    if written != written.lower():
        return f"write {in_posts} (Pelican writes DEFAULT_LANG in lower case)"
    return f'write DEFAULT_LANG = "{written}" in pelicanconf.py (or {in_posts})'
