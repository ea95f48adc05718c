"""What a post's metadata names, checked against the site: its template and its preview image."""

from __future__ import annotations

import logging
import os
import posixpath
from collections.abc import Iterable
from urllib.parse import unquote

from pelican.generators import PelicanTemplateNotFound

logger = logging.getLogger(__name__)

ARTICLE_LISTS = (
    "articles",
    "translations",
    "hidden_articles",
    "hidden_translations",
    "drafts",
    "drafts_translations",
)
PAGE_LISTS = (
    "pages",
    "translations",
    "hidden_pages",
    "hidden_translations",
    "draft_pages",
    "draft_translations",
)
LINK_MARKERS = ("{static}", "{attach}", "|static|", "|attach|")


def contents_of(generator, lists: Iterable[str]) -> list:
    """Return every content object the generator holds in the named lists."""
    return [content for name in lists for content in getattr(generator, name, [])]


def drop_missing_templates(generator, lists: Iterable[str]) -> None:
    """Leave out (with a warning) the posts or pages whose `Template:` the theme does not have.

    Pelican would stop the whole build while writing, with a traceback through whatever plugin
    happened to be on the stack; this says which file names which template, and builds the rest.
    """
    missing = {}
    for content in contents_of(generator, lists):
        name = content.template
        if name in missing:
            missing[name].append(content)
            continue
        try:
            generator.get_template(name)
        except PelicanTemplateNotFound:
            missing[name] = [content]
    if not missing:
        return
    settings = generator.settings
    dropped = set()
    for name, contents in missing.items():
        expected = os.path.join(
            settings["THEME"], "templates", name + settings["TEMPLATE_EXTENSIONS"][0]
        )
        for content in contents:
            dropped.add(id(content))
            logger.warning(
                "front_matter: %s: `Template: %s` names a template the theme does not have "
                "(%s); this page is left out",
                content.relative_source_path,
                name,
                expected,
            )
    for list_name in lists:
        items = getattr(generator, list_name, None)
        if items:
            items[:] = [c for c in items if id(c) not in dropped]


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


def resolve_preview_images(contents: Iterable, static_content: dict) -> None:
    """Give each post whose `Image:` file was found its URL, as `content.preview_image`."""
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
            content.preview_image = static.url
