"""Fixtures of the embed's and the inbox's tests: one comment server and one static host for the
whole package (tests/support/stack.py), a blog of each test's own, a phone-sized browser context."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.browser import VIEWPORT
from tests.support.stack import Blog, Stack, empty_blog, running_stack


@pytest.fixture(scope="package")
def stack(tmp_path_factory) -> Iterator[Stack]:
    """Start the real comment server and a static server for the site; stop both afterwards."""
    with running_stack(tmp_path_factory.mktemp("stack")) as running:
        yield running


@pytest.fixture
def site(stack: Stack, site_builder, tmp_path: Path) -> Blog:
    """Return an empty blog of this test, built against the running comment server."""
    return empty_blog(stack, site_builder, tmp_path)


@pytest.fixture
def phone(browser):
    """Return a new browser context the size of a phone (360x740); closed after the test."""
    context = browser.new_context(viewport=VIEWPORT, device_scale_factor=2, is_mobile=True)
    context.set_default_timeout(10_000)
    yield context
    context.close()
