"""Rewrite a post's HTML for a phone and a strict Content-Security-Policy.

Each rewrite looks for its tag first and costs nothing on a post without one. The markup written
is documented in docs/theme.md (classes the theme's site.css styles and theme.js wakes up).
"""

from __future__ import annotations

import html
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlencode, urlsplit

from .csp import Policy

logger = logging.getLogger(__name__)

TABLE_TAG = re.compile(r"<(/?)table\b[^>]*>", re.IGNORECASE)
ALIGN_STYLE = re.compile(
    r'<(th|td)\b([^>]*?)\sstyle="text-align:\s*(left|right|center);?"', re.IGNORECASE
)
# A picture's size in pixels as docutils writes it for `.. image::` with `:width: 300px` (or
# `:height:`), and old editors too: a style attribute the strict CSP refuses.
IMG_SIZE_STYLE = re.compile(
    r'<img\b(?P<before>[^>]*?)\sstyle="'
    r'(?P<sizes>(?:\s*(?:width|height):\s*\d+(?:\.\d+)?px;?)+)\s*"',
    re.IGNORECASE,
)
SIZE = re.compile(r"(width|height):\s*(\d+)", re.IGNORECASE)
IFRAME = re.compile(r"<iframe\b(?P<attrs>[^>]*)>.*?</iframe\s*>", re.IGNORECASE | re.DOTALL)
# A frame alone in a paragraph, as WordPress writes it (`<p><iframe …></iframe></p>`) and
# liquid_tags' `{% youtube %}` (in a `<span class="videobox">`): the facade or link that takes its
# place is a paragraph itself, so it takes the wrapper's place too; a `<p>` inside a `<p>` would
# be broken in two by the browser, with an empty paragraph and stray end tags around it.
IFRAME_ALONE = re.compile(
    r"<p>\s*(?P<span><span\b[^>]*>\s*)?<iframe\b(?P<attrs>[^>]*)>(?:(?!</iframe).)*?</iframe\s*>"
    r"\s*(?(span)</span>\s*)</p>",
    re.IGNORECASE | re.DOTALL,
)
# A YouTube or Vimeo Flash player (an `<object>` with its `<embed>`, or an `<embed>` alone, in a
# paragraph of its own or not), as posts of 2008-2011 embed videos: no browser plays Flash, and the
# page kept an empty box of the player's size.
FLASH = re.compile(
    r"(?P<p><p>\s*)?(?:<object\b[^>]*>.*?</object\s*>|<embed\b[^>]*>(?:\s*</embed\s*>)?)"
    r"(?(p)\s*</p>)",
    re.IGNORECASE | re.DOTALL,
)
FLASH_VIDEO = re.compile(
    r"//(?:www\.)?youtube(?:-nocookie)?\.com/v/(?P<youtube>[A-Za-z0-9_-]{6,20})"
    r"|//(?:www\.)?vimeo\.com/moogaloop\.swf\?clip_id=(?P<vimeo>\d+)",
    re.IGNORECASE,
)
ATTRIBUTE = re.compile(r"""([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
MATH = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">(?P<tex>.*?)</(?P=tag)>', re.IGNORECASE | re.DOTALL
)
# HTML a blog's own Markdown extension kept out of Markdown's reach as hex, and decoded when its
# build wrote the page: bossylobster's blog writes each formula, pre-rendered by KaTeX, as
# `<html-literal>3c7370616e…</html-literal>`. Without that extension readers saw the hex (1,064
# formulas in 22 posts of that blog), and no warning said so.
HTML_LITERAL = re.compile(
    r"<html-literal>\s*(?P<hex>(?:[0-9a-fA-F]{2})+)\s*</html-literal>", re.IGNORECASE
)
# KaTeX writes each formula twice: as MathML, which browsers draw themselves, and as spans that
# need KaTeX's stylesheet and fonts (and `style` attributes the strict CSP refuses).
KATEX_MATHML = re.compile(r"<math\b.*?</math\s*>", re.IGNORECASE | re.DOTALL)
# What a page loads from elsewhere, by the directive that decides it.
RESOURCE = re.compile(
    r"<(?P<tag>img|script|video|audio|source|track|embed|object)\b[^>]*?\s(?:src|data)\s*=\s*"
    r"""["']?(?P<url>(?:https?:)?//[^"'\s>]+)""",
    re.IGNORECASE,
)
DIRECTIVE_OF = {
    "img": "img-src",
    "script": "script-src",
    "video": "media-src",
    "audio": "media-src",
    "source": "media-src",
    "track": "media-src",
    "embed": "object-src",
    "object": "object-src",
}
YOUTUBE_HOSTS = {
    "youtube.com",
    "www.youtube.com",
    "m.youtube.com",
    "youtube-nocookie.com",
    "www.youtube-nocookie.com",
}
YOUTUBE_PLAYERS = ("https://www.youtube-nocookie.com", "https://www.youtube.com")
VIMEO_PLAYER = "https://player.vimeo.com"
VIDEO_ID = re.compile(r"[A-Za-z0-9_-]{6,20}")
# GitHub's gist embed: a script that writes the code into the page; the strict CSP blocks it, and
# the page showed nothing where the code was.
GIST = re.compile(
    r"""<script\b[^>]*?\ssrc\s*=\s*["']?(?P<url>(?:https?:)?//gist\.github\.com/[^"'\s>]+?\.js)"""
    r"""(?:\?(?P<query>[^"'\s>]*))?["']?[^>]*>\s*</script\s*>""",
    re.IGNORECASE,
)


# What the policy ignores that a post writes inline: code in a <script> of its own or in an `on…=`
# handler (a <script> of data, JSON or TeX, runs nothing and is left alone), and styles. Attribute
# names are matched as written, lower case (as editors and Markdown write them): a cheap scan.
SCRIPT_TAG = re.compile(r"<script\b([^>]*)>\s*[^<\s]", re.IGNORECASE)
SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}
HANDLER = re.compile(r"\son[a-z]{3,20}\s*=")
STYLE = re.compile(r"\sstyle\s*=")
STYLE_BLOCK = re.compile(r"<style\b", re.IGNORECASE)


