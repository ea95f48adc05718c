"""Markdown to safe HTML, once, at write time: cmark-gfm, then nh3 with a tight allowlist.

Comments are read as GitHub writes them (CommonMark, with bare URLs made links and ~~struck~~ text):
the Markdown commenters know from elsewhere. cmark-gfm is GitHub's own C renderer; Python-Markdown
cost 15 times more CPU per comment (docs/benchmarks.md). Raw HTML is passed through to nh3, the one
place that decides what stays: links keep only absolute http(s) URLs and get
rel="nofollow ugc noopener"; images, styles, classes, ids and every event attribute are dropped.
"""

import nh3
from cmarkgfm import cmark

from comment_contract import cleaner_settings

_CLEANER = nh3.Cleaner(**cleaner_settings())
# GFM's other extensions are left out: tables, task lists and its tag filter render to tags the
# allowlist drops, which would leave a comment's cells and boxes run together.
_EXTENSIONS = ["autolink", "strikethrough"]


def sanitize(html: str) -> str:
    """Return *html* with everything outside the allowlist removed."""
    return _CLEANER.clean(html)


def render(text: str) -> str:
    """Return the sanitized HTML of the Markdown *text*."""
    markup = cmark.markdown_to_html_with_extensions(
        text, options=cmark.Options.CMARK_OPT_UNSAFE, extensions=_EXTENSIONS
    )
    # cmark ends each block with a newline, the last too; a dropped block leaves its newline
    return sanitize(markup).strip("\n")


def count_links(text: str, html: str) -> int:
    """Return how many links a comment carries: anchors in its HTML or bare URLs in its text.

    An address made a link keeps no href (mailto: is not allowed), so it is no link.
    """
    bare = text.lower().count("http://") + text.lower().count("https://")
    return max(html.count("<a href="), bare)
