"""Links a post writes from the site's root (`/images/cat.jpg`, `/2014/03/my-post.html`) that
lead to no file of the built site.

Pelican leaves such a link as written, and it worked on the old blog: the picture's folder was
in its STATIC_PATHS, the post was at its ARTICLE_URL's address. Moved without that folder or
those settings, the picture showed broken and the link led to a missing page, without a word
(a `{static}` or `{filename}` link to no file is named by checks.check_links). Once the site is
written, each such link is looked for in the output, and the post is named with its links.

So is a picture or a file linked by a relative address (`![A cat](images/cat.jpg)`), which a
browser reads from the post's page, not from its file: it worked on an old blog whose posts
were at the site's root (`ARTICLE_URL = "{slug}.html"`), and every picture was broken under a
`2020/my-post/` address, quietly. The warning gives the `{static}` link that finds the file.
"""

from __future__ import annotations

import logging
import posixpath
import re
from html import unescape
from pathlib import Path
from urllib.parse import urlparse

from pelican.generators import ArticlesGenerator, PagesGenerator

from goldstar_support.articles import ARTICLE_LISTS, PAGE_LISTS

from .alt_text import NOT_SHOWN
from .menu import _local_path, _written

logger = logging.getLogger(__name__)

# A link or source from the site's root, as a post's HTML writes it (not `//host/…`).
ROOT_LINK = re.compile(r"""\b(?:href|src)\s*=\s*["'](/(?!/)[^"'\s]*)["']""", re.IGNORECASE)
# A relative link or source: no scheme, not from the root, not a fragment, not `{static}`.
RELATIVE_LINK = re.compile(
    r"""\b(?:href|src)\s*=\s*(["'])(?![a-zA-Z][\w+.-]*:|/|#|\?|\{|\.?\1)([^"'<>]+)\1"""
)
SHOWN = 3  # links named in a post's warning, then how many more
# The posts and pages of the build being written (each its source path and HTML as written,
# not the object, which a bake keeps as it needs), kept for the check once the site is written.
_written_contents: list[tuple[str, str, str]] = []
# The slug of each of them, with its kind (ARTICLE or PAGE) and its address: a link to no file
# that is `/{slug}.html` or `/{slug}/` is its old address, which a setting keeps.
_slugs: dict[str, tuple[str, str]] = {}
# A link from the root that names one slug: `/django.html`, `/django/`, `/django`.
OLD_ADDRESS = re.compile(r"/(?P<slug>[^/.]+)(?P<form>\.html?|/(?:index\.html?)?)?")


def keep_contents(generators) -> None:
    """Keep every post and page of the build (published, hidden, drafts, translations)."""
    _written_contents.clear()
    _slugs.clear()
    for generator in generators:
        if isinstance(generator, ArticlesGenerator):
            lists, kind = ARTICLE_LISTS, "ARTICLE"
        elif isinstance(generator, PagesGenerator):
            lists, kind = PAGE_LISTS, "PAGE"
        else:
            continue
        for name in lists:
            for content in getattr(generator, name, None) or []:
                slug = getattr(content, "slug", None)
                if isinstance(slug, str) and slug:
                    _slugs.setdefault(slug, (kind, str(getattr(content, "url", ""))))
                text = getattr(content, "_content", None)
                if isinstance(text, str) and ("/" in text or "src=" in text):
                    # `<img src="/logo.png">` shown as code in a tutorial is no link of its page
                    text = NOT_SHOWN.sub("", text)
                    save_as = getattr(content, "save_as", "") or ""
                    _written_contents.append((content.relative_source_path, text, save_as))


def check_root_links(pelican) -> None:
    """Warn, naming each post, about its links from the site's root that lead to no file."""
    output = Path(pelican.settings["OUTPUT_PATH"])
    root = urlparse(pelican.settings.get("SITEURL") or "").path.rstrip("/")
    content = Path(pelican.settings["PATH"])
    for shown, text, save_as in _written_contents:
        missing = _missing_links(text, output, root)
        if missing:
            warn_root_links(shown, missing)
        if save_as:
            relative = _missing_relative_files(text, output, save_as)
            if relative:
                warn_relative_links(shown, save_as, relative, content)
    _written_contents.clear()
    _slugs.clear()


