"""Run one call in a forked process while the build goes on, and take its result back.

The plugins' heavy steps (reading a big site's posts or comment exports, writing a cache) hold the
GIL, so threads would not help; a forked child runs them on another core. Fork, not a pool or a
spawned interpreter: the child inherits what the call needs (Pelican's posts, the settings) instead
of receiving it pickled, and it starts in a millisecond.

Forking a process where another thread runs is safe only if the child never needs a lock that
thread may hold. Plain `pelican` draws a "Generating..." spinner from a thread of its own (rich's
refresh thread), which takes the terminal's locks now and then. So the child here only computes,
pickles its result into a pipe and leaves with os._exit: it never writes to stdout or stderr, never
logs, and skips the interpreter's exit (which flushes the standard streams). It forks beside that
spinner (and tqdm's progress bar watcher) and nothing else: another thread could hold a lock the
call itself needs.
"""

from __future__ import annotations

import os
import pickle
import signal
import threading
from collections.abc import Callable
from contextlib import suppress
from typing import Any

__all__ = ["ForkFailed", "Forked", "fork_is_safe", "is_harmless"]

# Threads known to be harmless beside a child that keeps to the rules above, (module, class): they
# only redraw a terminal now and then, under locks of their own that the child never takes.
HARMLESS_THREADS = {
    ("rich.live", "_RefreshThread"),  # Pelican's "Generating..." spinner
    ("tqdm._monitor", "TMonitor"),  # the watcher of tqdm's progress bars (`invoke promote`)
}


class ForkFailed(Exception):
    """The forked call gave no result: it raised, or its process died."""


def fork_is_safe() -> bool:
    """Return whether this process may fork now: it can, and no thread but harmless ones runs."""
    if not hasattr(os, "fork"):
        return False
    others = set(threading.enumerate()) - {threading.current_thread()}
    return all(is_harmless(thread) for thread in others)


def is_harmless(thread: threading.Thread) -> bool:
    """Return whether *thread* is one of the HARMLESS_THREADS."""
    return (type(thread).__module__, type(thread).__name__) in HARMLESS_THREADS


class Forked:
    """`function(*args)` called in a forked child; `result()` waits for what it returned.

    Ask fork_is_safe() first. The result comes back pickled; what the call raised comes back as a
    ForkFailed saying what it was.
    """

    def __init__(self, function: Callable[..., Any], *args: Any) -> None:
        receiver, sender = os.pipe()
        self._pid = os.fork()
        if self._pid == 0:
            os.close(receiver)
            _call_and_exit(function, args, sender)
        os.close(sender)
        self._receiver: int | None = receiver

    def result(self) -> Any:
        """Return what the call returned; raise ForkFailed saying why if there is nothing."""
        if self._receiver is None:
            raise ForkFailed("its result was already taken, or it was stopped")
        with open(self._receiver, "rb", closefd=True) as pipe:
            self._receiver = None
            data = pipe.read()  # up to the end: the child closes the pipe when it leaves
        code = self._wait()
        try:
            ok, outcome = pickle.loads(data)
        except Exception:  # nothing or half a message: the child died on the way
            raise ForkFailed(f"its process died with exit code {code}") from None
        if not ok:
            raise ForkFailed(outcome)
        return outcome

    def stop(self) -> None:
        """End the child, whether it finished or not (its result is no longer wanted)."""
        if self._receiver is not None:
            os.close(self._receiver)
            self._receiver = None
        if self._pid:
            with suppress(ProcessLookupError):  # it has left already
                os.kill(self._pid, signal.SIGKILL)
            self._wait()

    def _wait(self) -> int | None:
        """Reap the child once; return its exit code (negative: the signal that ended it)."""
        if not self._pid:
            return None
        _, status = os.waitpid(self._pid, 0)
        self._pid = 0
        return os.waitstatus_to_exitcode(status)


def _call_and_exit(function: Callable[..., Any], args: tuple, sender: int) -> None:
    """In the child: send (True, result) or (False, what was raised), then leave at once."""
    code = 0
    try:
        try:
            message = (True, function(*args))
        except BaseException as error:  # the parent reports it and does the work itself
            message = (False, repr(error))
        try:
            data = pickle.dumps(message, pickle.HIGHEST_PROTOCOL)
        except Exception as error:
            data = pickle.dumps((False, f"its result cannot be pickled ({error!r})"))
        with open(sender, "wb", closefd=True) as pipe:
            pipe.write(data)
    except BaseException:  # the result could not be sent: the parent sees no message
        code = 1
    finally:
        os._exit(code)
