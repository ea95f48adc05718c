"""Another plugin's syntax that a post still shows as written: no plugin read it.

A blog moved here without the plugin that read `{% youtube … %}` (liquid_tags) or
`{{ SITEURL }}` (jinja2content), or without Python-Markdown's toc extension (`[TOC]`), showed
those to readers (or linked to them), and no warning said so.
"""

from __future__ import annotations

import logging
import re
from html import unescape

from .jekyll import has_unclosed_highlight

logger = logging.getLogger(__name__)

# What a post shows of code is meant to be shown (`{% for %}` in a Jinja tutorial); a script's,
# a style's or a comment's text is not shown at all.
CODE = re.compile(r"<(pre|code|script|style)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
# Nor is TeX Jinja: `$\hat{{x}}$` is math, as arithmatex writes it or as MathJax reads it.
MATH = re.compile(
    r'<(span|div) class="arithmatex">.*?</\1>|\$\$.*?\$\$|\$[^$\n]+\$|\\\(.*?\\\)|\\\[.*?\\\]',
    re.DOTALL,
)
# Not inside a Hugo shortcode (`{{% notice %}}`): hugo.py names those.
LIQUID = re.compile(r"(?<!\{)\{%\s*(?P<name>[A-Za-z_][\w-]*)[^%]*?%\}")
VIDEO_TAGS = ("youtube", "vimeo")
# Jinja's own statements: jinja2content's, not liquid_tags' (whose tags are names like youtube).
JINJA_STATEMENTS = frozenset(
    {"include", "if", "for", "set", "block", "extends", "macro", "import", "from", "with", "raw"}
)
JINJA = re.compile(r"\{\{-?\s*(?P<name>[A-Za-z_][\w.]*)\s*-?\}\}")
# Jekyll's own Liquid output: its variables (`{{ site.baseurl }}`, `{{ page.title }}`) and its
# filters (`{{ "/assets/a.png" | relative_url }}`), which jinja2content never filled in.
JEKYLL_OUTPUT = re.compile(
    r"\{\{-?\s*(?:(?:site|page|post|include|layout|paginator|jekyll)\.[\w.]+|\"[^\"{}]*\"|'[^'{}]*')"
    r"\s*(?:\|[^{}|]*)*-?\}\}"
)
JEKYLL_OUTPUT_FIX = (
    "it is Jekyll's Liquid, which no Pelican plugin reads: write the address from the content "
    'folder (`{{ site.baseurl }}/images/a.png` or `{{ "/images/a.png" | relative_url }}` as '
    "`{static}/images/a.png`, a post as `{filename}/my-post.md`), or the words it stood for"
)
# Hugo's Go template output (`{{ .Site.Title }}`, `{{ $url }}`, `{{ .Params.cover | absURL }}`):
# its fields start with a dot, its variables with `$`; Hugo never filled them in in a post either.
HUGO_OUTPUT = re.compile(r"\{\{-?\s*[.$][\w.$]*(?:\s[^{}]*?)?\s*-?\}\}")
HUGO_OUTPUT_FIX = (
    "it is Hugo's Go template, which Pelican does not fill in: write the words it stood for "
    "(the site's name), a post's address as `{filename}/my-post.md`, a picture's as "
    "`{static}/images/a.png`"
)
# Jekyll's `{% include image.html alt="…" %}` names a file of _includes/ unquoted; Jinja's
# `{% include "note.html" %}` quotes it.
JEKYLL_INCLUDE = re.compile(r"\{%-?\s*include(?:_relative)?\s+[^\s\"'%]")
# The tags pelican-liquid-tags 1.0.4 registers: only these does that plugin read.
LIQUID_TAGS_TAGS = frozenset(
    {"audio", "b64img", "blockdiag", "flickr", "generic", "giphy", "gram", "graphviz", "img"}
    | {"include_code", "literal", "notebook", "pygal", "soundcloud", "speakerdeck", "spotify"}
    | {"video", "vimeo", "youtube"}
)
# Jekyll's own Liquid tags, in posts moved from a Jekyll blog (`jekyll new` writes the first):
# no Pelican plugin reads them, so each gets what to write in its place.
CODE_FENCE_FIX = "write the code between fences (a line ```ruby, the code, a line ```)"
JEKYLL_FIXES = {
    "highlight": CODE_FENCE_FIX,
    "endhighlight": CODE_FENCE_FIX,
    "comment": "delete the note, or make it an HTML comment (<!-- … -->)",
    "endcomment": "delete the note, or make it an HTML comment (<!-- … -->)",
    "post_url": "link the post's file with {filename} ([its title]({filename}/my-post.md))",
    "link": "link the file with {filename} or {static} ([its title]({filename}/my-post.md))",
    "include": "write the HTML the file of _includes/ made in its place (a picture as "
    "![its words]({static}/images/a.png))",
    "include_relative": "paste the file's text in its place",
}
TOC = re.compile(r"<p>\s*\[TOC\]\s*</p>")
# Python-Markdown's admonition extension's `!!! note "Title"`, a paragraph when it is off.
ADMONITION = re.compile(r"<p>!!!\s*[\w-]+(?=(?:[ \t]+\"[^\"\n]*\")?[ \t]*(?:\n|</p>))")
ADMONITION_FIX = (
    "it is a note box, which Python-Markdown's admonition extension writes: add "
    '"markdown.extensions.admonition": {} to MARKDOWN\'s extension_configs in pelicanconf.py'
)
# A `$$ … $$` block of TeX (a backslash, ^ or _ in it: not prices), shown as written when
# arithmatex is off (pelicanconf.py has it commented out).
TEX_BLOCK = re.compile(r"\$\$(?=[^$]*[\\^_])[^$]+\$\$")
TEX_FIX = (
    "it is math, which pymdownx.arithmatex reads: uncomment its line in MARKDOWN's "
    'extension_configs in pelicanconf.py (docs/theme.md, "Math")'
)
JINJA_FIX = (
    "it is Jinja, which the jinja2content plugin filled in: pip install pelican-jinja2content and "
    'add "pelican.plugins.jinja2content" to PLUGINS, or write what it stood for (a link to '
    "`{{ SITEURL }}/images/a.png` as `{static}/images/a.png`)"
)
RST_TOC_FIX = (
    "Markdown's toc extension reads Markdown posts only: in reStructuredText, write "
    "`.. contents::` for a table of contents"
)
TOC_FIX = (
    "it asks for a table of contents, which Python-Markdown's toc extension writes: add "
    '"markdown.extensions.toc": {} to MARKDOWN\'s extension_configs in pelicanconf.py'
)


def warn_left_as_text(
    shown: str, html: str, source: str, markdown: bool = True, kept: list[str] | None = None
) -> None:
    """Warn once for each plugin's syntax the post's *html* still shows as text, naming the line
    of *source* it is on and how to have it read (*markdown*: whether the post is Markdown, the
    only posts liquid_tags and the toc extension read), but for what a `{% raw %}` block *kept*
    to be shown as written."""
    if not any(mark in html for mark in ("{%", "{{", "[TOC]", "!!!", "$$")):
        return
    without_code = CODE.sub("", html)
    prose = MATH.sub("", without_code)
    found: dict[str, tuple[str, str]] = {}
    for match in LIQUID.finditer(prose):
        name = match.group("name")
        if name.startswith("end") and f"{{% {name[3:]}" in found:
            continue  # `{% endhighlight %}`: its block is named already
        if name == "highlight" and has_unclosed_highlight(source):
            continue  # one never closed: jekyll.py named it, and what to add
        jekyll = name.startswith("include") and JEKYLL_INCLUDE.match(unescape(match.group()))
        fix = JINJA_FIX if name in JINJA_STATEMENTS and not jekyll else _liquid_fix(name, markdown)
        found.setdefault(f"{{% {name}", (unescape(match.group()), fix))
    for match in JEKYLL_OUTPUT.finditer(unescape(prose)):
        found.setdefault(match.group(), (match.group(), JEKYLL_OUTPUT_FIX))
    for match in HUGO_OUTPUT.finditer(unescape(prose)):
        found.setdefault(match.group(), (match.group(), HUGO_OUTPUT_FIX))
    for match in JINJA.finditer(prose):
        if markdown or match.group("name").isupper():  # an HTML page's `{{ message }}`: Vue's
            found.setdefault(match.group(), (match.group(), JINJA_FIX))
    if TOC.search(prose):
        found["[TOC]"] = ("[TOC]", TOC_FIX if markdown else RST_TOC_FIX)
    admonition = ADMONITION.search(prose) if markdown else None
    if admonition:
        found[admonition.group()[3:]] = (admonition.group()[3:], ADMONITION_FIX)
    tex = TEX_BLOCK.search(without_code) if markdown else None
    if tex:
        found["$$"] = (_shortened(unescape(tex.group())), TEX_FIX)
    for needle, (written, fix) in found.items():
        if kept and any(unescape(written) in text for text in kept):
            continue
        logger.warning(
            "front_matter: %s:%d: `%s` is shown as written, read by no plugin: %s",
            shown,
            _line_of(source, needle),
            written,
            fix,
            extra={"limit_msg": "front_matter: more plugin syntax shown as written"},
        )


def _liquid_fix(name: str, markdown: bool = True) -> str:
    """Return how to have the Liquid tag *name* read, or do without it (in a post of another
    markup than Markdown, which liquid_tags, a Markdown extension, never reads)."""
    if name in JEKYLL_FIXES:
        return f"it is Jekyll's Liquid, which no Pelican plugin reads: {JEKYLL_FIXES[name]}"
    if not markdown:
        return (
            "liquid_tags reads Markdown posts only: write what it stood for (in "
            "reStructuredText, a picture as `.. image::`, other HTML such as a video's <iframe>, "
            "which becomes a link that plays it, in a `.. raw:: html` block)"
        )
    if name not in LIQUID_TAGS_TAGS:
        return (
            "no plugin Goldstar knows of reads this tag (pelican-liquid-tags has no "
            f"`{name}`): install the plugin that read it, or write the HTML it stood for"
        )
    instead = (
        "the video's <iframe> embed code (it becomes a link that plays the video)"
        if name in VIDEO_TAGS
        else "the HTML it stood for"
    )
    return (
        'it is a liquid_tags tag: pip install pelican-liquid-tags, add "liquid_tags" to '
        f'PLUGINS and LIQUID_TAGS = ["{name}"] to pelicanconf.py (docs/migrating.md), or write '
        f"{instead}"
    )


def warn_other_left_as_text(shown: str, html: str, source_path: str) -> None:
    """Warn about the plugin syntax a post of another markup than Markdown (reStructuredText,
    HTML) at *source_path* still shows as text (`{% img … %}`, `{{ SITEURL }}`), as for a
    Markdown post: Pelican said nothing."""
    if "{%" not in html and "{{" not in html and "[TOC]" not in html:
        return
    with open(source_path, encoding="utf-8", errors="replace") as source:
        warn_left_as_text(shown, html, source.read(), markdown=False)


def _shortened(tex: str) -> str:
    """Return the first words of a block of TeX, on one line."""
    words = " ".join(tex.split())
    return words if len(words) <= 40 else words[:39].rstrip() + "…$$"


def _line_of(source: str, needle: str) -> int:
    """Return the line of *source* where *needle* first appears (tags' inner spaces aside)."""
    if needle.startswith("{%"):
        match = re.search(r"\{%-?\s*" + re.escape(needle[3:]) + r"\b", source)
        index = match.start() if match else -1
    elif needle == "$$":
        match = TEX_BLOCK.search(source)
        index = match.start() if match else -1
    else:
        index = source.find(needle)
    return source.count("\n", 0, index) + 1 if index >= 0 else 1


# simple_footnotes' `[ref]…[/ref]`: that plugin reads it once every post is read, so the check
# waits for the same moment (all_generators_finalized), when the plugin would have done its work.
FOOTNOTE = re.compile(r"\[ref\].*?\[/ref\]", re.DOTALL)
FOOTNOTE_FIX = (
    "simple_footnotes' footnotes, which no plugin read: pip install pelican-simple-footnotes and "
    'add "simple_footnotes" to PLUGINS, or write Markdown footnotes (`[^1]`)'
)


def _source_text(content) -> str:
    """Return the text of *content*'s source file, "" when it cannot be read."""
    try:
        with open(content.source_path, encoding="utf-8", errors="replace") as source:
            return source.read()
    except (OSError, TypeError):
        return ""


def warn_unread_footnotes(contents) -> None:
    """Warn, naming each post, about `[ref]…[/ref]` footnotes it still shows as written."""
    for content in contents:
        text = content._content
        if not isinstance(text, str) or "[ref]" not in text:
            continue
        found = FOOTNOTE.findall(CODE.sub("", text))
        if found:
            words = " ".join(re.sub(r"<[^>]*>", "", found[0][5:-6]).split())
            logger.warning(
                "front_matter: %s:%d: %d footnote%s shown as written, `[ref]%s[/ref]` the first: "
                "%s",
                content.relative_source_path,
                _line_of(_source_text(content), "[ref]"),
                len(found),
                "s" if len(found) > 1 else "",
                words if len(words) <= 40 else words[:40].rstrip() + "…",
                FOOTNOTE_FIX,
                extra={"limit_msg": "front_matter: more posts with `[ref]` footnotes as written"},
            )
