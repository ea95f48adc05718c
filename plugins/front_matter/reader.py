"""Read Markdown posts whose metadata is YAML front matter or Pelican's `Key: value` lines.

A file whose first line is `---` has YAML front matter, closed by `---` or `...`; one whose first
line is `+++` has Hugo's TOML front matter (toml_front.py); any other file is read by Pelican's own
Markdown reader. All give Pelican the same kinds of values: text (`title: "Quoted"` is the title
without its quotes), tags and authors from a YAML list or from a comma-separated line, dates
Pelican parses. Scalars stay text whatever YAML would make of them
(`support: true` is "true", `title: No` is "No"), exactly as Pelican-style metadata gives them, so
templates and plugins see one type whichever style a post uses.

Every reader's text is first cleaned of control characters (see `strip_controls`), and its HTML
(the post's and its summary's) kept from leaking into the page around it (see markup.balance).
"""

from __future__ import annotations

import codecs
import functools
import logging
import os
import re
from dataclasses import dataclass, replace
from html import unescape

import yaml
from docutils.utils import SystemMessage
from markdown import Markdown
from pelican.contents import Article, Page
from pelican.readers import (
    _DISCARD,
    DUPLICATES_DEFINITIONS_ALLOWED,
    HTMLReader,
    MarkdownReader,
    RstReader,
    get_docutils_lang,
)
from pelican.urlwrappers import URLWrapper
from pelican.utils import pelican_open, slugify

from .dates import file_time, read_date
from .hugo import read_shortcodes
from .jekyll import fence_highlight_blocks, is_jekyll_post, raw_kept, unwrap_raw_blocks
from .leftovers import warn_left_as_text, warn_other_left_as_text
from .markup import INLINE, balance
from .meta_lines import meta_lines_read
from .rst_complaints import COMPLAINTS, collecting, halting_complaint, warn_complaints
from .rst_title import SharedUnderline
from .shared_slugs import warn_same_address
from .slugs import cut_slug, too_long_for_a_file_name
from .syntax import HTML, LINES, RST, TOML, date_entry, entry, key_named, kind_of, opening_line
from .template_tags import keep_tags_at_line_ends
from .toml_front import split_toml
from .wordpress import read_shortcodes as read_wordpress_shortcodes

logger = logging.getLogger(__name__)
# A post with no metadata that opens with a first-level heading ("# My first post"): its title.
_OPENING_HEADING = re.compile(r"\A\s*#[ \t]+(?P<title>[^\n]*?)[ \t#]*(?:\n|\Z)")

NULL_TAG = "tag:yaml.org,2002:null"
# A file longer than this (in bytes) is not empty: one of white space alone is not left out.
EMPTY_ENOUGH = 4096
# libyaml's parser when PyYAML was built with it (its wheels are): the same YAML, ten times faster.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
LIST_KEYS = ("tags", "authors")
# Keys Pelican (or its URLs and templates) reads as one text: a YAML list or mapping there is read
# as the text it stands for, never handed on (an `author` mapping stopped the whole build).
TEXT_KEYS = frozenset(
    {"title", "date", "modified", "status", "category", "author", "slug", "lang", "template"}
    | {"save_as", "url", "translation"}
)
# Characters XML 1.0 cannot carry (Pelican's feed writer stops the build on them) and HTML calls
# parse errors: C0 controls but tab, LF and CR; DEL; C1 controls; the two noncharacters U+FFFE/F.
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# A page break (form feed) or vertical tab stood between words: it becomes a space.
SPACES = {"\x0b": " ", "\x0c": " "}
# A `key: value` line that opens an entry, as YAML and Python-Markdown's meta both accept.
ENTRY = re.compile(r"(?P<key>[A-Za-z0-9_][A-Za-z0-9_.-]*)[ \t]*:(?P<value>.*)\Z")
# A value YAML reads as structure, not as plain text: quotes, flow lists and maps, block scalars,
# anchors, aliases and tags. Broken, these are reported; any other refused value is plain text.
STRUCTURED = tuple("\"'[{|>&*!")


@dataclass(frozen=True)
class Cleaned:
    """Text with its control characters taken out, and where the first one was."""

    text: str
    removed: int
    first: int  # index of the first removed character in the original text, -1 if none
    codes: tuple[str, ...]  # the removed characters as U+XXXX, each once


def strip_controls(text: str) -> Cleaned:
    """Return *text* without the control characters feeds and HTML cannot carry."""
    found = CONTROLS.search(text)
    if found is None:
        return Cleaned(text, 0, -1, ())
    codes: dict[str, None] = {}

    def replace(match: re.Match) -> str:
        codes[f"U+{ord(match.group()):04X}"] = None
        return SPACES.get(match.group(), "")

    cleaned, removed = CONTROLS.subn(replace, text)
    return Cleaned(cleaned, removed, found.start(), tuple(codes))


def warn_controls(source_path: str, cleaned: Cleaned, text: str | None = None) -> None:
    """Warn once about the control characters taken out of *source_path* (with a line if known)."""
    if not cleaned.removed:
        return
    where = source_path
    if text is not None:
        where = f"{source_path}:{text.count(chr(10), 0, cleaned.first) + 1}"
    logger.warning(
        "front_matter: %s: %d control character%s (%s) taken out: feeds cannot carry %s",
        where,
        cleaned.removed,
        "" if cleaned.removed == 1 else "s",
        ", ".join(cleaned.codes),
        "it" if cleaned.removed == 1 else "them",
    )


@dataclass(frozen=True)
class FrontMatter:
    """The YAML block of a post: its text, the file line it starts on, and the body after it."""

    block: str
    first_line: int
    body: str


