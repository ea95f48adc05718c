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
from contextlib import contextmanager


class WarningCount:
    """Count the log records made at warning level or above while it is installed.

    It counts where records are made (logging's record factory), before any logger's filter:
    Pelican's LimitFilter drops a message said before in the same process, so under `invoke
    regenerate` a post still broken warns nothing at its second build, and a handler would have
    counted nothing and let the cache keep it.
    """

    def __init__(self) -> None:
        self.count = 0
        self._factory = logging.getLogRecordFactory()

    def make_record(self, *args, **kwargs) -> logging.LogRecord:
        """Return the record logging's own factory makes, counting it if it is a warning."""
        record = self._factory(*args, **kwargs)
        if record.levelno >= logging.WARNING:
            self.count += 1
        return record

    @contextmanager
    def installed(self):
        """Count the records made in the `with` block."""
        self._factory = logging.getLogRecordFactory()
        logging.setLogRecordFactory(self.make_record)
        try:
            yield
        finally:
            logging.setLogRecordFactory(self._factory)


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
        with heard.installed():
            return read_file(*args, **kwargs)

    readers.get_cached_data = getting
    readers.cache_data = caching
    readers.read_file = reading
