"""Pause Python's cyclic garbage collector for a burst of allocations that all stay alive.

A build holds everything it read until the last page is written: at 10,000 posts, Pelican's posts
and the plugins' comments and related links are millions of objects. A step that allocates many
more sets off collections, and each full one walks the whole heap and finds nothing to free (0.1 to
0.3 s each at 10,000 posts, several per step). Objects are still freed by reference counting while
the collector is paused; only reference cycles wait for it to resume.

A process forked while it is paused inherits the pause, so it never walks (and so copies) the
pages of the objects it shares with its parent.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector until the block ends, unless it is off already."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
