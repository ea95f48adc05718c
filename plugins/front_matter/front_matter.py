"""Posts as real blogs write them: YAML or Pelican front matter, stray control characters, old
themes' templates and preview images beside the post.

Signals:
    initialized -- TYPOGRIFY is turned off, with a warning, when typogrify is not installed, and
        a Markdown extension MARKDOWN names that is not installed is left out, and a date format's
        locale the machine lacks, each with a warning.
    readers_init -- Markdown files are read by reader.FrontMatterReader (YAML front matter between
        `---` lines, else Pelican's `Key: value` lines); every other reader's output is cleaned of
        control characters, and a reStructuredText post docutils complains about is still read
        (its ``literals`` written `<code>`, not HTML 4's `<tt>`); a plugin's syntax a Markdown
        post still shows (`{% youtube … %}`, `[TOC]`) is named. Where the text enters the build,
        so titles, pages and feeds all get the cleaned text, and a form feed pasted from a PDF
        never reaches the feed writer.
    content_object_init -- a post without a date (one Pelican would leave out) is dated by its
        file's time, with a warning; a date from a file's time keeps whole seconds.
    article_generator_pretaxonomy -- the posts are read and sorted but not yet in categories,
        tags, archives or feeds: a post naming a template the theme lacks gets the theme's own, one
        whose slug is too long for a file name gets a shorter one, and one that would be written
        where another post is (the same slug) gets `<slug>-2`; a tag its title cannot hold in a
        heading or a link (`The <section> element`) is shown as text.
    page_generator_finalized -- the same for pages (which have no taxonomy; a page is not written
        over the archives or another of the site's own pages either), and preview images.
    article_generator_finalized -- finds each post's `Image:` file and has Pelican copy it, and
        names the posts in a format no reader reads (`.ipynb` without pelican-jupyter), which
        Pelican leaves out without a word (pages: at page_generator_finalized).
    all_generators_finalized -- the static files are known: each preview image gets its URL, and
        a post whose `{filename}`/`{static}` link names no file is named (Pelican names the link
        but not the post).

Settings: none of its own. It reads PATH, THEME, TEMPLATE_EXTENSIONS, MARKDOWN and
FORMATTED_FIELDS as Pelican does.

Attributes added to posts and pages with an `Image:` (docs/theme.md):
    preview_image: str -- the picture's URL from the site root (`2024/cover.png`), an absolute
        URL as given, or "" when the file named does not exist (a warning names the post).
"""

from __future__ import annotations

import functools
import locale
import logging
from importlib.metadata import entry_points
from importlib.util import find_spec
from itertools import chain

from pelican import signals
from pelican.generators import ArticlesGenerator, PagesGenerator
from pelican.readers import BaseReader, MarkdownReader

from .checks import (
    ARTICLE_LISTS,
    PAGE_LISTS,
    check_links,
    check_titles,
    contents_of,
    default_missing_templates,
    direct_template_paths,
    give_contents_own_addresses,
    link_preview_images,
    period_archive_paths,
    resolve_preview_images,
    settle_dates,
)
from .reader import CleanOutput, FrontMatterReader, cleaning
from .unread import name_unread_posts

logger = logging.getLogger(__name__)


def check_typogrify(pelican) -> None:
    """Turn TYPOGRIFY off, with a warning, when typogrify is not installed: Pelican would leave
    out every post, each with only "Could not process" (its import fails in every read)."""
    settings = pelican.settings
    if not settings.get("TYPOGRIFY"):
        return
    if all(find_spec(name) is not None for name in ("typogrify", "smartypants")):
        return
    settings["TYPOGRIFY"] = False
    logger.warning(
        "front_matter: TYPOGRIFY = True in your settings, but typogrify is not installed: "
        'Pelican would leave out every post ("Could not process"); the posts are built '
        "without it: pip install typogrify, or remove TYPOGRIFY from pelicanconf.py"
    )


def check_markdown_extensions(pelican) -> None:
    """Leave out, with a warning, the Markdown extensions MARKDOWN names that are not installed:
    Python-Markdown could not be made, and Pelican would leave out every Markdown post."""
    markdown = pelican.settings.get("MARKDOWN")
    if not isinstance(markdown, dict):
        return
    for key in ("extension_configs", "extensions"):
        named = markdown.get(key)
        missing = [name for name in named or () if isinstance(name, str) and not _installed(name)]
        for name in missing:
            if isinstance(named, dict):
                del named[name]
            else:
                named.remove(name)
            logger.warning(
                "front_matter: MARKDOWN's %s names %r, which is not installed: Pelican would "
                'leave out every Markdown post ("Could not process"); the posts are read '
                "without it: pip install the package that provides it, or remove it from "
                "MARKDOWN in pelicanconf.py",
                key,
                name,
            )


def _installed(extension: str) -> bool:
    """Return whether Python-Markdown can load the extension named *extension*."""
    if "." not in extension and extension in _markdown_entry_points():
        return True
    module = extension.split(":", 1)[0]
    try:
        return find_spec(module) is not None
    except (ImportError, ValueError):  # a parent package is missing, or the name is empty
        return False


