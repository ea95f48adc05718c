"""WordPress's shortcodes (`[caption]`, `[embed]`, `[gallery]`…), in posts moved from WordPress.

`pelican-import --wpfile` and the WordPress-to-Markdown converters keep them as written, and
Python-Markdown showed them to readers, with no warning: a picture's caption was a line of
brackets around it, a video a bare `[embed]https://…[/embed]`, a gallery nothing at all. Those
WordPress makes a picture, a video and code of are read as what WordPress made of them, before
the post's Markdown is converted: `[caption]` is the picture with its caption, `[embed]` (and
Jetpack's `[youtube …]`, `[vimeo …]`) the video's frame (which goldstar_embeds makes a link that
plays it) or a link to the page, `[code]`/`[sourcecode]` a fenced block. Any other (`[gallery]`,
`[audio]`, `[video]`, `[contact-form]`…) is named with its line and what to write instead, and
left as written. One Markdown shows as code (a post explaining WordPress) stays as written.
"""

from __future__ import annotations

import logging
import re
from html import escape

from .code_lines import CodeLines

logger = logging.getLogger(__name__)

# The shortcodes WordPress and Jetpack ship: another `[word]` is a post's own brackets. Not a
# Markdown link's text (`[video](…)`, `[code][1]`) nor a reference's (`[audio]: …`).
NAMES = (
    "caption|wp_caption|embed|gallery|audio|video|playlist|youtube|vimeo|soundcloud|tweet|gist|"
    "contact-form-7|contact-form|code|sourcecode|wpvideo|googlemaps|slideshare|spotify|instagram"
)
TAG = re.compile(rf"\[(?P<end>/)?(?P<name>{NAMES})(?P<args>(?:[\s=][^\]\n]*)?)\](?!\(|\[(?!/)|:)")
CAPTION = re.compile(
    r"\[(?P<name>caption|wp_caption)(?P<args>(?:\s[^\]]*)?)\](?P<body>.*?)\[/(?P=name)\]", re.DOTALL
)
EMBED = re.compile(r"\[embed(?:\s[^\]]*)?\]\s*(?P<url>https?://[^\s\[\]<>\"]+)\s*\[/embed\]")
JETPACK_VIDEO = re.compile(
    r"\[(?P<name>youtube|vimeo)[\s=]+(?P<url>https?://[^\s\[\]<>\"]+)[^\]\n]*\]"
)
CODE_OPEN = re.compile(r"^[ \t]*\[(?P<name>code|sourcecode)(?P<args>(?:\s[^\]\n]*)?)\][ \t]*$")
ARG = re.compile(
    r"""(?P<key>[\w-]+)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s\]]+))"""
)
IMAGE = re.compile(
    r"^\s*(?P<image>(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?"
    r"|(?:\[\s*)?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?)\s*(?P<caption>.*?)\s*$",
    re.DOTALL | re.IGNORECASE,
)
MARKDOWN_IMAGE = re.compile(
    r"!\[(?P<alt>[^\]]*)\]\(\s*(?P<src>[^)\s]+)(?:\s+\"(?P<title>[^\"]*)\")?\s*\)"
)
LINKED_IMAGE = re.compile(r"^\[\s*(?P<image>!\[[^\]]*\]\([^)]*\))\]\((?P<href>[^)\s]+)\)$")
VIDEOS = (
    (
        re.compile(r"(?:youtube\.com/(?:watch\?(?:.*&)?v=|embed/)|youtu\.be/)([\w-]{6,20})"),
        "https://www.youtube.com/embed/{}",
    ),
    (re.compile(r"vimeo\.com/(?:video/)?(\d+)"), "https://player.vimeo.com/video/{}"),
)
INLINE_CODE = re.compile(r"(`+).+?\1")
FIX = "it is a WordPress shortcode, which Pelican does not read: write the HTML it stood for"
PICTURES = "write each picture as ![its words]({static}/images/a.jpg)"
FIXES = {
    "gallery": PICTURES,
    "slideshare": "write a link to the slides",
    "audio": 'write <audio controls src="{static}/audio/a.mp3"></audio>, its file under content/',
    "video": 'write <video controls src="{static}/video/a.mp4"></video>, its file under content/',
    "wpvideo": "write the video's <iframe> embed code, or a link to it",
    "playlist": "write a link to each file",
    "tweet": "write the tweet's text as a quote, with a link to it",
    "gist": "write the gist's <script> embed code, or link the gist",
    "contact-form": "write your address or a link to a contact page",
    "contact-form-7": "write your address or a link to a contact page",
}


def read_shortcodes(text: str, shown: str) -> str:
    """Return *text* with WordPress's caption, embed and code shortcodes made the HTML or fenced
    code WordPress made of them; warn, naming the line of *shown*, of each other one."""
    if "[" not in text or not TAG.search(text):
        return text
    lines = text.split("\n")
    start = _after_front_matter(lines)
    code = CodeLines()
    kept: set[int] = set()  # the lines Markdown shows as code
    out: list[str] = []
    index = start
    while index < len(lines):
        line = lines[index]
        if code.read(line):
            kept.add(len(out))
            out.append(line)
            index += 1
            continue
        closing = _code_end(lines, index)
        if closing is not None:
            fenced = _fenced(lines, index, closing)
            kept.update(range(len(out), len(out) + len(fenced)))
            out += fenced
            code.end_block()
            index = closing + 1
            continue
        out.append(line)
        index += 1
    body = _replaced("\n".join(out), shown, kept, start)
    return "\n".join([*lines[:start], body])


