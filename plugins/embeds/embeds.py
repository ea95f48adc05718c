"""What posts embed, made to fit a 360 px screen and a strict Content-Security-Policy.

Wide tables scroll inside their own box; YouTube and Vimeo players become click-to-load facades
(a link to the video, playing in place when the CSP trusts the player); other frames the CSP
blocks become links, and so do GitHub gists' embed scripts; Arithmatex's math (`$…$`, when the
blogger turns it on in MARKDOWN) becomes MathML, and so does KaTeX's output a blog's own
pre-processor wrote as hex (`<html-literal>…</html-literal>`); a picture's size in pixels written
as a style (docutils' `:width: 300px`) becomes `width` and `height` attributes. The site's CSP
is composed here, once, for the pages and for the host's header; a theme whose pages do not carry
it (notmyidea) gets a policy that is not enforced: it blocks nothing, so nothing is made a link or
warned about for it.

Signals:
    article_generator_finalized, page_generator_finalized -- every post and page is read and
        none is rendered yet: the HTML (a post's own `Summary:` too) is rewritten before anything
        (summaries, feeds, related posts) reads it. The article generator comes first, so its
        build's policy is made there.
    all_generators_finalized -- one warning for the whole build about what the CSP blocks, and
        one about the scripts and styles posts write inline, which it makes browsers ignore.

Settings (csp.py checks them; a bad entry is warned about, naming the key, and left out):
    CSP_TRUSTED_HOSTS (dict, {}) -- sources to add per directive, e.g.
        {"frame-src": ["https://www.youtube-nocookie.com"], "img-src": ["https://i.imgur.com"]}.
    COMMENTS_API (str, "") -- the comment server, added to connect-src.

Context added (for every template): `csp`, a csp.Policy: `csp.meta` for the `<meta>` tag,
`csp.header` for the host's header.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from jinja2 import TemplateNotFound
from pelican import signals

from goldstar_support.articles import ARTICLE_LISTS, PAGE_LISTS

from .csp import Policy, read_policy
from .html import Rewrite, rewrite

logger = logging.getLogger(__name__)

BLOCKED_KEY = "csp_blocked"  # context: (directive, host) -> the pages that load from there
INLINE_KEY = "csp_inline"  # context: "script" or "style" -> the pages that write it inline
INLINE_SHOWN = {
    "script": "`<script>` code and `on…=` handlers",
    "style": "`style` attributes",
    "style_block": "`<style>` blocks",  # was named "`style` attributes": none was to be found
}


def site_policy(generator) -> Policy:
    """Return this build's policy, made (and its settings checked) once for all generators."""
    policy = generator.context.get("csp")
    if not isinstance(policy, Policy):
        policy = read_policy(generator.settings)
        if not theme_sends_policy(generator.env):
            policy = replace(policy, enforced=False)
        generator.context["csp"] = policy
        generator.context[BLOCKED_KEY] = {}
        generator.context[INLINE_KEY] = {}
    return policy


def theme_sends_policy(env) -> bool:
    """Return whether the theme's pages carry a Content-Security-Policy `<meta>` (Goldstar's
    theme does; notmyidea and most themes do not): in a theme without one, the strict policy
    blocked nothing, but frames became links and every build warned about what it "blocked",
    which stopped `--fatal warnings` builds of an existing site with an embed or a `style=`."""
    for name in ("base.html", "!theme/base.html"):
        try:
            source = env.loader.get_source(env, name)[0]
        except TemplateNotFound:
            continue
        if "Content-Security-Policy" in source:
            return True
    return False


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
    inline: dict[str, list[str]] = generator.context.setdefault(INLINE_KEY, {})
    for name in lists:
        for content in getattr(generator, name, []):
            found = Rewrite()
            if content._content:
                content._content = rewrite(content._content, policy, found)
            rewrite_summary(content, policy, found)
            for key in found.blocked:
                blocked.setdefault(key, []).append(content.relative_source_path)
            for kind in sorted(found.inline):
                inline.setdefault(kind, []).append(content.relative_source_path)
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
    """Warn once about what the CSP blocks in posts, and how to trust it; once about what it
    ignores that posts write inline, and where to put it instead."""
    if not generators:
        return
    policy = generators[0].context.get("csp")
    if isinstance(policy, Policy) and not policy.enforced:
        return
    blocked = generators[0].context.get(BLOCKED_KEY)
    if blocked:
        report_hosts(blocked)
    report_inline(generators[0].context.get(INLINE_KEY))


def report_hosts(blocked: dict[tuple[str, str], list[str]]) -> None:
    """Warn once about the hosts the CSP blocks, and how to trust them."""
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


def report_inline(inline: dict[str, list[str]] | None) -> None:
    """Warn once about the scripts and styles posts write inline, which the browser ignores."""
    if not inline:
        return
    shown = [
        f"{INLINE_SHOWN[kind]} ({len(pages)} page{'s' * (len(pages) > 1)}, e.g. {min(pages)})"
        for kind, pages in sorted(inline.items())
    ]
    logger.warning(
        "embeds: the Content-Security-Policy makes browsers ignore what posts write inline: %s; "
        "put a script in a file under content/ linked with {static}, and styles in your theme's "
        "CSS (docs/theme.md)",
        "; ".join(shown),
    )


def register() -> None:
    """Connect the plugin to Pelican's signals."""
    signals.article_generator_finalized.connect(rewrite_articles)
    signals.page_generator_finalized.connect(rewrite_pages)
    signals.all_generators_finalized.connect(report_blocked)
