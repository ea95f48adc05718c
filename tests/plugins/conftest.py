"""Fixtures of the plugins' tests: a feed server of friends' blogs for one test."""

from collections.abc import Iterator

import pytest

from tests.support.feeds import FeedServer, serve_feeds


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    """A feed server for one test."""
    with serve_feeds() as server:
        yield server
