"""What blogs moved into Goldstar as docs/migrating.md says met that the earlier passes had not
tried (files saved by Windows tools in UTF-16, …): real Pelican builds of tiny sites, asserting
on the pages and on every warning."""

from pathlib import Path

from tests.support.sources import write_source


def windows(text: str, encoding: str) -> bytes:
    """Return *text* as a Windows tool saves it: CRLF line endings, in *encoding*."""
    return text.replace("\n", "\r\n").encode(encoding)


def test_a_post_saved_as_utf16_is_read_as_utf16_with_the_command_that_converts_it(
    site_builder, tmp_path
) -> None:
    # Notepad's "Unicode" and PowerShell 5's `>` (or `Out-File`) save UTF-16 with its byte order
    # mark. Read as Windows-1252 every other byte was a NUL: the warning said to convert from
    # windows-1252 (which garbles it), 57 control characters were taken out, and the post was
    # left out for want of a title. Pelican alone left it out with "Could not process" (an HTML
    # post, too, whose reader reads UTF-8 only), an error that stopped `invoke build`.
    content = tmp_path / "content"
    post = "Title: Notes from Notepad\nDate: 2018-05-01\nTags: windows\n\nCafé “au lait”.\n"
    write_source(content, "notepad.md", windows(post, "utf-16"))  # little-endian, with its mark
    rst = "Written in PowerShell\n#####################\n\n:date: 2018-05-02\n\nThé.\n"
    write_source(content, "shell.rst", codecs_be(rst))
    page = '<html><head><title>Old</title><meta name="date" content="2018-05-03"></head>'
    write_source(content, "old.html", windows(page + "<body><p>Hi</p></body></html>", "utf-16"))
    # A near miss: UTF-8 with a byte order mark and CRLF (Notepad's "UTF-8 with BOM") is quiet.
    write_source(
        content,
        "bom.md",
        b"\xef\xbb\xbf" + windows("Title: With a mark\nDate: 2018-05-04\n\nFine.\n", "utf-8"),
    )

    result = site_builder(content)

    fix = "convert it, e.g. `iconv -f utf-16 -t utf-8`"
    said = "the file is UTF-16 (it begins with UTF-16's byte order mark), not UTF-8"
    assert sorted(result.warnings()) == [
        f"front_matter: notepad.md: {said}; it is read as UTF-16: {fix}",
        f"front_matter: old.html: {said}; it is read as UTF-16: {fix}",
        f"front_matter: shell.rst: {said}; it is read as UTF-16: {fix}",
    ]
    assert sorted(a.title for a in result.articles) == [
        "Notes from Notepad",
        "Old",
        "With a mark",
        "Written in PowerShell",
    ]
    notes = result.read("2018/notes-from-notepad/index.html")
    assert "<p>Café “au lait”.</p>" in notes
    assert 'href="../../tag/windows/"' in notes
    assert "<p>Thé.</p>" in result.read("2018/written-in-powershell/index.html")


def codecs_be(text: str) -> bytes:
    """Return *text* as big-endian UTF-16 with its byte order mark, CRLF line endings."""
    return b"\xfe\xff" + windows(text, "utf-16-be")


# The title and the sections underlined alike, the fields under the title, as a blogger new to
# reStructuredText writes a post.
SHARED_UNDERLINE = """Moving to Pelican
=================

:date: 2014-03-12 10:20
:tags: python, pelican

Why I moved.

The setup
=========

It took an evening.

The theme
=========

Subsection
----------

Done.
"""


