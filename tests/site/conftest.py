"""Fixtures for the theme's tests: the demo site, built once with Pelican's CLI and served."""

from collections.abc import Iterator

import pytest

from tests.support.demo import Site, build_demo, build_variants, serve


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory) -> Site:
    """The demo content built once with the project's settings, theme and plugins."""
    return build_demo(tmp_path_factory.mktemp("demo") / "output")


@pytest.fixture(scope="session")
def variant_sites(tmp_path_factory) -> dict[str, Site]:
    """The demo built with the comment embed on, with each plugin off, with none (in parallel)."""
    return build_variants(tmp_path_factory.mktemp("variants"))


@pytest.fixture(scope="session")
def demo_url(demo_site: Site) -> Iterator[str]:
    """The base URL of the demo site served over real HTTP."""
    with serve(demo_site.output) as url:
        yield url