@functools.cache
def _markdown_entry_points() -> frozenset[str]:
    """Return the short names extensions register for Python-Markdown (`toc`, `extra`)."""
    return frozenset(e.name for e in entry_points(group="markdown.extensions"))


def check_date_locales(pelican) -> None:
    """Keep only the format, with a warning, of a DATE_FORMATS (or DEFAULT_DATE_FORMAT) entry
    whose locale this machine does not have: Pelican would leave out every post it dates."""
    settings = pelican.settings
    formats = settings.get("DATE_FORMATS")
    entries = list(formats.items()) if isinstance(formats, dict) else []
    for key, value in [*entries, (None, settings.get("DEFAULT_DATE_FORMAT"))]:
        if not (isinstance(value, tuple) and len(value) == 2) or _has_locale(value[0]):
            continue
        if key is None:
            settings["DEFAULT_DATE_FORMAT"] = value[1]
        else:
            formats[key] = value[1]
        logger.warning(
            "front_matter: %s names the locale %r, which this machine does not have: Pelican "
            'would leave out every post it dates ("Could not process"); dates are written '
            "%r in the default locale instead: install the locale (`locale -a` lists those "
            "there are), or write the format alone",
            "DEFAULT_DATE_FORMAT" if key is None else f"DATE_FORMATS[{key!r}]",
            value[0],
            value[1],
        )


def _has_locale(name: object) -> bool:
    """Return whether this machine can switch to the locale *name* (left as it was)."""
    current = locale.setlocale(locale.LC_ALL)
    try:
        locale.setlocale(locale.LC_ALL, name)
    except (locale.Error, TypeError, ValueError):
        return False
    finally:
        locale.setlocale(locale.LC_ALL, current)
    return True


def install_readers(readers) -> None:
    """Read Markdown with front matter, and take control characters out of every reader's text."""
    for extension, reader_class in list(readers.reader_classes.items()):
        # BaseReader reads static files (no text); CleanOutput's classes are cleaned already.
        if not reader_class or reader_class is BaseReader or issubclass(reader_class, CleanOutput):
            continue
        if reader_class is MarkdownReader:
            readers.reader_classes[extension] = FrontMatterReader
        elif not issubclass(reader_class, FrontMatterReader):
            readers.reader_classes[extension] = cleaning(reader_class)


def check_article_templates(generator: ArticlesGenerator) -> None:
    """Give the theme's own template to the posts whose `Template:` the theme does not have."""
    default_missing_templates(generator, ARTICLE_LISTS)


def check_article_addresses(generator: ArticlesGenerator) -> None:
    """Give a post whose slug is too long, or that would be written over another's page, an
    address of its own; show as text the tags its title cannot hold."""
    settings = generator.settings
    taken = direct_template_paths(settings) | period_archive_paths(settings, generator.articles)
    give_contents_own_addresses(generator, ARTICLE_LISTS, taken=taken)
    check_titles(contents_of(generator, ARTICLE_LISTS))


def check_pages(generator: PagesGenerator) -> None:
    """Give the pages whose `Template:` the theme lacks its own, give each an address of its
    own, show the tags a title cannot hold as text; find their preview images."""
    default_missing_templates(generator, PAGE_LISTS)
    give_contents_own_addresses(
        generator, PAGE_LISTS, taken=direct_template_paths(generator.settings)
    )
    check_titles(contents_of(generator, PAGE_LISTS))
    link_preview_images(generator, PAGE_LISTS)
    name_unread_posts(
        generator, generator.settings["PAGE_PATHS"], generator.settings["PAGE_EXCLUDES"]
    )


def find_article_images(generator: ArticlesGenerator) -> None:
    """Find each post's preview image file and have it copied with the static files; name the
    posts in a format no reader reads."""
    link_preview_images(generator, ARTICLE_LISTS)
    settings = generator.settings
    name_unread_posts(generator, settings["ARTICLE_PATHS"], settings["ARTICLE_EXCLUDES"])


def give_preview_image_urls(generators: list) -> None:
    """Give each post and page whose preview image was found the URL Pelican copied it to;
    name the posts whose `{filename}` or `{static}` links name no file."""
    contents = chain.from_iterable(
        contents_of(g, ARTICLE_LISTS if isinstance(g, ArticlesGenerator) else PAGE_LISTS)
        for g in generators
        if isinstance(g, ArticlesGenerator | PagesGenerator)
    )
    contents = list(contents)
    context = generators[0].context if generators else {}
    resolve_preview_images(contents, context.get("static_content", {}))
    check_links(contents, context)


def register() -> None:
    """Connect the plugin to Pelican's signals."""
    signals.initialized.connect(check_typogrify)
    signals.initialized.connect(check_markdown_extensions)
    signals.initialized.connect(check_date_locales)
    signals.readers_init.connect(install_readers)
    # The last moment a post without a date can get one: Pelican checks it right after.
    signals.content_object_init.connect(settle_dates)
    signals.article_generator_pretaxonomy.connect(check_article_templates)
    signals.article_generator_pretaxonomy.connect(check_article_addresses)
    signals.article_generator_finalized.connect(find_article_images)
    signals.page_generator_finalized.connect(check_pages)
    signals.all_generators_finalized.connect(give_preview_image_urls)