@dataclass
class Rewrite:
    """What rewriting one post found: resources the policy blocks, math it could not read, what
    it writes inline that the policy ignores ("script", "style", "style_block")."""

    blocked: Counter = field(default_factory=Counter)  # (directive, host) -> resources
    math_errors: list[str] = field(default_factory=list)
    inline: set[str] = field(default_factory=set)


def rewrite(text: str, policy: Policy, found: Rewrite) -> str:
    """Return the post's HTML with tables in scroll boxes, videos as facades, math as MathML."""
    if "<table" in text or "<TABLE" in text:
        text = wrap_tables(text)
    if "<img" in text and 'style="' in text:
        text = IMG_SIZE_STYLE.sub(size_attributes, text)
    if "<iframe" in text.lower():
        text = IFRAME_ALONE.sub(lambda m: replace_iframe(m, policy), text)
        text = IFRAME.sub(lambda m: replace_iframe(m, policy), text)
    if "<object" in text.lower() or "<embed" in text.lower():
        text = FLASH.sub(lambda m: replace_flash(m, policy), text)
    if "gist.github.com" in text:
        text = GIST.sub(lambda m: replace_gist(m, policy), text)
    if 'class="arithmatex"' in text:
        text = MATH.sub(lambda m: math_to_mathml(m, found), text)
    if "<html-literal>" in text or "<HTML-LITERAL>" in text:
        text = HTML_LITERAL.sub(decode_html_literal, text)
    if "//" in text:
        for match in RESOURCE.finditer(text):
            directive = DIRECTIVE_OF[match.group("tag").lower()]
            url = html.unescape(match.group("url"))
            url = f"https:{url}" if url.startswith("//") else url
            if not policy.allows(directive, url):
                found.blocked[(directive, urlsplit(url).hostname or url)] += 1
    found.inline.update(inline_code(text))
    return text


def inline_code(text: str) -> set[str]:
    """Return what *text* writes inline that a strict policy ignores: "script", "style" (an
    attribute), "style_block" (a `<style>` element)."""
    found = set()
    if ("<script" in text or "<SCRIPT" in text) and any(
        "src" not in attributes(m.group(1)) and _script_type(m.group(1)) in SCRIPT_TYPES
        for m in SCRIPT_TAG.finditer(text)
    ):
        found.add("script")
    if " on" in text and _in_a_tag(text, HANDLER):
        found.add("script")
    if "style" in text and _in_a_tag(text, STYLE):
        found.add("style")
    if STYLE_BLOCK.search(text):
        found.add("style_block")
    return found


