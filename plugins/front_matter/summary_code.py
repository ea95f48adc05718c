"""A post's listing text without the code of its `<script>` and `<style>` blocks.

Pelican cuts a post's first words (SUMMARY_MAX_LENGTH) for its listing text, its description and
its feed entry, and counts the code of a `<script>` or `<style>` block as words. A post that
opens with one (a chart's script, a table's styles) had a card with no words of its own, cut in
the middle of the code, and "var v0 = document.getElementById(…)" as its description in search
results and link previews. Its summary is now cut from the post without that code.
"""

from __future__ import annotations

import re

from pelican.utils import (
    strip_toc_elements_from_html,
    truncate_html_paragraphs,
    truncate_html_words,
)

# A `<script>` that runs, or a `<style>`, with its code. A `<script type="math/tex">` of MathJax is
# the post's formula, its text: kept.
CODE_BLOCK = re.compile(
    r"<script\b(?![^>]*\btype\s*=\s*[\"']?math/)[^>]*>.*?</script\s*>|<style\b[^>]*>.*?</style\s*>",
    re.IGNORECASE | re.DOTALL,
)


def summary_without_code(content) -> None:
    """Make the summary of a post without `Summary:` from its text without script or style
    code, as Pelican makes it from the whole text; a post without such code is left to Pelican."""
    text = getattr(content, "_content", None)
    if not isinstance(text, str) or "summary" in content.metadata:
        return
    if "<script" not in text.lower() and "<style" not in text.lower():
        return
    prose = CODE_BLOCK.sub("", text)
    if prose == text:
        return
    summary = cut_like_pelican(prose, content.settings)
    content._summary = summary
    content.metadata["summary"] = summary


def cut_like_pelican(text: str, settings: dict) -> str:
    """Return the summary Pelican cuts from *text* (Content.get_summary's steps)."""
    paragraphs = settings.get("SUMMARY_MAX_PARAGRAPHS")
    if paragraphs is not None:
        text = truncate_html_paragraphs(text, paragraphs)
    if settings.get("SUMMARY_MAX_LENGTH") is not None:
        text = truncate_html_words(
            text, settings["SUMMARY_MAX_LENGTH"], settings.get("SUMMARY_END_SUFFIX", "…")
        )
    return strip_toc_elements_from_html(text)