def split_front_matter(text: str, source_path: str) -> FrontMatter | None:
    """Return the YAML front matter of *text*, or None when the file does not start with `---`."""
    lines = text.split("\n")
    start = opening_line(lines)
    if start < len(lines) and lines[start].strip() == "---" != lines[start].rstrip():
        _warn_indented_fence(source_path, start, "opens no front matter: the file is read as")
    if start == len(lines) or lines[start].rstrip() != "---":
        return None
    for end in range(start + 1, len(lines)):
        if lines[end].rstrip() in ("---", "..."):
            return FrontMatter(
                block="\n".join(lines[start + 1 : end]),
                first_line=start + 2,
                body="\n".join(lines[end + 1 :]),
            )
        if lines[end].strip() in ("---", "...") and lines[end].startswith((" ", "\t")):
            _warn_indented_fence(source_path, end, "closes nothing: the file is read as")
            return None
    logger.warning(
        "front_matter: %s:%d: the front matter opened by `---` is never closed (a line `---` or "
        "`...`); the file is read as Pelican metadata",
        source_path,
        start + 1,
    )
    return None


def _warn_indented_fence(source_path: str, index: int, fate: str) -> None:
    """Warn that the `---` on line *index* + 1 is indented, so it is no front matter's fence."""
    logger.warning(
        "front_matter: %s:%d: the line `---` is indented, so it %s Pelican metadata: take out "
        "the spaces before it",
        source_path,
        index + 1,
        fate,
    )


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
        if _read_untabbed(entries, lines, line_number, source_path):
            continue
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


# The whitespace a line starts with, when a tab is in it.
LEADING_TAB = re.compile(r"^ *\t[ \t]*", re.MULTILINE)


def _read_untabbed(entries: dict, lines: list[str], line_number: int, source_path: str) -> bool:
    """Read into *entries* the entry of *lines* (from *line_number*) indented with tabs, which
    YAML does not allow, as if indented with spaces (a tab for four), warning of the first such
    line; return whether it was read so. A list under `tags:` indented with a tab (Notepad's
    Tab key) was read as the one tag `- a - b`."""
    text = "\n".join(lines)
    untabbed = LEADING_TAB.sub(lambda found: found.group().replace("\t", "    "), text)
    if untabbed == text:
        return False
    try:
        entries.update(load_yaml(untabbed))
    except yaml.YAMLError:
        return False
    first = next(index for index, line in enumerate(lines) if LEADING_TAB.match(line))
    logger.warning(
        "front_matter: %s:%d: `%s` is indented with a tab, which YAML does not allow; it is read "
        "as if indented with spaces: indent it with spaces",
        source_path,
        line_number + first,
        _shorten(lines[first].strip()),
    )
    return True


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


# Keys a post template leaves blank (`Lang:`, `Date:` with nothing after them) that Pelican read as
# values: a page in the language "" at `hello-/` (lang=""), a post left out for its date "",
# "Unknown status ''", a template named "". Blank, each is read as not written.
BLANK_IS_ABSENT = ("lang", "date", "status", "template")


