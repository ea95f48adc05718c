"""Read the records of an XML export safely and in spite of broken ones.

An export is a root element holding many records: Disqus has `<thread>` and `<post>` under
`<disqus>`, WordPress has `<item>` under `<rss><channel>`. Export files are untrusted, so parsing
goes through defusedxml (no entity declarations, no external references: no billion laughs, no
XXE). One broken record (an unquoted attribute, a stray `&`) makes the whole document ill-formed;
rather than lose every comment to it, the reader blanks that record out (keeping its newlines, so
later line numbers stay right), notes a problem naming its line, and parses again.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, TreeBuilder
from xml.parsers import expat

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from comment_server.importers.problems import ImportFileError, report_problem

MAX_PROBLEMS = 100  # each broken record costs a new parse of the file: stop somewhere
BOM = b"\xef\xbb\xbf"
TAG_NAME = re.compile(rb"<([^\s/>!?]+)")


@dataclass(frozen=True)
class XmlRecord:
    """One record element and the line its start tag is on."""

    element: Element
    line: int


@dataclass
class XmlDocument:
    """The records that could be read, the root's tag, and (line, problem) for each part skipped."""

    root_tag: str | None = None
    records: list[XmlRecord] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)


def local_name(tag: str) -> str:
    """Return *tag* without its `{namespace}`."""
    return tag.rsplit("}", 1)[-1]


def read_export_records(path: Path, depth: int, root: str, kind: str) -> XmlDocument:
    """Return the records at *depth* of the export *path*, *kind* ("a Disqus export"), whose root
    element must be <*root*>; log each record skipped (report_problem)."""
    document = read_xml_records(path, depth)
    if document.root_tag is None or local_name(document.root_tag) != root:
        found = f"<{local_name(document.root_tag)}>" if document.root_tag else "no XML element"
        raise ImportFileError(
            f"{path}: is not {kind}: its root element should be <{root}>, found {found}"
        )
    for line, problem in document.problems:
        report_problem(path, line, problem)
    return document