def _in_a_tag(text: str, pattern: re.Pattern) -> bool:
    """Return whether *pattern* matches inside a tag of *text* (not in its words)."""
    for match in pattern.finditer(text):
        if match.group().startswith("<") or text.rfind("<", 0, match.start()) > text.rfind(
            ">", 0, match.start()
        ):
            return True
    return False


def _script_type(inside: str) -> str:
    """Return the `type` of a <script> tag's inside, lowercased, "" when it has none."""
    return attributes(inside).get("type", "").strip().lower()


def wrap_tables(text: str) -> str:
    """Put every outermost table in a box that scrolls sideways, and alignment in classes.

    A table wider than the screen then scrolls inside its box, never the page. Python-Markdown
    aligns columns with `style="text-align: …"`, which the strict CSP refuses: a class says it.
    """
    text = ALIGN_STYLE.sub(r'<\1\2 class="align-\3"', text)
    parts, depth, last = [], 0, 0
    for match in TABLE_TAG.finditer(text):
        closing = bool(match.group(1))
        if not closing:
            if depth == 0:
                parts += [text[last : match.start()], '<div class="scroll-box">']
                last = match.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                parts += [text[last : match.end()], "</div>"]
                last = match.end()
    if depth:  # a table never closed: leave the text as it was
        return text
    parts.append(text[last:])
    return "".join(parts)


def size_attributes(match: re.Match) -> str:
    """Return an `<img>` whose style gave only its size in pixels with `width` and `height`
    attributes in its place, which the strict CSP does not refuse (it ignored the style, and the
    picture was shown at its file's size). One with a size attribute already is left alone."""
    before = match.group("before")
    if re.search(r"\s(?:width|height)\s*=", before, re.IGNORECASE):
        return match.group()
    sizes = "".join(f' {name.lower()}="{value}"' for name, value in SIZE.findall(match["sizes"]))
    return f"<img{before}{sizes}"


def attributes(text: str) -> dict[str, str]:
    """Return the attributes of a tag's inside, names lowercased, values unescaped."""
    found = {}
    for name, double, single, bare in ATTRIBUTE.findall(text):
        found.setdefault(name.lower(), html.unescape(double or single or bare))
    return found


def replace_iframe(match: re.Match, policy: Policy) -> str:
    """Return a video facade for a YouTube or Vimeo player, a link for a frame the CSP blocks."""
    attrs = attributes(match.group("attrs"))
    src = attrs.get("src", "").strip()
    if src.startswith("//"):
        src = f"https:{src}"
    parts = urlsplit(src)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return match.group()
    title = " ".join(attrs.get("title", "").split())
    video = video_of(parts)
    if video is not None:
        return facade(video, title, policy)
    if policy.allows("frame-src", src):
        return match.group()
    label = f"Open “{title}”" if title else "Open the embedded page"
    return (
        f'<p class="embed-link"><a href="{html.escape(src)}">{html.escape(label)}</a> '
        f"<span>({html.escape(parts.hostname)})</span></p>"
    )


def replace_flash(match: re.Match, policy: Policy) -> str:
    """Return a video facade for a YouTube or Vimeo Flash player; any other object as it is."""
    found = FLASH_VIDEO.search(html.unescape(match.group()))
    if found is None:
        return match.group()
    if found.group("youtube"):
        player = f"https://www.youtube.com/embed/{found.group('youtube')}"
    else:
        player = f"https://player.vimeo.com/video/{found.group('vimeo')}"
    video = video_of(urlsplit(player))
    return facade(video, "", policy) if video is not None else match.group()


def replace_gist(match: re.Match, policy: Policy) -> str:
    """Return a link to a gist whose embed script the CSP blocks; the script when trusted."""
    url = html.unescape(match.group("url"))
    url = f"https:{url}" if url.startswith("//") else url
    if policy.allows("script-src", url):
        return match.group()
    page = url.removesuffix(".js")
    file = parse_qs(html.unescape(match.group("query") or "")).get("file", [""])[0]
    label = f"See the code on GitHub ({file})" if file else "See the code on GitHub"
    return (
        f'<p class="embed-link"><a href="{html.escape(page)}">{html.escape(label)}</a> '
        "<span>(gist.github.com)</span></p>"
    )


