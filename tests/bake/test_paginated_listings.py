"""A gold star on a post in the middle of long paginated listings: the bake writes the pages that
show the post and touches no other, byte for byte what a full build writes; real Pelican builds."""

import os
from pathlib import Path

from tests.support.builds import build_site, kept_site
from tests.support.outputs import relative, tree
from tests.support.posts import add_gold_star, three_posts, write_post

# Two posts a page, and an orphan on the last one: the index has seven pages.
PAGED = {"DEFAULT_PAGINATION": 2, "DEFAULT_ORPHANS": 1}


def fourteen_posts(content: Path) -> None:
    """Write three_posts' posts and exports (three tagged), seven newer posts, four older ones,
    and a French translation of three (its page shows three's comments too)."""
    three_posts(content)
    write_post(content, "three", date="2026-01-03 09:00", tags="listening")
    for day in range(4, 11):
        tags = "kindness" if day % 2 else "kindness, listening"
        write_post(content, f"post-{day}", date=f"2026-01-{day:02d} 09:00", tags=tags)
    for day in range(20, 24):
        write_post(content, f"old-{day}", date=f"2025-12-{day:02d} 09:00", tags="listening")
    text = "Title: Trois\nDate: 2026-01-03 09:00\nSlug: three\nLang: fr\n\nUn billet.\n"
    (content / "three-fr.md").write_text(text, encoding="utf-8")


def date_back(folder: Path) -> None:
    """Set the modification time of every file under *folder* to 1970's first second."""
    for path in folder.rglob("*"):
        if path.is_file():
            os.utime(path, (0, 0))


def touched(folder: Path) -> set[str]:
    """Return the files under *folder* written since `date_back`, by their path there."""
    return {
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file() and path.stat().st_mtime > 0
    }


def test_a_gold_star_in_the_middle_writes_the_listing_pages_holding_it(tmp_path):
    content, output = tmp_path / "content", tmp_path / "baked"
    fourteen_posts(content)
    with kept_site(content, output, **PAGED) as (site, built):
        date_back(output)
        # Three is the eighth of fourteen posts: on page 4 of 7 of the index, 3 of 4 of its tag.
        changed = add_gold_star(content, "three", 8)
        written = relative(site.bake([str(changed)]), output)
        assert built.warnings() == []
    full = build_site(content, tmp_path / "full", **PAGED)
    assert full.warnings() == []
    assert tree(output) == tree(full.output)
    assert touched(output) == written
    assert written == EXPECTED


EXPECTED = {
    "2026/three/index.html",
    "2026/three-fr/index.html",
    "gold-stars/index.html",
    # The one page of each paginated listing that holds three (page 4 of 7, of its tag 3 of 4).
    "page/4/index.html",
    "author/maya-goldstar/page/4/index.html",
    "category/misc/page/4/index.html",
    "tag/listening/page/3/index.html",
    # The listings of every post of 2026, of January 2026, of the site.
    "2026/index.html",
    "2026/01/index.html",
    "archives/index.html",
    # Pelican gives the site's direct templates every post (`dates`); 404.html shows the latest.
    "404.html",
    "authors/index.html",
    "categories/index.html",
    "tags/index.html",
}
