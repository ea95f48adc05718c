"""Jekyll's `{% highlight ruby %}` … `{% endhighlight %}` blocks, in posts moved from Jekyll.

`jekyll new` writes its first post with one, and Jekyll blogs used them for every piece of code.
Python-Markdown read the code as paragraphs: `#=> prints 'Hi'` became a heading. Each block is
read as the fenced code block it stands for (```ruby), before the post's Markdown is converted.
One that Markdown shows as code (a post explaining Jekyll's syntax: in a fenced block, or indented
by four spaces outside a list item) stays as written (code_lines.py says which lines are code).
"""

from __future__ import annotations

import re

from .code_lines import CodeLines

HIGHLIGHT = re.compile(
    r"^(?P<indent>[ \t]*)\{%-?[ \t]*highlight[ \t]+(?P<lang>[\w+#.-]+)[^%\n]*-?%\}[ \t]*\n"
    r"(?P<code>.*?)\n?[ \t]*\{%-?[ \t]*endhighlight[ \t]*-?%\}[ \t]*$",
    re.MULTILINE | re.DOTALL,
)
# Whether a text has a highlight tag at all: most posts have none, and are not read line by line.
OPENING = re.compile(r"\{%-?[ \t]*highlight[ \t]")
# A line of the code that starts with backticks: the fence around it must be longer.
BACKTICKS = re.compile(r"^[ \t]*(`{3,})", re.MULTILINE)


def fence_highlight_blocks(text: str) -> str:
    """Return *text* with each Jekyll highlight block Markdown does not show as code made a
    fenced block."""
    if "highlight" not in text or not OPENING.search(text):
        return text
    code = CodeLines()
    parts: list[str] = []
    done = start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        block = None if code.read(text[start:end]) else HIGHLIGHT.match(text, start)
        if block:
            parts += [text[done:start], _fence(block)]
            done = end = block.end()
            code.end_block()
        start = end + 1
    return "".join(parts) + text[done:]


def _fence(block: re.Match) -> str:
    """Return the fenced block that stands for the highlight *block*."""
    runs = [len(run) for run in BACKTICKS.findall(block.group("code"))]
    fence = "`" * max([3, *(length + 1 for length in runs)])
    indent = block.group("indent")
    return f"{indent}{fence}{block.group('lang')}\n{block.group('code')}\n{indent}{fence}"