def test_a_rst_post_whose_title_and_sections_share_an_underline_keeps_its_title(
    site_builder, tmp_path
) -> None:
    # docutils saw three headings of the top level and no title: the fields under the first were
    # text, Pelican said "Document title missing" and left the post out at error level ("could
    # not find information about 'date'", which stopped `invoke build`).
    content = tmp_path / "content"
    write_source(content, "moving.rst", SHARED_UNDERLINE)
    # Near misses, read as before: sections underlined otherwise, a title given as a field.
    write_source(
        content,
        "right.rst",
        SHARED_UNDERLINE.replace("\n=========\n", "\n~~~~~~~~~\n").replace(
            ":tags:", ":slug: right\n:tags:"
        ),
    )
    write_source(content, "field.rst", ":title: A field title\n:date: 2015-01-02\n\nJust words.\n")

    result = site_builder(content)

    assert sorted(result.warnings()) == [
        f"Document title missing in file {content / 'field.rst'}: Ensure exactly one top level "
        "section",
        "front_matter: moving.rst:9: the section `The setup` is underlined as the title "
        "`Moving to Pelican` is, so docutils saw no title and Pelican would leave the post out; "
        "it is read with `Moving to Pelican` as its title: underline the sections with another "
        "character than the title's",
    ]
    assert sorted(a.title for a in result.articles) == [
        "A field title",
        "Moving to Pelican",
        "Moving to Pelican",
    ]
    page = result.read("2014/moving-to-pelican/index.html")
    body = page.split('<div class="post-body">', 1)[1].split("</article>", 1)[0]
    assert "Why I moved." in body and ":date:" not in body
    assert "<h2>The setup</h2>" in body and "<h2>The theme</h2>" in body
    assert "<h3>Subsection</h3>" in body
    assert 'href="../../tag/pelican/"' in page
    assert 'datetime="2014-03-12T10:20:00+01:00"' in page


def test_metadata_lines_after_a_blank_line_or_spaced_before_the_colon_are_read(
    site_builder, tmp_path
) -> None:
    # Python-Markdown reads metadata from the very first line, `Key: value` exactly: a post a
    # script began with a blank line, or one written with French typography's space before the
    # colon, had no title, and Pelican left it out at error level (which stops `invoke build`).
    content = tmp_path / "content"
    write_source(content, "blank.md", "\n\nTitle: After a blank line\nDate: 2020-01-08\n\nBody.\n")
    write_source(
        content,
        "french.md",
        "Title : Mon premier billet\nDate : 2020-01-09\nTags : cuisine, pain\n\nDu pain.\n",
    )
    # Near misses, read as before: a spaced colon in the text, a first line that is no key.
    write_source(
        content,
        "body.md",
        "Title: Plain\nDate: 2020-01-10\n\nDate : demain, à la boulangerie.\n\nTags : aucun.\n",
    )
    write_source(
        content, "trip.md", "Title: Trip\nDate: 2020-01-11\n\nSummary of the trip: rain.\n"
    )

    result = site_builder(content)

    assert sorted(result.warnings()) == [
        "front_matter: blank.md:3: the post's metadata comes after a blank line, where Markdown "
        "no longer reads it (Pelican left the post out for want of a title); it is read as "
        "metadata: take out the blank lines before it",
        "front_matter: french.md:1: `Title : Mon premier billet` has a space before its colon, "
        "so Markdown did not read it as metadata, nor the lines after it; it is read as "
        "metadata: take out the space (`Key: value`)",
    ]
    assert sorted(a.title for a in result.articles) == [
        "After a blank line",
        "Mon premier billet",
        "Plain",
        "Trip",
    ]
    french = result.read("2020/mon-premier-billet/index.html")
    assert 'datetime="2020-01-09T00:00:00+01:00"' in french
    assert 'href="../../tag/pain/"' in french and "<p>Du pain.</p>" in french
    assert "<p>Body.</p>" in result.read("2020/after-a-blank-line/index.html")
    plain = result.read("2020/plain/index.html")
    assert "<p>Date : demain, à la boulangerie.</p>" in plain and "<p>Tags : aucun.</p>" in plain
    assert "<p>Summary of the trip: rain.</p>" in result.read("2020/trip/index.html")


