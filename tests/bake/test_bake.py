"""The bake step (bake/): after the export changed, the pages it touches, byte for byte what a full
build writes, and nothing else; real Pelican builds of a tiny site."""

import gc
import weakref
from pathlib import Path

from bake import Site
from tests.support.builds import build_site, kept_site
from tests.support.outputs import relative, tree
from tests.support.posts import TOMAS, add_comments, comment, four_posts, write_export


def test_a_bake_writes_what_a_full_build_writes(tmp_path):
    content = tmp_path / "content"
    four_posts(content)
    with kept_site(content, tmp_path / "baked") as (site, built):
        # Tomás comments twice more (he earns "regular" on every page he commented on), thread
        # two reaches 10 stars (a milestone in the listings), three loses its file, four gets one.
        add_comments(
            content,
            "one",
            comment(20, None, "Tomás", commenter=TOMAS, created="2026-02-01T10:00:00Z"),
            comment(21, 20, "Tomás", commenter=TOMAS, created="2026-02-02T10:00:00Z"),
            comment(
                22, None, "Tomás", commenter=TOMAS, created="2026-02-03T10:00:00Z", gold_stars=1
            ),
        )
        add_comments(content, "two", stars=10)
        (content / "comments" / "three.json").unlink()
        write_export(content, "four", [comment(30, None, "Inès", created="2026-02-04T10:00:00Z")])
        written = site.bake()
        assert built.warnings() == []
    full = build_site(content, tmp_path / "full")
    assert full.warnings() == []

    assert tree(tmp_path / "baked") == tree(tmp_path / "full")
    written = relative(written, tmp_path / "baked")
    assert {"2026/one/index.html", "2026/two/index.html", "2026/four/index.html"} <= written
    assert "gold-stars/index.html" in written and "index.html" in written  # two's milestone
    assert "2025/quiet/index.html" not in written  # no comment there, nothing to write


class Cycle:
    """An object that refers to itself: only a garbage collection frees it."""

    def __init__(self) -> None:
        self.itself = self


def test_a_kept_site_is_out_of_the_collectors_reach_until_the_next_build(tmp_path):
    content = tmp_path / "content"
    four_posts(content)
    cycle = Cycle()
    gone = weakref.ref(cycle)
    with kept_site(content, tmp_path / "baked") as (site, built):
        # A full collection walks none of the site's objects (at 10,000 posts: 0.6-0.8 CPU s each).
        post = site.articles.articles[0]
        assert not any(tracked is post for tracked in gc.get_objects())
        del cycle  # garbage of the time of the build: frozen with the site
        gc.collect()
        assert gone() is not None
        # A build again (`invoke regenerate` after a change) gives the earlier objects back.
        Site.build(site.pelican.settings)
        assert gone() is None
        assert built.warnings() == []


def test_a_new_comment_writes_its_page_only(tmp_path):
    content = tmp_path / "content"
    four_posts(content)
    with kept_site(content, tmp_path / "baked") as (site, built):
        before = tree(tmp_path / "baked")
        # A first comment on four: no one else's badges change, nor any listing's gold stars.
        write_export(content, "four", [comment(40, None, "Maël", created="2026-02-05T10:00:00Z")])
        written = site.bake()
        assert built.warnings() == []
    output = tmp_path / "baked"
    # Maël has no gold star: the wall is as it was, and not written again.
    assert [str(Path(p).relative_to(output)) for p in written] == ["2026/four/index.html"]
    after = tree(output)
    assert sorted(name for name in after if after[name] != before.get(name)) == [
        "2026/four/index.html"
    ]
    assert "Comment number 40." in after["2026/four/index.html"].decode()
    assert tree(build_site(content, tmp_path / "full").output) == after


def test_a_bake_reports_a_broken_export_and_keeps_the_others(tmp_path):
    content = tmp_path / "content"
    four_posts(content)
    with kept_site(content, tmp_path / "baked") as (site, built):
        (content / "comments" / "two.json").write_text("{ not json", encoding="utf-8")
        site.bake()
        warnings = built.warnings()
    assert len(warnings) == 1 and "two.json" in warnings[0] and "not valid JSON" in warnings[0]
    full = build_site(content, tmp_path / "full")
    assert tree(tmp_path / "baked") == tree(full.output)


def test_a_build_from_pelicans_cache_writes_what_a_fresh_build_writes(tmp_path):
    # pelicanconf.py turns the content cache on for development (publishconf.py off).
    content = tmp_path / "content"
    four_posts(content)
    cached = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True, "CACHE_PATH": str(tmp_path / "c")}
    build_site(content, tmp_path / "first", **cached)
    write_export(content, "four", [comment(60, None, "Maël", created="2026-02-06T10:00:00Z")])
    from_cache = build_site(content, tmp_path / "second", **cached)
    assert from_cache.warnings() == []
    assert tree(from_cache.output) == tree(build_site(content, tmp_path / "fresh").output)


def test_the_wall_is_written_again_only_when_what_it_shows_changed(tmp_path):
    content = tmp_path / "content"
    four_posts(content)
    with kept_site(content, tmp_path / "baked") as (site, built):
        # Thread one holds Agnès's starred comment: read again, the wall still shows the same.
        add_comments(content, "one", comment(70, None, "Maël", created="2026-02-07T10:00:00Z"))
        quiet = site.bake()
        add_comments(content, "one", comment(71, None, "Maël", gold_stars=1))
        starred = site.bake()
        assert built.warnings() == []
    output = tmp_path / "baked"
    assert [str(Path(p).relative_to(output)) for p in quiet] == ["2026/one/index.html"]
    assert str(output / "gold-stars" / "index.html") in starred
    assert "Maël" in (output / "gold-stars" / "index.html").read_text(encoding="utf-8")
    assert tree(build_site(content, tmp_path / "full").output) == tree(output)
