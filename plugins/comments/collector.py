"""Keep Python's cyclic garbage collector from walking, again and again, what a build keeps.

A site of 10,000 posts with 10 comments each holds 100,000 comments, their reply lists and badges
beside Pelican's own posts until the last page is written: about 350,000 objects, which every full
collection walks, finding nothing to free (at 10,000 posts about 0.1 s a collection, a dozen in a
build). Two remedies, for the two moments:

- `collector_paused` (the paused_collector package) while the threads are read: a burst of
  allocations that all stay alive.
- `keep_long_lived_aside` once everything is read (all_generators_finalized): what exists then is
  set aside from collection (gc.freeze) until `take_long_lived_back` (finalized). Objects are
  still freed by reference counting as usual; only a reference cycle among them that is dropped
  meanwhile waits for the end of the build. What the writing of the pages allocates is collected
  as usual.
"""

from __future__ import annotations

import gc

# Whether this plugin set objects aside (gc.freeze), and so must take them back.
_set_aside = False


def keep_long_lived_aside(*_signal_args) -> None:
    """Set what exists now aside from garbage collection, until take_long_lived_back.

    Does nothing where the collector is off or something else froze objects (the host program):
    taking them back would undo its freeze.
    """
    global _set_aside
    if _set_aside or not gc.isenabled() or gc.get_freeze_count():
        return
    gc.freeze()
    _set_aside = True


def take_long_lived_back(*_signal_args) -> None:
    """Give back to the collector what keep_long_lived_aside set aside (at the end of a build)."""
    global _set_aside
    if _set_aside:
        gc.unfreeze()
        _set_aside = False
