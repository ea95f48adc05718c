"""Keep Python's cyclic garbage collector off the objects that exist before a big step.

Relating a site allocates millions of small objects, which sets off full collections, and each one
walks every object Pelican holds (10,000 posts: about 0.3 s a collection, three in a run). Objects
made inside the step are still collected; the others are only set aside until the step ends
(gc.freeze). It also keeps a forked worker from touching the header of every object it inherited,
which would copy nearly every page of the parent (the gc.freeze documentation).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def frozen_gc() -> Iterator[None]:
    """Set aside the objects that exist now from garbage collection, until the block ends.

    Does nothing if something is frozen already (an outer block, or the host program): unfreezing
    would undo its freeze.
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
