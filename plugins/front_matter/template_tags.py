"""A template tag (`{% include note.html %}`) that ends a line of a Markdown post.

Python-Markdown's attr_list extension takes a `{…}` at the end of a paragraph or a heading for
its attributes: a Jekyll post's `{% include note.html %}` under a paragraph, or the
`{% endcomment %}` closing a note, vanished into `<p _ include note.html>` (an attribute no
browser reads), and no warning named it, since the page no longer showed it. The tag's last `}`
is escaped before Markdown reads the post, so the tag is shown as written, and named
(leftovers.py) with what to write instead.
"""

from __future__ import annotations

import re

from .code_lines import CodeLines

TAG_AT_END = re.compile(r"\{%[^%\n]*%\}[ \t]*$")
# A line that opens a block of raw HTML, which Markdown leaves as it is (an escape would show).
HTML_BLOCK = re.compile(r"[ ]{0,3}<[A-Za-z/!?]")
META_LINE = re.compile(r"[A-Za-z0-9_-]+:")


def keep_tags_at_line_ends(text: str, meta_lines: bool = False) -> str:
    """Return the Markdown *text* with the closing `}` of each `{% … %}` tag that ends a line of
    text escaped (`%\\}`), so attr_list leaves it to be shown; lines of code, of raw HTML and
    (*meta_lines*) of Pelican's `Key: value` metadata at the top are left as they are."""
    if "%}" not in text:
        return text
    lines = text.split("\n")
    code = CodeLines()
    head = meta_lines and bool(lines) and bool(META_LINE.match(lines[0]))
    html = False
    for number, line in enumerate(lines):
        is_code = code.read(line)
        if not line.strip():
            head = html = False
            continue
        if head:
            continue
        opens_block = number == 0 or not lines[number - 1].strip()
        if not is_code and opens_block and HTML_BLOCK.match(line):
            html = True
        if is_code or html or not TAG_AT_END.search(line):
            continue
        end = len(line.rstrip(" \t"))
        lines[number] = line[: end - 1] + "\\}" + line[end:]
    return "\n".join(lines)
