"""A blog with many pages (fullstackpython has 697) on the menu, in Debian's chromium at 360 px:
Pelican's DISPLAY_PAGES_ON_MENU put each in the menu of every page, and a phone scrolled through
hundreds of rows of links before the post's title. Past six, the pages are folded under "Pages",
which opens without JavaScript; a blog with a few keeps them in the menu as they are."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from tests.support.browser import open_tab
from tests.support.builds import build_site
from tests.support.demo import serve
from tests.support.posts import write_post
from tests.support.sources import write_source

pytestmark = [pytest.mark.browser, pytest.mark.slow]

TOPICS = ["Django", "Flask", "Bottle", "Pyramid", "Falcon", "Sanic", "Vim", "Emacs", "Nginx"]
TOPICS += ["Apache", "Docker", "Redis", "Celery", "Ansible", "Salt", "Fabric", "Jenkins"]
TOPICS += ["PostgreSQL", "MySQL", "SQLite", "MongoDB", "Cassandra", "Neo4j", "Bokeh", "Pandas"]
TOPICS += ["NumPy", "SciPy", "Jupyter", "Sentry", "Rollbar", "Datadog", "Prometheus", "Grafana"]
TOPICS += [f"Chapter {n}" for n in range(1, 28)]  # 60 pages in all


def build(folder: Path, topics: list[str]) -> Path:
    """Build a post and one page for each of *topics* into *folder*; return the output."""
    content = folder / "content"
    write_post(content, "deploying-django", title="Deploying Django on a small server")
    for topic in topics:
        write_source(content, f"pages/{topic.lower()}.md", f"Title: {topic}\n\nAbout {topic}.\n")
    result = build_site(content, folder / "output")
    assert result.warnings() == []
    return result.output


@pytest.fixture(scope="module")
def many_pages(tmp_path_factory) -> Iterator[str]:
    """A blog with 60 pages, served."""
    with serve(build(tmp_path_factory.mktemp("many"), TOPICS)) as url:
        yield url


@pytest.fixture(scope="module")
def few_pages(tmp_path_factory) -> Iterator[str]:
    """A blog with six pages, served."""
    with serve(build(tmp_path_factory.mktemp("few"), TOPICS[:6])) as url:
        yield url


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_many_pages_are_folded_and_the_post_is_on_the_first_screen(
    browser: Browser, many_pages: str, javascript: bool
) -> None:
    with open_tab(browser, 360, 740, java_script_enabled=javascript) as tab:
        tab.page.goto(f"{many_pages}2026/deploying-django/")
        title = tab.page.locator("h1")
        assert title.bounding_box()["y"] + title.bounding_box()["height"] < 740
        folded = tab.page.locator(".site-nav details")
        assert not tab.page.get_by_role("link", name="Django", exact=True).is_visible()
        summary = folded.locator("summary")
        assert summary.inner_text().strip() == "Pages"
        summary.focus()
        tab.page.keyboard.press("Enter")  # a keyboard opens it, no script needed
        link = tab.page.get_by_role("link", name="Grafana", exact=True)
        link.scroll_into_view_if_needed()
        expect(link).to_be_visible()
        assert tab.overflow() == 0
        assert tab.errors == []


def test_a_page_of_the_fold_says_it_is_the_current_page(browser: Browser, many_pages: str) -> None:
    with open_tab(browser, 360, 740) as tab:
        tab.page.goto(f"{many_pages}flask/")
        current = tab.page.locator('.site-nav details a[aria-current="page"]')
        assert current.count() == 1 and current.text_content() == "Flask"
        title = tab.page.locator("h1")
        assert title.bounding_box()["y"] < 740


def test_six_pages_stay_in_the_menu_as_they_are(browser: Browser, few_pages: str) -> None:
    with open_tab(browser, 360, 740) as tab:
        tab.page.goto(f"{few_pages}2026/deploying-django/")
        assert tab.page.locator(".site-nav details").count() == 0
        for topic in TOPICS[:6]:
            expect(tab.page.get_by_role("link", name=topic, exact=True)).to_be_visible()
        assert tab.overflow() == 0
