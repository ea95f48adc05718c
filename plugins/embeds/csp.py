"""The site's Content-Security-Policy: strict by default, plus the hosts the blogger trusts.

One policy feeds both places it is sent: the `<meta>` tag of every page (theme/templates/base.html)
and the header a static host should send (`invoke csp` prints it; docs/embed-and-inbox.md).
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)

KEY = "CSP_TRUSTED_HOSTS"
# The directives a blogger may add hosts to, in the order the policy lists them.
TRUSTABLE = (
    "script-src",
    "style-src",
    "img-src",
    "media-src",
    "font-src",
    "connect-src",
    "frame-src",
)
BASE = {
    "default-src": ("'self'",),
    "script-src": ("'self'",),
    "style-src": ("'self'",),
    "img-src": ("'self'", "data:"),
    "connect-src": ("'self'",),
}
TAIL = {"object-src": ("'none'",), "base-uri": ("'self'",)}
# Browsers ignore these in a <meta> tag (and say so in the console): the header alone has them.
HEADER_ONLY = {"form-action": ("'self'",), "frame-ancestors": ("'none'",)}
# Scheme sources are broad; only pictures and sound/video may take one (`img-src https:`).
SCHEMES_ALLOWED = {"img-src", "media-src"}
HOST_SOURCE = re.compile(
    r"(?P<scheme>https?://)?(?P<host>\*|(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*)(?P<port>:(\d{1,5}|\*))?"
    r"(?P<path>/[A-Za-z0-9._~!$&()*+=:@%/-]*)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Policy:
    """A Content-Security-Policy as (directive, sources) pairs, in the order they are sent."""

    directives: tuple[tuple[str, tuple[str, ...]], ...]
    # False when the pages do not send it (a theme of the blogger's own, notmyidea): it then
    # blocks nothing, and nothing is rewritten or warned about for its sake.
    enforced: bool = True

    @functools.cached_property  # every page's <meta> tag asks for it, twice
    def meta(self) -> str:
        """Return the policy for the page's `<meta http-equiv>` tag."""
        return _join((d, s) for d, s in self.directives if d not in HEADER_ONLY)

    @property
    def header(self) -> str:
        """Return the policy for the `Content-Security-Policy` header of a static host."""
        return _join(self.directives)

    def sources(self, directive: str) -> tuple[str, ...]:
        """Return the sources that apply to *directive* (default-src when it is not listed)."""
        listed = dict(self.directives)
        return listed.get(directive, listed.get("default-src", ()))

    def allows(self, directive: str, url: str) -> bool:
        """Return whether *directive* lets the page load the absolute *url* (any, when the policy
        is not enforced)."""
        if not self.enforced:
            return True
        parts = urlsplit(url if "//" in url else f"https://{url}")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return False
        return any(_matches(source, parts) for source in self.sources(directive))


def _join(directives) -> str:
    return "; ".join(" ".join((name, *sources)) for name, sources in directives)


def _matches(source: str, url) -> bool:
    if source in (f"{url.scheme}:",):
        return True
    match = HOST_SOURCE.fullmatch(source)
    if source.startswith("'") or match is None:
        return False
    scheme = (match.group("scheme") or "").rstrip(":/")
    if scheme and scheme != url.scheme:
        return False
    host = match.group("host").lower()
    if host.startswith("*."):
        if not url.hostname.endswith(host[1:]):
            return False
    elif host != "*" and host != url.hostname:
        return False
    port = (match.group("port") or "").lstrip(":")
    if port and port != "*" and str(url.port or "") != port:
        return False
    path = match.group("path") or ""
    if path.endswith("/"):
        return url.path.startswith(path)
    return not path or url.path == path


def read_policy(settings: dict) -> Policy:
    """Return the site's policy from COMMENTS_API and CSP_TRUSTED_HOSTS (checked)."""
    added = read_trusted_hosts(settings.get(KEY, {}))
    api = settings.get("COMMENTS_API") or ""
    if isinstance(api, str) and api.strip():
        added.setdefault("connect-src", []).insert(0, api.strip())
    directives: list[tuple[str, tuple[str, ...]]] = [("default-src", BASE["default-src"])]
    for name in TRUSTABLE:
        base = BASE.get(name, ("'self'",))
        extra = tuple(s for s in added.get(name, []) if s not in base)
        if name in BASE or extra:
            directives.append((name, tuple(dict.fromkeys(base + extra))))
    directives += [*TAIL.items(), *HEADER_ONLY.items()]
    return Policy(tuple(directives))


def read_trusted_hosts(value: object) -> dict[str, list[str]]:
    """Return CSP_TRUSTED_HOSTS as directive -> sources; bad entries are warned about, left out."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        logger.warning(
            "embeds: setting %s is %r, but it must be a dict like "
            '{"frame-src": ["https://www.youtube-nocookie.com"]}; no host is added',
            KEY,
            value,
        )
        return {}
    trusted: dict[str, list[str]] = {}
    for directive, sources in value.items():
        if directive not in TRUSTABLE:
            logger.warning(
                "embeds: setting %s[%r] is not a directive hosts can be added to (%s); left out",
                KEY,
                directive,
                ", ".join(TRUSTABLE),
            )
            continue
        if isinstance(sources, str):
            sources = [sources]
        if not isinstance(sources, list | tuple):
            logger.warning(
                "embeds: setting %s[%r] is %r, but it must be a list of hosts; left out",
                KEY,
                directive,
                sources,
            )
            continue
        for source in sources:
            problem = source_problem(directive, source)
            if problem:
                logger.warning(
                    "embeds: setting %s[%r] has %r, %s; left out", KEY, directive, source, problem
                )
            else:
                trusted.setdefault(directive, []).append(source.strip())
    return trusted


def source_problem(directive: str, source: object) -> str:
    """Return why *source* cannot be trusted for *directive*, or "" when it can."""
    if not isinstance(source, str) or not source.strip():
        return "which is not a host"
    source = source.strip()
    if source.lower() in ("http:", "https:"):
        if directive in SCHEMES_ALLOWED:
            return ""
        return f"which trusts every site; only {' and '.join(sorted(SCHEMES_ALLOWED))} may"
    if "'" in source:
        return "a keyword: Goldstar's policy keeps inline code and eval out"
    match = HOST_SOURCE.fullmatch(source)
    if match is None:
        return "which is not a host like https://www.youtube-nocookie.com or *.example.org"
    if match.group("host") == "*":
        return "which trusts every site"
    return ""
