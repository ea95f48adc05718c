"""What the plugin reads from Pelican's content objects: text fields, links, pins."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .text import PageText, plain_title, read_html

logger = logging.getLogger(__name__)
# A link attribute whose value starts like Pelican's {filename}, |filename|, {static}... links.
_INTRASITE = re.compile(r"""=\s*["'][{|]""")
# A link target that is one of those links, and an anchor as linked_hrefs writes it.
_INTRASITE_HREF = re.compile(r"\s*[{|]")
_ANCHOR = re.compile(r'<a href="([^"]*)">')


@dataclass(frozen=True)
class Source:
    """One post as the index reads it: its fields, its body as HTML, its language if it says."""

    title: str
    tags: tuple[str, ...]
    category: str
    html: str
    lang: str | None = None


def rendered_html(content) -> str:
    """Return a post's or page's HTML with Pelican's {filename} links resolved to site paths."""
    raw = getattr(content, "_content", "") or ""
    if not _INTRASITE.search(raw):
        return raw
    # _update_content is what `content` does, without memoizing a result another plugin could stale;
    # against "/" (not ""), a resolved link is a path from the site's root, not from the page
    return content._update_content(raw, "/")


def read_content(content) -> PageText:
    """Return the visible text and the link targets of a post or page."""
    return read_html(rendered_html(content))


def tag_names(post) -> tuple[str, ...]:
    """Return a post's tag names."""
    return tuple(str(tag) for tag in getattr(post, "tags", None) or ())


def post_source(post) -> Source:
    """Return the fields of a post the index reads, its body as HTML with links as written.

    Pelican's {filename} links are left unresolved: the text is the same, resolving them may warn
    (and Pelican warns again when it writes the post), and a post read outside a build (the
    digest) has no statics to resolve them against. linked_hrefs gives the resolved links.
    """
    return Source(
        title=plain_title(str(getattr(post, "title", ""))),
        tags=tag_names(post),
        category=category_name(post),
        html=getattr(post, "_content", "") or "",
        lang=declared_lang(post),
    )


def category_name(post) -> str:
    """Return a post's category, or "" for Pelican's DEFAULT_CATEGORY ("misc").

    Pelican files a post that names no category under DEFAULT_CATEGORY: a word the blogger never
    wrote, which related every two posts of a small blog ("Also about misc").
    """
    category = getattr(post, "category", None)
    if not category:
        return ""
    default = (getattr(post, "settings", None) or {}).get("DEFAULT_CATEGORY")
    return "" if default and str(category) == str(default) else str(category)


def declared_lang(post) -> str | None:
    """Return the language a post declares in its metadata (`lang:`), or None to guess it."""
    value = (getattr(post, "metadata", None) or {}).get("lang")
    return str(value) if value else None


def linked_hrefs(posts: Sequence, as_written: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Return each post's link targets, with Pelican's {filename} links resolved to site paths.

    *as_written* are the targets the reading found; only the {filename} ones are resolved, each
    alone (not the post's whole HTML again), by Pelican's own replacer.
    """
    return [
        _resolved(post, hrefs) if any(_INTRASITE_HREF.match(href) for href in hrefs) else hrefs
        for post, hrefs in zip(posts, as_written, strict=True)
    ]


def _resolved(post, hrefs: tuple[str, ...]) -> tuple[str, ...]:
    """Return *hrefs* with Pelican's {filename} links resolved as Pelican does in *post*."""
    anchors = "".join(f'<a href="{html.escape(href)}">' for href in hrefs)
    # resolved against "/", a link is a path from the site's root ("/2026/welcome/"): against ""
    # Pelican writes "2026/welcome/", which reads as relative to the linking page
    resolved = post._update_content(anchors, "/")
    return tuple(html.unescape(href) for href in _ANCHOR.findall(resolved))


def index_inputs(post) -> tuple:
    """Return what the index of a post depends on, for the cache key."""
    return (
        str(getattr(post, "title", "")),
        tag_names(post),
        category_name(post),
        getattr(post, "_content", "") or "",
        declared_lang(post),
    )


def resolve_pins(posts: Sequence) -> list[list[int]]:
    """Return each post's pins (`related:` slugs) as positions, warning about unknown slugs."""
    position = {post.slug: i for i, post in enumerate(posts)}
    pins: list[list[int]] = []
    for i, post in enumerate(posts):
        chosen: list[int] = []
        for slug in _pinned_slugs(post):
            target = position.get(slug)
            if target is None:
                logger.warning(
                    "promote_related: %s: related: no published post has the slug %r "
                    "(drafts and hidden posts cannot be pinned); fix or remove it",
                    post.source_path,
                    slug,
                )
            elif target != i and target not in chosen:
                chosen.append(target)
        pins.append(chosen)
    return pins


def _pinned_slugs(post) -> list[str]:
    value = post.metadata.get("related", "")
    if isinstance(value, list | tuple):
        value = ",".join(str(item) for item in value)
    return [slug.strip() for slug in str(value or "").split(",") if slug.strip()]
