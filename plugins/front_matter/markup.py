"""Keep a post's broken HTML inside the post: close what it leaves open, drop stray block end tags.

A post's HTML is pasted into the theme's page. An `<a>` or `<div>` it never closes swallows the
rest of the page (the related posts, the comments, the footer become part of a link or of the
post's box); an end tag it never opened closes the theme's own elements. Browsers repair neither
the way the blogger meant. This is a tag scanner, not a parser: one regular expression over the
text, a stack of open elements, cheap enough for every post.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# Comments, CDATA and declarations are skipped; raw-text elements' contents are skipped whole.
TOKEN = re.compile(
    r"<(?:!--.*?(?:-->|\Z)|!\[CDATA\[.*?(?:\]\]>|\Z)|[!?][^>]*>"
    r"|(?P<raw>script|style|textarea|title|xmp)\b[^>]*>.*?(?:</(?P=raw)\s*>|\Z)"
    r"""|(?P<end>/)?(?P<name>[A-Za-z][A-Za-z0-9:-]*)(?:[^>"'/]+|"[^"]*"|'[^']*'|/(?!>))*(?P<self>/)?>)""",
    re.DOTALL | re.IGNORECASE,
)
# Elements with no end tag, and those whose end tag HTML lets the next element imply: neither can
# be left open in a way that reaches the theme's markup, so they are not counted.
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta"}
    | {"param", "source", "track", "wbr"}
)
OPTIONAL_END = frozenset(
    {"p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup"}
    | {"colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body"}
)
# Inline elements: a stray end tag of one is ignored by browsers (no theme element it could close).
INLINE = frozenset(
    {"a", "abbr", "b", "big", "cite", "code", "em", "font", "i", "kbd", "mark", "nobr", "q", "s"}
    | {"samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var"}
)
# What a title may hold: it is a heading's text and a link's in every listing, so no link, no
# block, and nothing a reader would not see as words.
TITLE_TAGS = INLINE - {"a"} | {"br"}
SHOWN = 60  # characters of an unclosed start tag quoted in a warning


@dataclass(frozen=True)
class Balanced:
    """A post's HTML with what it left open closed, and what was done, for a warning."""

    text: str
    problems: tuple[str, ...]


def balance(text: str) -> Balanced:
    """Return *text* with each element it leaves open closed and each stray end tag of a block
    (`</div>`, which would close the theme's own) dropped."""
    if "<" not in text:
        return Balanced(text, ())
    open_tags: list[tuple[str, str]] = []  # (name, start tag as written)
    parts: list[str] = []
    problems: list[str] = []
    last = 0
    for match in TOKEN.finditer(text):
        name = (match.group("name") or "").lower()
        if not name or name in VOID or name in OPTIONAL_END or match.group("self"):
            continue
        if not match.group("end"):
            open_tags.append((name, match.group()))
            continue
        names = [open_name for open_name, _ in open_tags]
        if name not in names:
            if name in INLINE:
                continue
            parts.append(text[last : match.start()])
            last = match.end()
            problems.append(f"`</{name}>` closes nothing the post opened; it is left out")
            continue
        depth = len(names) - 1 - names[::-1].index(name)
        inner = open_tags[depth + 1 :]
        del open_tags[depth:]
        if inner:
            parts += [text[last : match.start()], _end_tags(inner)]
            last = match.start()
            problems.extend(_unclosed(tag) for tag in inner)
    if not problems and not open_tags:
        return Balanced(text, ())
    parts.append(text[last:])
    if open_tags:
        parts.append(_end_tags(open_tags))
        problems.extend(_unclosed(tag) for tag in open_tags)
    return Balanced("".join(parts), tuple(problems))


def _end_tags(open_tags: list[tuple[str, str]]) -> str:
    """Return the end tags closing *open_tags*, innermost first."""
    return "".join(f"</{name}>" for name, _ in reversed(open_tags))


def _unclosed(tag: tuple[str, str]) -> str:
    """Describe one element the post never closed."""
    name, written = tag
    shown = written if len(written) <= SHOWN else written[: SHOWN - 1] + "…>"
    return f"`{shown}` is never closed; `</{name}>` is added"


def title_markup(title: str) -> Balanced:
    """Return *title* with each tag a heading or a listing's link cannot hold shown as text
    (`The <section> element`, `Vector<int>`) and its inline tags (`<em>`) closed."""
    if "<" not in title:
        return Balanced(title, ())
    shown: list[str] = []

    def as_text(match: re.Match) -> str:
        name = (match.group("name") or "").lower()
        if name in TITLE_TAGS:
            return match.group()
        shown.append(match.group())
        return html.escape(match.group(), quote=False)

    balanced = balance(TOKEN.sub(as_text, title))
    problems = [f"`{tag}` is shown as text (write `{html.escape(tag)}` to say so)" for tag in shown]
    return Balanced(balanced.text, (*problems, *balanced.problems))
