"""A reStructuredText post with no title, in real Pelican builds (plugins/front_matter/reader.py,
RstTitleFromFileName): one opening with a paragraph and no `:title:` was built with an empty
title, its heading, `<title>` and listing entry blank."""


def write(content, name: str, text: str) -> None:
    """Write one post under *content*, in UTF-8."""
    (content / name).write_text(text, encoding="utf-8")


def test_a_rst_post_with_no_title_is_titled_from_its_file_name(site_builder, tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    write(content, "2019-05-01-first-notes.rst", ":date: 2019-05-01\n\nJust a body, no title.\n")
    # Near misses, titled as they say: a heading, and a `:title:` field.
    write(content, "headed.rst", "Headed\n######\n\n:date: 2019-05-02\n\nBody.\n")
    write(content, "field.rst", ":title: From a field\n:date: 2019-05-03\n\nBody.\n")

    result = site_builder()

    assert sorted(a.title for a in result.articles) == ["First Notes", "From a field", "Headed"]
    assert [w for w in result.warnings() if w.startswith("front_matter")] == [
        "front_matter: 2019-05-01-first-notes.rst: it has no title (a heading over- or "
        "underlined at its top, or a `:title:` field); it is titled 'First Notes' from its "
        "file's name: write `:title: First Notes` to choose"
    ]
    page = result.read("2019/first-notes/index.html")
    assert '<h1 class="post-title">First Notes</h1>' in page
    assert "<title>First Notes" in page
