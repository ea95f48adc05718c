"""Count the links that point at each post from the rest of the site.

A link counts whatever its form: relative ("../bread/"), from the site's root ("/2025/bread/"),
or absolute to the site's own address: SITEURL (and any PROMOTE_RELATED_SITE_URLS), over http or
https, with or without "www.", a query string or a folder's trailing slash, as bloggers paste links
from their browser's address bar.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from urllib.parse import urljoin, urlsplit

# A stand-in origin to resolve relative links against; a link to another host is not internal.
_BASE = "http://site.invalid/"


def host_of(netloc: str) -> str:
    """Return a host as the site's own addresses are compared: lowercase, no "www.", no port."""
    host = netloc.rsplit("@", 1)[-1].lower()
    host = host.split(":", 1)[0] if not host.startswith("[") else host
    return host.removeprefix("www.")


class Site:
    """The site's own addresses: its hosts and the path it lives under (from SITEURL)."""

    def __init__(self, siteurl: str = "", aliases: Sequence[str] = ()) -> None:
        urls = [url for url in (siteurl, *aliases) if url and "://" in url]
        self.hosts = frozenset(host_of(urlsplit(url).netloc) for url in urls) | {"site.invalid"}
        self.prefixes = tuple(
            sorted({urlsplit(url).path.strip("/") for url in urls} - {""}, key=len, reverse=True)
        )

    def path(self, url: str) -> str | None:
        """Return the site path a link points at ("2026/welcome/"), or None off the site."""
        parts = urlsplit(url)
        if parts.scheme and parts.scheme not in ("http", "https"):
            return None
        if parts.netloc and host_of(parts.netloc) not in self.hosts:
            return None
        path = parts.path.lstrip("/")
        prefix = next((p for p in self.prefixes if path == p or path.startswith(p + "/")), None)
        if prefix is not None:
            path = path[len(prefix) :].lstrip("/")
        elif self.prefixes and host_of(parts.netloc) not in ("", "site.invalid"):
            return None  # the site's host, but not under the path the site lives at
        if path.endswith("index.html"):
            path = path[: -len("index.html")]
        return path


def link_target(page_url: str, href: str, site: Site) -> str | None:
    """Return the site path *href* on the page at *page_url* points at, or None."""
    href = href.strip()
    if not href or href.startswith("#"):
        return None
    if href.startswith("/") and not href.startswith("//"):
        # the common case, and Pelican's own {filename} links: no need for urljoin
        return site.path(href.split("#", 1)[0].split("?", 1)[0])
    return site.path(urljoin(_BASE + page_url, href))


def _own_path(url: str, site: Site) -> str | None:
    """Return the site path of a post's or page's own URL (Pelican's `url`, usually relative)."""
    return site.path(url if "://" in url else "/" + url.lstrip("/"))


def _same_page(path: str | None) -> str | None:
    """Return a site path as pages are matched: "2026/welcome" is "2026/welcome/".

    A server answers a folder's address without its slash with a redirect to it, and bloggers
    paste and type it so.
    """
    return path.rstrip("/") if path is not None else None


def inbound_link_counts(
    targets: Sequence[str],
    pages: Iterable[tuple[str, Iterable[str]]],
    siteurl: str = "",
    aliases: Sequence[str] = (),
) -> list[int]:
    """Count, for each target URL, the pages linking to it; *pages* yields (url, hrefs) pairs."""
    site = Site(siteurl, aliases)
    position = {_same_page(_own_path(target, site)): i for i, target in enumerate(targets)}
    counts = [0] * len(targets)
    for page_url, hrefs in pages:
        here = _same_page(_own_path(page_url, site))
        linked = set()
        for href in hrefs:
            path = _same_page(link_target(page_url, href, site))
            if path is not None and path != here and path in position:
                linked.add(position[path])
        for target in linked:
            counts[target] += 1
    return counts
