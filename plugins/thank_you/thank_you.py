"""Check the author's thank-you templates; record the facts drafts need that only the build knows.

The drafts themselves come from the dependency-light `reply_drafts` package (used by `invoke
thanks` and the comment server's inbox); this plugin is the build's side of it.

Signals:
    article_writer_finalized -- every post and page exists and every plugin has attached its
        attributes (promote_related does so at all_generators_finalized, which may run after this
        plugin's receivers whatever the order of PLUGINS), so each thread's related posts are known.

Settings:
    THANK_YOU_PATH (str, "thank_you") -- the folder under PATH of the own templates (*.toml).
    THANK_YOU_DISABLED (list[str], []) -- ids of built-in or own templates and lines to turn off,
        e.g. ["template.postscript", "star.whole-sky"].
    THANK_YOU_LANGUAGE (str, DEFAULT_LANG) -- the language of the drafts (built-in: "en", "fr");
        a post that declares its own (`Lang: fr`) is answered in it when it has templates.
    THANK_YOU_RELATED (int, 3) -- how many related posts to keep per thread.
    THANK_YOU_FACTS (str, "<CACHE_PATH>/thank_you/facts.json") -- where the facts file is written.

Reads from other plugins, when present (never imported): `article.promote_related` (a list of
related posts, each with a title and a url) and `article.comments_id`.

Writes the facts file (docs/thank-you.md documents its shape); adds no attributes to content.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pelican import signals
from pelican.generators import ArticlesGenerator

from goldstar_support.settings import warn_default
from reply_drafts.library import check_templates, drafting_language, no_templates_note

from .facts import collect_threads, facts_document, write_if_changed

logger = logging.getLogger(__name__)

DEFAULTS = {
    "THANK_YOU_PATH": "thank_you",
    "THANK_YOU_DISABLED": [],
    "THANK_YOU_RELATED": 3,
}


@dataclass(frozen=True)
class ThankYouSettings:
    """The plugin's settings, checked."""

    templates: Path
    disabled: frozenset
    language: str
    related: int
    facts: Path
    language_asked: bool = False  # THANK_YOU_LANGUAGE set, not taken from DEFAULT_LANG


def _disabled(settings: dict) -> frozenset:
    value = settings.get("THANK_YOU_DISABLED", DEFAULTS["THANK_YOU_DISABLED"])
    if not isinstance(value, list | tuple | set | frozenset) or not all(
        isinstance(item, str) for item in value
    ):
        warn_default(
            logger,
            "thank_you",
            "THANK_YOU_DISABLED",
            value,
            'a list of ids like "star.great-big"',
            [],
        )
        return frozenset()
    return frozenset(value)


def _related(settings: dict) -> int:
    value = settings.get("THANK_YOU_RELATED", DEFAULTS["THANK_YOU_RELATED"])
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        warn_default(
            logger, "thank_you", "THANK_YOU_RELATED", value, "a whole number, 0 or more", 3
        )
        return DEFAULTS["THANK_YOU_RELATED"]
    return value


def _text(settings: dict, key: str, default: str) -> str:
    value = settings.get(key, default)
    if not isinstance(value, str) or not value:
        warn_default(logger, "thank_you", key, value, "a non-empty string", default)
        return default
    return value


def read_settings(settings: dict) -> ThankYouSettings:
    """Return the plugin's settings from Pelican's, warning about (and replacing) bad values."""
    default_facts = os.path.join(settings.get("CACHE_PATH", "cache"), "thank_you", "facts.json")
    language = _text(settings, "THANK_YOU_LANGUAGE", settings.get("DEFAULT_LANG") or "en")
    return ThankYouSettings(
        templates=Path(settings["PATH"]) / _text(settings, "THANK_YOU_PATH", "thank_you"),
        disabled=_disabled(settings),
        language=language,
        related=_related(settings),
        facts=Path(_text(settings, "THANK_YOU_FACTS", default_facts)),
        language_asked="THANK_YOU_LANGUAGE" in settings,
    )


def warn_template_problems(config: ThankYouSettings) -> None:
    """Log a warning for each problem in the author's templates; the good ones stay usable.

    A blog in a language with no templates (`DEFAULT_LANG = "fa"`) gets English drafts, said
    once at info level: the drafts are the author's own, and a warning at every build stopped
    each `--fatal warnings` build of a blog in any language but English and French. Asked for
    by THANK_YOU_LANGUAGE, it stays a warning."""
    dirs = (str(config.templates),) if config.templates.is_dir() else ()
    for problem in check_templates(dirs, config.disabled, config.language):
        if problem == no_templates_note(config.language) and not config.language_asked:
            logger.info(
                "thank_you: no reply templates in %r, the blog's language: drafts are in "
                "English (docs/thank-you.md: set THANK_YOU_LANGUAGE and add templates)",
                config.language,
            )
            continue
        logger.warning("thank_you: %s", problem)


def post_languages(config: ThankYouSettings) -> Callable[[object], str]:
    """Return what gives a post's drafting language when the post declares one of its own that
    differs from the site's ("Lang: fr" on an English blog) and has templates, else ""."""
    dirs = (str(config.templates),) if config.templates.is_dir() else ()
    site = drafting_language(config.language, dirs)
    drafted = functools.cache(lambda lang: drafting_language(lang, dirs, site))

    def language_of(content: object) -> str:
        declared = getattr(content, "metadata", {}).get("lang")
        found = drafted(declared) if isinstance(declared, str) and declared else site
        return "" if found == site else found

    return language_of


def record_thank_you_facts(generator: ArticlesGenerator, writer: object = None) -> None:
    """Check the author's templates, then write each thread's title, URL and related posts."""
    settings = generator.settings
    config = read_settings(settings)
    warn_template_problems(config)
    threads = collect_threads(generator, settings, config.related, post_languages(config))
    document = facts_document(config, threads)
    try:
        changed = write_if_changed(config.facts, document)
    except OSError as error:
        logger.warning(
            "thank_you: cannot write %s: %s; set THANK_YOU_FACTS to a writable file",
            config.facts,
            error,
        )
        return
    if changed:
        logger.info("thank_you: wrote the facts of %d threads to %s", len(threads), config.facts)


def register() -> None:
    """Connect the plugin to Pelican's signals."""
    signals.article_writer_finalized.connect(record_thank_you_facts)
