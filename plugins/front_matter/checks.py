"""What a post's metadata names, checked against the site: its template and its preview image."""

from __future__ import annotations

import logging
import os
import posixpath
from collections.abc import Iterable
from datetime import datetime
from html import unescape
from urllib.parse import quote, unquote, urlparse

from pelican.contents import Article
from pelican.urlwrappers import Author, Category, Tag
from pelican.utils import SafeDatetime, slugify

from .direct_templates import has_template
from .markup import title_markup
from .slugs import cut_slug, too_long_for_a_file_name
from .static_html import static_folder
from .syntax import date_entry, entry, key_named, syntax_of

logger = logging.getLogger(__name__)

LINK_MARKERS = ("{static}", "{attach}", "|static|", "|attach|")
# Where Pelican looks for what each kind of intrasite link names (Content._link_replacer).
LINK_TARGETS = {
    "filename": ("generated_content", "static_content"),
    "static": ("static_content",),
    "attach": ("static_content",),
}
# The `{…}` links Pelican itself replaces (Content._link_replacer), and some plugins' own.
PELICAN_LINKS = frozenset({*LINK_TARGETS, "category", "tag", "author", "index"})
PLUGIN_LINKS = {"photo": "photos", "lightbox": "photos"}
# The `{…}` links to a tag's, category's or author's page: the context's list of those written,
# and the wrapper Pelican makes the link's address with.
NAME_LINKS = {
    "tag": ("tags", Tag),
    "category": ("categories", Category),
    "author": ("authors", Author),
}


def contents_of(generator, lists: Iterable[str]) -> list:
    """Return every content object the generator holds in the named lists."""
    return [content for name in lists for content in getattr(generator, name, [])]


def default_missing_templates(
    generator, lists: Iterable[str], unfit: dict[str, str] | None = None
) -> None:
    """Build with the theme's own template (with a warning) the posts or pages whose `Template:`
    the theme does not have, or is one of *unfit* (a template's name -> what it needs that a post
    or page does not have).

    Pelican would stop the whole build while writing, with a traceback through whatever plugin
    happened to be on the stack; this says which file names which template, and builds them all.
    """
    unfit = unfit or {}
    found: dict[str, bool] = {}
    for content in contents_of(generator, lists):
        name = content.template
        if name not in found:
            found[name] = has_template(generator, name)
        if found[name] and name not in unfit:
            continue
        settings = generator.settings
        extension = settings["TEMPLATE_EXTENSIONS"][0]
        content.template = content.default_template
        problem = unfit[name] if found[name] else "names a template the theme does not have"
        logger.warning(
            "front_matter: %s: `Template: %s` %s (%s); it is built with the theme's %s instead: "
            "remove the line, or port the template (docs/migrating.md)",
            content.relative_source_path,
            name,
            problem,
            os.path.join(settings["THEME"], "templates", name + extension),
            content.default_template + extension,
        )


def link_preview_images(generator, lists: Iterable[str]) -> None:
    """Find the file each `Image:` names, as Pelican finds `{static}` links, and have it copied.

    Sets `content.preview_image_source` (the file's path under PATH) for a file that exists, or
    `content.preview_image` ("" with a warning; the URL itself for an absolute address).
    """
    root = generator.settings["PATH"]
    for content in contents_of(generator, lists):
        value = content.metadata.get("image")
        if not isinstance(value, str) or not value.strip():
            continue
        value = value.strip()
        if value.startswith(("http://", "https://", "//")):
            content.preview_image = f"https:{value}" if value.startswith("//") else value
            continue
        candidates = image_candidates(value, content.relative_dir)
        found = next((p for p in candidates if os.path.isfile(os.path.join(root, p))), None)
        if found is None:
            logger.warning(
                "front_matter: %s: `Image: %s` names no file under %s (looked for %s); the post "
                "gets no preview image",
                content.relative_source_path,
                value,
                root,
                " and ".join(candidates) or "nothing inside it",
            )
            content.preview_image = ""
            continue
        content.preview_image_source = found
        generator.context["static_links"].add(found)


