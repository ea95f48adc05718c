"""forked_call: a call run in a forked child, its result or its failure taken back."""

import io
import os
import threading
import time

import pytest
from rich.console import Console
from tqdm import tqdm

from forked_call import Forked, ForkFailed, fork_is_safe, is_harmless

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")


def pid_and_sum(numbers):
    return os.getpid(), sum(numbers)


def raises():
    raise ValueError("no such post")


def unpicklable():
    return lambda: None


def test_the_result_comes_back_from_another_process():
    child, total = Forked(pid_and_sum, range(1_000_001)).result()
    assert child != os.getpid()
    assert total == 500_000_500_000


def test_a_big_result_comes_through_the_pipe_whole():
    big = Forked(bytes, 20_000_000).result()  # far more than a pipe buffer holds
    assert len(big) == 20_000_000


def test_what_the_call_raised_comes_back_as_fork_failed():
    with pytest.raises(ForkFailed, match=r"ValueError\('no such post'\)"):
        Forked(raises).result()


def test_a_child_that_dies_says_how():
    with pytest.raises(ForkFailed, match="its process died with exit code 9"):
        Forked(os._exit, 9).result()


def test_a_result_that_cannot_be_pickled_says_so():
    with pytest.raises(ForkFailed, match="cannot be pickled"):
        Forked(unpicklable).result()


def test_stop_ends_a_child_still_at_work():
    forked = Forked(time.sleep, 60)
    child = forked._pid
    forked.stop()
    with pytest.raises(ProcessLookupError):  # killed and reaped
        os.kill(child, 0)
    with pytest.raises(ForkFailed, match="already taken"):
        forked.result()


def named(kind: str) -> threading.Thread:
    """Return the running thread of class *kind*."""
    return next(thread for thread in threading.enumerate() if type(thread).__name__ == kind)


def test_a_progress_bars_watcher_does_not_stop_a_fork():
    with tqdm(total=2, file=io.StringIO(), mininterval=0) as bar:  # what `invoke promote` draws
        bar.update()
        assert is_harmless(named("TMonitor"))
        assert Forked(pid_and_sum, [1, 2]).result()[1] == 3


def test_pelicans_spinner_does_not_stop_a_fork_but_another_thread_does():
    console = Console(file=io.StringIO(), force_terminal=True)
    with console.status("Generating..."):  # what plain `pelican` draws during a build
        assert is_harmless(named("_RefreshThread"))
        assert Forked(pid_and_sum, [1, 2]).result()[1] == 3
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not is_harmless(other)
        assert not fork_is_safe()
    finally:
        release.set()
        other.join()
