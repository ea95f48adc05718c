"""Friends' feeds: read the list (settings or OPML), fetch with timeouts and a cache, parse.

feedparser fetches URLs itself but with no timeout, so the plugin fetches with httpx (a timeout per
operation and a deadline for the whole feed, conditional requests with ETag and Last-Modified) and
hands feedparser the bytes. Every good answer is kept on disk; a dead, slow, broken or offline feed
falls back to the last good copy with a warning naming the feed, and never stops the build.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from goldstar_support.files import write_atomically

from .settings import FriendFeed
from .text import read_html

if TYPE_CHECKING:
    import httpx

logger = logging.getLogger(__name__)

MAX_FEED_BYTES = 5_000_000
MAX_TEXT_CHARS = 20_000
USER_AGENT = "goldstar-promote-related/1 (+https://getpelican.com)"


class FeedProblem(Exception):
    """A feed that could not be fetched or read; the message says why."""


@dataclass(frozen=True)
class FriendPost:
    """One post of a friend's feed."""

    friend: str
    feed_url: str
    title: str
    url: str
    text: str
    tags: tuple[str, ...]
    date: datetime | None


def read_opml(path: Path) -> tuple[FriendFeed, ...]:
    """Return the feeds listed in an OPML file; a missing or broken file warns and gives none."""
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as error:
        logger.warning(
            "promote_related: %s: cannot read the OPML file of PROMOTE_RELATED_OPML (%s); "
            "no friends' feeds from it",
            path,
            error,
        )
        return ()
    feeds = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or "").strip()
        if url:
            name = outline.get("title") or outline.get("text") or ""
            feeds.append(FriendFeed(name=name.strip(), url=url))
    return tuple(feeds)


class FeedCache:
    """The last good copy of each feed, with its validators (ETag, Last-Modified)."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory / "feeds" if directory else None

    def _paths(self, url: str) -> tuple[Path, Path] | None:
        if self.directory is None:
            return None
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()[:24]
        return self.directory / f"{key}.xml", self.directory / f"{key}.json"

    def load(self, url: str) -> tuple[bytes | None, dict]:
        """Return the cached body of *url* and its validators, or (None, {})."""
        paths = self._paths(url)
        if paths is None or not paths[0].exists():
            return None, {}
        try:
            meta = json.loads(paths[1].read_text(encoding="utf-8"))
            return paths[0].read_bytes(), meta if isinstance(meta, dict) else {}
        except (OSError, ValueError):
            return None, {}

    def save(self, url: str, body: bytes, headers: httpx.Headers | dict) -> None:
        """Keep *body* as the last good copy of *url*."""
        paths = self._paths(url)
        if paths is None:
            return
        meta = {
            "url": url,
            "etag": headers.get("etag"),
            "last_modified": headers.get("last-modified"),
            "saved": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        try:
            write_atomically(paths[0], body)
            write_atomically(paths[1], json.dumps(meta, sort_keys=True).encode("utf-8"))
        except OSError as error:
            logger.warning(
                "promote_related: the copy of %s cannot be kept in %s (%s): check CACHE_PATH",
                url,
                paths[0].parent,
                error,
            )


def load_friend_posts(
    feeds: Sequence[FriendFeed],
    cache: FeedCache,
    timeout: float,
    entries_per_feed: int,
    content_path: Path,
    on_done: Callable[[FriendFeed], None] | None = None,
) -> list[FriendPost]:
    """Fetch every feed (in parallel) and return their posts, feed by feed."""
    if not feeds:
        return []
    import httpx  # here, not at the top: most blogs list no friends' feeds (0.1 s to import)

    with (
        httpx.Client(
            timeout=httpx.Timeout(timeout),
            follow_redirects=True,
            headers={"User-Agent": USER_AGENT},
        ) as client,
        ThreadPoolExecutor(max_workers=min(8, len(feeds))) as pool,
    ):

        def one(feed: FriendFeed) -> list[FriendPost]:
            try:
                return friend_posts(client, feed, cache, timeout, entries_per_feed, content_path)
            finally:
                if on_done is not None:
                    on_done(feed)

        results = list(pool.map(one, feeds))
    return [post for posts in results for post in posts]


def friend_posts(
    client: httpx.Client,
    feed: FriendFeed,
    cache: FeedCache,
    timeout: float,
    entries_per_feed: int,
    content_path: Path,
) -> list[FriendPost]:
    """Return the newest posts of one feed: fresh if it answers well, else from the cache."""
    cached, meta = cache.load(feed.url)
    try:
        if _is_local(feed.url):
            return parse_feed(_read_local(feed.url, content_path), feed, entries_per_feed)
        body, headers = fetch(client, feed.url, meta if cached is not None else {}, timeout)
        if body is None:  # 304 Not Modified: the cached copy is current
            logger.debug("promote_related: %s: not modified, using the cached copy", feed.url)
            return parse_feed(cached or b"", feed, entries_per_feed)
        posts = parse_feed(body, feed, entries_per_feed)
        cache.save(feed.url, body, headers)
        return posts
    except FeedProblem as problem:
        return _fall_back(feed, cached, str(problem), entries_per_feed)


def _fall_back(
    feed: FriendFeed, cached: bytes | None, problem: str, entries_per_feed: int
) -> list[FriendPost]:
    if cached is None:
        logger.warning(
            "promote_related: friend feed %s: %s; no cached copy, so none of its posts this time",
            feed.url,
            problem,
        )
        return []
    logger.warning("promote_related: friend feed %s: %s; using its cached copy", feed.url, problem)
    try:
        return parse_feed(cached, feed, entries_per_feed)
    except FeedProblem:
        return []


def fetch(
    client: httpx.Client, url: str, meta: dict, timeout: float
) -> tuple[bytes | None, httpx.Headers]:
    """GET *url* within *timeout* seconds in all; return (None, headers) on 304 Not Modified."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise FeedProblem("not an http(s) URL")
    headers = {}
    if meta.get("etag"):
        headers["If-None-Match"] = meta["etag"]
    if meta.get("last_modified"):
        headers["If-Modified-Since"] = meta["last_modified"]
    import httpx

    deadline = time.monotonic() + timeout
    try:
        with client.stream("GET", url, headers=headers) as response:
            if response.status_code == 304:
                return None, response.headers
            if response.status_code >= 400:
                raise FeedProblem(f"the server answered HTTP {response.status_code}")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_FEED_BYTES:
                    raise FeedProblem(f"the feed is larger than {MAX_FEED_BYTES} bytes")
                if time.monotonic() > deadline:
                    raise FeedProblem(f"no complete answer within {timeout:g} s")
                chunks.append(chunk)
            return b"".join(chunks), response.headers
    except httpx.TimeoutException as error:
        raise FeedProblem(f"no answer within {timeout:g} s") from error
    except httpx.HTTPError as error:
        raise FeedProblem(f"cannot fetch it ({error.__class__.__name__}: {error})") from error


