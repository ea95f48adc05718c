"""Which lines of a Markdown text are code: in a fenced block or an indented code block.

Read line by line the way CommonMark reads blocks (spec 0.31, "Fenced code blocks" and
"Indented code blocks"): a fence is three or more backticks or tildes indented at most three
spaces, closed only by a run of the same character at least as long (```` is not closed by ```,
nor ``` by ~~~); four spaces of indent (a tab counts as four) make code, unless the line goes on
a paragraph or is a list item's text, which Python-Markdown wants indented by four.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FENCE = re.compile(r"(?P<run>`{3,}|~{3,})(?P<info>.*)")
LIST_ITEM = re.compile(r"(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)")
HEADING = re.compile(r"#{1,6}(?:[ \t]|$)")
# A setext heading's underline or a thematic break: it ends a paragraph as a heading does.
RULE = re.compile(r"(?:=+|-+|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})[ \t]*")
CODE_INDENT = 4  # columns of indent that make a line code, and a list item's text (Python-Markdown)


def indent_width(line: str) -> int:
    """Return the columns of whitespace *line* starts with, a tab reaching the next fourth."""
    width = 0
    for character in line:
        if character == " ":
            width += 1
        elif character == "\t":
            width += CODE_INDENT - width % CODE_INDENT
        else:
            break
    return width


@dataclass
class CodeLines:
    """Reads a Markdown text one line at a time and says which lines are code."""

    fence: str = ""  # the opening run (```, ````, ~~~) while inside a fenced block
    base: int = 0  # the indent of the innermost list item's text; 0 outside lists
    in_paragraph: bool = False  # the last line was text an indented line would go on
    after_blank: bool = True

    def read(self, line: str) -> bool:
        """Return whether *line*, the text's next line, is code (a fence line is)."""
        if self.fence:
            self._read_in_fence(line)
            return True
        if not line.strip():
            self.in_paragraph, self.after_blank = False, True
            return False
        indent = indent_width(line)
        if self.base and indent < self.base and self.after_blank and not self._is_item(line):
            self.base = 0  # text back at the margin after a blank line: the list has ended
        if indent - self.base >= CODE_INDENT and not self.in_paragraph:
            self.after_blank = False
            return True
        self.after_blank = False
        return self._read_block_start(line, indent)

    def end_block(self) -> None:
        """Note that a block the caller read itself (not text) ended on the last line."""
        self.in_paragraph = False

    def _read_block_start(self, line: str, indent: int) -> bool:
        """Read a line that is no indented code: a fence opening, a list item or text."""
        text = line.lstrip(" \t")
        opening = FENCE.match(text) if indent - self.base < CODE_INDENT else None
        if opening and not (opening["run"][0] == "`" and "`" in opening["info"]):
            if indent < self.base:
                self.base = 0  # a fence at the margin is no list item's: the list has ended
            self.fence, self.in_paragraph = opening["run"], False
            return True
        if RULE.fullmatch(text) or HEADING.match(text):
            self.in_paragraph = False
            return False
        if self._is_item(line):
            self.base = (indent // CODE_INDENT + 1) * CODE_INDENT
        self.in_paragraph = True
        return False

    def _read_in_fence(self, line: str) -> None:
        """Read a line inside a fenced block: a run of the opener's character at least as long,
        alone on its line and indented less than code, closes it."""
        text = line.strip(" \t")
        closing = text and text == self.fence[0] * len(text) and len(text) >= len(self.fence)
        if closing and indent_width(line) - self.base < CODE_INDENT:
            self.fence = ""

    def _is_item(self, line: str) -> bool:
        return bool(LIST_ITEM.match(line.lstrip(" \t")))
