"""Jekyll's `{% highlight ruby %}` … `{% endhighlight %}` blocks, in posts moved from Jekyll.

`jekyll new` writes its first post with one, and Jekyll blogs used them for every piece of code.
Python-Markdown read the code as paragraphs: `#=> prints 'Hi'` became a heading. Each block is
read as the fenced code block it stands for (```ruby), before the post's Markdown is converted.
One that Markdown shows as code (a post explaining Jekyll's syntax: in a fenced block, or indented
by four spaces outside a list item) stays as written (code_lines.py says which lines are code).
One never closed (no `{% endhighlight %}` before the next highlight block) stays as written too,
with a warning: it had taken the prose after it into its code, up to the next block's end.

`{% raw %}` … `{% endraw %}` kept Jekyll's Liquid (and jinja2content's Jinja) from reading the
`{{ name }}` of a template a post shows; both read the whole file, code too, and dropped the two
tags. Python-Markdown showed them, and a `{% endraw %}` ending a paragraph was taken for that
paragraph's attributes (`<p _ endraw>`): the tags are dropped now, and what they kept is shown as
written, as it was on the old blog. Only in a post with Jekyll's `---` front matter, though: a
Pelican post (`Title:` lines) that teaches Jinja shows `{% raw %}` in its code as written, and
only a block outside code loses its tags (Pelican reads no Jinja in a post, so one there was left
for jinja2content, which dropped them).

A post's `permalink:` is Jekyll's address for it, which Pelican ignores: one the settings do not
give the post is named, with the `url:` and `save_as:` that keep it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from .code_lines import CodeLines

logger = logging.getLogger(__name__)

HIGHLIGHT = re.compile(
    r"^(?P<indent>[ \t]*)\{%-?[ \t]*highlight[ \t]+(?P<lang>[\w+#.-]+)[^%\n]*-?%\}[ \t]*\n"
    r"(?P<code>.*?)\n?[ \t]*\{%-?[ \t]*endhighlight[ \t]*-?%\}[ \t]*$",
    re.MULTILINE | re.DOTALL,
)
# A line that opens a highlight block.
OPENING_LINE = re.compile(
    r"^[ \t]*\{%-?[ \t]*highlight[ \t]+[\w+#.-]+[^%\n]*-?%\}[ \t]*$", re.MULTILINE
)
# Whether a text has a highlight tag at all: most posts have none, and are not read line by line.
OPENING = re.compile(r"\{%-?[ \t]*highlight[ \t]")
# Liquid's raw block: from `{% raw %}` to the first `{% endraw %}`, as Liquid and Jinja read it.
RAW = re.compile(r"\{%-?[ \t]*raw[ \t]*-?%\}(?P<kept>.*?)\{%-?[ \t]*endraw[ \t]*-?%\}", re.DOTALL)
# A line of the code that starts with backticks: the fence around it must be longer.
BACKTICKS = re.compile(r"^[ \t]*(`{3,})", re.MULTILINE)


def fence_highlight_blocks(text: str, source_path: str) -> str:
    """Return *text* with each Jekyll highlight block Markdown does not show as code made a
    fenced block; warn of one never closed, left as written."""
    if "highlight" not in text or not OPENING.search(text):
        return text
    parts: list[str] = []
    done = 0
    for opening, block in _highlight_openings(text):
        if block:
            parts += [text[done : opening.start()], _fence(block)]
            done = block.end()
        else:
            _warn_unclosed(source_path, text, opening)
    return "".join(parts) + text[done:]


def unwrap_raw_blocks(text: str, jekyll: bool = True) -> str:
    """Return *text* without the `{% raw %}` and `{% endraw %}` tags around what they kept from
    the template engine, as Jekyll and jinja2content showed it; a tag without its pair stays, and
    so does a block in code unless the post is *jekyll*'s (Liquid read its code too)."""
    if "raw" not in text or "{%" not in text:
        return text
    blocks = _raw_blocks(text, jekyll)
    if not blocks:
        return text
    parts, done = [], 0
    for block in blocks:
        parts += [text[done : block.start()], block.group("kept")]
        done = block.end()
    return "".join(parts) + text[done:]


def raw_kept(text: str, jekyll: bool = True) -> list[str]:
    """Return what each `{% raw %}` block of *text* that unwrap_raw_blocks unwraps kept from the
    template engine."""
    if "raw" not in text or "{%" not in text:
        return []
    return [block.group("kept") for block in _raw_blocks(text, jekyll)]


