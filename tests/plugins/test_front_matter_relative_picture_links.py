"""Pictures and files a post links by a relative address (plugins/front_matter/root_links.py), in
real Pelican builds: `![A cat](images/cat.png)` worked on a blog whose posts were at the site's
root (`{slug}.html`), and was broken under Goldstar's `2020/my-post/` addresses, quietly."""

from pathlib import Path

PNG = b"\x89PNG\r\n\x1a\n"
RELATIVE = """\
Title: Relative pictures
Date: 2020-02-11

![A cat](images/my cat.png) and [the notes](notes/plan.pdf) and ![Gone](images/gone.png).
"""
NESTED = """\
Title: From a folder
Date: 2020-02-12

![A dog](../images/dog.png)
"""
# Near misses: links a browser finds, or that are no file.
QUIET = """\
Title: Quiet links
Date: 2020-02-13

![A cat]({static}/images/my cat.png) ![Far](https://example.com/a.png) [Top](#top)
[Mail](mailto:me@example.com) [Next page](?page=2) [A post](../other-post/)
![Dot](data:image/png;base64,iVBORw0KGgo=)
<a href="&#35;notes">Notes</a> <a href=" ?page=3">Later</a> (an escaped fragment, a spaced query)
"""
WHERE = "lead{} to no file of the built site (a relative address is read from the post's page"


def write(content: Path) -> None:
    (content / "images").mkdir(parents=True)
    (content / "notes").mkdir()
    (content / "posts").mkdir()
    (content / "images" / "my cat.png").write_bytes(PNG)
    (content / "images" / "dog.png").write_bytes(PNG)
    (content / "notes" / "plan.pdf").write_bytes(b"%PDF-1.4\n")
    (content / "relative.md").write_text(RELATIVE, encoding="utf-8")
    (content / "posts" / "nested.md").write_text(NESTED, encoding="utf-8")
    (content / "quiet.md").write_text(QUIET, encoding="utf-8")


def test_a_relative_picture_the_page_cannot_find_is_named_with_its_static_link(
    site_builder, tmp_path
) -> None:
    content = tmp_path / "content"
    write(content)

    result = site_builder(content)

    named = [w for w in result.warnings() if "relative address" in w]
    assert named == [
        "front_matter: posts/nested.md: `../images/dog.png` "
        f"{WHERE.format('s')}, 2020/from-a-folder/, not from its file): "
        "write `{static}/images/dog.png`",
        "front_matter: relative.md: `images/my cat.png`, `notes/plan.pdf`, `images/gone.png` "
        f"{WHERE.format('')}, 2020/relative-pictures/, not from its file): "
        "write `{static}/images/my cat.png`, `{static}/notes/plan.pdf`",
    ]
    assert not [w for w in result.warnings() if w.startswith("front_matter: quiet.md")]

    # Written as the warning says, the pictures are found.
    fixed = RELATIVE.replace("](images/my cat.png)", "]({static}/images/my cat.png)")
    fixed = fixed.replace("](notes/plan.pdf)", "]({static}/notes/plan.pdf)")
    fixed = fixed.replace(" and ![Gone](images/gone.png)", "")
    (content / "relative.md").write_text(fixed, encoding="utf-8")
    nested = NESTED.replace("](../images/dog.png)", "]({static}/images/dog.png)")
    (content / "posts" / "nested.md").write_text(nested, encoding="utf-8")
    again = site_builder(content)
    assert not [w for w in again.warnings() if "to no file" in w]
    page = again.read("2020/relative-pictures/index.html")
    assert 'src="../../images/my cat.png"' in page
    assert (again.output / "2020/relative-pictures/../../images/my cat.png").is_file()


def test_relative_pictures_of_a_blog_keeping_its_root_addresses_are_quiet(
    site_builder, tmp_path
) -> None:
    content = tmp_path / "content"
    write(content)
    (content / "relative.md").write_text(
        RELATIVE.replace(" and ![Gone](images/gone.png)", ""), encoding="utf-8"
    )
    (content / "posts" / "nested.md").unlink()

    result = site_builder(
        content,
        ARTICLE_URL="{slug}.html",
        ARTICLE_SAVE_AS="{slug}.html",
        STATIC_PATHS=["images", "notes"],
    )

    assert not [w for w in result.warnings() if "relative address" in w]