def image_candidates(value: str, relative_dir: str) -> list[str]:
    """Return where under PATH an `Image:` value may be, in Pelican's order for `{static}` links.

    `/x.png` is from the content root; `x.png` is next to the post first, then from the root
    (Goldstar's first documented form, `images/jar.png`, meant the root).
    """
    for marker in LINK_MARKERS:
        if value.startswith(marker):
            value = value[len(marker) :]
            break
    path = unquote(value.split("?", 1)[0].split("#", 1)[0])
    if path.startswith("/"):
        options = [path.lstrip("/")]
    else:
        options = [posixpath.join(relative_dir.replace(os.sep, "/"), path), path]
    candidates = []
    for option in options:
        normal = posixpath.normpath(option)
        if normal not in candidates and normal != "." and not normal.startswith("../"):
            candidates.append(normal)
    return candidates


def direct_template_paths(settings: dict) -> set[str]:
    """Return where the site's own pages (archives, tags, the 404 page...) are written."""
    paths = {
        settings.get(f"{name.upper()}_SAVE_AS", f"{name}.html")
        for name in settings["DIRECT_TEMPLATES"]
    }
    paths.update(settings.get("TEMPLATE_PAGES", {}).values())
    return {path for path in paths if path}


def resolve_preview_images(contents: Iterable, static_content: dict) -> None:
    """Give each post whose `Image:` file was found its URL, as `content.preview_image`,
    with what a URL cannot hold (spaces) percent-encoded."""
    for content in contents:
        source = getattr(content, "preview_image_source", None)
        if source is None:
            continue
        static = static_content.get(source)
        if static is None:
            logger.warning(
                "front_matter: %s: `Image: %s` was not copied to the site (is it excluded by "
                "STATIC_EXCLUDES?); the post gets no preview image",
                content.relative_source_path,
                content.metadata.get("image"),
            )
            content.preview_image = ""
        else:
            # `images/my photo.png`: a space in the link preview's URL (og:image, JSON-LD) is no
            # URL, and previewers showed no picture; it is written %20, as a browser would.
            content.preview_image = quote(static.url, safe="/%:@!$&'()*+,;=~")


def give_contents_own_addresses(generator, lists: Iterable[str], taken: Iterable[str] = ()) -> None:
    """Give each post or page an address the site can write: a slug cut short when it is too
    long for a file name, and `<slug>-2` when another post is written there too.

    Pelican would stop the whole build while writing, on an OSError or a FileOverwriteFailedError.
    Idempotent over Pelican's content cache, which keeps the objects with the slugs given here:
    each is judged afresh from the slug it was read with.
    """
    contents = contents_of(generator, lists)
    for content in contents:
        original = getattr(content, "slug_as_read", None)
        if original is not None:
            content.slug = original
            del content.slug_as_read
    for content in contents:
        if content.save_as and not hasattr(content, "override_save_as"):
            name_empty_slug(content)
            shorten_long_slug(content)
    give_duplicates_own_addresses(contents, taken)


def name_empty_slug(content) -> None:
    """Give a post whose slug is empty (`Title:` with nothing after it, a title of symbols) the
    slug of its file name, so it is not written over its year's archive page."""
    if getattr(content, "slug", None) and content.slug.strip("-"):
        return
    settings = content.settings
    content.slug_as_read = getattr(content, "slug", "")
    content.slug = slugify(
        os.path.splitext(os.path.basename(content.source_path))[0],
        regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []),
        preserve_case=settings.get("SLUGIFY_PRESERVE_CASE", False),
        use_unicode=settings.get("SLUGIFY_USE_UNICODE", False),
    )
    syntax = syntax_of(content.source_path)
    logger.warning(
        "front_matter: %s: its title %r makes no slug; it is %r, from the file's name: give the "
        "post a %s with words (or a %s)",
        content.relative_source_path,
        getattr(content, "title", ""),
        content.slug,
        key_named("Title", syntax),
        key_named("Slug", syntax),
    )


