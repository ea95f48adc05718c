"""Broken posts and missing plugins: the build names the problem and still makes the rest."""

import pytest

from tests.support.demo import PAGES, Site, goldstar_plugins
from tests.support.posts import article_of

pytestmark = pytest.mark.slow

GOOD = """Title: A Good Post
Date: 2025-05-01 10:00
Category: Notes
Slug: a-good-post
Summary: It builds.

Hello.
"""
BAD_DATE = """Title: A Post From Nowhen
Date: the fourteenth of Smarch
Category: Notes

This date cannot be read.
"""
NO_TITLE = """Date: 2025-05-02 10:00
Category: Notes

Somebody forgot the title.
"""


def test_broken_metadata_names_the_file_and_the_rest_builds(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "good.md").write_text(GOOD, encoding="utf-8")
    (content / "bad-date.md").write_text(BAD_DATE, encoding="utf-8")
    (content / "no-title.md").write_text(NO_TITLE, encoding="utf-8")

    result = site_builder(content)

    problems = result.warnings()
    assert any("bad-date.md" in message for message in problems), problems
    # A post with no `Title:` line is titled from its file's name, with a warning naming it
    # (Pelican's error left it out, and stopped `invoke build`).
    assert any("no-title.md" in message and "`Title:`" in message for message in problems)
    # A date that is no date is the file's time (Pelican's error left the post out, and stopped
    # `invoke build`).
    slugs = {article.slug for article in result.articles}
    assert slugs == {"a-post-from-nowhen", "no-title", "a-good-post"}
    assert "It builds." in result.read("2025/a-good-post/index.html")
    assert "A Good Post" in result.read("index.html")
    assert "Smarch" not in result.read("archives/index.html")


def test_a_post_with_no_metadata_is_titled_and_the_rest_builds(site_builder, tmp_path) -> None:
    # Notes, or posts from a generator that reads no metadata: Pelican left each out with an
    # error ("could not find information about 'title'") that stopped `invoke build`.
    content = tmp_path / "content"
    content.mkdir()
    (content / "good.md").write_text(GOOD, encoding="utf-8")
    (content / "notes.md").write_text("# Notes on *bread*\n\nKnead for ten minutes.\n")
    (content / "2019-04-01-a-bare-post.md").write_text("Just a paragraph, no heading.\n")
    # near miss: a heading that is not the opening line gives no title; the file's name does
    (content / "late-heading.md").write_text("Intro line.\n\n# A heading further down\n")

    result = site_builder(content)

    titles = {article.slug: article.title for article in result.articles}
    assert titles["notes-on-bread"] == "Notes on *bread*"
    assert titles["a-bare-post"] == "A Bare Post"
    assert titles["late-heading"] == "Late Heading"
    notes = result.read(article_of(result, "notes-on-bread").save_as)
    assert notes.count("<h1") == 1, "the opening heading is the title, not a second heading"
    assert "Knead for ten minutes." in notes
    warned = result.warnings()
    assert any("notes.md" in m and "opening heading" in m and "Title:" in m for m in warned)
    assert any("a-bare-post.md" in m and "file's name" in m for m in warned)


@pytest.mark.parametrize("off", [*goldstar_plugins(), "plugins"])
def test_site_builds_with_a_plugin_off(variant_sites: dict[str, Site], off: str) -> None:
    site = variant_sites[f"without {off}"]
    article = site.read(PAGES["article"])
    assert '<h1 class="post-title">How to Thank a Commenter</h1>' in article
    assert ('id="comments"' in article) == (off not in ("comments", "plugins"))
    assert ('class="promote-related"' in article) == (off not in ("promote_related", "plugins"))
    assert "Reading Slowly" in site.read("")
