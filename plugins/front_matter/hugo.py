"""Hugo's shortcodes (`{{< youtube … >}}`, `{{< figure … >}}`), in posts moved from Hugo.

Python-Markdown showed them to readers as written, and no warning said so: a post's video and
its pictures were lost behind a line of braces. The ones Hugo writes for a video (`youtube`,
`vimeo`), a picture (`figure`), code (`highlight` … `/highlight`) and a link to a post's file
(`ref`, `relref`) are read as what Hugo made of them, before the post's Markdown is converted:
the video's frame (which goldstar_embeds makes a link that plays it), the picture with its
caption, a fenced block, Pelican's `{filename}` link. Any other (`gist`, `tweet`, a `ref` to a
page by its name alone, a theme's own) is named with its line and what to write instead, and left
as written. One
Markdown shows as code (a post explaining Hugo: in a fenced or indented block, or between
backticks) stays as written, quietly.
"""

from __future__ import annotations

import logging
import re
from html import escape
from pathlib import Path

from .code_lines import CodeLines

logger = logging.getLogger(__name__)

SHORTCODE = re.compile(r"\{\{(?P<open>[<%])(?P<body>(?:(?!\}\}).)*?)(?P<shut>[>%])\}\}")
NAME = re.compile(r"\s*(?P<end>/)?\s*(?P<name>[A-Za-z_][\w.-]*)(?P<args>.*?)\s*/?\s*$", re.DOTALL)
ARG = re.compile(
    r"""(?:(?P<key>[\w-]+)=)?(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|`(?P<bq>[^`]*)`|(?P<bare>\S+))"""
)
INLINE_CODE = re.compile(r"(`+).+?\1")
FRAMES = {
    "youtube": "https://www.youtube.com/embed/{}",
    "vimeo": "https://player.vimeo.com/video/{}",
}
FIX = "it is a Hugo shortcode, which Pelican does not read: write the HTML it stood for"
# A link to another post by its file, as Pelican writes it: `ref "/posts/a.md"` (from Hugo's
# content folder) is `{filename}/posts/a.md`, from Pelican's; `ref "a.md"`, beside the post.
LINKS = ("ref", "relref")
LINKED_FILE = re.compile(r"[^\s#?{}<>\"']+\.(?:md|markdown|mdown|mkd|rst|html?)(?:#[\w.:-]*)?")
FIXES = {
    "ref": "link the post's file with {filename} ([its title]({filename}/my-post.md))",
    "relref": "link the post's file with {filename} ([its title]({filename}/my-post.md))",
    "gist": "write the gist's <script> embed code, or link the gist",
    "tweet": "write the tweet's text as a quote, with a link to it",
    "x": "write the post's text as a quote, with a link to it",
    "instagram": "write a link to the picture",
    "param": "write the words it stood for",
}
# A theme's box around a few lines (the Learn and Docsy themes' `{{% notice tip %}}` … `{{% /notice
# %}}`): what Markdown has for it is a quote.
BOX = "a quote, `> **Note:** Careful here.`, its opening and closing lines taken out"
FIXES.update(dict.fromkeys(("notice", "alert", "callout", "hint", "note", "tip", "warning"), BOX))


def read_shortcodes(text: str, shown: str, content: str = "") -> str:
    """Return *text* with Hugo's video, figure and highlight shortcodes made the HTML or fenced
    code Hugo made of them, its `ref` links Pelican's; warn, naming the line of *shown* (the
    post's file in the *content* folder), of each other one."""
    if "{{<" not in text and "{{%" not in text:
        return text
    lines = text.split("\n")
    code = CodeLines()
    named: set[str] = set()
    index = _after_front_matter(lines)
    while index < len(lines):
        line = lines[index]
        if code.read(line) or ("{{<" not in line and "{{%" not in line):
            index += 1
            continue
        closing = _highlight_end(lines, index)
        if closing is not None:
            lines[index : closing + 1] = _fenced(lines, index, closing)
            code.end_block()
            index += closing - index + 1
            continue
        lines[index] = _replaced(line, (shown, content), index + 1, named)
        index += 1
    return "\n".join(lines)


def _after_front_matter(lines: list[str]) -> int:
    """Return the index of the first line after the `---` or `+++` front matter *lines* open
    with (0 when they open with none): a shortcode in a `summary:` is the key's text."""
    fence = lines[0].strip() if lines else ""
    if fence not in ("---", "+++"):
        return 0
    closing = ("---", "...") if fence == "---" else ("+++",)
    return next((i + 1 for i, line in enumerate(lines[1:], 1) if line.rstrip() in closing), 0)


def _parts(match: re.Match) -> tuple[bool, str, dict[str, str], list[str]] | None:
    """Return whether the shortcode *match* closes a block, its name, its named and its
    positional arguments; None for no shortcode (`{{< >}}`, mismatched ends)."""
    if (match["open"], match["shut"]) not in (("<", ">"), ("%", "%")):
        return None
    found = NAME.match(match["body"])
    if not found or match["body"].lstrip().startswith("/*"):
        return None
    named, positional = {}, []
    for arg in ARG.finditer(found["args"]):
        value = next(v for v in (arg["dq"], arg["sq"], arg["bq"], arg["bare"]) if v is not None)
        if arg["key"]:
            named[arg["key"].lower()] = value
        else:
            positional.append(value)
    return bool(found["end"]), found["name"].lower(), named, positional


