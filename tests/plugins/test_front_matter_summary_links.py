"""A post's own summary (`Summary:`, or the part before `<!-- PELICAN_END_SUMMARY -->`) links
somewhere on every listing page: Pelican resolved its `{filename}` links once, from the site's
root, and with RELATIVE_URLS (`invoke build`, `invoke serve`) they led nowhere from
category/tech/, tag/links/ or page/2/."""

from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from bs4 import BeautifulSoup

from tests.support.builds import cached_build
from tests.support.sources import write_source

POSTS = {
    "target.md": "Title: Target\nDate: 2024-01-01\nCategory: tech\n\nThe post linked to.\n",
    "own.md": (
        "Title: Own\nDate: 2024-01-02\nCategory: tech\nTags: links\n"
        "Summary: See [the target]({filename}target.md).\n\nBody.\n"
    ),
    "marked.md": (
        "Title: Marked\nDate: 2024-01-03\nCategory: tech\nTags: links\n\n"
        "Read [the target]({filename}target.md) first.\n\n<!-- PELICAN_END_SUMMARY -->\n\nMore.\n"
    ),
    "words.md": (
        "Title: Words\nDate: 2024-01-04\nCategory: tech\nTags: links\n\n"
        "The first words lead to [the target]({filename}target.md).\n"
    ),
}


def write_posts(content: Path) -> None:
    """Write the four posts, three of whose summaries link to the first."""
    for name, text in POSTS.items():
        write_source(content, name, text)


def summary_links(output: Path) -> list[tuple[Path, str]]:
    """Return each link of a listing card's summary in *output*, with the page it is on."""
    links = []
    for page in sorted(output.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        links += [(page, a["href"]) for a in soup.select(".card-summary a[href]")]
    return links


def leads_nowhere(output: Path, page: Path, href: str) -> bool:
    """Return whether *href*, on *page*, names no file of the built site (as a browser goes)."""
    path = unquote(urlparse(href).path)
    base = output if path.startswith("/") else page.parent
    target = (base / path.lstrip("/")).resolve()
    if target.is_dir():
        target = target / "index.html"
    return not target.is_file()


@pytest.mark.parametrize("relative_urls", [True, False], ids=["invoke-build", "publish"])
def test_every_summary_link_of_every_listing_page_leads_to_a_file(
    site_builder, tmp_path, relative_urls
) -> None:
    write_posts(tmp_path / "content")

    result = site_builder(RELATIVE_URLS=relative_urls, DEFAULT_PAGINATION=2)

    assert result.warnings() == []
    links = summary_links(result.output)
    pages = {page.relative_to(result.output).as_posix() for page, _ in links}
    # the listings away from the root, where the links broke, are among those checked
    assert {"category/tech/index.html", "tag/links/index.html", "page/2/index.html"} <= pages
    assert len(links) >= 9  # three summaries, each on the home pages, its category's, its tag's
    broken = [
        (page.relative_to(result.output).as_posix(), href)
        for page, href in links
        if leads_nowhere(result.output, page, href)
    ]
    assert broken == []


def test_a_summary_link_is_resolved_for_the_depth_of_its_listing_page(site_builder, tmp_path):
    write_posts(tmp_path / "content")

    result = site_builder(RELATIVE_URLS=True, DEFAULT_PAGINATION=10)

    def hrefs(page: str) -> list[str]:
        soup = BeautifulSoup(result.read(page), "html.parser")
        return [a["href"] for a in soup.select(".card-summary a")]

    assert hrefs("index.html") == ["./2024/target/"] * 3
    assert hrefs("category/tech/index.html") == ["../../2024/target/"] * 3  # was 2024/target/
    # the post's own page shows its text, linked from where it is, as before
    post = BeautifulSoup(result.read("2024/marked/index.html"), "html.parser")
    assert [a["href"] for a in post.select(".post-body a")] == ["../../2024/target/"]


def test_a_summary_read_from_the_content_cache_is_resolved_for_each_page_too(tmp_path) -> None:
    # invoke build keeps Pelican's content cache: the second build reads the posts from it
    write_posts(tmp_path / "content")
    cached_build(tmp_path, "first", RELATIVE_URLS=True, DEFAULT_PAGINATION=2)

    result = cached_build(tmp_path, "second", RELATIVE_URLS=True, DEFAULT_PAGINATION=2)

    assert result.warnings() == []
    links = summary_links(result.output)
    assert len(links) >= 9
    assert [href for page, href in links if leads_nowhere(result.output, page, href)] == []