def read_xml_records(path: Path, depth: int) -> XmlDocument:
    """Return the elements at *depth* (the root is 0) of the XML file *path*, minus broken ones."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ImportFileError(f"{path}: cannot be read: {error.strerror}") from error
    document = XmlDocument()
    data, line_offset = _drop_leading_junk(raw, document)
    while True:
        collector = _Collector(depth, line_offset)
        error = _parse(path, data, collector)
        document.root_tag, document.records = collector.root_tag, collector.records
        if error is None:
            return document
        region = _broken_region(data, collector, error)
        line = error.line + line_offset
        if region is None or len(document.problems) >= MAX_PROBLEMS:
            cause = f"{error.message} at line {line}, column {error.column}"
            if region is not None:
                cause = f"more than {MAX_PROBLEMS} broken records, the last {cause}"
            problem = f"{cause}; nothing after it was read: fix the file and import it again"
            document.problems.append((line, problem))
            return document
        start, end = region
        shown = data[start:end].strip()
        first = data.count(b"\n", 0, data.index(shown, start)) + 1 + line_offset
        last = first + shown.count(b"\n")
        problem = (
            f"{_start_tag(shown)} (lines {first}-{last}) is broken XML "
            f"({error.message} at line {line}, column {error.column}); it was skipped: "
            "fix it and import the file again"
        )
        document.problems.append((first, problem))
        data = data[:start] + re.sub(rb"[^\n]", b" ", data[start:end]) + data[end:]


@dataclass(frozen=True)
class _Error:
    byte: int
    line: int
    column: int
    message: str


class _Collector:
    """An ElementTree parser target that keeps each element at *depth* whole and where it was."""

    def __init__(self, depth: int, line_offset: int) -> None:
        self.depth = depth
        self.line_offset = line_offset
        self.expat: expat.XMLParserType | None = None
        self.source = b""
        self.level = -1
        self.root_tag: str | None = None
        self.records: list[XmlRecord] = []
        self.builder: TreeBuilder | None = None
        self.record_start = 0
        self.record_line = 0
        # Where a broken record may start at the earliest: after the last whole one.
        self.floor = 0

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        assert self.expat is not None
        self.level += 1
        index = self.expat.CurrentByteIndex
        if self.level == 0:
            self.root_tag = tag
        if self.level == self.depth:
            self.builder = TreeBuilder()
            self.record_start = index
            self.record_line = self.expat.CurrentLineNumber + self.line_offset
        if self.level >= self.depth and self.builder is not None:
            self.builder.start(tag, attrib)
        elif self.level == self.depth - 1:
            self.floor = self.source.find(b">", index) + 1

    def end(self, tag: str) -> None:
        assert self.expat is not None
        if self.level >= self.depth and self.builder is not None:
            self.builder.end(tag)
        if self.level == self.depth and self.builder is not None:
            self.records.append(XmlRecord(self.builder.close(), self.record_line))
            self.builder = None
            index = self.expat.CurrentByteIndex
            closing = self.source.startswith(b"</", index)
            self.floor = self.source.find(b">", index) + 1 if closing else index
        self.level -= 1

    def data(self, text: str) -> None:
        if self.level >= self.depth and self.builder is not None:
            self.builder.data(text)

    def close(self) -> list[XmlRecord]:
        return self.records


def _parse(path: Path, data: bytes, collector: _Collector) -> _Error | None:
    """Parse *data* into *collector*; return the first well-formedness error, or None."""
    parser = DefusedXMLParser(target=collector)
    collector.expat = parser.parser
    collector.source = data
    try:
        parser.feed(data)
        parser.close()
    except ParseError as error:
        line, column = error.position
        message = expat.ErrorString(error.code) or str(error)
        return _Error(parser.parser.ErrorByteIndex, line, column, message)
    except DefusedXmlException as error:
        raise ImportFileError(
            f"{path}: {error}: an export never needs a DOCTYPE with entities, and they can be used "
            "to attack the reader; remove the <!DOCTYPE ...> declaration and import again"
        ) from error
    return None


def _drop_leading_junk(raw: bytes, document: XmlDocument) -> tuple[bytes, int]:
    """Cut stray text before the first `<` (an XML declaration must come first), noting it."""
    bom = BOM if raw.startswith(BOM) else b""
    body = raw[len(bom) :]
    first = body.find(b"<")
    if first <= 0:
        return raw, 0
    junk = body[:first]
    if junk.strip():
        shown = junk.strip()[:20].decode("utf-8", "replace")
        document.problems.append(
            (1, f"stray text {shown!r} before the XML starts was ignored: remove it from the file")
        )
    return bom + body[first:], junk.count(b"\n")


def _broken_region(data: bytes, collector: _Collector, error: _Error) -> tuple[int, int] | None:
    """Return the byte range of the record holding the error, or None if no record holds it."""
    if collector.level >= collector.depth:
        start = collector.record_start
    elif collector.level == collector.depth - 1:
        # Between records: the error is in a record's start tag, or in stray text after one.
        start = max(collector.floor, data.rfind(b"<", 0, error.byte + 1))
    else:
        return None
    if data.startswith(b"</", start):
        return None
    name = TAG_NAME.match(data, start)
    if name is None:  # stray text between records: skip to the next tag
        end = data.find(b"<", error.byte + 1)
    else:
        closing = re.compile(rb"</" + re.escape(name.group(1)) + rb"\s*>")
        # Expat points inside the tag it stopped at (past the `</` of a mismatched end tag).
        match = closing.search(data, max(data.rfind(b"<", 0, error.byte + 1), start))
        end = match.end() if match else -1
    if end <= start or not data[start:end].strip():
        return None
    return start, end


def _start_tag(record: bytes) -> str:
    """Return the start tag opening *record*, shortened, for a message."""
    text = record.strip().decode("utf-8", "replace")
    tag = text[: text.find(">") + 1] if ">" in text[:80] else text[:60] + "…"
    return " ".join(tag.split())
