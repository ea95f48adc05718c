"""Jekyll's `{% highlight ruby %}` … `{% endhighlight %}` blocks, in posts moved from Jekyll.

`jekyll new` writes its first post with one, and Jekyll blogs used them for every piece of code.
Python-Markdown read the code as paragraphs: `#=> prints 'Hi'` became a heading. Each block is
read as the fenced code block it stands for (```ruby), before the post's Markdown is converted;
a block inside a fenced block (a post showing Jekyll's syntax) stays as written.
"""

from __future__ import annotations

import re

HIGHLIGHT = re.compile(
    r"^(?P<indent>[ \t]*)\{%-?[ \t]*highlight[ \t]+(?P<lang>[\w+#.-]+)[^%\n]*-?%\}[ \t]*\n"
    r"(?P<code>.*?)\n?[ \t]*\{%-?[ \t]*endhighlight[ \t]*-?%\}[ \t]*$",
    re.MULTILINE | re.DOTALL,
)
FENCE = re.compile(r"^[ \t]*(```|~~~)", re.MULTILINE)


def fence_highlight_blocks(text: str) -> str:
    """Return *text* with each Jekyll highlight block outside a fenced block made a fenced block."""
    if "highlight" not in text:
        return text
    fenced = _fenced_spans(text)
    return HIGHLIGHT.sub(lambda match: _fence(match, fenced), text)


def _fence(match: re.Match, fenced: list[tuple[int, int]]) -> str:
    if any(start <= match.start() < end for start, end in fenced):
        return match.group()
    indent = match.group("indent")
    return f"{indent}```{match.group('lang')}\n{match.group('code')}\n{indent}```"


def _fenced_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each fenced block of *text*, roughly as Markdown sees them."""
    marks = [m.start() for m in FENCE.finditer(text)]
    spans = list(zip(marks[::2], marks[1::2], strict=False))
    if len(marks) % 2:
        spans.append((marks[-1], len(text)))
    return spans