def test_a_title_written_twice_is_its_first_not_a_python_list(site_builder, tmp_path) -> None:
    # Pelican kept both lines of a key it has no rule for as a list: the heading, the <title>,
    # the listings and the feed said "['Weekly notes', 'Weekly notes, week 12']".
    content = tmp_path / "content"
    source = write_source(
        content,
        "weekly.md",
        "Title: Weekly notes\nDate: 2021-03-22\nTitle: Weekly notes, week 12\n"
        "Summary: Two lines\nSummary: of summary.\n\nNotes.\n",
    )

    result = site_builder(content)

    assert result.warnings() == [
        f"Duplicate definition of `title` for {source}. Using first one.",
    ]
    page = result.read("2021/weekly-notes/index.html")
    assert '<h1 class="post-title">Weekly notes</h1>' in page
    assert "<title>Weekly notes ·" in page and "[" not in page.split("<title>")[1][:40]
    assert 'content="Two lines of summary."' in page  # a summary's lines are one text, as before


# A post of a blog whose pictures were in `content/img/` (its STATIC_PATHS = ["img"]) and whose
# addresses were `{date:%Y}/{date:%m}/{slug}.html`, linked from the site's root as many posts do.
ROOT_LINKS_POST = """Title: Newer post
Date: 2014-05-01
Tags: python

![My cat](/img/cat.jpg) and [the older post](/2014/03/older-post.html).

Here: ![ok](/images/ok.png), [feed](/feeds/all.atom.xml), [tag](/tag/python/),
[cdn](//cdn.example.com/x.js), [elsewhere](https://example.com/nope.png),
![static]({static}/images/ok.png).

```html
<a href="/nope/">a link in code</a>
```
"""


def root_links_blog(content: Path) -> None:
    """Write a blog whose posts link pictures and posts from the site's root."""
    write_source(content, "newer.md", ROOT_LINKS_POST)
    write_source(content, "older.md", "Title: Older post\nDate: 2014-03-01\nTags: python\n\nOld.\n")
    write_source(content, "img/cat.jpg", b"\xff\xd8\xff\xe0")
    write_source(content, "images/ok.png", b"\x89PNG\r\n\x1a\n")


def test_links_from_the_sites_root_to_no_file_are_named_with_their_post(
    site_builder, tmp_path
) -> None:
    # Moved without the blog's STATIC_PATHS and ARTICLE_URL, the picture showed broken and the
    # link led to a missing page, and the build said nothing: Pelican leaves such links as
    # written.
    content = tmp_path / "content"
    root_links_blog(content)

    result = site_builder(content)

    assert result.warnings() == [
        "front_matter: newer.md: `/img/cat.jpg`, `/2014/03/older-post.html` lead to no file of "
        "the built site (Pelican leaves a link from the site's root as written): copy the file "
        "under content/ and add its folder to STATIC_PATHS (or link it with `{static}`); link "
        "the post with `{filename}`, or keep your old ARTICLE_URL and PAGE_URL "
        "(docs/migrating.md, section 2)",
    ]


def test_links_from_the_sites_root_are_quiet_once_the_blogs_settings_are_brought(
    site_builder, tmp_path
) -> None:
    content = tmp_path / "content"
    root_links_blog(content)

    result = site_builder(
        content,
        STATIC_PATHS=["images", "extra", "img"],
        ARTICLE_URL="{date:%Y}/{date:%m}/{slug}.html",
        ARTICLE_SAVE_AS="{date:%Y}/{date:%m}/{slug}.html",
    )

    assert result.warnings() == []
    assert (result.output / "img/cat.jpg").is_file()
    assert 'href="/2014/03/older-post.html"' in result.read("2014/05/newer-post.html")


def test_a_post_linking_only_pages_that_moved_is_told_to_keep_its_addresses(
    site_builder, tmp_path
) -> None:
    content = tmp_path / "content"
    write_source(content, "older.md", "Title: Older post\nDate: 2014-03-01\n\nOld.\n")
    write_source(
        content, "newer.md", "Title: Newer\nDate: 2014-05-01\n\n[old](/2014/03/older-post.html)\n"
    )

    result = site_builder(content)

    assert result.warnings() == [
        "front_matter: newer.md: `/2014/03/older-post.html` leads to no file of the built site "
        "(Pelican leaves a link from the site's root as written): link the post with "
        "`{filename}`, or keep your old ARTICLE_URL and PAGE_URL (docs/migrating.md, section 2)",
    ]


