"""Posts as real blogs write them: YAML or Pelican front matter, stray control characters, old
themes' templates and preview images beside the post.

Signals:
    initialized -- TYPOGRIFY is turned off, with a warning, when typogrify is not installed, and
        a Markdown extension MARKDOWN names that is not installed is left out, and a date format's
        locale the machine lacks, each with a warning; SuperFences takes the place of the
        fenced_code a blog's own MARKDOWN names (in `extra` too), and `source_path` the place
        of Pelican 3's `filename` in ARTICLE_ORDER_BY; a `*_URL` that names no page its
        `*_SAVE_AS` writes links where the page is, with a warning, and a list page
        DIRECT_TEMPLATES leaves out is not linked (addresses.py); reStructuredText's
        `.. code-block::` may leave out its language, as in Sphinx (rst_code.py).
    readers_init -- Markdown files are read by reader.FrontMatterReader (YAML front matter between
        `---` lines, else Pelican's `Key: value` lines); every other reader's output is cleaned of
        control characters, and a reStructuredText post docutils complains about is still read
        (its ``literals`` written `<code>`, not HTML 4's `<tt>`; its file's byte order mark
        dropped; the inline HTML of its `:summary:` read as HTML); a plugin's syntax any
        post still shows (`{% youtube … %}`, `[TOC]`) is named, a tag ending a line too, which
        attr_list took for attributes (template_tags.py); `{% raw %}` blocks are unwrapped; a
        date without its day or month is dated from the first, not the day of the build, and an
        unknown time zone is named.
        Where the text enters the build, so titles, pages and feeds all get the cleaned text, and
        a form feed pasted from a PDF never reaches the feed writer.
        A reading that warned is kept out of Pelican's content cache, so its warnings are said
        again at every build until the post is fixed (quiet_cache.py).
    content_object_init -- a post without a date (one Pelican would leave out) is dated by its
        file's time, with a warning; a date from a file's time keeps whole seconds; the part
        of a post before the summary plugin's `<!-- PELICAN_END_SUMMARY -->` is its summary; the
        summary of a post with `<script>` or `<style>` blocks is cut from its text without their
        code, and one Pelican would cut inside a block of code ends before it (summary_code.py);
        a Jekyll `permalink:` other than the address Pelican gives is named, with the `url:` and
        `save_as:` that keep it (jekyll.py).
    article_generator_pretaxonomy -- the posts are read and sorted but not yet in categories,
        tags, archives or feeds: a post naming a template the theme lacks gets the theme's own, one
        whose slug is too long for a file name gets a shorter one, one whose own `Save_as:` and
        `URL:` disagree is linked where it is written (addresses.py), and one that would be written
        where another post is (the same slug) gets `<slug>-2`; a tag its title cannot hold in a
        heading or a link (`The <section> element`) is shown as text.
    page_generator_finalized -- the same for pages (which have no taxonomy; a page is not written
        over the archives or another of the site's own pages either), and preview images; a page
        written to the 404 page's address gives it its title and text (not_found.py).
    article_generator_finalized -- finds each post's `Image:` file and has Pelican copy it, and
        names the posts in a format no reader reads (`.ipynb` without pelican-jupyter), which
        Pelican leaves out without a word (pages: at page_generator_finalized); an HTML file of
        a STATIC_PATHS folder Pelican could not read as a post is copied as a static file; a
        DIRECT_TEMPLATES name or a TEMPLATE_PAGES file the build has no template for is left
        out, with a warning (direct_templates.py), where Pelican stopped the build; tags,
        categories or authors whose different names make one address (`C++`, `C#`) are named
        (shared_slugs.py).
    all_generators_finalized -- the static files are known: each preview image gets its URL, and
        a post whose `{filename}`/`{static}` link names no file is named (Pelican names the link
        but not the post), and one that still shows simple_footnotes' `[ref]…[/ref]`; the blog's
        own icon (`FAVICON`, or a `favicon.ico` at the root) takes the theme's place (favicon.py);
        a summary given as `Summary:` or by a marker is kept as written, so that each listing
        page resolves its links for itself (summary_links.py); posts whose `Lang: fr` is
        `DEFAULT_LANG = "fr_FR"` written another way, which Pelican takes for translations and
        leaves out of the listings, are named once (languages.py).
    generator_init -- the templates get `summary_here(post, SITEURL)`, that summary for the page,
        and `words_in(html)`, its words counted in every script (word_count.py).
    article_generator_finalized, page_generator_finalized (also) -- posts or pages in another
        language whose address is Goldstar's while the others keep the blog's are named; so are
        those written in Hebrew or Arabic letters with no `Lang:` (script_direction.py), and
        those that show an `<img>` without `alt` (alt_text.py).
    finalized -- the site is written: a MENUITEMS link that leads to no file of it is named.

Settings: none of its own. It reads PATH, THEME, TEMPLATE_EXTENSIONS, MARKDOWN, FORMATTED_FIELDS,
STATIC_PATHS, MENUITEMS and the *_PATHS and *_EXCLUDES as Pelican does; a TYPOGRIFY, MARKDOWN
extension or DATE_FORMATS locale a blog brought that this machine cannot honour is set aside
(carried.py).

Attributes added to posts and pages with an `Image:` (docs/theme.md):
    preview_image: str -- the picture's URL from the site root (`2024/cover.png`), an absolute
        URL as given, or "" when the file named does not exist (a warning names the post).
"""

