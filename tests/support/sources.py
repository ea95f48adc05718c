"""A blog's source files written as given (front matter and all), for the tests of what a build
makes of them."""

from pathlib import Path


def write_source(content: Path, name: str, text: str | bytes) -> Path:
    """Write the source file *name* (in a subfolder if it names one) under *content*: *text* in
    UTF-8, or bytes byte for byte; return its path."""
    path = content / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
