"""docutils' complaints about a reStructuredText post, every one of them, for one warning.

Pelican stops docutils at its first complaint; reader.ForgivingRst reads the post again without
stopping, and the warning named that first complaint only, "(and look for more)": a post with
three directives of plugins the blog no longer has took three builds to learn of them. The
complaints of the second reading are kept by a transform that runs before docutils filters them
out of the document (none is shown in the page), so the warning names each line.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

from docutils import nodes
from docutils.transforms import Transform
from docutils.utils import SystemMessage

logger = logging.getLogger(__name__)

# The docutils setting the complaints of a reading are collected in (a list).
COMPLAINTS = "goldstar_complaints"
WARNING_LEVEL = 2  # docutils' levels: 1 info, 2 warning, 3 error, 4 severe
SHOWN = 3  # complaints named after the first, then how many more
# docutils' message: "<source>:<line>: (<LEVEL>/<n>) <text>", then the lines it is about.
DOCUTILS_MESSAGE = re.compile(r"(?:.*?:(?P<line>\d+): )?\((?P<level>[A-Z]+)/\d\) (?P<text>.*)")


@dataclass(frozen=True)
class Complaint:
    """One thing docutils said about a post: its line (None when it gave none), how bad, what."""

    line: int | None
    level: str  # "warning", "error", "severe"
    text: str  # its first paragraph, on one line, without the final full stop


class CollectComplaints(Transform):
    """Keep the post's complaints in the COMPLAINTS setting, before docutils filters them out."""

    default_priority = 100  # docutils' FilterMessages (870) takes them out of the document

    def apply(self, **kwargs) -> None:
        """Add each complaint (a warning or worse) in the document to the COMPLAINTS list."""
        found = getattr(self.document.settings, COMPLAINTS, None)
        if found is None:
            return
        for message in self.document.findall(nodes.system_message):
            if message["level"] >= WARNING_LEVEL:
                first = message.children[0].astext() if message.children else ""
                found.append(Complaint(message.get("line"), message["type"].lower(), _one(first)))


@functools.cache
def collecting(writer_class: type) -> type:
    """Return *writer_class* with the transform that keeps a post's complaints."""

    class Collecting(writer_class):  # type: ignore[misc, valid-type]
        def get_transforms(self) -> list:
            return [*super().get_transforms(), CollectComplaints]

    return Collecting


def halting_complaint(error: SystemMessage) -> Complaint:
    """Return the complaint docutils stopped on."""
    # The complaint is its first paragraph (the directive's own text follows a blank line):
    # "Problems with "include" directive path:" goes on with the file's name.
    first_line = _one(str(error).split("\n\n", 1)[0])
    found = DOCUTILS_MESSAGE.match(first_line)
    if found is None:
        return Complaint(None, "problem", first_line)
    line = int(found.group("line")) if found.group("line") else None
    return Complaint(line, found.group("level").lower(), found.group("text").rstrip("."))


def warn_complaints(shown: str, first: Complaint, collected: list[Complaint]) -> None:
    """Warn about the post *shown* (its path), naming *first* and the other complaints."""
    others = list(collected)
    if first in others:
        others.remove(first)
    where = f"{shown}:{first.line}" if first.line else shown
    logger.warning(
        "front_matter: %s: reStructuredText %s: %s; the post is built as docutils could read it: "
        "fix the line%s",
        where,
        first.level,
        first.text,
        _and_the_others(others),
    )


def _and_the_others(others: list[Complaint]) -> str:
    """Return the words that name the other complaints after the first ("" for none)."""
    if not others:
        return ""
    named = [
        f"line {c.line} ({c.level}: {c.text})" if c.line else f"({c.level}: {c.text})"
        for c in others[:SHOWN]
    ]
    more = f", and {len(others) - SHOWN} more" if len(others) > SHOWN else ""
    return f", and {', '.join(named)}{more}"


def _one(text: str) -> str:
    """Return *text* on one line, without its final full stop."""
    return " ".join(text.split()).rstrip(".")