def _missing_relative_files(text: str, output: Path, save_as: str) -> list[str]:
    """Return the pictures and files *text* links by a relative address that lead to no file
    from its page, written at *save_as* in *output*."""
    folder = posixpath.dirname(save_as)
    missing: list[str] = []
    for match in RELATIVE_LINK.finditer(text):
        link = unescape(match.group(2)).strip()
        path = _local_path(link, "") or ""  # "" for a fragment or a query (`&#35;notes`)
        extension = posixpath.splitext(path)[1]
        if not re.fullmatch(r"\.[A-Za-z0-9]{2,5}", extension) or not _is_file(link):
            continue  # a page, or no file name (`[^1]: Once.` makes a link to "Once.")
        if link in missing:
            continue
        if not _written(output, posixpath.normpath(posixpath.join(folder, path))):
            missing.append(link)
    return missing


def warn_relative_links(shown: str, save_as: str, missing: list[str], content: Path) -> None:
    """Warn that the post *shown*, written at *save_as*, links *missing* files by addresses
    read from its page, with the `{static}` link to write for each file the content folder has."""
    named = ", ".join(f"`{link}`" for link in missing[:SHOWN])
    more = f" and {len(missing) - SHOWN} more" if len(missing) > SHOWN else ""
    folder = posixpath.dirname(shown)
    found = [
        f"`{{static}}/{path}`"
        for path in (
            posixpath.normpath(posixpath.join(folder, _local_path(link, "") or ""))
            for link in missing[:SHOWN]
        )
        if not path.startswith("../") and (content / path).is_file()
    ]
    fix = (
        f"write {', '.join(found)}"
        if found
        else "write `{static}/` and the file's path "
        "from the content folder (`{static}/images/cat.jpg`)"
    )
    logger.warning(
        "front_matter: %s: %s%s lead%s to no file of the built site (a relative address is read "
        "from the post's page, %s, not from its file): %s",
        shown,
        named,
        more,
        "" if len(missing) > 1 else "s",
        posixpath.dirname(save_as) + "/" if posixpath.dirname(save_as) else "the site's root",
        fix,
        extra={"limit_msg": "front_matter: more posts with links to no file"},
    )


def _missing_links(text: str, output: Path, root: str) -> list[str]:
    """Return the links from the site's root in *text* that lead to no file in *output*."""
    missing: list[str] = []
    for match in ROOT_LINK.finditer(text):
        link = match.group(1)
        path = _local_path(link, root)
        if path is None or link in missing or _written(output, path):
            continue
        missing.append(link)
    return missing


def warn_root_links(shown: str, missing: list[str]) -> None:
    """Warn that the post *shown* links, from the site's root, to *missing*, and what to do."""
    named = ", ".join(f"`{link}`" for link in missing[:SHOWN])
    more = f" and {len(missing) - SHOWN} more" if len(missing) > SHOWN else ""
    advice = [FILE_ADVICE] if any(_is_file(link) for link in missing) else []
    if not all(_is_file(link) for link in missing):
        advice.append(_old_address_advice(missing) or PAGE_ADVICE)
    logger.warning(
        "front_matter: %s: %s%s lead%s to no file of the built site (Pelican leaves a link from "
        "the site's root as written): %s",
        shown,
        named,
        more,
        "" if len(missing) > 1 else "s",
        "; ".join(advice),
        extra={"limit_msg": "front_matter: more posts with links to no file"},
    )


FILE_ADVICE = (
    "copy the file under content/ and add its folder to STATIC_PATHS (or link it with `{static}`)"
)
PAGE_ADVICE = (
    "link the post with `{filename}`, or keep your old ARTICLE_URL and PAGE_URL "
    "(docs/migrating.md, section 2)"
)


def _old_address_advice(missing: list[str]) -> str:
    """Return the settings that keep the old address of a post or page the site builds, when
    one of the *missing* links is `/{slug}.html` or `/{slug}/` of it, else ""."""
    for link in missing:
        match = OLD_ADDRESS.fullmatch(urlparse(link).path)
        if not match or match.group("slug") not in _slugs:
            continue
        kind, url = _slugs[match.group("slug")]
        form = match.group("form") or ""
        if form.startswith("."):
            pattern, save_as = "{slug}" + form, "{slug}" + form
        else:
            pattern, save_as = "{slug}/", "{slug}/index.html"
        what = "post" if kind == "ARTICLE" else "page"
        return (
            f"`{link}` was the address of the {what} now at `{url}`: to keep the old addresses, "
            f'write {kind}_URL = "{pattern}" and {kind}_SAVE_AS = "{save_as}" in pelicanconf.py '
            "(docs/migrating.md, section 2), or link the post with `{filename}`"
        )
    return ""


def _is_file(link: str) -> bool:
    """Return whether *link* names a picture or a file rather than a page."""
    extension = posixpath.splitext(urlparse(link).path)[1].lower()
    return bool(extension) and extension not in (".html", ".htm")