def period_archive_paths(settings: dict, articles: Iterable) -> set[str]:
    """Return where the archives of the years, months and days of *articles* are written."""
    formats = [
        settings.get(key)
        for key in ("YEAR_ARCHIVE_SAVE_AS", "MONTH_ARCHIVE_SAVE_AS", "DAY_ARCHIVE_SAVE_AS")
    ]
    dates = {article.date for article in articles if hasattr(article, "date")}
    return {form.format(date=date) for form in formats if form for date in dates}


def shorten_long_slug(content) -> None:
    """Cut the slug of *content* at a word when its page's file name would be too long."""
    if not too_long_for_a_file_name([content.save_as]):
        return
    original = content.slug
    content.slug = cut_slug(original) or "post"
    content.slug_as_read = original
    logger.warning(
        "front_matter: %s: its slug is %d characters long, too long for a file name; it is cut "
        "to %r: give the post a shorter %s",
        content.relative_source_path,
        len(original),
        content.slug,
        key_named("Slug", syntax_of(content.source_path)),
    )


def give_duplicates_own_addresses(contents: list, taken: Iterable[str]) -> None:
    """Give each of *contents* that would be written where another is (the same slug in the same
    year, say) an address of its own, `<slug>-2`, with a warning naming both files.

    The oldest keeps the address; *taken* holds output paths other pages of the site use
    (`archives/index.html`). A post with its own `Save_as:` there gets its slug's address.
    """
    by_path: dict[str, list] = {}
    for content in contents:
        save_as = content.save_as  # Pelican works it out from the URL pattern at each reading
        if save_as:  # `Save_as:` empty: not written at all
            by_path.setdefault(os.path.normpath(save_as), []).append(content)
    used = {os.path.normpath(path) for path in taken} | by_path.keys()
    for path, sharing in by_path.items():
        if len(sharing) == 1 and path not in taken:
            continue
        sharing.sort(key=lambda c: (str(getattr(c, "date", "")), c.relative_source_path))
        keeper = None if path in taken else sharing[0]
        for content in sharing:
            if content is keeper:
                continue
            syntax = syntax_of(content.source_path)
            if hasattr(content, "override_save_as"):
                written = content.save_as
                _give_up_own_address(content, used)
                logger.warning(
                    "front_matter: %s: `%s` is where %s is written too; this page is written to "
                    "%s instead, as if it had no %s: give it another one",
                    content.relative_source_path,
                    entry("Save_as", written, syntax),
                    keeper.relative_source_path if keeper else "another page of the site",
                    content.save_as,
                    key_named("Save_as", syntax),
                )
                continue
            _move_to_own_slug(content, used)
            logger.warning(
                "front_matter: %s: its address %s is %s's too; it is written to %s instead: "
                "give it a %s of its own to choose its address",
                content.relative_source_path,
                path,
                keeper.relative_source_path if keeper else "another page of the site",
                content.save_as,
                key_named("Slug", syntax),
            )


def _give_up_own_address(content, used: set[str]) -> None:
    """Give *content*, whose own `Save_as:` (and `URL:`) another page takes, the address its slug
    gives it, or `<slug>-2` when that one is taken too (a page written over the home page, as
    Pelican's FAQ shows for a static home page, was left out)."""
    for key in ("save_as", "url"):
        content.metadata.pop(key, None)
        if hasattr(content, f"override_{key}"):
            delattr(content, f"override_{key}")
    path = os.path.normpath(content.save_as)
    if path in used:
        _move_to_own_slug(content, used)
    else:
        used.add(path)


def _move_to_own_slug(content, used: set[str]) -> None:
    """Give *content* the first slug `<slug>-2`, `<slug>-3`... whose output path is free; it is no
    longer a translation of the posts it shared its slug with."""
    original = content.slug
    number = 2
    while True:
        content.slug = f"{original}-{number}"
        path = os.path.normpath(content.save_as)
        if path not in used:
            break
        number += 1
    used.add(path)
    content.slug_as_read = getattr(content, "slug_as_read", original)
    for other in getattr(content, "translations", []):
        other.translations = [t for t in other.translations if t is not content]
    content.translations = []


