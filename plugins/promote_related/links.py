"""Count the links that point at each post from the rest of the site."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from urllib.parse import urljoin, urlsplit

# A stand-in origin to resolve relative links against; a link to another host is not internal.
_BASE = "http://site.invalid/"


def site_path(url: str, siteurl: str = "") -> str | None:
    """Return the site path a link points at ("2026/welcome/"), or None if it leaves the site."""
    parts = urlsplit(url)
    if parts.scheme and parts.scheme not in ("http", "https"):
        return None
    site = urlsplit(siteurl) if siteurl else None
    if parts.netloc not in ("", "site.invalid") and not (site and site.netloc == parts.netloc):
        return None
    path = parts.path.lstrip("/")
    prefix = site.path.strip("/") if site else ""
    if prefix and (path == prefix or path.startswith(prefix + "/")):
        path = path[len(prefix) :].lstrip("/")
    if path.endswith("index.html"):
        path = path[: -len("index.html")]
    return path


def link_target(page_url: str, href: str, siteurl: str = "") -> str | None:
    """Return the site path *href* on the page at *page_url* points at, or None."""
    href = href.strip()
    if not href or href.startswith("#"):
        return None
    if href.startswith("/") and not href.startswith("//"):
        # the common case, and Pelican's own {filename} links: no need for urljoin
        return site_path(href.split("#", 1)[0].split("?", 1)[0], siteurl)
    return site_path(urljoin(_BASE + page_url, href), siteurl)


def _own_path(url: str, siteurl: str) -> str | None:
    """Return the site path of a post's or page's own URL (Pelican's `url`, usually relative)."""
    return site_path(url if "://" in url else "/" + url.lstrip("/"), siteurl)


def inbound_link_counts(
    targets: Sequence[str],
    pages: Iterable[tuple[str, Iterable[str]]],
    siteurl: str = "",
) -> list[int]:
    """Count, for each target URL, the pages linking to it; *pages* yields (url, hrefs) pairs."""
    position = {_own_path(target, siteurl): i for i, target in enumerate(targets)}
    counts = [0] * len(targets)
    for page_url, hrefs in pages:
        here = _own_path(page_url, siteurl)
        linked = set()
        for href in hrefs:
            path = link_target(page_url, href, siteurl)
            if path is not None and path != here and path in position:
                linked.add(position[path])
        for target in linked:
            counts[target] += 1
    return counts
