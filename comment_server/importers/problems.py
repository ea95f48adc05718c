"""How importers report trouble.

One bad record is a warning naming the file and the line or record, and the rest imports; a file
that cannot be read at all is an `ImportFileError`.
"""

import logging
from pathlib import Path

logger = logging.getLogger("comment_server.importers")


class ImportFileError(ValueError):
    """A file that cannot be imported at all; the message names the file and says how to fix it."""


def report_problem(path: Path, where: int | str, problem: str) -> None:
    """Log a record skipped or changed on import, naming the file and the line or record."""
    logger.warning("comment_server: %s:%s: %s", path, where, problem)