def check_titles(contents: Iterable) -> None:
    """Show as text the tags a post's title cannot hold in a heading or a listing's link
    (`The <section> element`), and close its inline ones, with a warning naming the file.

    Done once the slug is made, so the post keeps the address Pelican gives it (from the title
    without its tags); the title written here has no tag left to change, so a cached post is not
    changed twice.
    """
    for content in contents:
        title = getattr(content, "title", None)
        if not isinstance(title, str) or "<" not in title:
            continue
        marked = title_markup(title)
        if not marked.problems:
            continue
        content.title = marked.text
        logger.warning(
            "front_matter: %s: in `Title: %s`, %s",
            content.relative_source_path,
            title,
            "; ".join(marked.problems),
            extra={"limit_msg": "front_matter: more titles with tags"},
        )


def check_links(contents: Iterable, context: dict) -> None:
    """Warn, naming the post, about each `{filename}`, `{static}` or `{attach}` link (in its body
    or its summary) that names no file of the site (Pelican's own warning names the link but not
    the post it is in).

    Looks where Pelican will when it writes the post: the path from the post's folder, or from
    the content folder with a leading `/`, as written, unquoted or unescaped.
    """
    for content in contents:
        texts = [content._content, content.metadata.get("summary")]
        text = "\n".join(t for t in texts if isinstance(t, str))
        if "{" not in text and "|" not in text:
            continue
        for match in content._get_intrasite_link_regex().finditer(text):
            if match.group("what") not in PELICAN_LINKS:
                # `{{ SITEURL }}`, `{% post_url … %}`: leftovers.py names them, with the line
                if not match.group("what").startswith(("{", "%")):
                    warn_unknown_link(content, match.group("what"), match.group("path"))
                continue
            if match.group("what") in NAME_LINKS:
                check_name_link(content, context, match.group("what"), match.group("value"))
                continue
            keys = LINK_TARGETS.get(match.group("what"))
            url = urlparse(match.group("value"))
            if keys is None or not url.path:
                continue
            paths = {url.path, unquote(url.path), urlparse(unescape(url.geturl())).path}
            if any(_names_a_file(content, context.get(k, {}), p) for k in keys for p in paths):
                continue
            spaced = _spaced_path(content, [context.get(k, {}) for k in keys], url.path)
            if spaced:
                warn_spaces_taken_out(content, match.group("path"), match.group("what"), spaced)
                continue
            logger.warning(
                "front_matter: %s: the link `%s` names no file of the site; it is left as "
                "written: fix the path (from the post's folder, or from the content folder when "
                "it starts with `/`)",
                content.relative_source_path,
                match.group("path"),
                extra={"limit_msg": "front_matter: more links to no file"},
            )


def _spaced_path(content, known: list[dict], path: str) -> str | None:
    """Return the path with spaces of the file a reStructuredText post's link *path* names once
    its spaces are taken out, if one does: docutils takes every space out of a link's address
    (`<{filename}/open source/a.rst>`_ links `/opensource/a.rst`)."""
    if not content.source_path.endswith((".rst", ".rest")) or " " in path:
        return None
    start = "" if path.startswith("/") else content.relative_dir
    wanted = os.path.normpath(os.path.join(start, path.lstrip("/"))).replace(os.sep, "/")
    for files in known:
        for name, linked in files.items():
            if " " in name and name.replace(" ", "") == wanted:
                return name if os.path.isfile(linked.source_path) else None
    return None


def warn_spaces_taken_out(content, written: str, what: str, spaced: str) -> None:
    """Warn, naming the post, that docutils took the spaces out of a link's address, and how
    to write it so Pelican finds the file (`%20`, which Pelican reads as a space)."""
    logger.warning(
        "front_matter: %s: the link `%s` names no file of the site: reStructuredText takes the "
        "spaces out of a link's address, and the file is `%s`; it is left as written: write "
        "each space as %%20 (`{%s}/%s`)",
        content.relative_source_path,
        written,
        spaced,
        what,
        spaced.replace(" ", "%20"),
        extra={"limit_msg": "front_matter: more links to no file"},
    )