class NamedMetadataErrors:
    """Mixin for every reader: a date Pelican cannot read is named with the fix.

    Pelican leaves the post out with "Could not process <file>" and no reason (it is in the
    traceback `--debug` shows), an error that stops `invoke build` (`--fatal errors`). A bad
    `Modified:` is left out and the post built; a bad `Date:` is the file's time, as no `Date:`
    is (checks.py), with the line to write.
    """

    _source_path = ""
    _syntax = LINES  # how the post being read writes its metadata (syntax.py), for the fixes
    _lang = ""  # the `Lang:` of the post being read, which its dates are read in (dates.py)

    def process_metadata(self, name: str, value: object):
        """Return Pelican's value for the metadata *name*, naming a date it cannot read, and
        giving a tag, category or author whose name makes no slug one of its own."""
        if name in BLANK_IS_ABSENT and isinstance(value, str) and not value.strip():
            return _DISCARD
        read = functools.partial(super().process_metadata, name)  # type: ignore[misc]
        try:
            if name in ("date", "modified") and isinstance(value, str):
                settings = self.settings  # type: ignore[attr-defined]
                shown = _shown_path(self._source_path, settings)
                language = self._lang or str(settings.get("DEFAULT_LANG") or "en")
                said = f"its `{entry('Lang', self._lang, self._syntax)}`" if self._lang else ""
                processed = read_date(
                    shown, name, value, read, self._source_path, self._syntax, language, said
                )
            else:
                processed = read(value)
        except ValueError as error:
            if name not in ("date", "modified"):
                raise
            shown = _shown_path(self._source_path, self.settings)  # type: ignore[attr-defined]
            zone = str(self.settings.get("TIMEZONE") or "UTC")  # type: ignore[attr-defined]
            dated = file_time(self._source_path, zone) if name == "date" else None
            fate = "it is left out" if name == "modified" else "the post is left out"
            if dated:
                fate = f"the post is dated by its file's time ({dated:%Y-%m-%d %H:%M}) instead"
            name_written, syntax = name.capitalize(), self._syntax
            logger.warning(
                "front_matter: %s: `%s` is not a date Pelican reads (%s); %s: write it as "
                "`%s` or `%s`",
                shown,
                entry(name_written, str(value), syntax),
                error,
                fate,
                date_entry(name_written, "2024-01-31", syntax),
                date_entry(name_written, "2024-01-31 09:30", syntax),
            )
            if dated:
                return dated
            if name == "date":
                raise
            return _DISCARD  # Pelican's "leave this key out" marker (pelican.readers)
        if name in ("tags", "category", "author", "authors"):
            for wrapper in processed if isinstance(processed, list) else [processed]:
                if isinstance(wrapper, URLWrapper):
                    self._name_empty_slug(wrapper)
                    self._shorten_long_slug(wrapper)
        if not isinstance(processed, list):
            return processed
        warn_same_address(processed, _shown_path(self._source_path, self.settings))  # type: ignore
        return _once_each(processed)

    def _name_empty_slug(self, wrapper: URLWrapper) -> None:
        """Give a tag, category or author whose name makes no slug (`🎉`) its characters' code
        points as one; Pelican would give every such name the same page, `tag//`."""
        settings = self.settings  # type: ignore[attr-defined]
        kind = type(wrapper).__name__
        subs = settings.get(f"{kind.upper()}_REGEX_SUBSTITUTIONS")
        slug = slugify(
            wrapper.name,
            regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []) if subs is None else subs,
            preserve_case=settings.get("SLUGIFY_PRESERVE_CASE", False),
            use_unicode=settings.get("SLUGIFY_USE_UNICODE", False),
        )
        if slug:
            return
        wrapper.slug = "-".join(f"{ord(c):x}" for c in wrapper.name if not c.isspace()) or "none"
        logger.warning(
            "front_matter: %s: the %s %r has no letters or digits to make its address; its page "
            "is %s: add a word to the name to choose a better one",
            _shown_path(self._source_path, settings),
            kind.lower(),
            wrapper.name,
            wrapper.save_as,
            extra={"limit_msg": "front_matter: more names without letters or digits"},
        )

    def _shorten_long_slug(self, wrapper: URLWrapper) -> None:
        """Cut the slug of a tag, category or author whose page or feed would have a file name
        too long for a file system (Pelican stopped the build with an OSError while writing)."""
        settings = self.settings  # type: ignore[attr-defined]
        kind = type(wrapper).__name__
        feeds = [settings.get(f"{kind.upper()}_FEED_{form}") for form in ("ATOM", "RSS")]
        paths = [wrapper.save_as, *(feed.format(slug=wrapper.slug) for feed in feeds if feed)]
        if not too_long_for_a_file_name(paths):
            return
        original = wrapper.slug
        wrapper.slug = cut_slug(original) or kind.lower()
        logger.warning(
            "front_matter: %s: the %s %r makes an address of %d characters, too long for a file "
            "name; its page is %s: give it a shorter name",
            _shown_path(self._source_path, settings),
            kind.lower(),
            _shorten(wrapper.name, 40),
            len(original),
            wrapper.save_as,
            extra={"limit_msg": "front_matter: more names too long for a file name"},
        )