def _after_front_matter(lines: list[str]) -> int:
    """Return the index of the first line after the `---` or `+++` front matter *lines* open
    with, or after Pelican's `Key: value` lines (0 when they open with neither)."""
    fence = lines[0].strip() if lines else ""
    if re.match(r"[A-Za-z][\w-]*:\s", fence):
        return next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    if fence not in ("---", "+++"):
        return 0
    closing = ("---", "...") if fence == "---" else ("+++",)
    return next((i + 1 for i, line in enumerate(lines[1:], 1) if line.rstrip() in closing), 0)


def _code_end(lines: list[str], index: int) -> int | None:
    """Return the line that closes the `[code]` block opened alone on line *index*, if any."""
    opening = CODE_OPEN.match(lines[index])
    if not opening:
        return None
    shut = f"[/{opening['name'].lower()}]"
    return next((i for i in range(index + 1, len(lines)) if lines[i].strip().lower() == shut), None)


def _fenced(lines: list[str], index: int, closing: int) -> list[str]:
    """Return the fenced block standing for the `[code]` block from *index* to *closing*."""
    arguments = _arguments(CODE_OPEN.match(lines[index])["args"])
    language = arguments.get("language") or arguments.get("lang") or ""
    language = language if re.fullmatch(r"[\w+#.-]{1,30}", language) else ""
    body = lines[index + 1 : closing]
    runs = [len(m[1]) for m in (re.match(r"\s*(`{3,})", line) for line in body) if m]
    fence = "`" * max([3, *(run + 1 for run in runs)])
    return [f"{fence}{language}", *body, fence]


def _arguments(text: str) -> dict[str, str]:
    """Return the `key="value"` arguments of a shortcode, by lower-case key."""
    return {
        m["key"].lower(): next(v for v in (m["dq"], m["sq"], m["bare"]) if v is not None)
        for m in ARG.finditer(text or "")
    }


def _replaced(text: str, shown: str, kept: set[int], first: int) -> str:
    """Return *text*, the lines of the post from line *first* (from 0), with its caption and
    video shortcodes made HTML, warning of the others (those on the *kept* lines, or between
    backticks, stay as written, quietly)."""

    def line_of(position: int) -> int:
        return text.count("\n", 0, position)

    def in_code(match: re.Match) -> bool:
        number = line_of(match.start())
        if number in kept:
            return True
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.start())
        line = text[start : end if end >= 0 else len(text)]
        column = match.start() - start
        return any(m.start() <= column < m.end() for m in INLINE_CODE.finditer(line))

    made: list[tuple[int, int, str]] = []  # what each caption and video shortcode stood for
    converters = (
        (CAPTION, _figure),
        (EMBED, lambda m: _frame(m["url"]) or _link(m["url"])),
        (JETPACK_VIDEO, lambda m: _frame(m["url"])),
    )
    for pattern, html_of in converters:
        for match in pattern.finditer(text):
            overlaps = any(s < match.end() and match.start() < e for s, e, _ in made)
            html = None if overlaps or in_code(match) else html_of(match)
            if html is not None:
                made.append((match.start(), match.end(), html))
    named: set[str] = set()
    for match in TAG.finditer(text):
        name = match["name"].lower()
        inside = any(s <= match.start() < e for s, e, _ in made)
        if match["end"] or inside or name in named or in_code(match):
            continue
        if re.search(rf"^ {{0,3}}\[{re.escape(match['name'])}\]:", text, re.MULTILINE):
            continue  # a Markdown link to a reference `[video]: https://…`
        named.add(name)
        logger.warning(
            "front_matter: %s:%d: `%s` is shown as written: %s",
            shown,
            first + line_of(match.start()) + 1,
            match.group(),
            f"{FIX} ({FIXES[name]})" if name in FIXES else FIX,
            extra={"limit_msg": "front_matter: more WordPress shortcodes shown as written"},
        )
    parts, done = [], 0
    for start, end, html in sorted(made):
        parts += [text[done:start], html]
        done = end
    return "".join(parts) + text[done:]


def _figure(match: re.Match) -> str | None:
    """Return the figure a `[caption]` stood for: its picture and its words."""
    found = IMAGE.match(match["body"])
    if not found:
        return None
    image = found["image"]
    linked = LINKED_IMAGE.match(image)
    if linked:
        image = f'<a href="{escape(linked["href"], quote=True)}">{_img(linked["image"])}</a>'
    elif image.startswith("!"):
        image = _img(image)
    words = found["caption"] or _arguments(match["args"]).get("caption", "")
    caption = f"<figcaption>{words}</figcaption>" if words.strip() else ""
    return f"\n\n<figure>{image}{caption}</figure>\n\n"


def _img(markdown: str) -> str:
    """Return the <img> of a Markdown picture `![alt](src "title")`."""
    found = MARKDOWN_IMAGE.match(markdown)
    if not found:
        return markdown
    title = f' title="{escape(found["title"], quote=True)}"' if found["title"] else ""
    alt = escape(found["alt"], quote=True)
    return f'<img src="{escape(found["src"], quote=True)}" alt="{alt}"{title}>'


def _frame(url: str) -> str | None:
    """Return the frame of a YouTube or Vimeo video at *url*, None for another page."""
    for pattern, frame in VIDEOS:
        found = pattern.search(url)
        if found:
            return f'\n\n<iframe src="{frame.format(found[1])}" allowfullscreen></iframe>\n\n'
    return None


def _link(url: str) -> str:
    """Return a link to the page *url* WordPress embedded."""
    return f"<{url}>"
