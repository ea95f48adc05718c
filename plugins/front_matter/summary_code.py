"""A post's listing text without the code of its `<script>` and `<style>` blocks.

Pelican cuts a post's first words (SUMMARY_MAX_LENGTH) for its listing text, its description and
its feed entry, and counts the code of a `<script>` or `<style>` block as words. A post that
opens with one (a chart's script, a table's styles) had a card with no words of its own, cut in
the middle of the code, and "var v0 = document.getElementById(…)" as its description in search
results and link previews. Its summary is now cut from the post without that code.

A cut that fell inside a block of code (6 of bossylobster's 84 cards) showed the first lines of
the code ending in "…", as if that were all of it, and made the post's description those lines:
the summary now ends with the words before that block.
"""

from __future__ import annotations

import re

from pelican.utils import (
    _HTMLWordTruncator,  # Pelican's own word count, so the cut is where Pelican cuts
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


PRE = re.compile(r"<pre\b.*?</pre\s*>", re.IGNORECASE | re.DOTALL)


def summary_without_code(content) -> None:
    """Make the summary of a post without `Summary:` from its text without script or style
    code, and end it before a block of code Pelican's cut falls in; a post whose summary
    Pelican cuts well is left to Pelican."""
    text = getattr(content, "_content", None)
    if not isinstance(text, str) or "summary" in content.metadata:
        return
    lowered = text.lower()
    if "<script" not in lowered and "<style" not in lowered and "<pre" not in lowered:
        return
    prose = CODE_BLOCK.sub("", text)
    summary, moved = cut_like_pelican(prose, content.settings)
    if prose == text and not moved:
        return
    content._summary = summary
    content.metadata["summary"] = summary


def cut_like_pelican(text: str, settings: dict) -> tuple[str, bool]:
    """Return the summary Pelican cuts from *text* (Content.get_summary's steps), ended before
    the block of code the cut would fall in, and whether it was."""
    paragraphs = settings.get("SUMMARY_MAX_PARAGRAPHS")
    if paragraphs is not None:
        text = truncate_html_paragraphs(text, paragraphs)
    moved = False
    length = settings.get("SUMMARY_MAX_LENGTH")
    if length is not None:
        suffix = settings.get("SUMMARY_END_SUFFIX", "…")
        before_code = _words_before_cut_code(text, length)
        moved = before_code is not None
        text = truncate_html_words(text, before_code if moved else length, suffix)
    return strip_toc_elements_from_html(text), moved


def _words_before_cut_code(text: str, length: int) -> int | None:
    """Return how many words *text* has before the block of code its first *length* words end
    in; None when they end in none, or the text opens with it."""
    if "<pre" not in text.lower():
        return None
    cut = _HTMLWordTruncator(length)
    cut.feed(text)
    if cut.truncate_at is None:
        return None
    block = next((b for b in PRE.finditer(text) if b.start() < cut.truncate_at < b.end()), None)
    if block is None:
        return None
    before = _HTMLWordTruncator(len(text) + 1)
    before.feed(text[: block.start()])
    before.add_last_word()
    return before.words_found or None
