"""Pictures a post shows with no `alt` text at all.

Pelican names a picture whose `alt` is empty (`![](me.jpg)`, `alt=""`), which may well be one
that only decorates; it says nothing of an `<img>` written without `alt`, as bloggers paste them
from old editors and tutorials (fullstackpython: 89 in 20 posts and pages). A screen reader reads
such a picture's file name ("try-twilio dot png"), or nothing useful at all. Each post with one is
named now, with the line of its first such picture and what to write.

Pelican's log limiter let four warnings of a kind through and then said "more posts…": a blog
with twenty such posts learned where four were. Up to four are named one warning each; more are
listed in one warning, each file with the line of its first picture, so none is left to find.
"""

from __future__ import annotations

import logging
import re
from html import unescape

logger = logging.getLogger(__name__)

IMG = re.compile(r"<img\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", re.IGNORECASE)
ALT = re.compile(r"\salt\s*=", re.IGNORECASE)
SRC = re.compile(r"""\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
# Code a post shows, and what it comments out, are not pictures on its page.
NOT_SHOWN = re.compile(r"<(pre|code)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
FIX = (
    'say what it shows with alt="…" (alt="" for a picture that only decorates), or write it '
    "as ![what it shows](picture.png)"
)


# Pelican's log limiter lets this many warnings of a kind through, then says "more …": more
# posts than that are listed in one warning instead.
ONE_BY_ONE = 4


def warn_pictures_without_alt(contents) -> None:
    """Warn, naming each of *contents* that shows an `<img>` without `alt`, the line of the
    first and what to write: one warning each, or one listing them all when there are many."""
    found = []
    for content in contents:
        text = getattr(content, "_content", None)
        if not isinstance(text, str) or "<img" not in text.lower():
            continue
        missing = [tag for tag in IMG.findall(NOT_SHOWN.sub("", text)) if not ALT.search(tag)]
        if missing:
            found.append((_where(content, missing[0]), _pictures(missing)))
    if len(found) > ONE_BY_ONE:
        _warn_all(found, "pages" if type(contents[0]).__name__ == "Page" else "posts")
        return
    for where, pictures in found:
        logger.warning(
            "front_matter: %s: the picture %s no alt text, so a screen reader reads its file's "
            "name: %s",
            where,
            pictures,
            FIX,
        )


def _warn_all(found: list[tuple[str, str]], kind: str) -> None:
    """Warn once, listing each of the *found* posts and its pictures without `alt`."""
    logger.warning(
        "front_matter: %d %s show pictures with no alt text, so a screen reader reads their "
        "file's name: %s; each, at the line of its first:\n%s",
        len(found),
        kind,
        FIX,
        "\n".join(f"  {where}: the picture {pictures}" for where, pictures in found),
    )


def _pictures(missing: list[str]) -> str:
    """Return what to say of the pictures *missing* (their tags): the first's address, and how
    many more, with the verb."""
    src = _src_of(missing[0])
    return f"`{src}` and {len(missing) - 1} more have" if len(missing) > 1 else f"`{src}` has"


def _where(content, first: str) -> str:
    """Return *content*'s file, with the line of the picture *first* (its tag) when known."""
    source = _source_of(content)
    where = content.relative_source_path
    return f"{where}:{_line_of(source, _src_of(first))}" if source else where


def _src_of(tag: str) -> str:
    """Return the address an `<img>` tag names, as written."""
    match = SRC.search(tag)
    if not match:
        return tag if len(tag) <= 60 else tag[:59] + "…"
    return unescape(next(group for group in match.groups() if group is not None))


def _source_of(content) -> str:
    """Return the text of *content*'s source file, "" when it cannot be read."""
    try:
        with open(content.source_path, encoding="utf-8", errors="replace") as source:
            return source.read()
    except (OSError, TypeError):
        return ""


def _line_of(source: str, src: str) -> int:
    """Return the line of *source* where its `<img>` of *src* without `alt` is, else where *src*
    first appears, else 1."""
    index = next(
        (
            match.start()
            for match in IMG.finditer(source)
            if not ALT.search(match.group()) and src in unescape(match.group())
        ),
        source.find(src),
    )
    return source.count("\n", 0, index) + 1 if index >= 0 else 1
