"""Keep out of Pelican's content cache what a reader read with a warning.

Pelican's reader-level cache (CACHE_CONTENT, on in pelicanconf.py) stores what a reader returned
for a file and, while the file is unchanged, serves it at the next build without calling the
reader (pelican.readers.Readers.read_file). What the reading warned about (broken YAML, a file that
is not UTF-8, a control character) was then said once, at the first build, and never again: a
`--fatal warnings` build passed with the post still broken. A reading that warned is not cached,
so every build reads that file again and says the same warnings, the way they were first said,
until the post is fixed; a quiet reading is cached as before.
"""

from __future__ import annotations

import functools
import logging


class WarningCount(logging.Handler):
    """Count the records logged at warning level or above while it is attached."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        """Count *record* (its level is at least warning: the handler's level)."""
        self.count += 1


def cache_quiet_readings_only(readers) -> None:
    """Make *readers* (Pelican's Readers) cache a file's reading only when it warned about
    nothing, so a reading that warned is done, and its warnings said, again at the next build."""
    read_file, get_cached_data, cache_data = (
        readers.read_file,
        readers.get_cached_data,
        readers.cache_data,
    )
    heard = WarningCount()

    @functools.wraps(get_cached_data)
    def getting(filename, default=None):
        heard.count = 0  # what was said before (of the file's name, its path) is said each build
        return get_cached_data(filename, default)

    @functools.wraps(cache_data)
    def caching(filename, data):
        if heard.count == 0:
            cache_data(filename, data)

    @functools.wraps(read_file)
    def reading(*args, **kwargs):
        root = logging.getLogger()
        root.addHandler(heard)
        try:
            return read_file(*args, **kwargs)
        finally:
            root.removeHandler(heard)

    readers.get_cached_data = getting
    readers.cache_data = caching
    readers.read_file = reading