class FrontMatterReader(NamedMetadataErrors, MarkdownReader):
    """Pelican's Markdown reader, with YAML front matter and control characters taken out.

    It keeps its two Markdowns (with and without the meta extension) from post to post, reset
    before each text, as Python-Markdown documents for converting many texts: making one costs a
    fifth of converting a post with it. Pelican makes new readers for each build.
    """

    @functools.cached_property
    def _markdown(self) -> Markdown:
        """Return the Markdown that reads Pelican's `Key: value` lines (the meta extension)."""
        return Markdown(**self.settings["MARKDOWN"])

    @functools.cached_property
    def _markdown_without_meta(self) -> Markdown:
        """Return the Markdown for a body after YAML front matter, and for a summary: without the
        meta extension's reading of `Key: value` lines, taken out as Pelican does for a summary."""
        markdown = Markdown(**self.settings["MARKDOWN"])
        markdown.preprocessors.deregister("meta")
        return markdown

    def read(self, source_path: str):
        """Return the HTML and the metadata of the Markdown file at *source_path*."""
        self._source_path = source_path
        shown = _shown_path(source_path, self.settings)
        raw = read_text(source_path, shown)
        cleaned = strip_controls(raw)
        warn_controls(shown, cleaned, raw)
        cleaned = replace(cleaned, text=fence_highlight_blocks(cleaned.text, shown))
        jekyll = is_jekyll_post(cleaned.text)
        kept = raw_kept(cleaned.text, jekyll)  # shown as written on purpose: not named
        cleaned = replace(cleaned, text=unwrap_raw_blocks(cleaned.text, jekyll))
        cleaned = replace(cleaned, text=read_shortcodes(cleaned.text, shown, self.settings["PATH"]))
        cleaned = replace(cleaned, text=read_wordpress_shortcodes(cleaned.text, shown))
        toml = split_toml(cleaned.text, shown)
        if toml is not None:
            self._md = self._markdown_without_meta.reset()
            content = self._md.convert(keep_tags_at_line_ends(toml[1]))
            warn_left_as_text(shown, content, cleaned.text, kept=kept)
            self._syntax = TOML
            try:
                return balance_html(shown, content, self._metadata(toml[0]))
            finally:
                self._syntax = LINES
        front = split_front_matter(cleaned.text, shown)
        if front is None:
            text = meta_lines_read(cleaned.text, shown)
            heading = None if _titled_by_path(self.settings) else _OPENING_HEADING.match(text)
            markdown = self._md = self._markdown.reset()  # `_md`: Pelican's name, for plugins
            body = text[heading.end() :] if heading else text
            content = markdown.convert(keep_tags_at_line_ends(body, meta_lines=not heading))
            warn_left_as_text(shown, content, cleaned.text, kept=kept)
            meta = markdown.Meta
            metadata = self._parse_metadata(meta) if meta else {}
            # an empty file is left out (leave_out_empty), and so is one whose front matter is
            # broken (its warning says how to mend it): neither is a post to title
            written = meta or (text.strip() and not text.lstrip().startswith(("---", "+++")))
            if written and "title" not in metadata and not _titled_by_path(self.settings):
                metadata["title"] = (
                    self._title_of_bare_post(heading)
                    if not meta
                    else self._title_from_file_name(pelican_lines=True)
                )
            return balance_html(shown, content, metadata)
        self._md = self._markdown_without_meta.reset()
        content = self._md.convert(keep_tags_at_line_ends(front.body))
        warn_left_as_text(shown, content, cleaned.text, kept=kept)
        return balance_html(shown, content, self._metadata(read_front_matter(front, shown)))

    def _formatted(self, text: str) -> str:
        """Return the HTML of a formatted field's *text* (the summary), read without the meta
        extension, so a first line `Note: ...` stays text."""
        return self._markdown_without_meta.reset().convert(text)

    def _parse_metadata(self, meta: dict[str, list[str]]) -> dict[str, object]:
        """Turn the `Key: value` lines the meta extension read into Pelican's metadata.

        Pelican's own method, but for the formatted fields: Pelican takes the meta extension out
        of the Markdown that read the post to convert them, and that Markdown reads the next post.
        A key that is one text (TEXT_KEYS) written twice (`Title:` on two lines) is its first
        line, as Pelican's own keys are: Pelican made the two a list, and the post's heading,
        listings and feed showed `['First', 'Second']`.
        """
        output: dict[str, object] = {}
        self._lang = next((str(v[0]).strip() for k, v in meta.items() if k.lower() == "lang"), "")
        for name, value in meta.items():
            name = name.lower()
            if name in self.settings["FORMATTED_FIELDS"]:
                output[name] = self.process_metadata(name, self._formatted("\n".join(value)))
            elif not DUPLICATES_DEFINITIONS_ALLOWED.get(name, True) or name in TEXT_KEYS:
                if len(value) > 1:
                    logger.warning(
                        "Duplicate definition of `%s` for %s. Using first one.",
                        name,
                        self._source_path,
                    )
                output[name] = self.process_metadata(name, value[0])
            else:
                output[name] = self.process_metadata(name, value if len(value) > 1 else value[0])
        return output

    def _metadata(self, entries: dict[str, object]) -> dict[str, object]:
        """Turn front matter entries into Pelican's metadata, as _parse_metadata does for lines."""
        if entries.get("categories") and not entries.get("category"):
            self._warn_jekyll_categories(entries["categories"])
        lang = entries.get("lang")
        self._lang = lang.strip() if isinstance(lang, str) else ""
        if not entries.get("status") and _is_draft(entries):
            entries = {**entries, "status": "draft"}
        if entries and not entries.get("title"):  # none at all: broken, or empty; left out
            entries = {**entries, "title": self._title_from_file_name()}
        output: dict[str, object] = {}
        for name, value in entries.items():
            if value is None or value == "" or value == []:
                continue
            if name in self.settings["FORMATTED_FIELDS"]:
                text = "\n".join(map(str, value)) if isinstance(value, list) else str(value)
                output[name] = self.process_metadata(name, self._formatted(text))
                continue
            if name == "author" and isinstance(value, list) and len(value) > 1:
                name = "authors"
            if (
                isinstance(value, list)
                and name not in LIST_KEYS
                and not DUPLICATES_DEFINITIONS_ALLOWED.get(name, True)
            ):
                if len(value) > 1:
                    logger.warning(
                        "Duplicate definition of `%s` for %s. Using first one.",
                        name,
                        self._source_path,
                    )
                value = value[0]
            if name in LIST_KEYS and isinstance(value, list):
                value = [_as_text(item) for item in value]  # `authors: [{name: Jane}]`
            elif name in TEXT_KEYS and not isinstance(value, str):
                text = _as_text(value)
                logger.warning(
                    "front_matter: %s: %s is a %s, not text; it is read as %r: write `%s` to "
                    "say so",
                    _shown_path(self._source_path, self.settings),
                    key_named(name, self._syntax),
                    kind_of(value, self._syntax),
                    text,
                    entry(name, text, self._syntax),
                )
                value = text
            if isinstance(value, str) or (name in LIST_KEYS and isinstance(value, list)):
                output[name] = self.process_metadata(name, value)
            else:
                output[name] = value  # a list or a mapping under a key Pelican does not know
        return output

    def _title_from_file_name(self, pelican_lines: bool = False) -> str:
        """Return the title Jekyll gives a post without one, from its file's name (its date
        left out), with a warning: Pelican left such a post out ("could not find information
        about 'title'"), an error that stopped `invoke build`. *pelican_lines*: the post writes
        Pelican's `Key: value` lines (`Date:`, `Tags:`), but no `Title:`."""
        title = _file_name_title(self._source_path)
        logger.warning(
            "front_matter: %s: its %s has no %s; it is titled %r from its file's name%s: write "
            "`%s` to choose",
            _shown_path(self._source_path, self.settings),
            "metadata" if pelican_lines else "front matter",
            "`Title:` line" if pelican_lines else key_named("title", self._syntax),
            title,
            "" if pelican_lines else ", as Jekyll did",
            entry("Title" if pelican_lines else "title", title, self._syntax),
            extra={"limit_msg": "front_matter: more posts titled from their file's name"},
        )
        return title

    def _title_of_bare_post(self, heading: re.Match | None) -> str:
        """Return the title of a Markdown post with no metadata at all (notes, or a post from a
        generator that reads none): its opening `# Heading`, taken out of its body, or else its
        file's name; with a warning. Pelican left such a post out ("could not find information
        about 'title'"), an error that stopped `invoke build`."""
        title = heading["title"] if heading else _file_name_title(self._source_path)
        logger.warning(
            "front_matter: %s: it has no metadata; it is titled %r from its %s: write `Title: %s` "
            "as its first line (and `Date:` under it) to choose",
            _shown_path(self._source_path, self.settings),
            title,
            "opening heading" if heading else "file's name",
            title,
            extra={"limit_msg": "front_matter: more posts with no metadata"},
        )
        return title

    def _warn_jekyll_categories(self, categories: object) -> None:
        """Warn that Jekyll's (or Hugo's) `categories:` gives the post no category."""
        syntax = self._syntax
        if isinstance(categories, dict):
            self._warn_categories_mapping(categories)
            return
        names = categories if isinstance(categories, list) else str(categories).split()
        first = _as_text(names[0]) if names else str(categories)
        logger.warning(
            "front_matter: %s: %s is %s; Pelican reads one %s and files this post under its "
            "folder's or DEFAULT_CATEGORY: write `%s` (and the others %s)",
            _shown_path(self._source_path, self.settings),
            key_named("categories", syntax),
            "Hugo's" if syntax == TOML else "Jekyll's",
            key_named("category", syntax),
            entry("category", first, syntax),
            "in `tags = [...]`" if syntax == TOML else "as `tags:`",
            extra={"limit_msg": "front_matter: more posts with Jekyll's `categories:`"},
        )

    def _warn_categories_mapping(self, categories: dict) -> None:
        """Warn that `categories:` holds a mapping, which names no category."""
        syntax = self._syntax
        written = ", ".join(
            f"{name} = {value}" if syntax == TOML else f"{name}: {value}"
            for name, value in categories.items()
        )
        logger.warning(
            "front_matter: %s: %s is a %s (%s), not the names of categories; Pelican reads one "
            "%s and files this post under its folder's or DEFAULT_CATEGORY: write `%s` with "
            "the post's category",
            _shown_path(self._source_path, self.settings),
            key_named("categories", syntax),
            kind_of(categories, syntax),
            _shorten(written),
            key_named("category", syntax),
            entry("category", "Name", syntax),
            extra={"limit_msg": "front_matter: more posts with Jekyll's `categories:`"},
        )


