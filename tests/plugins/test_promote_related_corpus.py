"""plugins/promote_related reads a big site on several processes, with the same result as on one."""

import logging
import os
import threading
import time

import numpy as np
import pytest
from promote_related import cache, corpus

from forked_call import Forked
from tests.support.corpora import corpus_path

WEIGHTS = {"title": 3.0, "tags": 3.0, "category": 1.0, "body": 1.0}


def real_sources(count: int) -> list:
    """Return *count* sources cut from the real posts of blog-bossylobster (HTML paragraphs)."""
    posts = sorted(corpus_path("blog-bossylobster/content").glob("*.md"))
    texts = [path.read_text(encoding="utf-8").partition("\n---\n")[2] for path in posts]
    sources = []
    for number in range(count):
        text = texts[number % len(texts)]
        # every copy a different slice, so chunks have vocabularies of their own
        start = (number * 37) % max(len(text) - 400, 1)
        body = text[start : start + 2000].replace("<", " ").replace(">", " ")  # no cut-off tags
        html = f'<p>{body}</p><p><a href="/post-{number // 2}/">older</a> Café Ünïcode</p>'
        tags = (f"tag{number % 7}", "Maths") if number % 3 else ()
        title = f"Post {number} on {posts[number % len(posts)].stem}"
        sources.append(corpus.Source(title, tags, "Notes", html))
    return sources


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: the reader never forks")
def test_a_big_site_is_read_on_several_processes_with_the_same_counts_as_on_one(caplog):
    sources = real_sources(2 * corpus.MIN_POSTS_PER_PROCESS + 11)
    assert threading.active_count() == 1, f"threads run: {threading.enumerate()}"
    one = corpus.read_corpus(sources, WEIGHTS, processes=1)
    with caplog.at_level(logging.DEBUG, logger=corpus.__name__):
        several = corpus.read_corpus(sources, WEIGHTS, processes=2)
    assert "on 2 processes" in caplog.text
    assert several.words.terms == one.words.terms
    assert list(several.words.terms) == sorted(one.words.terms)
    assert "café" in one.words.terms and "ünïcode" in one.words.terms
    assert "the" not in one.words.terms and not any(t[0].isdigit() for t in one.words.terms)
    assert several.words.counts.shape == (len(sources), len(one.words.terms))
    assert (several.words.counts != one.words.counts).nnz == 0
    assert several.hrefs == one.hrefs == [(f"/post-{n // 2}/",) for n in range(len(sources))]


class DeadlyInAWorker(str):
    """HTML that kills the process reading it, unless that is the test's own process."""

    owner = os.getpid()

    def strip(self, *args):
        if os.getpid() != self.owner:
            os._exit(9)
        return super().strip(*args)


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: the reader never forks")
def test_a_worker_that_dies_costs_time_not_the_build(caplog):
    sources = [
        corpus.Source(source.title, source.tags, source.category, DeadlyInAWorker(source.html))
        for source in real_sources(2 * corpus.MIN_POSTS_PER_PROCESS)
    ]
    with caplog.at_level(logging.DEBUG, logger=corpus.__name__):
        several = corpus.read_corpus(sources, WEIGHTS, processes=2)
    assert "on 2 processes" in caplog.text
    assert "a process reading posts failed (its process died with exit code 9)" in caplog.text
    one = corpus.read_corpus(sources, WEIGHTS, processes=1)
    assert several.words.terms == one.words.terms
    assert (several.words.counts != one.words.counts).nnz == 0
    assert several.hrefs == one.hrefs


def slowly_take(tickets) -> list[int]:
    taken = []
    for number in tickets:
        taken.append(number)
        time.sleep(0.005)  # 1.3 s in all: time enough for the other process to start taking
    return taken


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork")
def test_processes_taking_blocks_share_them_each_block_once():
    assert corpus._block_bounds(10_000, 2)[:3] == [0, corpus.BLOCK_POSTS, 2 * corpus.BLOCK_POSTS]
    assert corpus._block_bounds(10_000, 1) == [0, 10_000]
    huge = corpus._block_bounds(1_000_000, 2)
    assert len(huge) - 1 <= corpus.MAX_BLOCKS and huge[-1] == 1_000_000
    tickets = corpus._Tickets(corpus.MAX_BLOCKS)
    try:
        other = Forked(slowly_take, tickets)
        here = slowly_take(tickets)
        there = other.result()
    finally:
        tickets.close()
    assert here and there  # both took some: neither waited for the other
    assert sorted(here + there) == list(range(corpus.MAX_BLOCKS))


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: the reader never forks")
def test_a_reading_left_unfinished_stops_its_workers():
    """The cache held: the posts being read on other cores are not needed."""
    sources = real_sources(2 * corpus.MIN_POSTS_PER_PROCESS)
    with corpus.reading(sources, lambda source: source, WEIGHTS, processes=2) as posts:
        children = [worker._pid for worker in posts._forked]
        assert len(children) == 1
        os.kill(children[0], 0)  # running
    with pytest.raises(ProcessLookupError):  # killed and reaped
        os.kill(children[0], 0)


def test_the_reader_forks_only_for_big_sites_and_never_beside_another_thread():
    big = 4 * corpus.MIN_POSTS_PER_PROCESS
    assert corpus.usable_processes(1, big) == 1
    assert corpus.usable_processes(4, corpus.MIN_POSTS_PER_PROCESS) == 1
    assert corpus.usable_processes(2, big) == min(2, os.cpu_count() or 1)
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert corpus.usable_processes(2, big) == 1
    finally:
        release.set()
        other.join()


def test_the_counts_weigh_each_field():
    source = corpus.Source("Compost", ("garden",), "Outdoors", "<p>compost <b>worms</b></p>")
    read = corpus.read_corpus([source], WEIGHTS, processes=1)
    counts = dict(zip(read.words.terms, read.words.counts.toarray()[0].tolist(), strict=True))
    assert counts == {"compost": 4.0, "garden": 3.0, "outdoors": 1.0, "worms": 1.0}
    assert np.isclose(read.words.counts.sum(), 9.0)


def test_a_cache_saved_soon_is_written_by_a_forked_process_and_waited_for(tmp_path):
    index_cache = cache.IndexCache(tmp_path / "promote_related", "relations")
    state = {"results_key": "k", "relations": [[1, 2], [0]]}
    cache.save_soon(index_cache, state)
    assert len(cache._writers) == (1 if corpus.fork_is_safe() else 0)
    cache.wait_for_saves()
    assert cache._writers == []
    assert index_cache.load() == state
    assert [path.name for path in (tmp_path / "promote_related").iterdir()] == ["relations.pickle"]