@dataclass(frozen=True)
class Video:
    """A video player found in a post: where to watch it, and how to play it in the page."""

    site: str
    watch_url: str
    players: tuple[tuple[str, str], ...]  # (origin, embed URL), the most private first


def video_of(parts) -> Video | None:
    """Return the video a YouTube or Vimeo player address shows, or None."""
    host = parts.hostname.lower()
    query = parse_qs(parts.query)
    segments = [s for s in parts.path.split("/") if s]
    if host in YOUTUBE_HOSTS and len(segments) == 2 and segments[0] == "embed":
        video_id = segments[1]
        if not VIDEO_ID.fullmatch(video_id):
            return None
        watch = {"v": video_id}
        if "start" in query:
            watch["t"] = query["start"][0]
        keep = {k: v[0] for k, v in query.items() if k in ("start", "end", "list", "rel")}
        embed = urlencode({**keep, "autoplay": "1"})
        players = tuple(
            (origin, f"{origin}/embed/{video_id}?{embed}") for origin in YOUTUBE_PLAYERS
        )
        return Video("YouTube", f"https://www.youtube.com/watch?{urlencode(watch)}", players)
    if host == "player.vimeo.com" and len(segments) == 2 and segments[0] == "video":
        video_id = segments[1]
        if not video_id.isdigit():
            return None
        embed = f"{VIMEO_PLAYER}/video/{video_id}?autoplay=1&dnt=1"
        return Video("Vimeo", f"https://vimeo.com/{video_id}", ((VIMEO_PLAYER, embed),))
    return None


def facade(video: Video, title: str, policy: Policy) -> str:
    """Return the click-to-load facade of *video*: a link to it, playing in place when trusted.

    Nothing is fetched from the video site until the reader asks. Without JavaScript, or when the
    CSP does not trust a player (`frame-src`), the link takes the reader to the video's page.
    """
    player = next((url for origin, url in video.players if policy.allows("frame-src", url)), "")
    label = f"Play “{title}”" if title else "Play the video"
    data = ""
    if player:
        data = f' data-embed="{html.escape(player)}" data-title="{html.escape(title or label)}"'
    return (
        '<p class="video-facade"><a class="video-facade-link" '
        f'href="{html.escape(video.watch_url)}"{data}>'
        '<span class="video-facade-play" aria-hidden="true"></span>'
        f'<span class="video-facade-label">{html.escape(label)}</span>'
        f'<span class="video-facade-site"> {video.site}</span></a></p>'
    )


def decode_html_literal(match: re.Match) -> str:
    """Return the HTML an `<html-literal>` holds as hex; of KaTeX's output, its MathML alone."""
    try:
        decoded = bytes.fromhex(match.group("hex")).decode("utf-8")
    except ValueError:  # not UTF-8: not text its extension wrote, left as it is
        return match.group()
    if "katex" in decoded:
        mathml = KATEX_MATHML.findall(decoded)
        if mathml:
            return "".join(mathml)
    return decoded


def math_to_mathml(match: re.Match, found: Rewrite) -> str:
    """Return Arithmatex's `\\(…\\)` or `\\[…\\]` as MathML, which browsers draw themselves."""
    # Imported here, not at the top: few blogs write math, and the import costs ~0.05 s a build.
    from latex2mathml.converter import convert as latex_to_mathml

    tex = html.unescape(match.group("tex")).strip()
    block = match.group("tag").lower() == "div"
    for opening, closing in (("\\(", "\\)"), ("\\[", "\\]"), ("$$", "$$"), ("$", "$")):
        if tex.startswith(opening) and tex.endswith(closing) and len(tex) >= 2 * len(opening):
            tex = tex[len(opening) : len(tex) - len(closing)].strip()
            break
    try:
        mathml = latex_to_mathml(tex, display="block" if block else "inline")
    except Exception as error:  # latex2mathml raises many kinds on TeX it does not know
        found.math_errors.append(f"{tex[:40]} ({type(error).__name__}: {error})")
        return match.group()
    return mathml  # a wide block equation scrolls sideways by itself (site.css)