def _file_name_title(source_path: str) -> str:
    """Return the title of *source_path*'s name, its date left out: "2014-03-02-my-first-post.md"
    is "My First Post"."""
    stem = os.path.splitext(os.path.basename(source_path))[0]
    words = re.sub(r"^\d{4}-\d{2}-\d{2}-", "", stem).replace("_", "-").split("-")
    return " ".join(word[:1].upper() + word[1:] for word in words if word) or stem


def _titled_by_path(settings: dict) -> bool:
    """Return whether FILENAME_METADATA or PATH_METADATA gives posts their titles, which a title
    from the reader would replace."""
    patterns = (settings.get("FILENAME_METADATA"), settings.get("PATH_METADATA"))
    return any(isinstance(p, str) and "(?P<title>" in p for p in patterns)


def _is_draft(entries: dict[str, object]) -> bool:
    """Return whether front matter says, as Hugo's and Jekyll's do, that the post is a draft:
    `draft: true` (Hugo) or `published: false` (Jekyll). Pelican read neither, and published it."""
    draft, published = (str(entries.get(key, "")).strip().lower() for key in ("draft", "published"))
    return draft in ("true", "yes", "on") or published in ("false", "no", "off")


def _as_text(value: object) -> str:
    """Return the text a YAML list or mapping stands for where Pelican needs text: a mapping's
    `name` (`author: {name: Jane, twitter: "@jane"}`), else its values, a list's items, joined."""
    if isinstance(value, dict):
        for key in ("name", "title"):
            if value.get(key) is not None:
                return _as_text(value[key])
        return ", ".join(_as_text(item) for item in value.values() if item is not None)
    if isinstance(value, list):
        return ", ".join(_as_text(item) for item in value if item is not None)
    return str(value)


# What a file that is not UTF-8 most likely is: an old Windows or Latin-1 editor's text (every
# byte decodes, and é, ’ and … come out as written).
LEGACY_ENCODING = "cp1252"


def read_text(source_path: str, shown: str) -> str:
    """Return the text of *source_path* as Pelican reads it (UTF-8, BOM dropped), or, when it is
    not UTF-8, as UTF-16 or Windows-1252 (see `encoding_of`) with a warning naming the line and
    how to convert the file."""
    try:
        with pelican_open(source_path) as text:
            return text
    except UnicodeDecodeError as error:
        encoding = encoding_of(error.object)
        warn_not_utf8(shown, error, f"it is read as {ENCODING_NAMES[encoding]}")
        with open(source_path, encoding=encoding, errors="replace") as infile:
            return infile.read()


def encoding_of(data: bytes) -> str:
    """Return the encoding a file that is not UTF-8 is read in: UTF-16 when it begins with
    UTF-16's byte order mark (Notepad's "Unicode", PowerShell 5's `>` and `Out-File`), whose
    bytes read as Windows-1252 were NULs and nonsense (the post was left out for want of a
    title), else Windows-1252."""
    return "utf-16" if data.startswith(UTF16_MARKS) else LEGACY_ENCODING


UTF16_MARKS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
ENCODING_NAMES = {"utf-16": "UTF-16", LEGACY_ENCODING: "Windows-1252"}