def is_jekyll_post(text: str) -> bool:
    """Return whether *text* opens with Jekyll's `---` front matter (Pelican's `Title:` lines
    and Hugo's `+++` are no Jekyll post's)."""
    start = len(text) - len(text.lstrip(" \t\n\r"))
    newline = text.find("\n", start)
    return text[start : len(text) if newline < 0 else newline].rstrip() == "---"


def _raw_blocks(text: str, jekyll: bool) -> list[re.Match]:
    """Return the raw blocks of *text* to unwrap: all of them in a *jekyll* post, else those
    that neither start nor end on a line Markdown shows as code."""
    blocks = list(RAW.finditer(text))
    if jekyll or not blocks:
        return blocks
    code, starts, start = CodeLines(), [], 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if code.read(text[start:end]):
            starts.append((start, end))
        start = end + 1
    return [
        block
        for block in blocks
        if not any(s <= block.start() <= e or s <= block.end() - 1 <= e for s, e in starts)
    ]


def has_unclosed_highlight(text: str) -> bool:
    """Return whether *text* has a highlight block never closed (fence_highlight_blocks warns of
    it)."""
    return bool(OPENING.search(text)) and any(
        block is None for _, block in _highlight_openings(text)
    )


def _highlight_openings(text: str) -> Iterator[tuple[re.Match, re.Match | None]]:
    """Yield each line opening a highlight block that Markdown does not show as code, with the
    whole block (None when it is never closed)."""
    code = CodeLines()
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        opening = None if code.read(text[start:end]) else OPENING_LINE.match(text, start)
        block = _closed_block(text, start) if opening else None
        if opening:
            yield opening, block
        if block:
            end = block.end()
            code.end_block()
        start = end + 1


def _closed_block(text: str, start: int) -> re.Match | None:
    """Return the highlight block opened at *start*, None if no `{% endhighlight %}` closes it
    before another block opens."""
    block = HIGHLIGHT.match(text, start)
    return block if block and not OPENING_LINE.search(block.group("code")) else None


def _warn_unclosed(source_path: str, text: str, opening: re.Match) -> None:
    """Warn that the highlight block *opening* starts is never closed."""
    logger.warning(
        "front_matter: %s:%d: `%s` is never closed (a line `%s` before the next highlight block "
        "or the end of the file); it is shown as written: add that line where its code ends",
        source_path,
        text.count("\n", 0, opening.start()) + 1,
        opening.group().strip(),
        "{% endhighlight %}",
    )


def _fence(block: re.Match) -> str:
    """Return the fenced block that stands for the highlight *block*."""
    runs = [len(run) for run in BACKTICKS.findall(block.group("code"))]
    fence = "`" * max([3, *(length + 1 for length in runs)])
    indent = block.group("indent")
    return f"{indent}{fence}{block.group('lang')}\n{block.group('code')}\n{indent}{fence}"


def warn_moved_permalink(content) -> None:
    """Warn when Jekyll's `permalink:` names another address than the one Pelican gives the post
    (ARTICLE_URL, PAGE_URL): Pelican ignores the key, and links to the old address found nothing,
    quietly. One the settings already give (`permalink: /about/` at `about/`) is quiet."""
    permalink = content.metadata.get("permalink")
    if not isinstance(permalink, str) or getattr(content, "status", "") == "draft":
        return
    old = permalink.strip().lstrip("/")
    url = str(getattr(content, "url", ""))
    if old.rstrip("/") == url.rstrip("/") or old.rstrip("/") == url.removesuffix("/index.html"):
        return
    if not old or ":" in old or old.startswith("/"):
        fix = "write `url:` and `save_as:` with the address to keep (docs/migrating.md)"
    else:
        page = old if old.endswith((".html", ".htm")) else old.rstrip("/") + "/index.html"
        fix = f"to keep it, write `url: {old}` and `save_as: {page}`"
    logger.warning(
        "front_matter: %s: `permalink: %s` is Jekyll's, which Pelican ignores: the %s is at "
        "`%s`, and links to the old address find nothing: %s",
        content.relative_source_path,
        permalink.strip(),
        "page" if type(content).__name__ == "Page" else "post",
        url,
        fix,
        extra={"limit_msg": "front_matter: more posts whose `permalink:` Pelican ignores"},
    )