def _is_local(url: str) -> bool:
    return urlsplit(url).scheme in ("", "file")


def _read_local(url: str, content_path: Path) -> bytes:
    path = Path(urlsplit(url).path) if url.startswith("file:") else content_path / url
    try:
        return path.read_bytes()
    except OSError as error:
        raise FeedProblem(f"cannot read the file {path} ({error.strerror})") from error


def parse_feed(body: bytes, feed: FriendFeed, entries_per_feed: int) -> list[FriendPost]:
    """Return the newest posts of a feed document (RSS or Atom)."""
    import feedparser  # here, not at the top: most blogs list no friends' feeds

    parsed = feedparser.parse(body, response_headers={"content-location": feed.url})
    if parsed.bozo and not parsed.entries and not _empty_feed(parsed):
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "")() or str(
            parsed.get("bozo_exception") or "not a feed"
        )
        raise FeedProblem(f"not a readable RSS or Atom feed ({reason})")
    name = feed.name or _text_of(parsed.feed, "title") or urlsplit(feed.url).netloc
    posts = [_post(entry, name, feed.url) for entry in parsed.entries]
    posts = [post for post in posts if post is not None]
    dated = sorted(posts, key=lambda p: p.date or datetime.min.replace(tzinfo=UTC), reverse=True)
    return dated[:entries_per_feed]


def _empty_feed(parsed) -> bool:
    """Return whether a parsed document is a well-formed RSS or Atom feed with no entries yet.

    feedparser flags every document given without a Content-Type (the plugin fetches the bytes
    itself): that alone is no fault, and a friend's new blog has an empty feed.
    """
    import feedparser

    fault = parsed.get("bozo_exception")
    return bool(parsed.get("version")) and isinstance(fault, feedparser.NonXMLContentType)


def _text_of(element: dict, key: str) -> str:
    """Return a feed's text construct as plain text, whether the feed sent text or HTML."""
    value = element.get(key) or ""
    kind = (element.get(f"{key}_detail") or {}).get("type", "text/plain")
    text = value if kind == "text/plain" else read_html(value).text
    return " ".join(text.split())


def _post(entry: dict, friend: str, feed_url: str) -> FriendPost | None:
    link = (entry.get("link") or "").strip()
    title = _text_of(entry, "title")
    if urlsplit(link).scheme not in ("http", "https") or not title:
        return None
    html = entry["content"][0].get("value", "") if entry.get("content") else ""
    html = html or entry.get("summary", "")
    text = read_html(html[: MAX_TEXT_CHARS * 2]).text[:MAX_TEXT_CHARS] if html else ""
    tags = tuple(t.get("term", "").strip() for t in entry.get("tags", []) if t.get("term"))
    moment = entry.get("published_parsed") or entry.get("updated_parsed")
    date = datetime(*moment[:6], tzinfo=UTC) if moment else None
    return FriendPost(friend, feed_url, title, link, text, tags, date)