def warn_not_utf8(shown: str, error: UnicodeDecodeError, fate: str) -> None:
    """Warn that the file *shown* is not UTF-8, where, and how to convert it."""
    if encoding_of(error.object) == "utf-16":
        logger.warning(
            "front_matter: %s: the file is UTF-16 (it begins with UTF-16's byte order mark), "
            "not UTF-8; %s: convert it, e.g. `iconv -f utf-16 -t utf-8`",
            shown,
            fate,
        )
        return
    line = error.object[: error.start].count(b"\n") + 1
    logger.warning(
        "front_matter: %s:%d: the file is not UTF-8 (byte 0x%02x); %s: convert it, e.g. "
        "`iconv -f windows-1252 -t utf-8`",
        shown,
        line,
        error.object[error.start],
        fate,
    )


def _once_each(names: list) -> list:
    """Return *names* with each tag or author once: `Tags: Life, life` put the post twice on the
    tag's page, counted it twice and showed two chips linking to that one page."""
    seen: set[str] = set()
    kept = []
    for wrapper in names:
        if isinstance(wrapper, URLWrapper):
            if wrapper.slug in seen:
                continue
            seen.add(wrapper.slug)
        kept.append(wrapper)
    return kept


def _shown_path(source_path: str, settings: dict) -> str:
    """Return *source_path* as the blogger knows it: relative to PATH."""
    return os.path.relpath(source_path, settings["PATH"]) if source_path else "a post"


def name_files_read(readers) -> None:
    """Tell every reader of *readers* the file being read before Pelican reads its metadata
    from its path (FILENAME_METADATA, PATH_METADATA), so a date there is named with its file."""
    read_file = readers.read_file

    @functools.wraps(read_file)
    def reading(base_path: str, path: str, *args, **kwargs):
        source_path = os.path.abspath(os.path.join(base_path, path))
        for reader in readers.readers.values():
            if isinstance(reader, NamedMetadataErrors):
                reader._source_path = source_path
        content = read_file(base_path, path, *args, **kwargs)
        if isinstance(content, Article | Page) and is_empty_file(source_path):
            leave_out_empty(content)
        return content

    readers.read_file = reading


def is_empty_file(source_path: str) -> bool:
    """Return whether the file at *source_path* holds nothing but white space (and a BOM)."""
    if os.path.getsize(source_path) > EMPTY_ENOUGH:
        return False  # a post's file: not opened again
    with open(source_path, "rb") as infile:
        return not infile.read().removeprefix(codecs.BOM_UTF8).strip()


def leave_out_empty(content) -> None:
    """Leave out of the site a post or page whose file is empty, with a warning rather than
    Pelican's error for want of a title (which stopped `invoke build`, whose errors are fatal)."""
    content.is_valid = _left_out  # the generator skips an invalid post without a word
    logger.warning(
        "front_matter: %s: the file is empty, so it is left out: write the post in it, or delete "
        "it",
        content.relative_source_path,
        extra={"limit_msg": "front_matter: more empty files left out"},
    )


def _left_out() -> bool:
    """Return False: the content is not to be written (an empty file's)."""
    return False


class CleanOutput(NamedMetadataErrors):
    """Mixin for any other reader: control characters are taken out of what it read."""

    def read(self, source_path: str):
        """Return what the reader read, without control characters, warning once if any."""
        self._source_path = source_path
        if is_empty_file(source_path):
            return "", {}  # left out (name_files_read); docutils would miss a title as well
        try:
            content, metadata = super().read(source_path)  # type: ignore[misc]
        except UnicodeDecodeError as error:  # HTML: Pelican's reader reads UTF-8 only
            shown = _shown_path(source_path, self.settings)  # type: ignore[attr-defined]
            if not hasattr(self, "_HTMLParser"):
                warn_not_utf8(shown, error, "the post is left out")
                raise
            content, metadata = self._read_html(read_text(source_path, shown), source_path)
        removed, codes = 0, {}
        if isinstance(content, str):
            cleaned = strip_controls(content)
            content, removed = cleaned.text, cleaned.removed
            codes.update(dict.fromkeys(cleaned.codes))
        for key, value in metadata.items():
            if isinstance(value, str):
                cleaned = strip_controls(value)
                metadata[key], removed = cleaned.text, removed + cleaned.removed
                codes.update(dict.fromkeys(cleaned.codes))
        shown = _shown_path(source_path, self.settings)
        warn_controls(shown, Cleaned("", removed, -1, tuple(codes)))
        if isinstance(content, str):
            warn_other_left_as_text(shown, content, source_path)
        return balance_html(shown, content, metadata)

    def _read_html(self, text: str, source_path: str) -> tuple[str, dict]:
        """Return the body and metadata of the HTML post *text*, as Pelican's HTMLReader reads
        them from a UTF-8 file (a Windows-1252 one, which Pelican left out with "Could not
        process", an error that stopped `invoke build`, is read with `read_text`'s warning)."""
        parser = self._HTMLParser(self.settings, source_path)  # type: ignore[attr-defined]
        parser.feed(text)
        parser.close()
        metadata = {
            key: self.process_metadata(key, value) for key, value in parser.metadata.items()
        }
        return parser.body, metadata


