"""Files written whole: a reader (another build, a static host's sync, a crash) never sees half of
one. The data goes to a temporary file of its own beside the target, is flushed to the disk, and
takes the target's name in one rename."""

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


@contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary stream whose bytes become *path* when the block ends without an error
    (nothing changes at *path* otherwise). Its folder is made if missing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # A temporary name of its own: two writers sharing a folder never write each other's file.
    stream = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed below, kept on success)
        "wb", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
    )
    temporary = Path(stream.name)
    try:
        with stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: bytes) -> None:
    """Write *data* to *path* whole (see atomic_writer)."""
    with atomic_writer(path) as stream:
        stream.write(data)


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write *data* to *path* whole unless the file holds it already; return whether it wrote."""
    if path.is_file() and path.read_bytes() == data:
        return False
    write_atomically(path, data)
    return True


def shown_path(path: str) -> str:
    """Return *path* relative to the working folder ("content/garden.md") when it is inside it,
    for a warning that names a file."""
    relative = os.path.relpath(path) if os.path.isabs(path) else path
    return path if relative.startswith("..") else relative
