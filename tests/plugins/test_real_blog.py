"""A real Pelican blog with YAML front matter (../shared/corpora/blog-bossylobster, used in place),
built with Goldstar: titles as YAML means them, every fenced block a code block."""

import html
import re

import pytest
import yaml
from bs4 import BeautifulSoup

from tests.support.builds import build_site
from tests.support.corpora import corpus_path

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def blog():
    """The blog's content folder, in ../shared/corpora (the tests skip without it)."""
    return corpus_path("blog-bossylobster/content")


@pytest.fixture(scope="module")
def built(blog, tmp_path_factory):
    """The blog built once, its sources read in place."""
    folder = tmp_path_factory.mktemp("bossylobster")
    return build_site(blog, folder / "output")


def front_matter(path) -> str:
    """Return the text between the first two `---` lines of a source file."""
    return path.read_text(encoding="utf-8").split("---\n", 2)[1]


def test_it_builds_with_warnings_about_footnotes_and_what_the_csp_blocks(blog, built) -> None:
    assert len(built.articles) == 84
    assert sorted(p.slug for p in built.pages) == ["about-me", "mathematics", "testimonials"]
    warnings = built.warnings()
    # simple_footnotes' `[ref]…[/ref]` in 34 posts and a page, shown as written: four are named
    # in full, then the kind's line lists each of the rest, file and line (Pelican's limit on
    # repeated warnings had named four and said "more posts…" of the 31 others).
    footnotes, warnings = warnings[:4], warnings[4:]
    posts = [*built.articles, *built.pages]
    with_refs = {
        p.relative_source_path for p in posts if "[ref]" in (blog / p.source_path).read_text()
    }
    assert len(with_refs) == 35  # 34 posts and the page about-me.md
    assert all("footnotes shown as written, `[ref]" in w for w in footnotes), footnotes
    assert "pip install pelican-simple-footnotes" in footnotes[0]
    listed = warnings[-2]
    assert listed.startswith("front_matter: more posts with `[ref]` footnotes as written (31)")
    named = [w.split(":")[1].strip() for w in footnotes] + listed.split("\n  ")[1:]
    assert all(re.fullmatch(r"[\w/.-]+\.md", place.rpartition(":")[0]) for place in named[4:])
    named = {place.rpartition(":")[0] if ":" in place else place for place in named}
    assert named == with_refs
    # Pictures linked from the site's root (the corpus has the posts, not the images/ folder) and
    # links to its own posts at its old addresses (`/2021/10/elementary-elliptic`), said once the
    # site is written: four posts named, then the kind's line lists the rest.
    warnings, links = warnings[:2], warnings[2:-2]
    assert all("lead" in w and "to no file of the built site" in w for w in links), links
    assert len(links) == 4 and "`/images/" in links[0]
    assert built.warnings()[-1].startswith("front_matter: more posts with links to no file (")
    assert len(warnings) == 2, warnings
    assert warnings[0].startswith("embeds: the Content-Security-Policy blocks what posts load")
    assert "img-src ir-na.amazon-adsystem.com (4 pages" in warnings[0]
    assert warnings[1].startswith("embeds: the Content-Security-Policy makes browsers ignore")
    assert "`<script>` code and `on…=` handlers (1 page, e.g. 2016-01-10-how" in warnings[1]
    assert "`style` attributes (31 pages" in warnings[1]
    assert "`<style>` blocks (1 page, e.g. 2014-08-22-math-for-humans" in warnings[1]


def test_titles_are_what_the_front_matter_means(blog, built) -> None:
    by_source = {a.source_path: a for a in built.articles}
    checked = 0
    for source, article in by_source.items():
        block = front_matter(blog / source)
        try:
            meant = yaml.safe_load(block)["title"]
        except yaml.YAMLError:  # e.g. `twitter_site: @bossylobster`: read as Pelican reads it
            meant = re.search(r"^title:(.*)$", block, re.MULTILINE).group(1).strip()
        else:
            checked += 1
        assert article.title == str(meant), source
        assert not article.title.startswith(("'", '"')), source
        page = BeautifulSoup(built.read(article.save_as), "html.parser")
        assert page.select_one("h1.post-title").get_text() == html.unescape(article.title)
    assert checked == 29  # the other 55 have a value only Pelican's line reader accepts
    handles = {a.metadata.get("twitter_site") for a in built.articles} - {None}
    assert handles == {"@bossylobster"}  # not valid YAML, kept as the text it is


def test_every_fenced_block_is_a_code_block(blog, built) -> None:
    fences = 0
    for article in built.articles:
        source = (blog / article.source_path).read_text(encoding="utf-8")
        fences += len(re.findall(r"^\s*```", source, re.MULTILINE)) // 2
        body = BeautifulSoup(article.content, "html.parser")
        assert "```" not in body.get_text(), article.source_path
        for code in body.find_all("code"):
            if code.find_parent("pre") is None:
                assert "\n" not in code.get_text(), article.source_path
    assert fences > 300
