"""What blogs moved into Goldstar as docs/migrating.md says met that the earlier passes had not
tried (files saved by Windows tools in UTF-16, …): real Pelican builds of tiny sites, asserting
on the pages and on every warning."""

from pathlib import Path


def write_bytes(content: Path, name: str, data: bytes) -> Path:
    """Write one source file under *content*, byte for byte."""
    path = content / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def windows(text: str, encoding: str) -> bytes:
    """Return *text* as a Windows tool saves it: CRLF line endings, in *encoding*."""
    return text.replace("\n", "\r\n").encode(encoding)


def test_a_post_saved_as_utf16_is_read_as_utf16_with_the_command_that_converts_it(
    site_builder, tmp_path
) -> None:
    # Notepad's "Unicode" and PowerShell 5's `>` (or `Out-File`) save UTF-16 with its byte order
    # mark. Read as Windows-1252 every other byte was a NUL: the warning said to convert from
    # windows-1252 (which garbles it), 57 control characters were taken out, and the post was
    # left out for want of a title. Pelican alone left it out with "Could not process".
    content = tmp_path / "content"
    post = "Title: Notes from Notepad\nDate: 2018-05-01\nTags: windows\n\nCafé “au lait”.\n"
    write_bytes(content, "notepad.md", windows(post, "utf-16"))  # little-endian, with its mark
    rst = "Written in PowerShell\n#####################\n\n:date: 2018-05-02\n\nThé.\n"
    write_bytes(content, "shell.rst", codecs_be(rst))
    page = '<html><head><title>Old</title><meta name="date" content="2018-05-03"></head>'
    write_bytes(content, "old.html", windows(page + "<body><p>Hi</p></body></html>", "utf-16"))
    # A near miss: UTF-8 with a byte order mark and CRLF (Notepad's "UTF-8 with BOM") is quiet.
    write_bytes(
        content,
        "bom.md",
        b"\xef\xbb\xbf" + windows("Title: With a mark\nDate: 2018-05-04\n\nFine.\n", "utf-8"),
    )

    result = site_builder(content)

    fix = "convert it, e.g. `iconv -f utf-16 -t utf-8`"
    said = "the file is UTF-16 (it begins with UTF-16's byte order mark), not UTF-8"
    assert sorted(result.warnings()) == [
        "Could not process ./old.html",  # Pelican's, at error level: its HTML reader reads UTF-8
        f"front_matter: notepad.md: {said}; it is read as UTF-16: {fix}",
        f"front_matter: old.html: {said}; the post is left out: {fix}",
        f"front_matter: shell.rst: {said}; it is read as UTF-16: {fix}",
    ]
    assert sorted(a.title for a in result.articles) == [
        "Notes from Notepad",
        "With a mark",
        "Written in PowerShell",
    ]
    notes = result.read("2018/notes-from-notepad/index.html")
    assert "<p>Café “au lait”.</p>" in notes
    assert 'href="../../tag/windows/"' in notes
    assert "<p>Thé.</p>" in result.read("2018/written-in-powershell/index.html")


def codecs_be(text: str) -> bytes:
    """Return *text* as big-endian UTF-16 with its byte order mark, CRLF line endings."""
    return b"\xfe\xff" + windows(text, "utf-16-be")
