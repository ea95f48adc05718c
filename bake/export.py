"""`invoke regenerate --export`: the comment server's export, run in this process when its
database changed (no `python -m comment_server export` each time: its imports are paid once)."""

from __future__ import annotations

from pathlib import Path

from comment_server.export import ExportReader, export_changed
from comment_server.settings import Settings


class Exporter:
    """Export the comment server's changed threads into *folder* when its database changed.

    The database is the comment server's (COMMENT_SERVER_DATABASE_URL, as `invoke
    comments-export` reads it); each `export()` first reads one cheap row (`latest_change`: the
    number of threads and the sum of their versions) and exports only when it differs.
    """

    def __init__(self, folder: Path, database_url: str) -> None:
        self.folder = folder
        self.reader = ExportReader(database_url)
        self.seen: tuple[int, int] | None = None

    @classmethod
    def from_env(cls, folder: Path) -> Exporter:
        """Return an exporter into *folder* of the database of the COMMENT_SERVER_* variables."""
        return cls(folder, Settings.from_env().database_url)

    def export(self) -> list[Path]:
        """Export the threads changed since the last export, if the database changed since the
        last look; return the files written or removed."""
        latest = self.reader.latest_change()
        if latest == self.seen:
            return []
        result = export_changed(self.reader, self.folder)
        self.seen = latest  # read before the export: a write made meanwhile goes out next time
        return result.changed + result.emptied + result.renamed

    def close(self) -> None:
        """Close the database connections."""
        self.reader.close()