def balance_html(shown: str, content: object, metadata: dict) -> tuple[object, dict]:
    """Return the post's HTML and metadata with the elements its HTML or its summary leaves open
    closed and stray end tags left out, warning once with what was changed."""
    problems: list[str] = []
    if isinstance(content, str):
        balanced = balance(content)
        content = balanced.text
        problems.extend(balanced.problems)
    summary = metadata.get("summary")
    if isinstance(summary, str):
        balanced = balance(summary)
        metadata["summary"] = balanced.text
        problems.extend(f"in the summary, {problem}" for problem in balanced.problems)
    if problems:
        more = f"; and {len(problems) - 3} more" if len(problems) > 3 else ""
        logger.warning(
            "front_matter: %s: its HTML would break the page around it: %s%s; fix the post's "
            "HTML so each element it opens is closed",
            shown,
            "; ".join(problems[:3]),
            more,
            extra={"limit_msg": "front_matter: more posts whose HTML is not closed"},
        )
    return content, metadata


class ForgivingRst:
    """Mixin for Pelican's reStructuredText reader: a post docutils complains about is built.

    Pelican stops docutils at its first warning (`halt_level` 2), so a title underline one
    character short or a directive of a plugin the blog no longer has left the whole post out,
    with "Could not process" and no reason. The post is read again without halting, and a warning
    names the file, the line and docutils' complaint, and the lines of the others. The page shows
    no system message. A formula docutils' MathML writer stops on with an error of its own (not a
    complaint) is read again with the post's math shown as TeX, with a warning.
    """

    def read(self, source_path: str):
        """Return what docutils read, reading again without halting when it stopped early."""
        docutils: dict = {"halt_level": 5, "report_level": 5}
        halted = None
        try:
            return super().read(source_path)  # type: ignore[misc]
        except UnicodeError as error:  # docutils reads UTF-8 as Pelican asks; a legacy file next
            with open(source_path, "rb") as infile:
                data = infile.read()
            try:
                data.decode("utf-8")
            except UnicodeDecodeError as decoding:
                where = _shown_path(source_path, self.settings)  # type: ignore[attr-defined]
                encoding = encoding_of(data)
                warn_not_utf8(where, decoding, f"it is read as {ENCODING_NAMES[encoding]}")
            else:
                raise error
            docutils["input_encoding"] = encoding
        except SystemMessage as error:
            halted = halting_complaint(error)
            docutils[COMPLAINTS] = []
        except Exception as error:
            if not _raised_in_math(error):
                raise
            _warn_math_crash(self, source_path, error)
            docutils["math_output"] = "LaTeX"
        read = self._read_again(source_path, docutils)
        if halted is not None:
            shown = _shown_path(source_path, self.settings)  # type: ignore[attr-defined]
            warn_complaints(shown, halted, docutils[COMPLAINTS])
        return read

    def _read_again(self, source_path: str, docutils: dict):
        """Return what docutils reads with *docutils*, the math as TeX if the MathML stops it."""
        try:
            return self._read_with(source_path, docutils)
        except Exception as error:
            if not _raised_in_math(error) or docutils.get("math_output") == "LaTeX":
                raise
            _warn_math_crash(self, source_path, error)
            return self._read_with(source_path, {**docutils, "math_output": "LaTeX"})

    def _read_with(self, source_path: str, docutils: dict):
        """Return what the reader reads with these docutils settings over the blog's own."""
        strict = self.settings  # type: ignore[attr-defined]
        if COMPLAINTS in docutils:
            docutils[COMPLAINTS].clear()  # a reading the math stopped had kept some
        docutils = {**(strict.get("DOCUTILS_SETTINGS") or {}), **docutils}
        self.settings = {**strict, "DOCUTILS_SETTINGS": docutils}
        writer = self.writer_class  # type: ignore[has-type]
        self.writer_class = collecting(writer)
        try:
            return super().read(source_path)  # type: ignore[misc]
        finally:
            self.settings = strict
            self.writer_class = writer


def _raised_in_math(error: BaseException) -> bool:
    """Return whether *error* was raised inside docutils' math conversion (docutils.utils.math)."""
    frame = error.__traceback__
    while frame is not None:
        if "docutils.utils.math" in frame.tb_frame.f_globals.get("__name__", ""):
            return True
        frame = frame.tb_next
    return False


def _warn_math_crash(reader, source_path: str, error: Exception) -> None:
    """Warn that docutils stopped on a post's math, which is then shown as TeX."""
    logger.warning(
        "front_matter: %s: docutils stopped on its math (%s: %s); the post is built with its "
        "math shown as TeX: look for a formula with a brace or `\\\\` out of place",
        _shown_path(source_path, reader.settings),
        type(error).__name__,
        error,
    )


class CodeNotTt:
    """Mixin for Pelican's reStructuredText reader: inline literals are `<code>`, not `<tt>`.

    Pelican's HTML 4 writer wrote each ``literal`` (in a post, its title, its summary) as
    `<tt class="docutils literal">`, an element HTML5 dropped, which the theme's code style did
    not reach: a Markdown post's `code` had it, a reStructuredText post's did not.
    """

    def read(self, source_path: str):
        """Return what docutils read, with `<tt>` written `<code>`."""
        content, metadata = super().read(source_path)  # type: ignore[misc]
        if isinstance(content, str) and "<tt" in content:
            content = TT.sub(r"<\1code", content)
        for key in ("title", "summary"):
            if isinstance(metadata.get(key), str) and "<tt" in metadata[key]:
                metadata[key] = TT.sub(r"<\1code", metadata[key])
        return content, metadata


TT = re.compile(r"<(/?)tt\b")


