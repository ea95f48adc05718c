"""The entries of a post's YAML front matter, scalars kept as text; a broken entry is read as
the plain text Pelican's own reader took it for, with a warning when it was meant as YAML.

Imported by reader.py only for a post that has front matter: PyYAML costs a build 10 ms to import,
and a blog of Pelican-style `Key: value` posts (or a build that reads every post from the content
cache) never needs it.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

import yaml

if TYPE_CHECKING:
    from .reader import FrontMatter

logger = logging.getLogger(__name__)

NULL_TAG = "tag:yaml.org,2002:null"
# libyaml's parser when PyYAML was built with it (its wheels are): the same YAML, ten times faster.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# A `key: value` line that opens an entry, as YAML and Python-Markdown's meta both accept.
ENTRY = re.compile(r"(?P<key>[A-Za-z0-9_][A-Za-z0-9_.-]*)[ \t]*:(?P<value>.*)\Z")
# A value YAML reads as structure, not as plain text: quotes, flow lists and maps, block scalars,
# anchors, aliases and tags. Broken, these are reported; any other refused value is plain text.
STRUCTURED = tuple("\"'[{|>&*!")


def load_yaml(block: str) -> dict[str, object]:
    """Return the entries of a YAML mapping, scalars kept as text; raise yaml.YAMLError."""
    loader = LOADER(block)
    try:
        node = loader.get_single_node()
        if node is None:
            return {}
        if not isinstance(node, yaml.MappingNode):
            raise yaml.MarkedYAMLError(
                problem="front matter must be `key: value` lines", problem_mark=node.start_mark
            )
        return {
            str(loader.construct_object(key, deep=True)).strip().lower(): _value(loader, value)
            for key, value in node.value
        }
    finally:
        loader.dispose()


def _value(loader, node: yaml.Node) -> object:
    if isinstance(node, yaml.ScalarNode):
        return None if node.tag == NULL_TAG else node.value
    if isinstance(node, yaml.SequenceNode) and all(
        isinstance(item, yaml.ScalarNode) for item in node.value
    ):
        return [item.value for item in node.value if item.tag != NULL_TAG]
    return loader.construct_object(node, deep=True)


def read_front_matter(front: FrontMatter, source_path: str) -> dict[str, object]:
    """Return the entries of *front*; a broken entry is warned about and read as plain text.

    A value YAML refuses but that is one line of plain text (`twitter: @someone`,
    `title: Quick and Dirty: Santa's Coming`) is what Pelican's own reader always accepted
    between `---` lines: it is read as that text without a word.
    """
    try:
        return load_yaml(front.block)
    except yaml.YAMLError:
        pass
    entries: dict[str, object] = {}
    for line_number, key, lines in _entries(front, source_path):
        text = "\n".join(lines)
        try:
            entries.update(load_yaml(text))
            continue
        except yaml.YAMLError as error:
            problem = _problem(error)
        value = text.split(":", 1)[1].strip()
        if len(lines) > 1 or value.startswith(STRUCTURED):
            logger.warning(
                "front_matter: %s:%d: broken YAML in `%s` (%s); read as plain text",
                source_path,
                line_number,
                _shorten(lines[0].strip()),
                problem,
            )
            value = " ".join(line.strip() for line in text.split(":", 1)[1].split("\n")).strip()
        entries[key.lower()] = value or None
    return entries


def _entries(front: FrontMatter, source_path: str):
    """Yield (line number, key, lines) for each top-level `key: value` entry of a broken block."""
    current: tuple[int, str, list[str]] | None = None
    for offset, line in enumerate(front.block.split("\n")):
        number = front.first_line + offset
        opened = ENTRY.match(line)
        if opened:
            if current:
                yield current
            current = (number, opened.group("key"), [line])
        elif not line.strip() or line.lstrip().startswith("#"):
            continue
        elif current and (line[0] in " \t" or line.startswith("- ")):
            current[2].append(line)
        else:
            logger.warning(
                "front_matter: %s:%d: `%s` is not a `key: value` line; left out",
                source_path,
                number,
                _shorten(line.strip()),
            )
    if current:
        yield current


def _problem(error: yaml.YAMLError) -> str:
    if isinstance(error, yaml.MarkedYAMLError):
        return "; ".join(part for part in (error.context, error.problem) if part)
    return str(error)


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