def test_tags_continued_on_the_next_line_or_in_brackets_are_each_a_tag(
    site_builder, tmp_path
) -> None:
    # Python-Markdown reads an indented line under `Tags:` as its continuation: Pelican took the
    # two lines for a duplicate `Tags:` and kept the first, flask and web lost. `Tags: [a, b]`
    # (YAML's list on Pelican's lines) made the tags `[python` and `web]`.
    content = tmp_path / "content"
    write_source(
        content,
        "continued.md",
        "Title: Continued\nDate: 2020-02-01\nTags: python, django,\n    flask, web\n"
        "Summary: One\n    two.\n\nBody.\n",
    )
    write_source(
        content,
        "brackets.md",
        "Title: Brackets\nDate: 2020-02-02\nTags: [python, web]\n"
        "Authors: [Ann Lee, Bo Chan]\n\nB.\n",
    )
    # Near misses: an indented line in the body, a title in brackets.
    write_source(
        content,
        "near.md",
        "Title: [Video] My talk\nDate: 2020-02-03\nTags: talks\n\n    indented code, two\n",
    )

    result = site_builder(content)

    assert result.warnings() == [
        "front_matter: brackets.md:3: `Tags: [python, web]` is read as the list it stands for "
        "(Pelican's lines take no brackets: its first item began with `[`, its last ended with "
        "`]`): write `Tags: python, web`",
    ]
    tags = {a.title: [t.name for t in a.tags] for a in result.articles}
    assert tags == {
        "Continued": ["python", "django", "flask", "web"],
        "Brackets": ["python", "web"],
        "[Video] My talk": ["talks"],
    }
    brackets = next(a for a in result.articles if a.title == "Brackets")
    assert [a.name for a in brackets.authors] == ["Ann Lee", "Bo Chan"]
    continued = next(a for a in result.articles if a.title == "Continued")
    assert continued.summary == "<p>One\ntwo.</p>"
    assert "<code>indented code, two" in result.read("2020/video-my-talk/index.html")


def test_a_rst_posts_fields_before_its_title_are_read_under_it(site_builder, tmp_path) -> None:
    # Fields first, as Markdown's lines are: docutils read them as the post's, but no title above
    # them, and the page's heading and <title> were empty (" · Small Kindnesses"), its slug the
    # file's name, with a warning to give the post a title it had.
    content = tmp_path / "content"
    write_source(
        content,
        "first.rst",
        ":date: 2014-01-01\n:tags: rst\n\nFields first\n============\n\nBody.\n",
    )
    write_source(
        content,
        "both.rst",
        ":date: 2014-01-02\n\nBoth at once\n============\n\nIntro.\n\nPart\n====\n\nMore.\n",
    )

    result = site_builder(content)

    assert sorted(result.warnings()) == [
        "front_matter: both.rst:1: the post's fields come before its title `Both at once`, where "
        "docutils reads no title (the page's heading was empty); they are read under it: move "
        "them under the title's underline",
        "front_matter: both.rst:8: the section `Part` is underlined as the title `Both at once` "
        "is, so docutils saw no title and Pelican would leave the post out; it is read with "
        "`Both at once` as its title: underline the sections with another character than the "
        "title's",
        "front_matter: first.rst:1: the post's fields come before its title `Fields first`, "
        "where docutils reads no title (the page's heading was empty); they are read under it: "
        "move them under the title's underline",
    ]
    page = result.read("2014/fields-first/index.html")
    assert '<h1 class="post-title">Fields first</h1>' in page
    assert "<title>Fields first ·" in page and 'href="../../tag/rst/"' in page
    both = result.read("2014/both-at-once/index.html")
    assert "<h2>Part</h2>" in both and "<p>Intro.</p>" in both
