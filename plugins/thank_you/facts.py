"""Gather each thread's facts from the build (title, URL, related posts, support post) and the
author's own templates, and write them as JSON.

The file's shape (docs/thank-you.md) is read by `reply_drafts.site_facts`; it is self-contained, so
a comment server on another machine drafts exactly what this build would:

    {"format": "goldstar-thank-you-facts", "version": 2, "language": "en",
     "templates": [{"name": "mine.toml", "text": "..."}], "disabled": ["star.whole-sky"],
     "threads": {"welcome": {"title": "Welcome", "url": "https://blog.example/2026/welcome/",
                             "support": false, "related": [{"title": "...", "url": "..."}]},
                 "bonjour": {..., "language": "fr"}}}

A thread's "language" is there only for a post that declares a language of its own (`Lang: fr` on
an English blog) with templates to draft in.
"""

from __future__ import annotations

import functools
import html
import json
import re
from collections.abc import Callable
from itertools import chain
from pathlib import Path
from urllib.parse import urljoin

from goldstar_support.articles import is_support_post
from goldstar_support.files import write_if_changed as write_bytes_if_changed

FORMAT = "goldstar-thank-you-facts"
VERSION = 2
_TAG = re.compile(r"<[^>]*>")


def plain_title(title: object) -> str:
    """Return *title* as plain text: Pelican titles may hold markup and entities."""
    return " ".join(html.unescape(_TAG.sub("", str(title or ""))).split())


def site_base(settings: dict) -> str:
    """Return the absolute address the site's URLs hang from, ending with "/"."""
    base = settings.get("SITEURL") or ""
    if not re.match(r"https?://", base):
        base = settings.get("SITE_ORIGIN") or "http://127.0.0.1:8000"
    return base.rstrip("/") + "/"


def _field(item: object, *names: str) -> str:
    for name in names:
        value = item.get(name) if isinstance(item, dict) else getattr(item, name, None)
        if value:
            return str(value)
    return ""


def related_of(content: object, address: Callable[[str], str], limit: int) -> list[dict]:
    """Return up to *limit* posts promote_related suggests for *content*, as title and URL
    (*address* makes a site URL absolute), leaving out the site's hard days."""
    related = getattr(content, "promote_related", None)
    if not isinstance(related, list | tuple):
        return []
    found: list[dict] = []
    # The site's own posts first: a reply suggests the author's writing before a friend's.
    related = sorted(related, key=lambda item: _field(item, "kind") not in ("", "post"))
    for item in related:
        if _tells_a_hard_day(item):
            continue
        if isinstance(item, list | tuple) and len(item) >= 2:
            title, url = str(item[0]), str(item[1])
        else:
            title, url = _field(item, "title"), _field(item, "url", "link", "href")
        title = plain_title(title)
        if title and url:
            found.append({"title": title, "url": address(url)})
        if len(found) >= limit:
            break
    return found


def _tells_a_hard_day(item: object) -> bool:
    """Return whether a related *item* is one of the site's hard days (a support post), or a
    friend's post that tells of a hard time (promote_related's `hard_time`): a draft never says
    "you might also enjoy" the post about the author's father's death, nor a friend's."""
    if isinstance(item, dict):
        post, hard = item.get("article"), item.get("hard_time")
    else:
        post, hard = getattr(item, "article", None), getattr(item, "hard_time", False)
    return bool(hard) or (post is not None and is_support_post(post))


def thread_id_of(content: object) -> str:
    """Return the thread id of *content*: its `comments_id` metadata, else its slug."""
    return str(getattr(content, "metadata", {}).get("comments_id") or content.slug)


def published(generator) -> chain:
    """Return the published posts of the articles *generator*, then the pages the build shares."""
    pages = generator.context.get("pages") or []
    return chain(generator.articles, generator.translations, pages)


def collect_threads(
    generator, settings: dict, limit: int, language_of: Callable[[object], str] = lambda _: ""
) -> dict[str, dict]:
    """Return every published post's facts by thread id (the first post wins a shared id);
    *language_of* gives a post's drafting language when it is not the site's, else ""."""
    # Each post's URL comes back as other posts' related ones: join each once (most of the cost).
    address = functools.cache(functools.partial(urljoin, site_base(settings)))
    threads: dict[str, dict] = {}
    for content in published(generator):
        thread = thread_id_of(content)
        if thread in threads:
            continue
        support = is_support_post(content)
        threads[thread] = {
            "title": plain_title(content.title),
            "url": address(content.url),
            "related": [] if support else related_of(content, address, limit),
            "support": support,
        }
        if language := language_of(content):
            threads[thread]["language"] = language
    return threads


def own_templates(folder: Path) -> list[dict]:
    """Return the author's template files in *folder* as {"name", "text"}, by name."""
    if not folder.is_dir():
        return []
    files = sorted(path for path in folder.glob("*.toml") if path.is_file())
    # A file that is not UTF-8 still goes (its problems are reported by warn_template_problems).
    return [{"name": path.name, "text": path.read_text("utf-8", "replace")} for path in files]


def facts_document(config, threads: dict) -> dict:
    """Return the facts file's content for *threads* and the plugin's settings *config*."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "language": config.language,
        "templates": own_templates(config.templates),
        "disabled": sorted(config.disabled),
        "threads": threads,
    }


def write_if_changed(path: Path, document: dict) -> bool:
    """Write *document* to *path* as stable JSON unless it is there already; say if written."""
    text = json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    return write_bytes_if_changed(path, text.encode("utf-8"))
