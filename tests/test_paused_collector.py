"""paused_collector: the cyclic garbage collector paused for a block, then as it was."""

import gc
import os

import pytest

from forked_call import Forked
from paused_collector import collector_paused


def collector_state() -> tuple[bool, list[int]]:
    """Return whether the collector is on, and how many collections each generation has had."""
    return gc.isenabled(), [generation["collections"] for generation in gc.get_stats()]


def test_no_collection_runs_in_the_block_and_the_collector_resumes_after():
    assert gc.isenabled()
    with collector_paused():
        _, before = collector_state()
        kept = [[number] for number in range(200_000)]  # would set off gen-0 collections
        enabled, after = collector_state()
    assert not enabled and after == before
    assert gc.isenabled()
    assert len(kept) == 200_000


def test_a_collector_the_host_turned_off_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_resumes_when_the_block_raises():
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("a post cannot be read")
    assert gc.isenabled()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")
def test_a_process_forked_in_the_block_inherits_the_pause():
    with collector_paused():
        assert Forked(gc.isenabled).result() is False
    assert Forked(gc.isenabled).result() is True