from __future__ import annotations

import logging
from itertools import chain

from pelican import signals
from pelican.generators import ArticlesGenerator, PagesGenerator
from pelican.readers import BaseReader, MarkdownReader

from goldstar_support.articles import ARTICLE_LISTS, PAGE_LISTS

from .addresses import check_addresses, check_language_addresses, match_own_addresses
from .alt_text import warn_pictures_without_alt
from .carried import (
    check_date_locales,
    check_markdown_extensions,
    check_typogrify,
    order_by_source_path,
    use_superfences,
)
from .checks import (
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
from .direct_templates import leave_out_missing_templates
from .favicon import find_site_favicon
from .held_warnings import forget_held_warnings, hold_past_four, say_held_warnings
from .jekyll import warn_moved_permalink
from .languages import warn_default_lang_written_otherwise
from .leftovers import warn_unread_footnotes
from .menu import check_menu_links
from .not_found import take_not_found_page
from .quiet_cache import cache_quiet_readings_only
from .reader import CleanOutput, FrontMatterReader, cleaning, name_files_read
from .root_links import check_root_links, keep_contents
from .rst_code import accept_code_without_language
from .script_direction import warn_right_to_left_without_lang
from .shared_slugs import warn_shared_addresses
from .static_html import copy_static_html
from .summary_code import summary_without_code
from .summary_links import give_templates_summary_here, keep_summary_sources
from .summary_marker import summary_from_markers
from .unread import name_unread_posts
from .word_count import give_templates_words_in

logger = logging.getLogger(__name__)
# The theme's templates no post or page can fill: each lists one page of posts (Jinja stopped the
# whole build on `Template: index`: 'articles_page' is undefined). Those of whole lists (archives,
# tags) show the site's lists on a page of the blog's own, as old themes' did.
LISTING = (
    "is the theme's template for one page of a list of posts, which a post or page cannot fill"
)
UNFIT_TEMPLATES = dict.fromkeys(("index", "tag", "category", "author", "gold_stars_wall"), LISTING)
# A page cannot fill the post's template either: it has no date (a post's `Template: page` can).
UNFIT_FOR_PAGES = {
    **UNFIT_TEMPLATES,
    "article": "is the theme's template for posts, which needs a date a page does not have",
}


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
    name_files_read(readers)
    cache_quiet_readings_only(readers)


def check_article_templates(generator: ArticlesGenerator) -> None:
    """Give the theme's own template to the posts whose `Template:` the theme does not have."""
    default_missing_templates(generator, ARTICLE_LISTS, unfit=UNFIT_TEMPLATES)


def check_article_addresses(generator: ArticlesGenerator) -> None:
    """Give a post whose slug is too long, or that would be written over another's page, an
    address of its own; show as text the tags its title cannot hold."""
    settings = generator.settings
    taken = direct_template_paths(settings) | period_archive_paths(settings, generator.articles)
    give_contents_own_addresses(generator, ARTICLE_LISTS, taken=taken)
    match_own_addresses(contents_of(generator, ARTICLE_LISTS))  # those that kept their Save_as
    check_titles(contents_of(generator, ARTICLE_LISTS))


def check_pages(generator: PagesGenerator) -> None:
    """Give the pages whose `Template:` the theme lacks its own, give each an address of its
    own, show the tags a title cannot hold as text; find their preview images."""
    default_missing_templates(generator, PAGE_LISTS, unfit=UNFIT_FOR_PAGES)
    take_not_found_page(generator)
    give_contents_own_addresses(
        generator, PAGE_LISTS, taken=direct_template_paths(generator.settings)
    )
    match_own_addresses(contents_of(generator, PAGE_LISTS))  # those that kept their Save_as
    check_titles(contents_of(generator, PAGE_LISTS))
    link_preview_images(generator, PAGE_LISTS)


def find_article_images(generator: ArticlesGenerator) -> None:
    """Find each post's preview image file and have it copied with the static files."""
    link_preview_images(generator, ARTICLE_LISTS)


def name_right_to_left_posts(generator) -> None:
    """Name the posts and pages in Hebrew or Arabic letters with no `Lang:` to say so."""
    lists = ARTICLE_LISTS if isinstance(generator, ArticlesGenerator) else PAGE_LISTS
    warn_right_to_left_without_lang(contents_of(generator, lists))


def name_pictures_without_alt(generator) -> None:
    """Name the posts and pages that show a picture with no `alt` text."""
    lists = ARTICLE_LISTS if isinstance(generator, ArticlesGenerator) else PAGE_LISTS
    warn_pictures_without_alt(contents_of(generator, lists))


def name_unread_articles(generator: ArticlesGenerator) -> None:
    """Name the posts in a format no reader of the build reads."""
    settings = generator.settings
    name_unread_posts(generator, settings["ARTICLE_PATHS"], settings["ARTICLE_EXCLUDES"])


def name_shared_addresses(generator: ArticlesGenerator) -> None:
    """Name the tags, categories and authors whose different names make one address."""
    warn_shared_addresses(contents_of(generator, ARTICLE_LISTS))


def name_unread_pages(generator: PagesGenerator) -> None:
    """Name the pages in a format no reader of the build reads."""
    settings = generator.settings
    name_unread_posts(generator, settings["PAGE_PATHS"], settings["PAGE_EXCLUDES"])


def give_preview_image_urls(generators: list) -> None:
    """Give each post and page whose preview image was found the URL Pelican copied it to;
    name the posts whose `{filename}` or `{static}` links name no file."""
    contents = all_contents(generators)
    context = generators[0].context if generators else {}
    resolve_preview_images(contents, context.get("static_content", {}))
    check_links(contents, context)


def check_default_language(generators: list) -> None:
    """Name the posts and pages whose `Lang:` writes DEFAULT_LANG's language another way."""
    if generators:
        warn_default_lang_written_otherwise(all_contents(generators), generators[0].settings)


def keep_original_summaries(generators: list) -> None:
    """Keep each given summary as written, for the listing pages to resolve its links."""
    keep_summary_sources(all_contents(generators))


def name_unread_footnotes(generators: list) -> None:
    """Name the posts and pages still showing simple_footnotes' `[ref]` once every plugin ran."""
    warn_unread_footnotes(all_contents(generators))


def all_contents(generators: list) -> list:
    """Return every post and page (drafts and hidden ones too) of *generators*."""
    return list(
        chain.from_iterable(
            contents_of(g, ARTICLE_LISTS if isinstance(g, ArticlesGenerator) else PAGE_LISTS)
            for g in generators
            if isinstance(g, ArticlesGenerator | PagesGenerator)
        )
    )


def register() -> None:
    """Connect the plugin to Pelican's signals."""
    hold_past_four(__name__.rpartition(".")[0] or __name__)
    signals.initialized.connect(forget_held_warnings)
    signals.initialized.connect(check_typogrify)
    signals.initialized.connect(check_markdown_extensions)
    signals.initialized.connect(use_superfences)
    signals.initialized.connect(order_by_source_path)
    signals.initialized.connect(check_date_locales)
    signals.initialized.connect(check_addresses)
    signals.initialized.connect(accept_code_without_language)
    signals.readers_init.connect(install_readers)
    # The last moment a post without a date can get one: Pelican checks it right after.
    signals.content_object_init.connect(settle_dates)
    signals.content_object_init.connect(summary_from_markers)
    signals.content_object_init.connect(summary_without_code)
    signals.content_object_init.connect(warn_moved_permalink)
    signals.article_generator_pretaxonomy.connect(check_article_templates)
    signals.article_generator_pretaxonomy.connect(check_article_addresses)
    signals.article_generator_finalized.connect(check_language_addresses)
    signals.page_generator_finalized.connect(check_language_addresses)
    signals.article_generator_finalized.connect(find_article_images)
    signals.article_generator_finalized.connect(name_unread_articles)
    signals.article_generator_finalized.connect(name_right_to_left_posts)
    signals.page_generator_finalized.connect(name_right_to_left_posts)
    signals.article_generator_finalized.connect(name_pictures_without_alt)
    signals.page_generator_finalized.connect(name_pictures_without_alt)
    signals.article_generator_finalized.connect(copy_static_html)
    signals.article_generator_finalized.connect(leave_out_missing_templates)
    signals.article_generator_finalized.connect(name_shared_addresses)
    signals.page_generator_finalized.connect(check_pages)
    signals.page_generator_finalized.connect(name_unread_pages)
    signals.generator_init.connect(give_templates_summary_here)
    signals.generator_init.connect(give_templates_words_in)
    signals.all_generators_finalized.connect(give_preview_image_urls)
    # Before Pelican resolves the summaries' links, once, from the root (summary_links.py).
    signals.all_generators_finalized.connect(keep_original_summaries)
    signals.all_generators_finalized.connect(name_unread_footnotes)
    signals.all_generators_finalized.connect(find_site_favicon)
    signals.all_generators_finalized.connect(check_default_language)
    signals.finalized.connect(check_menu_links)
    signals.all_generators_finalized.connect(keep_contents)
    signals.finalized.connect(check_root_links)
    signals.finalized.connect(say_held_warnings)  # last: after every warning of the build
