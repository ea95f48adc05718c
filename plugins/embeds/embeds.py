"""What posts embed, made to fit a 360 px screen and a strict Content-Security-Policy.

Wide tables scroll inside their own box; YouTube and Vimeo players become click-to-load facades
(a link to the video, playing in place when the CSP trusts the player); other frames the CSP
blocks become links; Arithmatex's math (`$…$`, when the blogger turns it on in MARKDOWN) becomes
MathML. The site's CSP is composed here, once, for the pages and for the host's header.

Signals:
    article_generator_finalized, page_generator_finalized -- every post and page is read and
        none is rendered yet: the HTML (a post's own `Summary:` too) is rewritten before anything
        (summaries, feeds, related posts) reads it. The article generator comes first, so its
        build's policy is made there.
    all_generators_finalized -- one warning for the whole build about what the CSP blocks.

Settings (csp.py checks them; a bad entry is warned about, naming the key, and left out):
    CSP_TRUSTED_HOSTS (dict, {}) -- sources to add per directive, e.g.
        {"frame-src": ["https://www.youtube-nocookie.com"], "img-src": ["https://i.imgur.com"]}.
    COMMENTS_API (str, "") -- the comment server, added to connect-src.

Context added (for every template): `csp`, a csp.Policy: `csp.meta` for the `<meta>` tag,
`csp.header` for the host's header.
"""

from __future__ import annotations

import logging

from pelican import signals

from .csp import Policy, read_policy
from .html import Rewrite, rewrite

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
BLOCKED_KEY = "csp_blocked"  # context: (directive, host) -> the pages that load from there


def site_policy(generator) -> Policy:
    """Return this build's policy, made (and its settings checked) once for all generators."""
    policy = generator.context.get("csp")
    if not isinstance(policy, Policy):
        policy = read_policy(generator.settings)
        generator.context["csp"] = policy
        generator.context[BLOCKED_KEY] = {}
    return policy


def rewrite_articles(generator) -> None:
    """Fit the HTML of every post to a phone and to the site's CSP."""
    rewrite_contents(generator, ARTICLE_LISTS)


def rewrite_pages(generator) -> None:
    """Fit the HTML of every page to a phone and to the site's CSP."""
    rewrite_contents(generator, PAGE_LISTS)


def rewrite_contents(generator, lists: tuple[str, ...]) -> None:
    """Rewrite the HTML of the contents in the generator's *lists*, and note what stays blocked."""
    policy = site_policy(generator)
    blocked: dict[tuple[str, str], list[str]] = generator.context[BLOCKED_KEY]
    for name in lists:
        for content in getattr(generator, name, []):
            found = Rewrite()
            if content._content:
                content._content = rewrite(content._content, policy, found)
            rewrite_summary(content, policy, found)
            for key in found.blocked:
                blocked.setdefault(key, []).append(content.relative_source_path)
            for problem in found.math_errors:
                logger.warning(
                    "embeds: %s: math that could not be turned into MathML, shown as TeX: %s",
                    content.relative_source_path,
                    problem,
                    extra={"limit_msg": "embeds: more math shown as TeX"},
                )


def rewrite_summary(content, policy: Policy, found: Rewrite) -> None:
    """Rewrite a `Summary:` of the post's own like its body: listings and feeds show it."""
    summary = content.metadata.get("summary")
    if not isinstance(summary, str) or "<" not in summary:
        return
    summary = rewrite(summary, policy, found)
    content.metadata["summary"] = summary
    if hasattr(content, "_summary"):  # Pelican reads it back into the metadata (Content.__init__)
        content._summary = summary


def report_blocked(generators: list) -> None:
    """Warn once about what the CSP blocks in posts, and how to trust it."""
    if not generators:
        return
    blocked = generators[0].context.get(BLOCKED_KEY)
    if not blocked:
        return
    shown = [
        f"{directive} {host} ({len(pages)} page{'s' if len(pages) > 1 else ''}, e.g. {pages[0]})"
        for (directive, host), pages in sorted(blocked.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]
    logger.warning(
        "embeds: the Content-Security-Policy blocks what posts load from other sites: %s; "
        "add the hosts you trust to CSP_TRUSTED_HOSTS (docs/theme.md), or keep the files on "
        "your site",
        "; ".join(shown[:8]) + ("; …" if len(shown) > 8 else ""),
    )


def register() -> None:
    """Connect the plugin to Pelican's signals."""
    signals.article_generator_finalized.connect(rewrite_articles)
    signals.page_generator_finalized.connect(rewrite_pages)
    signals.all_generators_finalized.connect(report_blocked)