def _highlight_end(lines: list[str], index: int) -> int | None:
    """Return the line that closes the highlight shortcode alone on line *index*, if any."""
    match = SHORTCODE.fullmatch(lines[index].strip())
    parts = _parts(match) if match else None
    if not parts or parts[0] or parts[1] != "highlight":
        return None
    for later in range(index + 1, len(lines)):
        shut = SHORTCODE.fullmatch(lines[later].strip())
        found = _parts(shut) if shut else None
        if found and found[1] == "highlight":
            return later if found[0] else None
    return None


def _fenced(lines: list[str], index: int, closing: int) -> list[str]:
    """Return the fenced block standing for the highlight block from *index* to *closing*."""
    match = SHORTCODE.fullmatch(lines[index].strip())
    parts = _parts(match) if match else None
    language = parts[3][0] if parts and parts[3] else ""
    body = lines[index + 1 : closing]
    runs = [len(m[1]) for m in (re.match(r"\s*(`{3,})", line) for line in body) if m]
    fence = "`" * max([3, *(run + 1 for run in runs)])
    return [f"{fence}{language}", *body, fence]


def _replaced(line: str, post: tuple[str, str], number: int, named: set[str]) -> str:
    """Return *line* with its video, figure and link shortcodes made HTML, warning of the
    others; *post* is the post's file and its content folder."""
    shown = post[0]
    spans = [m.span() for m in INLINE_CODE.finditer(line)]
    alone = SHORTCODE.fullmatch(line.strip())

    def replace(match: re.Match) -> str:
        if any(start <= match.start() < end for start, end in spans):
            return match.group()
        parts = _parts(match)
        if parts is None:
            return match.group()
        end, name, arguments, positional = parts
        if end:
            html = None
        elif name in LINKS:
            html = _linked(arguments, positional, post)
        else:
            html = _html(name, arguments, positional)
        if html is None:
            if name not in named:
                named.add(name)
                logger.warning(
                    "front_matter: %s:%d: `%s` is shown as written: %s",
                    shown,
                    number,
                    match.group(),
                    f"{FIX} ({FIXES[name]})" if name in FIXES else FIX,
                    extra={"limit_msg": "front_matter: more Hugo shortcodes shown as written"},
                )
            return match.group()
        return f"\n{html}\n" if alone else html

    return SHORTCODE.sub(replace, line)


def _html(name: str, arguments: dict[str, str], positional: list[str]) -> str | None:
    """Return the HTML Hugo makes of the shortcode *name*, None for one not read here."""
    if name in FRAMES:
        video = arguments.get("id") or (positional[0] if positional else "")
        if not re.fullmatch(r"[\w-]{1,64}", video):
            return None
        title = escape(arguments.get("title", ""), quote=True)
        src = FRAMES[name].format(video)
        label = f' title="{title}"' if title else ""
        return f'<iframe src="{src}"{label} allowfullscreen></iframe>'
    if name != "figure" or not (arguments.get("src") or positional):
        return None
    src = escape(arguments.get("src") or positional[0], quote=True)
    alt = escape(arguments.get("alt", arguments.get("title", arguments.get("caption", ""))), True)
    image = f'<img src="{src}" alt="{alt}">'
    if arguments.get("link"):
        image = f'<a href="{escape(arguments["link"], quote=True)}">{image}</a>'
    words = [arguments[key] for key in ("title", "caption", "attr") if arguments.get(key)]
    caption = f"<figcaption>{escape(' — '.join(words))}</figcaption>" if words else ""
    return f"<figure>{image}{caption}</figure>"


def _linked(arguments: dict[str, str], positional: list[str], post: tuple[str, str]) -> str | None:
    """Return the `{filename}` link standing for a `ref` or `relref` to a post's file, found as
    Hugo finds it when named without its file (`ref "about"`: about.md, about/index.md, beside
    the post or from the content folder); None for one found nowhere."""
    path = arguments.get("path") or (positional[0] if positional else "")
    if LINKED_FILE.fullmatch(path):
        return "{filename}" + path
    name, hash_, anchor = path.partition("#")
    if not re.fullmatch(r"[^\s?{}<>\"']+", name or "?"):
        return None
    found = _hugo_file(name, *post)
    return "{filename}" + found + hash_ + anchor if found else None


def _hugo_file(name: str, shown: str, content: str) -> str | None:
    """Return the file (from the *content* folder, with a leading `/`) Hugo's `ref` to *name*
    means in the post *shown*, None when there is none."""
    if not content:
        return None
    root = Path(content)
    beside = [] if name.startswith("/") else [root / Path(shown).parent]
    for folder in (*beside, root):
        for ending in (".md", "/index.md", "/_index.md"):
            path = folder / (name.strip("/") + ending)
            if path.is_file():
                return "/" + path.relative_to(root).as_posix()
    return None