def check_name_link(content, context: dict, what: str, value: str) -> None:
    """Warn, naming the post, about a `{tag}`, `{category}` or `{author}` link to a page the site
    does not write (no published post has that name); Pelican links to it all the same."""
    key, wrapper = NAME_LINKS[what]
    name = unquote(urlparse(value).path)
    if not name or not content.settings.get(f"{what.upper()}_SAVE_AS"):
        return  # no page of that kind is written: addresses.py has the links shown as text
    written = [item[0] if isinstance(item, tuple) else item for item in context.get(key) or ()]
    slugs = {w.slug for w in written}
    if wrapper(name, content.settings).slug in slugs:
        return
    spaced = _spaced_name(content, wrapper(name, content.settings).slug, written)
    if spaced is not None:
        logger.warning(
            "front_matter: %s: the link `{%s}%s` names a %s no published post has: "
            "reStructuredText takes the spaces out of a link's address, and the %s is %r; it "
            "is left as written: write its slug (`{%s}%s`)",
            content.relative_source_path,
            what,
            name,
            what,
            what,
            spaced.name,
            what,
            spaced.slug,
            extra={"limit_msg": "front_matter: more links to pages not written"},
        )
        return
    own = getattr(content, "tags" if what == "tag" else what, None)
    own = [o for o in (own if isinstance(own, list) else [own] if own else []) if o.slug in slugs]
    examples = own or written  # a hidden post's own tag has no page either: never suggest it
    example = examples[0] if examples else None  # the post's own name of that kind, if any
    logger.warning(
        "front_matter: %s: the link `{%s}%s` names a %s no published post has, so its page is not "
        "written: link to one that is%s",
        content.relative_source_path,
        what,
        name,
        what,
        f" (e.g. `{{{what}}}{example}`)" if example else "",
        extra={"limit_msg": "front_matter: more links to pages not written"},
    )


def _spaced_name(content, slug: str, written: list):
    """Return the tag, category or author of *written* whose name has spaces and whose slug,
    its dashes taken out, is *slug*, for a reStructuredText post: docutils takes the spaces out of
    a link's address (`<{category}open source>`_ links `{category}opensource`)."""
    if not content.source_path.endswith((".rst", ".rest")):
        return None
    for name in written:
        if " " in name.name and name.slug.replace("-", "") == slug:
            return name
    return None


def warn_unknown_link(content, what: str, path: str) -> None:
    """Warn, naming the post, about a link whose `{what}` Pelican does not know (a plugin's)."""
    plugin = PLUGIN_LINKS.get(what)
    logger.warning(
        "front_matter: %s: the link `%s` starts with `{%s}`, which Pelican does not know%s; it "
        "is left as written: install the plugin that reads it, or link the file with "
        "`{static}` (or `{filename}` for a post)",
        content.relative_source_path,
        path,
        what,
        f" (a link of the pelican-{plugin} plugin)" if plugin else "",
        extra={"limit_msg": "front_matter: more links Pelican does not know"},
    )


def _names_a_file(content, known: dict, path: str) -> bool:
    """Return whether a link's *path* names one of the *known* contents, as Pelican resolves it,
    and that content's file exists (Pelican makes a static file of any `{static}` link)."""
    if path.startswith("/"):
        path = path[1:]
    else:
        path = content.get_relative_source_path(os.path.join(content.relative_dir, path))
    linked = known.get(path)
    return linked is not None and os.path.isfile(linked.source_path)


def settle_dates(content) -> None:
    """Date a post Pelican would leave out for want of a date; keep whole seconds in dates; a
    file's time is not an update."""
    date_undated_post(content)
    drop_file_time_modified(content)
    drop_microseconds(content)


