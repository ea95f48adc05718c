"""The bake of the files an export changed (`Site.bake(files)`, as `invoke regenerate` and its
`--export` call it): only those files are read again, and what it writes is byte for byte what a
full build writes; real Pelican builds of a tiny site, compared whole."""

from pathlib import Path

from tests.support.builds import build_site, kept_site
from tests.support.outputs import relative, tree
from tests.support.posts import (
    TOMAS,
    add_comments,
    add_gold_star,
    comment,
    four_posts,
    write_export,
    write_post,
)

# Two posts a page: the index and the listings have several pages, of which a bake picks some.
PAGED = {"DEFAULT_PAGINATION": 2}


def six_posts(content: Path) -> None:
    """Write four_posts' posts and two more, so that every listing has more than one page."""
    four_posts(content)
    write_post(content, "five", date="2026-01-06 09:00", tags="kindness")
    write_post(content, "six", date="2026-01-07 09:00")


def test_a_new_readers_comment_reads_and_writes_its_thread_only(tmp_path):
    content, output = tmp_path / "content", tmp_path / "baked"
    six_posts(content)
    with kept_site(content, output, **PAGED) as (site, built):
        changed = write_export(content, "five", [comment(40, None, "Maël")])
        # Another file changed too, but the export did not say so: it is not read again.
        add_comments(content, "two", comment(41, None, "Inès"))
        written = site.bake([str(changed)])
        assert built.warnings() == []
    assert relative(written, output) == {"2026/five/index.html"}
    assert "Comment number 40." in (output / "2026/five/index.html").read_text(encoding="utf-8")
    assert "Comment number 41." not in (output / "2026/two/index.html").read_text(encoding="utf-8")
    full = build_site(content, tmp_path / "full", **PAGED)
    differs = {n for n, data in tree(full.output).items() if tree(output).get(n) != data}
    assert differs == {"2026/two/index.html"}  # the file the bake was not told about


def test_a_regulars_comment_gives_their_badges_again_everywhere(tmp_path):
    content, output = tmp_path / "content", tmp_path / "baked"
    six_posts(content)
    with kept_site(content, output, **PAGED) as (site, built):
        # Tomás (one comment, on two) comments four times on four and five: his fifth comment
        # makes him a regular, a badge shown on two's page too.
        tomas = [comment(cid, None, "Tomás", commenter=TOMAS) for cid in (50, 51, 52, 53)]
        four = write_export(content, "four", tomas[:2])
        five = write_export(content, "five", tomas[2:])
        written = site.bake([str(four), str(five)])
        assert built.warnings() == []
    assert {"2026/two/index.html", "2026/four/index.html"} <= relative(written, output)
    full = build_site(content, tmp_path / "full", **PAGED)
    assert full.warnings() == []
    assert tree(output) == tree(full.output)


def test_a_gold_star_writes_the_listing_pages_showing_it(tmp_path):
    content, output = tmp_path / "content", tmp_path / "baked"
    six_posts(content)
    with kept_site(content, output, **PAGED) as (site, built):
        before = tree(output)
        # The author's gold star on Tomás's comment on two: two's card in the listings shows it,
        # and Tomás's badges change on every page he commented on.
        changed = add_gold_star(content, "two", 4)
        written = relative(site.bake([str(changed)]), output)
        assert built.warnings() == []
    full = build_site(content, tmp_path / "full", **PAGED)
    after = tree(output)
    assert after == tree(full.output)
    assert {name for name in after if after[name] != before.get(name)} <= written
    assert {"2026/two/index.html", "gold-stars/index.html", "archives/index.html"} <= written
    # Two is on the third page of the index (six, five | four, three | two, one) and of its
    # category: their first pages are left as they are.
    assert {"page/3/index.html", "category/misc/page/3/index.html"} <= written
    assert "index.html" not in written and "category/misc/index.html" not in written


def test_a_deleted_export_file_takes_its_comments_off(tmp_path):
    content, output = tmp_path / "content", tmp_path / "baked"
    six_posts(content)
    with kept_site(content, output, **PAGED) as (site, built):
        gone = content / "comments" / "three.json"
        gone.unlink()
        written = relative(site.bake([str(gone)]), output)
        assert built.warnings() == []
    assert "2026/three/index.html" in written
    assert "Comment number 8." not in (output / "2026/three/index.html").read_text("utf-8")
    assert tree(output) == tree(build_site(content, tmp_path / "full", **PAGED).output)


def test_a_page_deleted_by_hand_stays_gone_unless_the_bake_writes_it(tmp_path):
    content, output = tmp_path / "content", tmp_path / "baked"
    six_posts(content)
    with kept_site(content, output, **PAGED) as (site, built):
        (output / "2025/quiet/index.html").unlink()
        (output / "2026/five/index.html").unlink()
        changed = write_export(content, "five", [comment(60, None, "Maël")])
        site.bake([str(changed)])
        assert built.warnings() == []
    full = tree(build_site(content, tmp_path / "full", **PAGED).output)
    baked = tree(output)
    # The bake writes only what changed (a full build writes quiet's page again).
    assert "2025/quiet/index.html" not in baked
    assert baked == {name: data for name, data in full.items() if name != "2025/quiet/index.html"}