class InlineHtmlSummary:
    """Mixin for Pelican's reStructuredText reader: the inline HTML of a `:summary:` field (`A
    look at <em>yield</em>`, as a Markdown post's `Summary:` writes it) is HTML.

    docutils reads a field as reStructuredText, so each tag was shown as written, `<em>` and all,
    in every listing, the feed and the page's description. Only a pair of an inline tag
    (`<em>` … `</em>`, `<a href="…">` … `</a>`) is read, outside ``literals``.
    """

    def read(self, source_path: str):
        """Return what docutils read, with the inline HTML of the summary read as HTML."""
        content, metadata = super().read(source_path)  # type: ignore[misc]
        summary = metadata.get("summary")
        if isinstance(summary, str) and "&lt;/" in summary:
            parts = LITERAL.split(summary)  # odd parts: the literals, left as written
            parts[::2] = [ESCAPED_TAG.sub(_html_if_paired(part), part) for part in parts[::2]]
            metadata["summary"] = "".join(parts)
        return content, metadata


def _html_if_paired(text: str):
    """Return a replacement for ESCAPED_TAG matches in *text*: the tag as HTML when it is inline
    and *text* has both its start and its end tag, else as it was."""

    def replace(match: re.Match) -> str:
        name = match.group("name").lower()
        paired = f"&lt;{name}" in text.lower() and f"&lt;/{name}&gt;" in text.lower()
        return unescape(match.group()) if name in INLINE and paired else match.group()

    return replace


# A tag docutils wrote as text (`&lt;em&gt;`, `&lt;a href=&quot;x&quot;&gt;`), and a literal.
ESCAPED_TAG = re.compile(r"&lt;/?(?P<name>[A-Za-z]+)\b(?:(?!&gt;|[<>]).)*&gt;")
LITERAL = re.compile(r"(<code\b[^>]*>.*?</code>)", re.DOTALL)


class NoByteOrderMark:
    """Mixin for Pelican's reStructuredText reader: a file saved with a byte order mark (as
    Windows editors save UTF-8) keeps it out of the post.

    docutils (0.22 and later) reads `input_encoding = "utf-8"` with its BOM, which then began the
    post's title (or its first paragraph): an invisible U+FEFF in the heading, the `<title>`,
    every listing and the feed. Pelican's other readers drop it, as docutils' older ones did.
    """

    def read(self, source_path: str):
        """Return what docutils read, without the file's byte order mark."""
        content, metadata = super().read(source_path)  # type: ignore[misc]
        with open(source_path, "rb") as infile:
            if infile.read(len(codecs.BOM_UTF8)) != codecs.BOM_UTF8:
                return content, metadata
        if isinstance(content, str):
            content = content.replace(BOM, "", 1)
        for key, value in metadata.items():
            if isinstance(value, str) and BOM in value:
                metadata[key] = value.replace(BOM, "", 1)
        return content, metadata


BOM = "\ufeff"


class RstTitleFromFileName:
    """Mixin for Pelican's reStructuredText reader: a post with no title is titled from its
    file's name, as a Markdown post with no `Title:` is.

    A post that opens with a paragraph, not a heading over or under a line of `#`, and has no
    `:title:` field was built with an empty title: an empty heading, `<title>` and listing entry.
    """

    def read(self, source_path: str):
        """Return what docutils read, with a title from the file's name if it had none."""
        content, metadata = super().read(source_path)  # type: ignore[misc]
        if str(metadata.get("title", "")).strip() or _titled_by_path(self.settings):  # type: ignore[attr-defined]
            return content, metadata
        title = _file_name_title(source_path)
        metadata["title"] = self.process_metadata("title", title)  # type: ignore[attr-defined]
        logger.warning(
            "front_matter: %s: it has no title (a heading over- or underlined at its top, or a "
            "`:title:` field); it is titled %r from its file's name: write `:title: %s` to choose",
            _shown_path(source_path, self.settings),  # type: ignore[attr-defined]
            title,
            title,
            extra={"limit_msg": "front_matter: more posts titled from their file's name"},
        )
        return content, metadata


class DocutilsLanguage:
    """Mixin for Pelican's reStructuredText reader: a blog in a language docutils has no words
    for (`DEFAULT_LANG = "pt"`, "tr", "el", "hu", "no"…) is read with docutils' English words.

    Pelican did the same with a warning at every build, Markdown-only blogs too (every reader is
    made at each build), which the blogger could not quiet but by changing DEFAULT_LANG: each
    `--fatal warnings` build stopped there. It is said once, at info level.
    """

    def __init__(self, settings: dict | None = None, *args, **kwargs) -> None:
        settings = settings or {}
        language = settings.get("DEFAULT_LANG", "en")
        if get_docutils_lang(language):
            super().__init__(settings, *args, **kwargs)  # type: ignore[call-arg]
            return
        super().__init__({**settings, "DEFAULT_LANG": "en"}, *args, **kwargs)  # type: ignore
        self.settings = settings
        logger.info(
            "front_matter: docutils has no words for %r (DEFAULT_LANG): the words it writes in "
            'reStructuredText posts (an admonition\'s "Note") are English',
            language,
        )


@functools.cache
def cleaning(reader_class: type) -> type:
    """Return *reader_class* with control characters taken out of its output (and, for
    reStructuredText, read despite docutils' complaints)."""
    if issubclass(reader_class, RstReader):
        mixins = (
            CleanOutput,
            InlineHtmlSummary,
            CodeNotTt,
            NoByteOrderMark,
            SharedUnderline,
            ForgivingRst,
            DocutilsLanguage,
            RstTitleFromFileName,
        )
        return type(reader_class.__name__, (*mixins, reader_class), {"_syntax": RST})
    syntax = {"_syntax": HTML} if issubclass(reader_class, HTMLReader) else {}
    return type(reader_class.__name__, (CleanOutput, reader_class), syntax)