def date_by_modified(content) -> None:
    """Date a post that writes `Modified:` but no `Date:` by its `Modified:`, with a warning.

    Its file's time (a copied blog's: today) came after the update it writes: the page said it was
    published today and updated years before. The last update is the nearest date the post knows.
    """
    content.date = content.modified
    content.metadata["date"] = content.date
    content.locale_date = content.date.strftime(content.date_format)
    syntax = syntax_of(content.source_path)
    logger.warning(
        "front_matter: %s: the post has no %s, only %s; Pelican would leave it out: it is dated "
        "by its %s (%s) instead: add its real date (`%s`)",
        content.relative_source_path,
        key_named("Date", syntax),
        key_named("Modified", syntax),
        key_named("Modified", syntax),
        content.date.strftime("%Y-%m-%d %H:%M"),
        date_entry("Date", "2024-01-31", syntax),
    )


def drop_file_time_modified(content) -> None:
    """Forget the `modified` DEFAULT_DATE = "fs" gives every post: its file's time.

    Pelican documents "fs" as the date of a post without one, but sets every post's `modified`
    to its file's time as well. A blog copied or cloned into Goldstar has files of today, so each
    post said "Updated" today and its feed entry was new again. A `Modified:` the post writes
    stays (it is never the file's time to the microsecond).
    """
    if content.settings.get("DEFAULT_DATE") != "fs" or not content.source_path:
        return
    modified = getattr(content, "modified", None)
    if not isinstance(modified, datetime):
        return
    try:
        stamp = datetime.fromtimestamp(os.stat(content.source_path).st_mtime)
    except OSError:
        return
    if modified.replace(tzinfo=None) != stamp:
        return
    del content.modified
    content.metadata.pop("modified", None)
    if hasattr(content, "locale_modified"):
        del content.locale_modified


def drop_microseconds(content) -> None:
    """Drop the microseconds a date read from a file's time carries (DEFAULT_DATE = "fs"): a
    `<time datetime>` allows three digits of a second at most, and a reader needs none."""
    for name in ("date", "modified"):
        value = getattr(content, name, None)
        if isinstance(value, datetime) and value.microsecond and value.year < 9999:
            setattr(content, name, value.replace(microsecond=0))
            if name in content.metadata:
                content.metadata[name] = getattr(content, name)


def date_undated_post(content) -> None:
    """Date a post that has no `Date:` by its file's time, as Pelican's DEFAULT_DATE = "fs" does,
    with a warning, where Pelican would leave it out ("could not find information about 'date'").

    A blog moved here without the DEFAULT_DATE (or FILENAME_METADATA, PATH_METADATA) its old
    settings dated posts with would otherwise lose every such post with only an error. A draft
    keeps Pelican's way (no date: the end of time), so it is left alone.
    """
    if not isinstance(content, Article) or hasattr(content, "date"):
        return
    if getattr(content, "status", "") == "draft" or not content.source_path:
        return
    if not getattr(content, "title", None):
        return  # Pelican leaves it out for want of a title, and says so: no date would help
    if static_folder(content.relative_source_path, content.settings):
        return  # a slide deck or a demo, not a post of the day: copied as it is (static_html.py)
    if isinstance(getattr(content, "modified", None), datetime):
        date_by_modified(content)
        return
    try:
        stamp = os.stat(content.source_path).st_mtime
    except OSError:
        return  # Pelican's own error names the post
    content.date = SafeDatetime.fromtimestamp(int(stamp), getattr(content, "timezone", None))
    content.metadata["date"] = content.date
    content.locale_date = content.date.strftime(content.date_format)
    syntax = syntax_of(content.source_path)
    logger.warning(
        "front_matter: %s: the post has no %s; Pelican would leave it out: it is dated by its "
        "file's time (%s) instead: add its real date (`%s`), or bring over the DEFAULT_DATE, "
        "FILENAME_METADATA or PATH_METADATA your old pelicanconf.py dated posts with "
        "(docs/migrating.md)",
        content.relative_source_path,
        key_named("Date", syntax),
        content.date.strftime("%Y-%m-%d %H:%M"),
        date_entry("Date", "2024-01-31", syntax),
        extra={"limit_msg": "front_matter: more posts without `Date:`, dated by their files"},
    )
