"""The summary plugin's markers a post still carries (`<!-- PELICAN_END_SUMMARY -->`), and the
`<!--more-->` of posts moved from WordPress, Hugo or Jekyll.

Blogs that chose where each post's listing text ends marked it for the summary plugin. Without
that plugin the marker is an invisible comment, and every listing, feed and description showed
the post's first 50 words instead, cut mid-sentence. The part before the marker (after
`<!-- PELICAN_BEGIN_SUMMARY -->` when there is one) is the post's summary again, as it was.
"""

from __future__ import annotations

import logging
import re

from .markup import balance

logger = logging.getLogger(__name__)
_TAG = re.compile(r"<[^<>]*>")

BEGIN = "<!-- PELICAN_BEGIN_SUMMARY -->"
END = "<!-- PELICAN_END_SUMMARY -->"
# WordPress's, Hugo's and many Jekyll blogs' `<!--more-->`: the same end, in posts moved here.
MORE = re.compile(r"<!--\s*more\s*-->", re.IGNORECASE)


def summary_from_markers(content) -> None:
    """Make the part of a post the summary plugin's markers enclose its summary, when the post
    has no `Summary:` of its own."""
    text = getattr(content, "_content", None)
    if not isinstance(text, str) or "<!--" not in text or "summary" in content.metadata:
        return
    settings = content.settings
    end_marker = settings.get("SUMMARY_END_MARKER") or END
    end = text.find(end_marker)
    if end < 0:
        more = MORE.search(text)
        if more is None:
            return
        end, end_marker = more.start(), more.group()
    begin_marker = settings.get("SUMMARY_BEGIN_MARKER") or BEGIN
    begin = text.find(begin_marker, 0, end)
    start = begin + len(begin_marker) if begin >= 0 else 0
    summary = balance(text[start:end].strip()).text
    if not _TAG.sub("", summary).strip():
        logger.warning(
            "front_matter: %s: its summary marker %s encloses nothing, so its listing text is "
            "its opening words: move the marker after the text it should end",
            content.relative_source_path,
            end_marker if begin < 0 else f"{begin_marker}…{end_marker}",
        )
        return
    content._summary = summary
    content.metadata["summary"] = summary
