"""plugins/front_matter: YAML and Pelican front matter side by side, control characters, templates
and preview images, in real builds of tiny sites."""

import json
import logging
import os
import subprocess
import sys
from datetime import datetime
from importlib.util import find_spec
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from tests.support import ROOT
from tests.support.posts import page_at, said_text
from tests.support.sources import write_source

YAML_POST = """---
title: "Quoted: a title"
date: 2024-01-02 09:30
tags:
  - Kindness
  - "Quotes, too"
author: [Agnès Varda, Maya Goldstar]
support: true
summary: A *short* summary.
comments_id: old-thread
---

The body of a YAML post.
"""
PELICAN_POST = """Title: "Pelican quotes stay"
Date: 2024-01-03 10:00
Tags: one, two
Support: true

The body of a Pelican post.
"""
LOOSE_YAML = """---
title: Quick and Dirty: Santa's Coming
date: 2024-01-04
tags: Math, Programming
twitter_site: @bossylobster
answer: No
draft_note: yes
---

Values YAML refuses but Pelican always read as text.
"""
BROKEN_YAML = """---
title: A post with broken YAML
date: 2024-01-05
tags: [unclosed, list
summary: "an unclosed quote
---

The rest of the post builds.
"""


def article(result, slug: str):
    """Return the built article with *slug*."""
    return next(a for a in result.articles if a.slug == slug)


def test_yaml_and_pelican_front_matter_side_by_side(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(content, "yaml-post.md", YAML_POST)
    write_source(content, "pelican-post.md", PELICAN_POST)
    write_source(content, "pages/about.md", '---\ntitle: "About: me"\n---\n\nHello.\n')

    result = site_builder(content)

    assert result.warnings() == []
    yaml_post = article(result, "quoted-a-title")
    assert yaml_post.title == "Quoted: a title"
    assert [str(t) for t in yaml_post.tags] == ["Kindness", "Quotes, too"]
    assert [str(a) for a in yaml_post.authors] == ["Agnès Varda", "Maya Goldstar"]
    assert yaml_post.date.isoformat() == "2024-01-02T09:30:00+01:00"
    assert yaml_post.metadata["support"] == "true"  # text, as a Pelican-style post gives it
    assert yaml_post.summary == "<p>A <em>short</em> summary.</p>"
    assert yaml_post.metadata["comments_id"] == "old-thread"
    assert "The body of a YAML post." in yaml_post.content
    assert "title:" not in yaml_post.content
    pelican_post = article(result, "pelican-quotes-stay")
    assert [str(t) for t in pelican_post.tags] == ["one", "two"]
    assert pelican_post.metadata["support"] == "true"

    page = page_at(result, yaml_post.save_as)
    assert page.select_one("h1.post-title").get_text() == "Quoted: a title"
    assert page.title.get_text().startswith("Quoted: a title ·")
    assert page.select_one("#comments")["data-support"] == "true"
    assert page.select_one("#comments")["data-thread"] == "old-thread"
    index = result.read("index.html")
    assert "Quoted: a title" in index and "&#34;Quoted" not in index and '"Quoted' not in index
    feed = result.read("feeds/all.atom.xml")
    assert "<title>Quoted: a title</title>" in feed
    assert "tag/quotes-too/" in result.read(yaml_post.save_as)
    menu = [a.get_text() for a in page.select("nav.site-nav a")]
    assert "About: me" in menu and '"About: me"' not in menu


# Two posts of each style, each defining what the other only writes as text: whichever is read
# second (Pelican reads files in no set order) shows what the first left behind, if anything.
POST_WITH_ITS_OWN = """{front}
{own} is said with an abbreviation[^{own}], a [link][{own}-link] and a footnote.
{other}, [^{other}] and [link][{other}-link] are the other post's, here only text.

```python
print("{own}")
```

[^{own}]: The footnote of {own}.
[{own}-link]: https://example.org/{own}
*[{own}]: Abbreviation of {own}
"""
PELICAN_FRONT = "Title: {own}\nDate: 2024-02-0{day}\n{summary}"
YAML_FRONT = "---\ntitle: {own}\ndate: 2024-02-0{day}\n{summary}---\n"


def test_nothing_of_one_post_reaches_the_next(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    posts = [
        (PELICAN_FRONT, "PELICANA", "PELICANB", "Summary: Note: PELICANA in short.\n"),
        (PELICAN_FRONT, "PELICANB", "PELICANA", ""),
        (YAML_FRONT, "YAMLA", "YAMLB", "summary: YAMLA in short.\n"),
        (YAML_FRONT, "YAMLB", "YAMLA", ""),
    ]
    for day, (front, own, other, summary) in enumerate(posts, start=1):
        header = front.format(own=own, day=day, summary=summary)
        post = POST_WITH_ITS_OWN.format(front=header, own=own, other=other)
        write_source(content, f"{own.lower()}.md", post)
    others = {own: other for _, own, other, _ in posts}

    result = site_builder(content)

    assert result.warnings() == []
    assert len(result.articles) == 4
    for post in result.articles:
        own, other = post.title, others[post.title]
        assert f'<abbr title="Abbreviation of {own}">{own}</abbr>' in post.content
        assert f"Abbreviation of {other}" not in post.content
        assert f'<li id="fn:{own}">' in post.content
        assert f'id="fn:{other}"' not in post.content
        assert f"[^{other}] and [link][{other}-link]" in post.content
        assert f"example.org/{other}" not in post.content
        assert post.content.count('class="highlight"') == 1
        assert "Title:" not in post.content and "title:" not in post.content
    summaries = {post.title: post.summary for post in result.articles}
    assert summaries["PELICANA"] == "<p>Note: PELICANA in short.</p>"  # `Note:` is no metadata
    assert summaries["YAMLA"] == "<p>YAMLA in short.</p>"
    assert summaries["PELICANB"].startswith('<p><abbr title="Abbreviation of PELICANB">')
    assert summaries["YAMLB"].startswith('<p><abbr title="Abbreviation of YAMLB">')


def test_a_summary_is_text_however_the_meta_extension_is_named(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(
        content, "yaml.md", '---\ntitle: YAML\ndate: 2024-02-01\nsummary: "Note: short"\n---\n'
    )
    write_source(content, "pelican.md", "Title: Pelican\nDate: 2024-02-02\nSummary: Note: short\n")
    # The meta extension named `meta`, not by its module's path as Pelican adds it.
    markdown = {"extensions": ["meta", "footnotes"], "output_format": "html5"}

    result = site_builder(content, MARKDOWN=markdown)

    assert result.warnings() == []
    assert [post.summary for post in result.articles] == ["<p>Note: short</p>"] * 2


def test_yaml_plain_values_pelican_accepted_are_read_as_text(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(content, "loose.md", LOOSE_YAML)

    result = site_builder(content)

    assert result.warnings() == []
    post = article(result, "quick-and-dirty-santas-coming")
    assert post.title == "Quick and Dirty: Santa's Coming"
    assert [str(t) for t in post.tags] == ["Math", "Programming"]
    assert post.metadata["twitter_site"] == "@bossylobster"
    assert post.metadata["answer"] == "No"  # YAML 1.1 would have made it False
    assert post.metadata["draft_note"] == "yes"
    assert post.date.date().isoformat() == "2024-01-04"


def test_broken_yaml_names_the_file_and_line_and_the_rest_builds(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(content, "posts/broken.md", BROKEN_YAML)
    write_source(content, "fine.md", YAML_POST)

    result = site_builder(content)

    warnings = result.warnings()
    assert len(warnings) == 2, warnings
    assert warnings[0].startswith("front_matter: posts/broken.md:4: broken YAML in `tags: [")
    assert warnings[1].startswith("front_matter: posts/broken.md:5: broken YAML in `summary: ")
    assert not [r for r in result.records if r.exc_info]
    broken = article(result, "a-post-with-broken-yaml")
    assert "The rest of the post builds." in broken.content
    assert [a.slug for a in result.articles] == ["a-post-with-broken-yaml", "quoted-a-title"]


def test_front_matter_never_closed_is_named(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(content, "open.md", "---\ntitle: Never closed\ndate: 2024-01-06\n\nBody.\n")

    result = site_builder(content)

    assert result.warnings() == [
        "front_matter: open.md:1: the front matter opened by `---` is never closed (a line `---` "
        "or `...`); the file is read as Pelican metadata"
    ]
    assert article(result, "never-closed").title == "Never closed"


def test_control_characters_are_taken_out_with_one_warning(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    text = "Title: Pasted\fFrom a PDF\nDate: 2024-02-01\n\nPage one\f\npage two\x0b and\x07 more.\n"
    write_source(content, "pasted.md", text)
    write_source(
        content,
        "pages/page.html",
        "<html><head><title>An\x0c HTML page</title></head>"
        "<body><p>Body\x0c text</p></body></html>",
    )
    write_source(content, "fine.md", YAML_POST)

    result = site_builder(content)

    assert sorted(result.warnings()) == [
        "front_matter: pages/page.html: 2 control characters (U+000C) taken out: "
        "feeds cannot carry them",
        "front_matter: pasted.md:1: 4 control characters (U+000C, U+000B, U+0007) taken out: "
        "feeds cannot carry them",
    ]
    post = article(result, "pasted-from-a-pdf")
    assert post.title == "Pasted From a PDF"
    for output in result.output.rglob("*"):
        if output.suffix in (".html", ".xml"):
            text = output.read_text(encoding="utf-8")
            assert "\f" not in text and "\x0b" not in text and "\x07" not in text, output
    feed = result.read("feeds/all.atom.xml")
    assert "page two  and more." in feed and "Pasted From a PDF" in feed
    page = next(p for p in result.pages if "HTML" in p.title)
    assert page.title == "An  HTML page"
    assert "Body  text" in result.read(page.save_as)


MISSING_TEMPLATE_PAGE = "Title: Links\nTemplate: links_page\n\nMy old theme's links page.\n"
MISSING_TEMPLATE_POST = "Title: Gallery\nDate: 2024-03-01\nTemplate: gallery\n\nPictures.\n"


def test_a_template_the_theme_lacks_gives_way_to_the_themes_own(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(content, "pages/links.md", MISSING_TEMPLATE_PAGE)
    write_source(content, "gallery.md", MISSING_TEMPLATE_POST)
    write_source(content, "pages/about.md", "Title: About\n\nAbout me.\n")
    write_source(content, "fine.md", YAML_POST)

    result = site_builder(content)

    theme = ROOT / "theme" / "templates"
    assert result.warnings() == [
        "front_matter: gallery.md: `Template: gallery` names a template the theme does not have "
        f"({theme / 'gallery.html'}); it is built with the theme's article.html instead: remove "
        "the line, or port the template (docs/migrating.md)",
        "front_matter: pages/links.md: `Template: links_page` names a template the theme does "
        f"not have ({theme / 'links_page.html'}); it is built with the theme's page.html "
        "instead: remove the line, or port the template (docs/migrating.md)",
    ]
    assert not [r for r in result.records if r.exc_info or r.levelno >= logging.ERROR]
    assert sorted(a.slug for a in result.articles) == ["gallery", "quoted-a-title"]
    assert sorted(p.slug for p in result.pages) == ["about", "links"]
    assert "<p>Pictures.</p>" in result.read("2024/gallery/index.html")  # it was left out
    assert "My old theme&#39;s links page." in result.read("links/index.html")
    assert "Gallery" in result.read("archives/index.html")


def test_a_post_as_a_page_and_a_page_as_a_post_build(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(
        content, "colophon.md", "Title: Colophon\nDate: 2024-03-02\nTemplate: page\n\nHow.\n"
    )
    write_source(content, "pages/now.md", "Title: Now\nTemplate: article\n\nWhat I do now.\n")
    write_source(content, "pages/home.md", "Title: Home\nTemplate: index\n\nWelcome home.\n")
    write_source(content, "tagged.md", "Title: Tagged\nDate: 2024-03-03\nTemplate: tag\n\nTag.\n")
    write_source(content, "pages/archive.md", "Title: All\nTemplate: archives\n\nThe archive.\n")

    result = site_builder(content)  # Jinja stopped the whole build: 'page' is undefined

    theme = ROOT / "theme" / "templates"
    listing = "is the theme's template for one page of a list of posts, which a post or page"
    assert sorted(result.warnings()) == [
        f"front_matter: pages/home.md: `Template: index` {listing} cannot fill "
        f"({theme / 'index.html'}); it is built with the theme's page.html instead: remove the "
        "line, or port the template (docs/migrating.md)",
        "front_matter: pages/now.md: `Template: article` is the theme's template for posts, "
        f"which needs a date a page does not have ({theme / 'article.html'}); it is built with "
        "the theme's page.html instead: remove the line, or port the template "
        "(docs/migrating.md)",
        f"front_matter: tagged.md: `Template: tag` {listing} cannot fill ({theme / 'tag.html'}); "
        "it is built with the theme's article.html instead: remove the line, or port the "
        "template (docs/migrating.md)",
    ]
    assert "Welcome home." in result.read("home/index.html")
    assert "Tag." in result.read("2024/tagged/index.html")
    assert "2024/colophon/" in result.read("all/index.html")  # a page of the archives, as before
    colophon = page_at(result, "2024/colophon/index.html")
    assert colophon.select_one(".post-title").get_text() == "Colophon"
    assert colophon.select_one(".byline") is None  # a page's look, as the post asked
    assert "How." in colophon.select_one(".post-body").get_text()
    assert "What I do now." in result.read("now/index.html")


@pytest.mark.slow
def test_a_missing_template_stops_a_build_with_fatal_warnings(tmp_path) -> None:
    content = tmp_path / "content"
    write_source(content, "pages/links.md", MISSING_TEMPLATE_PAGE)
    write_source(content, "fine.md", YAML_POST)
    command = [sys.executable, "-m", "pelican", str(content), "-s", str(ROOT / "pelicanconf.py")]
    command += ["-o", str(tmp_path / "out"), "--fatal", "warnings"]
    command += ["-e", f'CACHE_PATH="{tmp_path / "cache"}"']

    wide = {**os.environ, "COLUMNS": "400"}  # one log record a line
    done = subprocess.run(command, cwd=ROOT, env=wide, capture_output=True, text=True, timeout=180)

    log = done.stdout + done.stderr
    assert done.returncode != 0
    assert "pages/links.md: `Template: links_page` names a template the theme does" in log
    assert "promote_related" not in log  # the blogger is pointed at their file, not a plugin


def test_relative_preview_image_resolves_like_static_links(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    post = "Title: {title}\nDate: 2024-04-0{day}\nImage: {image}\n\nA post with a picture.\n"
    write_source(content, "posts/beside.md", post.format(title="Beside", day=1, image="cover.png"))
    write_source(
        content,
        "posts/static.md",
        post.format(title="Static", day=2, image="{static}/images/jar.png"),
    )
    write_source(content, "posts/root.md", post.format(title="Root", day=3, image="images/jar.png"))
    write_source(
        content,
        "posts/far.md",
        post.format(title="Far", day=4, image="https://cdn.example.org/p.png"),
    )
    (content / "posts" / "cover.png").write_bytes(b"\x89PNG cover")
    (content / "images").mkdir()
    (content / "images" / "jar.png").write_bytes(b"\x89PNG jar")

    result = site_builder(content, SITE_ORIGIN="https://blog.example")

    assert result.warnings() == []
    expected = {
        "beside": "https://blog.example/posts/cover.png",
        "static": "https://blog.example/images/jar.png",
        "root": "https://blog.example/images/jar.png",
        "far": "https://cdn.example.org/p.png",
    }
    for slug, url in expected.items():
        page = page_at(result, article(result, slug).save_as)
        assert page.select_one('meta[property="og:image"]')["content"] == url, slug
        if url.startswith("https://blog.example/"):
            assert (result.output / url.removeprefix("https://blog.example/")).is_file(), url
    assert '"image": "https://blog.example/posts/cover.png"' in result.read(
        article(result, "beside").save_as
    )


def test_a_preview_image_that_does_not_exist_is_named(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(
        content, "posts/lost.md", "Title: Lost\nDate: 2024-05-01\nImage: cover.png\n\nHi.\n"
    )

    result = site_builder(content, SITE_ORIGIN="https://blog.example")

    assert result.warnings() == [
        f"front_matter: posts/lost.md: `Image: cover.png` names no file under {content} "
        "(looked for posts/cover.png and cover.png); the post gets no preview image"
    ]
    page = page_at(result, article(result, "lost").save_as)
    assert page.select_one('meta[property="og:image"]') is None


WEEKLY = "Title: Links of the week\nDate: 2024-0{month}-05\nTags: links\n\nLinks, part {month}.\n"


def test_posts_sharing_an_address_each_get_a_page(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(content, "2024/links-march.md", WEEKLY.format(month=3))
    write_source(content, "2024/links-april.md", WEEKLY.format(month=4))
    write_source(content, "pages/archives.md", "Title: Archives\n\nMy old archive page.\n")
    write_source(content, "fine.md", YAML_POST)
    cache = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True, "CACHE_PATH": str(tmp_path / "c")}

    for _ in range(2):  # the second build reads the renamed post from Pelican's cache
        result = site_builder(content, **cache)

        ours = [w for w in result.warnings() if w.startswith("front_matter")]
        assert ours == [
            "front_matter: 2024/links-april.md: its address 2024/links-of-the-week/index.html is "
            "2024/links-march.md's too; it is written to 2024/links-of-the-week-2/index.html "
            "instead: give it a `Slug:` of its own to choose its address",
            "front_matter: pages/archives.md: its address archives/index.html is another page of "
            "the site's too; it is written to archives-2/index.html instead: give it a `Slug:` "
            "of its own to choose its address",
        ]
        assert "Links, part 3." in result.read("2024/links-of-the-week/index.html")
        assert "Links, part 4." in result.read("2024/links-of-the-week-2/index.html")
        assert "My old archive page." in result.read("archives-2/index.html")
        assert "Links of the week" in result.read("archives/index.html")
        assert all(not a.translations for a in result.articles)


EXPORTED_HTML = """<html><head><title>Exported from Medium</title>
<meta name="date" content="2024-06-01 10:00"><meta name="tags" content="export">
</head><body><section><div class="section-content"><p>Read the
<a href="https://example.org/next"><em>next post</em>
</section></div></div></body></html>
"""
LEFT_OPEN_MD = """Title: A box left open
Date: 2024-06-02
Tags: export
Summary: A summary in <b>bold, never closed.

A [link](https://example.org) and an <a href="https://example.org/aside">aside that never ends.
"""


def test_a_page_written_over_the_home_page_keeps_an_address(site_builder, tmp_path) -> None:
    # A real blog's static home page, as Pelican's FAQ shows it: it was left out, its text lost.
    content = tmp_path / "content"
    write_source(content, "post.md", "Title: A post\nDate: 2020-01-01\n\nThe post.\n")
    home = "Title: Evolution 101\nSlug: index\nSave_as: index.html\nURL: index.html\n"
    write_source(content, "pages/index.md", home + "\nThe book's opening words.\n")

    result = site_builder(content)

    assert result.warnings() == [
        "front_matter: pages/index.md: `Save_as: index.html` is where another page of the site "
        "is written too; this page is written to index/index.html instead, as if it had no "
        "`Save_as:`: give it another one"
    ]
    (page,) = result.pages
    assert page.url == "index/" and "The book's opening words." in result.read("index/index.html")
    home_page = page_at(result, "index.html")
    assert home_page.select_one("h2 a").get_text() == "A post"  # the theme's home page
    assert "./index/" in [a["href"] for a in home_page.select("nav a")]


def test_html_a_post_leaves_open_stays_inside_the_post(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(content, "exported.html", EXPORTED_HTML)
    write_source(content, "left-open.md", LEFT_OPEN_MD)

    result = site_builder(content)

    assert sorted(result.warnings()) == [
        "front_matter: exported.html: its HTML would break the page around it: "
        '`<div class="section-content">` is never closed; `</div>` is added; '
        '`<a href="https://example.org/next">` is never closed; `</a>` is added; `</div>` closes '
        "nothing the post opened; it is left out; and 1 more; fix the post's HTML so each "
        "element it opens is closed",
        "front_matter: left-open.md: its HTML would break the page around it: "
        '`<a href="https://example.org/aside">` is never closed; `</a>` is added; in the summary, '
        "`<b>` is never closed; `</b>` is added; fix the post's HTML so each element it opens is "
        "closed",
    ]
    for slug in ("exported-from-medium", "a-box-left-open"):
        page = page_at(result, f"2024/{slug}/index.html")
        comments = page.select_one("#comments")
        assert comments is not None and comments.find_parent(["a", "div", "section"]) is None
        assert page.select_one("footer.site-footer").find_parent("div") is None
    assert (
        "next post" in page_at(result, "2024/exported-from-medium/index.html").a.parent.get_text()
    )
    index = page_at(result, "index.html")
    assert index.find(string="Exported from Medium").find_parent("b") is None


def test_a_slug_too_long_for_a_file_name_is_cut_at_a_word(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    title = " ".join(["very"] * 60) + " long title"
    write_source(
        content, "long.md", f"Title: {title}\nDate: 2024-05-01\n\nA post with a long title.\n"
    )
    write_source(content, "fine.md", YAML_POST)
    cache = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True, "CACHE_PATH": str(tmp_path / "c")}

    for _ in range(2):  # the second build reads the post with its cut slug from Pelican's cache
        result = site_builder(content, **cache)

        short = "-".join(["very"] * 16)
        assert result.warnings() == [
            "front_matter: long.md: its slug is 310 characters long, too long for a file name; "
            f"it is cut to '{short}': give the post a shorter `Slug:`"
        ]
        assert "A post with a long title." in result.read(f"2024/{short}/index.html")
        assert f"2024/{short}/" in result.read("archives/index.html")


def test_a_tag_too_long_for_a_file_name_gets_a_shorter_address(site_builder, tmp_path) -> None:
    # Jekyll's `tags: a b c` is one tag for Pelican, which splits at commas: 60 words made an
    # address too long for a file name, and the build stopped on an OSError while writing.
    content = tmp_path / "content"
    words = " ".join(["jekyll"] * 58)
    write_source(
        content, "jekyll.md", f"---\ntitle: Moved\ndate: 2024-05-02\ntags: {words}\n---\n\nX.\n"
    )
    write_source(
        content, "other.md", f"Title: Also\nDate: 2024-05-03\nTags: {words}, short\n\nY.\n"
    )

    result = site_builder(content, TAG_FEED_ATOM="feeds/tag-{slug}.atom.xml")

    short = "-".join(["jekyll"] * 11)
    assert sorted(result.warnings()) == [
        f"front_matter: {name}: the tag '{words[:39]}…' makes an address of 405 characters, too "
        f"long for a file name; its page is tag/{short}/index.html: give it a shorter name"
        for name in ("jekyll.md", "other.md")
    ]
    listing = page_at(result, f"tag/{short}/index.html")
    assert {a.get_text() for a in listing.select("h2 a")} == {"Moved", "Also"}
    assert (result.output / f"feeds/tag-{short}.atom.xml").is_file()
    assert f"tag/{short}/" in result.read("2024/moved/index.html")


def test_tags_a_title_cannot_hold_are_shown_as_text(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    post = "Title: {title}\nDate: 2024-07-0{day}\n\nA post about markup.\n"
    write_source(
        content, "section.md", post.format(title="The <section> element, <em>really</em>", day=1)
    )
    write_source(content, "vector.md", post.format(title="Vector<int> in C++", day=2))

    result = site_builder(content)

    assert sorted(result.warnings()) == [
        "front_matter: section.md: in `Title: The <section> element, <em>really</em>`, "
        "`<section>` is shown as text (write `&lt;section&gt;` to say so)",
        "front_matter: vector.md: in `Title: Vector<int> in C++`, `<int>` is shown as text "
        "(write `&lt;int&gt;` to say so)",
    ]
    page = page_at(result, "2024/the-element-really/index.html")  # the slug Pelican always made
    heading = page.select_one("h1.post-title")
    assert heading.get_text() == "The <section> element, really"
    assert heading.find("section") is None and heading.find("em").get_text() == "really"
    archives = page_at(result, "archives/index.html")
    assert archives.find("a", string="Vector<int> in C++") is not None
    assert archives.find("section") is None or not archives.find("section").find_parent("a")


RST_SHORT_UNDERLINE = """Café au lait
##########

:date: 2024-08-01
:tags: coffee

A post docutils complains about.
"""
RST_UNKNOWN_DIRECTIVE = """Talks
#####

:date: 2024-08-02

My talk, from a plugin the blog no longer has:

.. youtube:: NU7W7qe2R0A

And after it.
"""


def test_rst_docutils_complains_about_still_builds(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(content, "cafe.rst", RST_SHORT_UNDERLINE)
    write_source(content, "talks.rst", RST_UNKNOWN_DIRECTIVE)

    result = site_builder(content)

    assert sorted(result.warnings()) == [
        "front_matter: cafe.rst:2: reStructuredText warning: Title underline too short; the post "
        "is built as docutils could read it: fix the line",
        'front_matter: talks.rst:8: reStructuredText error: Unknown directive type "youtube"; '
        "the post is built as docutils could read it: fix the line",
    ]
    assert not [r for r in result.records if r.levelno >= logging.ERROR]
    assert sorted(a.title for a in result.articles) == ["Café au lait", "Talks"]
    talks = page_at(result, "2024/talks/index.html").select_one(".post-body")
    assert "And after it." in talks.get_text() and "System Message" not in talks.get_text()
    assert "coffee" in result.read("2024/cafe-au-lait/index.html")


def test_metadata_that_cannot_make_a_page_is_named_and_the_post_builds(
    site_builder, tmp_path
) -> None:
    content = tmp_path / "content"
    mapping = "title: Jekyll's author\ndate: 2024-09-01\nauthor: {name: Jane Doe, x: '@j'}"
    write_source(content, "mapping.md", f"---\n{mapping}\n---\n\nX.\n")
    write_source(
        content, "listed.md", "---\ntitle: [Part one, Part two]\ndate: 2024-09-02\n---\n\nY.\n"
    )
    write_source(content, "blank.md", "Title:   \nDate: 2024-09-03\n\nA post with no title.\n")
    write_source(
        content, "month.md", "Title: 09\nDate: 2024-09-04\n\nA post titled with a number.\n"
    )

    result = site_builder(content)

    assert sorted(result.warnings()) == [
        "front_matter: blank.md: its title '' makes no slug; it is 'blank', from the file's "
        "name: give the post a `Title:` with words (or a `Slug:`)",
        "front_matter: listed.md: `title:` is a YAML list, not text; it is read as "
        "'Part one, Part two': write `title: Part one, Part two` to say so",
        "front_matter: mapping.md: `author:` is a YAML mapping, not text; it is read as "
        "'Jane Doe': write `author: Jane Doe` to say so",
        "front_matter: month.md: its address 2024/09/index.html is another page of the site's "
        "too; it is written to 2024/09-2/index.html instead: give it a `Slug:` of its own to "
        "choose its address",
    ]
    assert "A post with no title." in result.read("2024/blank/index.html")
    assert "A post titled with a number." in result.read("2024/09-2/index.html")
    assert "Jane Doe" in result.read("2024/jekylls-author/index.html")
    assert "Part one, Part two" in result.read("2024/part-one-part-two/index.html")
    assert "2024/09-2/" in result.read("2024/09/index.html")  # the month's archive is itself


def test_rst_include_of_a_missing_file_names_the_file(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(
        content,
        "snippets.rst",
        "Snippets\n########\n\n:date: 2024-08-03\n\nBefore.\n\n"
        ".. include:: snippets/setup.rst\n\nAfter.\n",
    )

    result = site_builder(content)

    (warning,) = result.warnings()
    assert warning.startswith(
        'front_matter: snippets.rst:8: reStructuredText error: Problems with "include" '
        "directive path: InputError: [Errno 2] No such file or directory: "
    )  # the file's name was cut off at the colon
    assert warning.endswith(
        "snippets/setup.rst'; the post is built as docutils could read it: fix the line"
    )
    assert "After." in result.read("2024/snippets/index.html")


def test_a_date_pelican_cannot_read_is_named_with_the_fix(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(
        content, "edited.md", "Title: Edited\nDate: 2024-10-01\nModified: yesterday\n\nX.\n"
    )
    write_source(
        content,
        "edited.rst",
        "Edited too\n##########\n\n:date: 2024-10-02\n:modified: never\n\nY.\n",
    )
    nowhen = write_source(
        content, "nowhen.md", "Title: Nowhen\nDate: the fourteenth of Smarch\n\nZ.\n"
    )
    os.utime(nowhen, (1560600000, 1560600000))  # 2019-06-15 12:00 UTC

    result = site_builder(content, TIMEZONE="UTC")

    ours = sorted(w for w in result.warnings() if w.startswith("front_matter"))
    assert ours == [
        "front_matter: edited.md: `Modified: yesterday` is not a date Pelican reads ('yesterday' "
        "is not a valid date); it is left out: write it as `Modified: 2024-01-31` or "
        "`Modified: 2024-01-31 09:30`",
        "front_matter: edited.rst: `:modified: never` is not a date Pelican reads ('never' is "
        "not a valid date); it is left out: write it as `:modified: 2024-01-31` or "
        "`:modified: 2024-01-31 09:30`",
        "front_matter: nowhen.md: `Date: the fourteenth of Smarch` is not a date Pelican reads "
        "('the fourteenth of Smarch' is not a valid date); the post is dated by its file's time "
        "(2019-06-15 12:00) instead: write it as `Date: 2024-01-31` or `Date: 2024-01-31 09:30`",
    ]
    assert sorted(a.title for a in result.articles) == ["Edited", "Edited too", "Nowhen"]
    assert all(not hasattr(a, "modified") or a.modified == a.date for a in result.articles)


def test_a_date_without_its_day_is_dated_from_the_first_not_today(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(content, "year.md", "Title: Year\nDate: 2019\n\nA post dated by its year.\n")
    write_source(content, "month.rst", "Month\n#####\n\n:date: March 2019\n:modified: 2020\n\nY.\n")
    write_source(content, "whole.md", "Title: Whole\nDate: 2019-05-06 07:08\n\nZ.\n")

    result = site_builder(content, TIMEZONE="UTC")

    assert sorted(result.warnings()) == [
        "front_matter: month.rst: `:date: March 2019` has no day, which Pelican took from the "
        "day of the build; it is dated 2019-03-01: write the whole date (`:date: 2019-03-01`)",
        "front_matter: month.rst: `:modified: 2020` has no month or day, which Pelican took from "
        "the day of the build; it is dated 2020-01-01: write the whole date "
        "(`:modified: 2020-01-01`)",
        "front_matter: year.md: `Date: 2019` has no month or day, which Pelican took from the "
        "day of the build; it is dated 2019-01-01: write the whole date (`Date: 2019-01-01`)",
    ]
    dates = {a.title: (a.date.isoformat(), getattr(a, "modified", None)) for a in result.articles}
    assert dates["Year"][0] == "2019-01-01T00:00:00+00:00"
    assert dates["Month"][0] == "2019-03-01T00:00:00+00:00"
    assert dates["Month"][1].isoformat() == "2020-01-01T00:00:00+00:00"
    assert dates["Whole"][0] == "2019-05-06T07:08:00+00:00"
    assert 'datetime="2019-01-01T00:00:00+00:00"' in result.read("2019/year/index.html")


def test_a_time_without_a_day_is_dated_by_its_file_at_that_time(site_builder, tmp_path) -> None:
    # `Date: 10:30` was dated on the first of January of the build's year, and the hint to write
    # the whole date dropped the time.
    content = tmp_path / "content"
    timed = write_source(content, "timed.md", "Title: Timed\nDate: 10:30\n\nA time, no day.\n")
    rst = write_source(content, "timed.rst", "Timed too\n#########\n\n:date: 22:05\n\nY.\n")
    write_source(content, "month.md", "Title: Month\nDate: March 2019 10:30\n\nZ.\n")
    noon = datetime(2021, 6, 15, 12, 0).timestamp()  # the files' day, in the machine's time
    for path in (timed, rst):
        os.utime(path, (noon, noon))

    result = site_builder(content, TIMEZONE="UTC")

    assert sorted(result.warnings()) == [
        "front_matter: month.md: `Date: March 2019 10:30` has no day, which Pelican took from "
        "the day of the build; it is dated 2019-03-01 10:30: write the whole date "
        "(`Date: 2019-03-01 10:30`)",
        "front_matter: timed.md: `Date: 10:30` has no year or month or day, which Pelican took "
        "from the day of the build; it is dated 2021-06-15 10:30, its file's day: write the "
        "whole date (`Date: 2021-06-15 10:30`)",
        "front_matter: timed.rst: `:date: 22:05` has no year or month or day, which Pelican "
        "took from the day of the build; it is dated 2021-06-15 22:05, its file's day: write the "
        "whole date (`:date: 2021-06-15 22:05`)",
    ]
    dates = {a.title: a.date.isoformat() for a in result.articles}
    assert dates == {
        "Timed": "2021-06-15T10:30:00+00:00",
        "Timed too": "2021-06-15T22:05:00+00:00",
        "Month": "2019-03-01T10:30:00+00:00",
    }
    assert 'datetime="2021-06-15T10:30:00+00:00"' in result.read("2021/timed/index.html")


@pytest.mark.parametrize(
    ("value", "whole"),
    [
        ("2019-05-06", True),
        ("2019-05-06 07:08", True),
        ("2019-05-06T07:08:09", True),
        ("2019-05-06 07:08:09.123456", True),
        ("2019-05-06T07:08:09+02:00", True),
        ("2019-05-06 07:08 -0500", True),
        ("2019-05-06 07:08Z", True),
        (" 2019-05-06 07:08 ", True),
        ("2019-05", False),
        ("2019", False),
        ("May 2019", False),
        ("2019-05-06 07:08 EST", False),
        ("6 May", False),
    ],
)
def test_only_a_date_lacking_no_part_skips_the_second_reading(value: str, whole: bool) -> None:
    from front_matter.dates import WHOLE_DATE, _missing

    assert (WHOLE_DATE.fullmatch(value) is not None) == whole
    assert not whole or _missing(value) == []


def test_a_date_in_a_file_name_or_with_an_unknown_zone_is_named(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(content, "zoned.md", "Title: Zoned\nDate: 2019-05-01 10:00 EST\n\nX.\n")
    write_source(content, "2019-04-first.md", "Title: Named\n\nDated by its file name.\n")

    result = site_builder(
        content,
        TIMEZONE="UTC",
        FILENAME_METADATA=r"(?P<date>\d{4}-\d{2})-.*",
    )

    assert sorted(result.warnings()) == [
        "front_matter: 2019-04-first.md: `Date: 2019-04` has no day, which Pelican took from the "
        "day of the build; it is dated 2019-04-01: write the whole date (`Date: 2019-04-01`)",
        "front_matter: zoned.md: `Date: 2019-05-01 10:00 EST`: the time zone EST is not one "
        "Pelican knows; the time is read in TIMEZONE instead: write its offset in its place "
        "(`Date: 2019-05-01 10:00 -05:00`)",
    ]
    dates = {a.title: a.date.isoformat() for a in result.articles}
    assert dates == {"Zoned": "2019-05-01T10:00:00+00:00", "Named": "2019-04-01T00:00:00+00:00"}


def test_a_tag_or_author_written_twice_on_a_post_counts_once(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(
        content,
        "twice.md",
        "Title: Twice\nDate: 2024-02-01\nTags: Life, life, LIFE, trailing,\n"
        "Authors: Jane Doe, jane doe\n\nX.\n",
    )
    write_source(
        content,
        "yaml.md",
        "---\ntitle: Yaml\ndate: 2024-02-02\ntags: [Python, python]\n---\n\nY.\n",
    )

    result = site_builder(content)

    assert result.warnings() == []
    posts = {a.title: a for a in result.articles}
    assert [t.name for t in posts["Twice"].tags] == ["Life", "trailing"]
    assert [a.name for a in posts["Twice"].authors] == ["Jane Doe"]
    assert [t.name for t in posts["Yaml"].tags] == ["Python"]
    page = page_at(result, "2024/twice/index.html")
    assert [li.get_text(strip=True) for li in page.select(".chips li")] == ["#Life", "#trailing"]
    listing = page_at(result, "tag/life/index.html")
    assert len(listing.select('a[href$="2024/twice/"]')) == 1


def test_an_html_file_in_a_static_folder_is_copied_not_made_a_post(site_builder, tmp_path):
    content = tmp_path / "content"
    write_source(
        content,
        "talk.md",
        "Title: Talk\nDate: 2024-05-01\n\n[Slides]({static}/extra/deck/index.html)\n",
    )
    deck = "<!doctype html><html><head><title>Deck</title></head><body><p>Slide 1</p></body></html>"
    write_source(content, "extra/deck/index.html", deck)

    result = site_builder(content)

    deck_path = content / "extra" / "deck" / "index.html"
    assert result.warnings() == [
        f"Skipping {deck_path}: could not find information about 'date'",  # Pelican's error
        "front_matter: extra/deck/index.html: an HTML file in STATIC_PATHS' 'extra', read as a "
        "post and left out for want of a date or a title (Pelican's error above); it is copied "
        "as it is: add 'extra' to ARTICLE_EXCLUDES in pelicanconf.py to say so, or give it a "
        '`<meta name="date">` and a `<title>` to make it a post',
    ]
    # it was a post of the day, "Deck", on the home page and in the feed
    assert [a.title for a in result.articles] == ["Talk"]
    assert (result.output / "extra/deck/index.html").read_text(encoding="utf-8") == deck
    link = page_at(result, "2024/talk/index.html").select_one(".post-body a")
    assert link["href"] == "../../extra/deck/index.html"  # it was left as `{static}/...`

    as_told = site_builder(content, ARTICLE_EXCLUDES=["comments", "extra"])

    assert as_told.warnings() == []
    assert not [r for r in as_told.records if r.levelno >= logging.ERROR]
    assert (as_told.output / "extra/deck/index.html").is_file()


def test_an_html_post_in_a_folder_of_both_posts_and_static_files_stays_a_post(
    site_builder, tmp_path
):
    # Pelican's "mixed content in the same directory": the folder is in both STATIC_PATHS and
    # ARTICLE_PATHS. Its undated HTML post was copied raw, with advice to exclude the folder (and
    # every post in it).
    content = tmp_path / "content"
    write_source(content, "posts/md.md", "Title: Dated\nDate: 2024-05-01\n\nA post.\n")
    hello = write_source(
        content, "posts/hello.html", "<html><head><title>Hello</title></head><body>Hi</body></html>"
    )
    os.utime(hello, (1560600000, 1560600000))

    result = site_builder(
        content, TIMEZONE="UTC", STATIC_PATHS=["images", "posts"], ARTICLE_PATHS=["posts"]
    )

    assert sorted(a.title for a in result.articles) == ["Dated", "Hello"]
    assert not any("ARTICLE_EXCLUDES" in warning for warning in result.warnings())


SUMMARY_MARKED = (
    """Title: Marked
Date: 2024-06-01

The beginning I chose for the listings, *with emphasis*.

<!-- PELICAN_END_SUMMARY -->

The rest of the post, """
    + "which goes on and on " * 20
    + """.
"""
)
RST_MARKED = (
    """Marked too
##########

:date: 2024-06-02

The chosen beginning of an rST post.

.. PELICAN_END_SUMMARY

The rest, """
    + "which goes on " * 30
    + """.
"""
)


def test_the_summary_plugins_marker_still_ends_the_summary(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(content, "marked.md", SUMMARY_MARKED)
    write_source(content, "marked.rst", RST_MARKED)
    write_source(
        content,
        "own.md",
        "Title: Own\nDate: 2024-06-03\nSummary: Mine.\n\nA.\n\n"
        "<!-- PELICAN_END_SUMMARY -->\n\nB.\n",
    )

    result = site_builder(content)

    assert result.warnings() == []
    summaries = {a.title: a.summary for a in result.articles}
    assert summaries["Marked"] == (
        "<p>The beginning I chose for the listings, <em>with emphasis</em>.</p>"
    )  # it was the first 50 words, cut at "goes on and…"
    assert summaries["Marked too"] == "<p>The chosen beginning of an rST post.</p>"
    assert summaries["Own"] == "<p>Mine.</p>"  # its own Summary: wins
    home = page_at(result, "index.html")
    cards = [c.get_text(" ", strip=True) for c in home.select(".card-summary")]
    assert "The beginning I chose for the listings, with emphasis ." in cards
    assert not any("goes on" in card for card in cards)
    assert "which goes on and on" in result.read("2024/marked/index.html")  # the post is whole


def test_a_posts_script_or_style_code_is_not_its_listing_text(site_builder, tmp_path) -> None:
    # A post opening with a chart's <script> or a table's <style> had that code for its listing
    # text, cut mid-code, and "var v0 = document.getElementById(…)" as its description.
    content = tmp_path / "content"
    script = "\n".join(f"var v{i} = document.getElementById('x{i}');" for i in range(60))
    style = "\n".join(f".c{i} {{ margin: {i}px; }}" for i in range(60))
    write_source(
        content,
        "chart.md",
        f"Title: Chart\nDate: 2020-01-01\n\n<script>\n{script}\n</script>\n\n"
        "The scores of the season, in a chart.\n",
    )
    write_source(
        content,
        "table.md",
        f"Title: Table\nDate: 2020-01-02\n\n<style>\n{style}\n</style>\n\n"
        "A table of the **teams**.\n",
    )

    result = site_builder(content)

    cards = {
        card.select_one(".card-title").get_text(strip=True): card.select_one(".card-summary")
        for card in page_at(result, "index.html").select(".card")
    }
    assert cards["Chart"].get_text(strip=True) == "The scores of the season, in a chart."
    table = cards["Table"].decode_contents().strip()
    assert table == "<p>A table of the <strong>teams</strong>.</p>"
    page = page_at(result, "2020/chart/index.html")
    description = page.select_one('meta[name="description"]')["content"]
    assert description == "The scores of the season, in a chart."
    assert "<script>" in result.read("2020/chart/index.html")  # the post itself keeps its code
    feed = BeautifulSoup(result.read("feeds/all.atom.xml"), "xml")
    summaries = [summary.get_text() for summary in feed.select("entry > summary")]
    assert len(summaries) == 2 and not any("getElementById" in s for s in summaries)


def test_a_summary_marker_that_encloses_nothing_keeps_the_opening_words(site_builder, tmp_path):
    # Its listing card was an empty <div class="card-summary">.
    content = tmp_path / "content"
    write_source(
        content,
        "first.md",
        "Title: First\nDate: 2024-06-01\n\n<!-- PELICAN_END_SUMMARY -->\n\nThe opening words.\n",
    )

    result = site_builder(content)

    assert result.warnings() == [
        "front_matter: first.md: its summary marker <!-- PELICAN_END_SUMMARY --> encloses "
        "nothing, so its listing text is its opening words: move the marker after the text it "
        "should end"
    ]
    card = page_at(result, "index.html").select_one(".card-summary")
    assert "The opening words." in card.get_text()


def test_a_post_without_a_date_is_dated_by_its_file_not_left_out(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    undated = write_source(
        content, "undated.md", "Title: Undated\nTags: old\n\nFrom an old blog.\n"
    )
    os.utime(undated, (1560600000.25, 1560600000.25))  # 2019-06-15 12:00:00.25 UTC
    write_source(content, "someday.md", "Title: Someday\nStatus: draft\n\nA draft.\n")
    write_source(content, "pages/about.md", "Title: About\n\nNo date, as pages go.\n")
    # Pelican's own test post without a title or a date: Pelican names the title; a warning that
    # it was dated by its file said the opposite of what happened (it is left out).
    write_source(content, "untitled.html", "<html><head></head><body>No title</body></html>\n")

    result = site_builder(content, TIMEZONE="UTC")

    assert [r.getMessage() for r in result.records if "untitled" in r.getMessage()] == [
        f"Skipping {content / 'untitled.html'}: could not find information about 'title'"
    ]
    assert [w for w in result.warnings() if "untitled" not in w] == [
        "front_matter: undated.md: the post has no `Date:`; Pelican would leave it out: it is "
        "dated by its file's time (2019-06-15 12:00) instead: add its real date (`Date: "
        "2024-01-31`), or bring over the DEFAULT_DATE, FILENAME_METADATA or PATH_METADATA your "
        "old pelicanconf.py dated posts with (docs/migrating.md)"
    ]
    (post,) = result.articles
    assert post.title == "Undated" and post.save_as == "2019/undated/index.html"
    assert 'datetime="2019-06-15T12:00:00+00:00"' in result.read(post.save_as)
    assert "2019/undated/" in result.read("index.html")
    assert "<title>Undated</title>" in result.read("feeds/all.atom.xml")
    assert [a.title for a in result.generators[0].drafts] == ["Someday"]  # a draft stays undated
    assert [p.title for p in result.pages] == ["About"]

    as_before = site_builder(content, TIMEZONE="UTC", DEFAULT_DATE="fs")  # the blog's old setting

    assert [w for w in as_before.warnings() if "untitled" not in w] == []
    page = as_before.read("2019/undated/index.html")
    assert 'datetime="2019-06-15T12:00:00+00:00"' in page  # whole seconds, as <time> allows


def test_a_post_with_only_modified_is_dated_by_it(site_builder, tmp_path) -> None:
    # A real post that wrote `Modified:` and no `Date:` was dated by its copied file's time: the
    # page said it was published today and updated in 2022.
    content = tmp_path / "content"
    write_source(content, "later.md", "Title: Later\nModified: 2022-02-02 09:30\n\nEdited once.\n")

    result = site_builder(content, TIMEZONE="UTC")

    assert result.warnings() == [
        "front_matter: later.md: the post has no `Date:`, only `Modified:`; Pelican would leave "
        "it out: it is dated by its `Modified:` (2022-02-02 09:30) instead: add its real date "
        "(`Date: 2024-01-31`)"
    ]
    (post,) = result.articles
    assert post.save_as == "2022/later/index.html"
    published = page_at(result, post.save_as).select_one(".byline time")
    assert published["datetime"] == "2022-02-02T09:30:00+00:00"


def test_a_key_left_blank_by_a_post_template_is_read_as_not_written(site_builder, tmp_path):
    # A post written from a template of every key: `Lang:` blank made a page in the language ""
    # (lang="") at 2020/hello-/, `Date:` blank left the post out, `Template:` blank was a template
    # named "" the theme lacked.
    content = tmp_path / "content"
    write_source(content, "hello.md", "Title: Hello\nDate: 2020-01-01\nLang:\nTemplate:\n\nText.\n")
    undated = write_source(content, "later.md", "Title: Later\nDate:\nLang: \n\nText.\n")
    os.utime(undated, (1560600000, 1560600000))  # 2019-06-15 12:00 UTC

    result = site_builder(content, TIMEZONE="UTC")

    assert result.warnings() == [
        "front_matter: later.md: the post has no `Date:`; Pelican would leave it out: it is "
        "dated by its file's time (2019-06-15 12:00) instead: add its real date (`Date: "
        "2024-01-31`), or bring over the DEFAULT_DATE, FILENAME_METADATA or PATH_METADATA your "
        "old pelicanconf.py dated posts with (docs/migrating.md)"
    ]
    assert sorted(a.save_as for a in result.articles) == [
        "2019/later/index.html",
        "2020/hello/index.html",
    ]
    assert page_at(result, "2020/hello/index.html").html["lang"] == "en"


def test_a_files_time_is_not_an_update_of_a_dated_post(site_builder, tmp_path) -> None:
    # DEFAULT_DATE = "fs" (a real blog's): Pelican also set every post's `modified` to its file's
    # time, so each post of a blog just copied said "Updated" today, and its feed entry was new.
    content = tmp_path / "content"
    write_source(content, "dated.md", "Title: Dated\nDate: 2021-05-04 15:19\n\nA post.\n")
    write_source(
        content, "edited.md", "Title: Edited\nDate: 2021-05-05\nModified: 2022-02-02\n\nB.\n"
    )
    undated = write_source(content, "undated.md", "Title: Undated\n\nC.\n")
    os.utime(undated, (1560600000, 1560600000))  # 2019-06-15 12:00 UTC

    result = site_builder(content, TIMEZONE="UTC", DEFAULT_DATE="fs")

    assert result.warnings() == []
    posts = {a.title: a for a in result.articles}
    assert not hasattr(posts["Dated"], "modified") and "modified" not in posts["Dated"].metadata
    assert "Updated" not in result.read("2021/dated/index.html")
    assert posts["Edited"].modified.isoformat() == "2022-02-02T00:00:00+00:00"
    assert 'datetime="2022-02-02T00:00:00+00:00"' in result.read("2021/edited/index.html")
    assert posts["Undated"].date.isoformat() == "2019-06-15T12:00:00+00:00"
    atom = "{http://www.w3.org/2005/Atom}"
    entries = ElementTree.fromstring(result.read("feeds/all.atom.xml")).iter(f"{atom}entry")
    updated = {e.findtext(f"{atom}title"): e.findtext(f"{atom}updated") for e in entries}
    assert updated == {
        "Dated": "2021-05-04T15:19:00+00:00",
        "Edited": "2022-02-02T00:00:00+00:00",
        "Undated": "2019-06-15T12:00:00+00:00",
    }


@pytest.mark.parametrize("lang", ["pt", "tr", "el"])
def test_a_blog_in_a_language_docutils_lacks_builds_quietly(site_builder, tmp_path, lang):
    # Pelican warned "Docutils has no localization for 'pt'" at every build, a Markdown-only
    # blog too, so no Portuguese, Turkish or Greek blog built with `--fatal warnings`.
    content = tmp_path / "content"
    write_source(content, "ola.md", "Title: Olá\nDate: 2021-05-04\n\nUm post.\n")
    write_source(
        content, "nota.rst", "Nota\n####\n\n:date: 2021-05-05\n\n.. note::\n\n   Uma nota.\n"
    )

    result = site_builder(content, DEFAULT_LANG=lang)

    assert result.warnings() == []
    note = BeautifulSoup(article(result, "nota").content, "html.parser")
    assert note.select_one(".admonition-title").get_text() == "Note"


QUICKSTART_MARKDOWN = {  # pelican-quickstart's, which real blogs bring along
    "extension_configs": {
        "markdown.extensions.codehilite": {"css_class": "highlight"},
        "markdown.extensions.extra": {"footnotes": {"BACKLINK_TEXT": "^"}},
        "markdown.extensions.meta": {},
    },
    "output_format": "html5",
}


@pytest.mark.parametrize(
    "markdown",
    [QUICKSTART_MARKDOWN, {"extensions": ["fenced_code", "tables"], "output_format": "html5"}],
)
def test_a_blogs_own_markdown_gets_code_blocks_inside_lists(site_builder, tmp_path, markdown):
    # With its own MARKDOWN (`extra`, or fenced_code), fenced code in a list item was one line of
    # inline code on every such post, quietly.
    content = tmp_path / "content"
    post = "Title: Steps\nDate: 2020-01-01\n\n1. Install it[^1]:\n\n    ```bash\n"
    post += "    pip install foo\n    ```\n\n2. Run it.\n\n[^1]: Once.\n"
    write_source(content, "steps.md", post)
    configured = "extension_configs" in markdown  # extra's settings for footnotes

    result = site_builder(content, MARKDOWN=markdown)

    assert result.warnings() == []
    body = BeautifulSoup(article(result, "steps").content, "html.parser")
    assert "pip install foo" in body.select_one("ol li pre").get_text()
    assert "```" not in body.get_text()
    if configured:  # extra's other parts, and their settings, still apply
        assert body.select_one(".footnote-backref").get_text() == "^"


def test_posts_ordered_by_filename_as_pelican_3_named_it(site_builder, tmp_path) -> None:
    # A real blog's `ARTICLE_ORDER_BY = "filename"` (chapters of a book, 000-…, 100-…): Pelican
    # warned "filename has been deprecated" at every sort, so `--fatal warnings` stopped there.
    content = tmp_path / "content"
    for name, day in (("200-b", "01"), ("000-a", "03"), ("100-c", "02")):
        write_source(content, f"{name}.md", f"Title: {name}\nDate: 2020-01-{day}\n\nA chapter.\n")

    result = site_builder(content, ARTICLE_ORDER_BY="filename")

    assert result.warnings() == []
    assert [a.title for a in result.articles] == ["000-a", "100-c", "200-b"]


LEFTOVERS = """Title: Leftovers
Date: 2024-11-02

[TOC]

## A talk

{%  youtube dQw4w9WgXcQ 640 480 %}

A picture: {% img /images/cat.png 300 A cat %} and {% img /images/dog.png %}.

In a template, write `{% for post in posts %}`:

```jinja
{% block content %}{% endblock %}
```

<!-- {% comment %} an old note {% endcomment %} -->

<script type="text/template"><p>{{ name }}</p></script>
"""


def test_another_plugins_syntax_left_as_text_is_named_with_the_fix(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(content, "leftovers.md", LEFTOVERS)
    write_source(
        content,
        "yaml.md",
        "---\ntitle: Notebook\ndate: 2024-11-03\n---\n\n{% notebook a.ipynb %}\n",
    )

    result = site_builder(content)

    assert sorted(result.warnings()) == [
        "front_matter: leftovers.md:10: `{% img /images/cat.png 300 A cat %}` is shown as "
        "written, read by no plugin: it is a liquid_tags tag: pip install pelican-liquid-tags, "
        'add "liquid_tags" to PLUGINS and LIQUID_TAGS = ["img"] to pelicanconf.py '
        "(docs/migrating.md), or write the HTML it stood for",
        "front_matter: leftovers.md:4: `[TOC]` is shown as written, read by no plugin: it asks "
        "for a table of contents, which Python-Markdown's toc extension writes: add "
        '"markdown.extensions.toc": {} to MARKDOWN\'s extension_configs in pelicanconf.py',
        "front_matter: leftovers.md:8: `{%  youtube dQw4w9WgXcQ 640 480 %}` is shown as written, "
        "read by no plugin: it is a liquid_tags tag: pip install pelican-liquid-tags, add "
        '"liquid_tags" to PLUGINS and LIQUID_TAGS = ["youtube"] to pelicanconf.py '
        "(docs/migrating.md), or write the video's <iframe> embed code (it becomes a link that "
        "plays the video)",
        "front_matter: yaml.md:6: `{% notebook a.ipynb %}` is shown as written, read by no "
        'plugin: it is a liquid_tags tag: pip install pelican-liquid-tags, add "liquid_tags" to '
        'PLUGINS and LIQUID_TAGS = ["notebook"] to pelicanconf.py (docs/migrating.md), or write '
        "the HTML it stood for",
    ]
    assert {a.title for a in result.articles} == {"Leftovers", "Notebook"}


def test_restructuredtext_literals_are_code_as_markdowns_are(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(
        content,
        "literal.rst",
        "Using ``git``\n#############\n\n:date: 2024-11-04\n:summary: All about ``git log``.\n\n"
        "Type ``git status`` first.\n",
    )

    result = site_builder(content)

    assert result.warnings() == []
    page = result.read("2024/using-git/index.html")
    listing = result.read("index.html")
    assert "<tt" not in page + listing  # HTML 4's element: no style of the theme's reached it
    code = '<code class="docutils literal">'
    assert f'<h1 class="post-title">Using {code}git</code></h1>' in page
    assert f"<p>Type {code}git status</code> first.</p>" in page
    assert f"All about {code}git log</code>." in listing


def notebook(first_cell: str) -> str:
    """Return a Jupyter notebook whose first cell is the Markdown *first_cell*."""
    cell = {"cell_type": "markdown", "metadata": {}, "source": first_cell.splitlines(True)}
    return json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 4})


def test_posts_no_reader_reads_are_named_not_left_out_quietly(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(content, "a.md", "Title: A post\nDate: 2024-11-05\n\nHi.\n")
    write_source(
        content, "posts/analysis.ipynb", notebook("- Title: Analysis\n- Date: 2024-11-06\n")
    )
    write_source(content, "posts/sidecar.ipynb", notebook("# Sidecar"))
    write_source(content, "posts/sidecar.nbdata", "Title: Sidecar\nDate: 2024-11-07\n")
    write_source(content, "posts/included.ipynb", notebook("Cells a post includes, not a post."))
    write_source(content, "notes.org", "#+TITLE: Notes\n#+DATE: 2024-11-08\n\nHello.\n")
    write_source(content, "pages/about.ipynb", notebook("- Title: About\n"))
    write_source(content, "images/plot.ipynb", notebook("- Title: copied as it is\n"))
    # a static file named on its own, a TODO list, a notebook of odd shape: no posts (review)
    write_source(content, "extra/emacs.org", "#+TITLE: My Emacs settings\n")
    write_source(content, "notes/todo.org", "* TODO bake\n* DONE write\n")
    write_source(content, "odd.ipynb", json.dumps({"cells": {"a": 1}}))
    write_source(content, "analysis.Rmd", "---\ntitle: Analysis\n---\n\nHello.\n")

    result = site_builder(content, STATIC_PATHS=["images", "extra/emacs.org"])

    assert result.warnings() == [
        "front_matter: 1 .rmd file (e.g. analysis.Rmd) no reader of this build reads: Pelican "
        "leaves them out without a word; to keep these R Markdown posts: install the R Markdown "
        "reader plugin your old blog used and list it in PLUGINS, or knit each into Markdown",
        "front_matter: 1 .org file (e.g. notes.org) no reader of this build reads: Pelican leaves "
        "them out without a word; to keep these Org posts: install the Org reader plugin your old "
        "blog used and list it in PLUGINS, or turn each into Markdown (`pandoc -o post.md "
        "post.org`)",
        "front_matter: 2 .ipynb files (e.g. posts/analysis.ipynb) no reader of this build reads: "
        "Pelican leaves them out without a word; to keep these notebooks: pip install "
        'pelican-jupyter, add its markup module to PLUGINS and "ipynb" to MARKUP, as its README '
        "says, or turn each into Markdown (`jupyter nbconvert --to markdown`)",
        "front_matter: 1 .ipynb file (e.g. pages/about.ipynb) no reader of this build reads: "
        "Pelican leaves them out without a word; to keep these notebooks: pip install "
        'pelican-jupyter, add its markup module to PLUGINS and "ipynb" to MARKUP, as its README '
        "says, or turn each into Markdown (`jupyter nbconvert --to markdown`)",
    ]
    assert [a.title for a in result.articles] == ["A post"]


@pytest.mark.skipif(find_spec("typogrify") is not None, reason="typogrify is installed here")
def test_typogrify_turned_on_but_not_installed_leaves_no_post_out(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(content, "a.md", "Title: A post -- with dashes\nDate: 2024-11-09\n\nHi.\n")
    write_source(content, "b.rst", "Another\n#######\n\n:date: 2024-11-10\n\nHello.\n")

    result = site_builder(content, TYPOGRIFY=True)

    assert result.warnings() == [
        "front_matter: TYPOGRIFY = True in your settings, but typogrify is not installed: "
        'Pelican would leave out every post ("Could not process"); the posts are built without '
        "it: pip install typogrify, or remove TYPOGRIFY from pelicanconf.py"
    ]
    assert sorted(a.title for a in result.articles) == ["A post -- with dashes", "Another"]


def test_a_markdown_extension_not_installed_leaves_no_post_out(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(
        content,
        "a.md",
        "Title: Lists\nDate: 2024-11-11\n\n[TOC]\n\n## One\n\n| a |\n|---|\n| 1 |\n",
    )
    markdown = {
        "extension_configs": {
            "markdown.extensions.tables": {},
            "mdx_truly_sane_lists": {"nested_indent": 2},  # a blog's own, not installed here
        },
        "extensions": ["toc", "markdown_katex"],
        "output_format": "html5",
    }

    result = site_builder(content, MARKDOWN=markdown)

    assert result.warnings() == [
        f"front_matter: MARKDOWN's {key} names {name!r}, which is not installed: Pelican would "
        'leave out every Markdown post ("Could not process"); the posts are read without it: pip '
        "install the package that provides it, or remove it from MARKDOWN in pelicanconf.py"
        for key, name in [
            ("extension_configs", "mdx_truly_sane_lists"),
            ("extensions", "markdown_katex"),
        ]
    ]
    body = result.read("2024/lists/index.html")
    assert '<div class="toc">' in body and "<table>" in body  # the installed ones still work


def test_a_date_format_whose_locale_is_missing_leaves_no_post_out(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(content, "a.md", "Title: Hallo\nDate: 2024-11-12\n\nHi.\n")
    write_source(content, "b.md", "Title: Salut\nDate: 2024-11-13\nLang: fr\n\nSalut.\n")
    formats = {"en": ("xx_NOWHERE.UTF-8", "%d. %B %Y"), "fr": ("C", "%Y-%m-%d")}

    result = site_builder(content, DATE_FORMATS=formats)

    assert result.warnings() == [
        "front_matter: DATE_FORMATS['en'] names the locale 'xx_NOWHERE.UTF-8', which this machine "
        'does not have: Pelican would leave out every post it dates ("Could not process"); dates '
        "are written '%d. %B %Y' in the default locale instead: install the locale (`locale -a` "
        "lists those there are), or write the format alone"
    ]
    assert sorted((a.title, a.locale_date) for a in result.articles) == [
        ("Hallo", "12. November 2024"),
        ("Salut", "2024-11-13"),  # its locale is there: kept
    ]


def test_a_link_pelican_does_not_know_is_named_with_its_post(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(
        content,
        "posts/gallery.md",
        "Title: Gallery\nDate: 2024-11-14\n\n![A pelican]({photo}trip/pelican.jpg)\n\n"
        "[Big]({lightbox}trip/pelican.jpg) and [mine]({mine}x).\n",
    )

    result = site_builder(content)

    ours = [w for w in result.warnings() if w.startswith("front_matter")]
    assert ours == [
        f"front_matter: posts/gallery.md: the link `{{{what}}}{path}` starts with `{{{what}}}`, "
        f"which Pelican does not know{whose}; it is left as written: install the plugin that "
        "reads it, or link the file with `{static}` (or `{filename}` for a post)"
        for what, path, whose in [
            ("photo", "trip/pelican.jpg", " (a link of the pelican-photos plugin)"),
            ("lightbox", "trip/pelican.jpg", " (a link of the pelican-photos plugin)"),
            ("mine", "x", ""),
        ]
    ]
    pelicans = [w for w in result.warnings() if not w.startswith("front_matter")]
    assert pelicans and all("gallery" not in w for w in pelicans)  # Pelican's: the link alone
    assert [a.title for a in result.articles] == ["Gallery"]


def test_jinja_no_plugin_fills_in_is_named_with_the_fix(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(
        content,
        "jinja.md",
        "Title: Jinja\nDate: 2024-11-15\n\nHi.\n\n"
        '![A dog]({{ SITEURL }}/images/dog.png) {% include "note.html" %}\n',
    )

    result = site_builder(content)

    ours = [w for w in result.warnings() if w.startswith("front_matter")]
    jinja = (
        "is shown as written, read by no plugin: it is Jinja, which the jinja2content plugin "
        'filled in: pip install pelican-jinja2content and add "pelican.plugins.jinja2content" to '
        "PLUGINS, or write what it stood for (a link to `{{ SITEURL }}/images/a.png` as "
        "`{static}/images/a.png`)"
    )
    assert ours == [
        f'front_matter: jinja.md:6: `{{% include "note.html" %}}` {jinja}',
        f"front_matter: jinja.md:6: `{{{{ SITEURL }}}}` {jinja}",
    ]


def test_tex_braces_in_math_are_not_named_as_jinja(site_builder, tmp_path) -> None:
    # `$\\hat{{x}}$` once got "`{{x}}` is shown as written ... jinja2content" (review)
    content = tmp_path / "content"
    write_source(
        content,
        "math.md",
        "Title: Math\nDate: 2024-11-16\n\nThe estimate $\\hat{{x}}$ and $$a_{{i}}$$.\n",
    )

    result = site_builder(content)

    # No Jinja: only the math itself, which pelicanconf.py's arithmatex (commented out) reads.
    assert [w for w in result.warnings() if w.startswith("front_matter")] == [
        "front_matter: math.md:4: `$$a_{{i}}$$` is shown as written, read by no plugin: it is "
        "math, which pymdownx.arithmatex reads: uncomment its line in MARKDOWN's "
        'extension_configs in pelicanconf.py (docs/theme.md, "Math")'
    ]


def test_simple_footnotes_left_as_written_are_named(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(
        content,
        "notes.md",
        "Title: Notes\nDate: 2024-11-16\n\nA claim[ref]A source, with <em>emphasis</em>.[/ref] "
        "and another[ref]Two.[/ref].\n\n    an example: [ref]in code[/ref]\n",
    )
    write_source(
        content, "plain.md", "Title: Plain\nDate: 2024-11-17\n\nIn code: `[ref]x[/ref]`.\n"
    )

    result = site_builder(content)

    assert result.warnings() == [
        "front_matter: notes.md:4: 2 footnotes shown as written, `[ref]A source, with "
        "emphasis.[/ref]` the first: simple_footnotes' footnotes, which no plugin read: pip "
        'install pelican-simple-footnotes and add "simple_footnotes" to PLUGINS, or write Markdown '
        "footnotes (`[^1]`)"
    ]


def test_a_tag_with_no_letters_gets_a_page_of_its_own(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(
        content, "party.md", "Title: Party\nDate: 2024-11-01\nTags: 🎉, ✨\nCategory: 🎉\n\nX.\n"
    )

    result = site_builder(content)

    assert result.warnings() == [
        f"front_matter: party.md: the {kind} {name!r} has no letters or digits to make its "
        f"address; its page is {kind}/{slug}/index.html: add a word to the name to choose a "
        "better one"
        for kind, name, slug in [
            ("tag", "🎉", "1f389"),
            ("tag", "✨", "2728"),
            ("category", "🎉", "1f389"),
        ]
    ]
    post = page_at(result, "2024/party/index.html")
    assert [a["href"] for a in post.select('a[rel="tag"]')] == [
        "../../tag/1f389/",
        "../../tag/2728/",
    ]
    assert "Party" in result.read("tag/2728/index.html")
    assert "Party" in result.read("category/1f389/index.html")


def test_a_link_to_no_file_names_the_post_it_is_in(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(content, "posts/first.md", "Title: First\nDate: 2024-12-01\n\nThe first.\n")
    (content / "images").mkdir(parents=True)
    (content / "images" / "jar.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    links = (
        "[first]({filename}first.md), [renamed]({filename}/posts/old-name.md), "
        "![jar]({static}/images/jar.png) and ![lost]({static}/images/lost%20cat.png)"
    )
    write_source(
        content,
        "posts/second.md",
        f"Title: Second\nDate: 2024-12-02\nSummary: See [gone]({{filename}}gone.md).\n\n{links}\n",
    )

    result = site_builder(content)

    ours = [w for w in result.warnings() if w.startswith("front_matter")]
    assert sorted(ours) == [
        f"front_matter: posts/second.md: the link `{link}` names no file of the site; it is "
        "left as written: fix the path (from the post's folder, or from the content folder when "
        "it starts with `/`)"
        for link in (
            "{filename}/posts/old-name.md",
            "{filename}gone.md",
            "{static}/images/lost%20cat.png",
        )
    ]
    page = page_at(result, "2024/second/index.html")
    assert page.find("a", string="first")["href"] == "../../2024/first/"
    assert page.find("img", alt="jar")["src"] == "../../images/jar.png"


def test_a_file_that_is_not_utf8_is_named_and_read_as_windows_1252(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "old.md").write_bytes(
        b"Title: Caf\xe9 cr\xe8me\nDate: 2024-12-03\n\nIt\x92s good.\n"
    )
    (content / "old.rst").write_bytes(b"Th\xe9\n###\n\n:date: 2024-12-04\n\nUn th\xe9.\n")
    (content / "old.html").write_bytes(
        b'<html><head><title>Old</title><meta name="date" content="2024-12-05"></head>'
        b"<body><p>Caf\xe9.</p></body></html>"
    )

    result = site_builder(content)

    fix = "convert it, e.g. `iconv -f windows-1252 -t utf-8`"
    read = "it is read as Windows-1252"
    assert sorted(result.warnings()) == [
        f"front_matter: old.html:1: the file is not UTF-8 (byte 0xe9); {read}: {fix}",
        f"front_matter: old.md:1: the file is not UTF-8 (byte 0xe9); {read}: {fix}",
        f"front_matter: old.rst:1: the file is not UTF-8 (byte 0xe9); {read}: {fix}",
    ]
    # Pelican's HTML reader left old.html out with "Could not process", which stopped the build.
    assert sorted(a.title for a in result.articles) == ["Café crème", "Old", "Thé"]
    assert "<p>Café.</p>" in result.read("2024/old/index.html")
    assert "It’s good." in result.read("2024/cafe-creme/index.html")
    assert "Un thé." in result.read("2024/the/index.html")


# `jekyll new`'s first post (Debian's jekyll 4.3.1, lib/site_template/_posts), as a blogger drops
# it into content/: Jekyll's Liquid tags and its `categories:`, which no Pelican plugin reads.
JEKYLL_POST = """---
layout: post
title:  "Welcome to Jekyll!"
date:   2023-09-05 10:12:31 +0200
categories: jekyll update
---
Jekyll also offers powerful support for code snippets:

{% highlight ruby %}
def print_hi(name)
  puts "Hi, #{name}"
end
{% endhighlight %}

{% comment %}
Might you have an include in your theme?
{% endcomment %}

See [the next post]({% post_url 2023-09-06-next %}).
"""


def test_a_jekyll_post_is_told_what_to_write_for_jekylls_own_syntax(site_builder, tmp_path):
    # (its `{% highlight ruby %}` block is read as a fenced block: the next test)
    content = tmp_path / "content"
    write_source(content, "2023-09-05-welcome-to-jekyll.markdown", JEKYLL_POST)
    write_source(content, "other.md", "Title: Other\nDate: 2023-09-07\n\n{% sparkline 1 2 3 %}\n")

    result = site_builder(content)

    jekyll = "is shown as written, read by no plugin: it is Jekyll's Liquid, which no Pelican"
    assert sorted(result.warnings()) == [
        # Pelican's own, about the link: docs/migrating.md says it follows Goldstar's
        "Replacement Indicator '% post_url 2023-09-06-next %' not recognized in "
        "'{% post_url 2023-09-06-next %}', skipping replacement",
        "front_matter: 2023-09-05-welcome-to-jekyll.markdown: `categories:` is Jekyll's; "
        "Pelican reads one `category:` and files this post under its folder's or "
        "DEFAULT_CATEGORY: write `category: jekyll` (and the others as `tags:`)",
        f"front_matter: 2023-09-05-welcome-to-jekyll.markdown:15: `{{% comment %}}` {jekyll} "
        "plugin reads: delete the note, or make it an HTML comment (<!-- … -->)",
        f"front_matter: 2023-09-05-welcome-to-jekyll.markdown:19: `{{% post_url 2023-09-06-next "
        f"%}}` {jekyll} plugin reads: link the post's file with {{filename}} ([its title]"
        "({filename}/my-post.md))",
        "front_matter: other.md:4: `{% sparkline 1 2 3 %}` is shown as written, read by no "
        "plugin: no plugin Goldstar knows of reads this tag (pelican-liquid-tags has no "
        "`sparkline`): install the plugin that read it, or write the HTML it stood for",
    ]
    assert {a.title for a in result.articles} == {"Welcome to Jekyll!", "Other"}


def test_a_jekyll_highlight_block_is_a_code_block(site_builder, tmp_path) -> None:
    # `jekyll new`'s first post: its Ruby was paragraphs, `#=> prints` a heading.
    post = JEKYLL_POST.replace("end\n{% endhighlight", "end\n#=> prints 'Hi, Tom'\n{% endhighlight")
    post += "\n1. In a list:\n\n    {% highlight python %}\n    print(1)\n    {% endhighlight %}\n"
    post += "\n```liquid\n{% highlight ruby %}\nshown as written\n{% endhighlight %}\n```\n"
    content = tmp_path / "content"
    write_source(content, "2023-09-05-welcome-to-jekyll.markdown", post)

    result = site_builder(content)

    assert not [w for w in result.warnings() if "highlight" in w]
    body = BeautifulSoup(result.articles[0].content, "html.parser")
    codes = [said_text(pre) for pre in body.select("pre")]
    assert codes == [
        "def print_hi(name) puts \"Hi, #{name}\" end #=> prints 'Hi, Tom'",
        "print(1)",
        "{% highlight ruby %} shown as written {% endhighlight %}",
    ]
    assert body.select_one("li pre")  # the list item's block stays in its item
    assert not body.select("h1")


def test_an_indented_front_matter_fence_is_named(site_builder, tmp_path) -> None:
    # pelican-pandoc-reader's test posts (metadata_*_with_leading_spaces.md): `    ---` opens or
    # closes no front matter; Pelican said only "could not find information about 'title'".
    content = tmp_path / "content"
    meta = 'title: "Leading Spaces"\ndate: "2020-10-16"\n'
    write_source(content, "start.md", f"    ---\n{meta}---\nBody.\n")
    write_source(content, "end.md", f"---\n{meta}    ---\nBody.\n")

    result = site_builder(content)

    read_as = "Pelican metadata: take out the spaces before it"
    assert sorted(w for w in result.warnings() if "`---` is indented" in w) == [
        f"front_matter: end.md:4: the line `---` is indented, so it closes nothing: the file is "
        f"read as {read_as}",
        f"front_matter: start.md:1: the line `---` is indented, so it opens no front matter: the "
        f"file is read as {read_as}",
    ]


# Front matter as Hugo's archetype (`hugo new`) and Jekyll's docs write it, in posts dropped into
# content/: a draft that Pelican published, and a listing text that ran past `<!--more-->`.
HUGO_DRAFT = '---\ntitle: "Second Post"\ndate: 2024-01-15T07:07:07+01:00\ndraft: true\n---\nSoon.\n'
JEKYLL_DRAFT = "---\nlayout: post\ntitle: Not yet\ndate: 2024-01-16\npublished: false\n---\nSoon.\n"
MORE_POST = """---
title: Third Post
date: 2024-01-17
draft: false
---
Before the fold.

<!--more-->

After the fold.
"""


def test_a_hugo_or_jekyll_draft_stays_a_draft_and_more_ends_the_summary(site_builder, tmp_path):
    content = tmp_path / "content"
    write_source(content, "hugo-draft.md", HUGO_DRAFT)
    write_source(content, "jekyll-draft.md", JEKYLL_DRAFT)
    write_source(content, "more.md", MORE_POST)

    result = site_builder(content)

    assert result.warnings() == []
    assert [a.title for a in result.articles] == ["Third Post"]
    assert "Before the fold." in result.articles[0].summary
    assert "After the fold." not in result.articles[0].summary
    listing = result.read("index.html")
    assert "Second Post" not in listing and "Not yet" not in listing
    assert "After the fold." not in listing
    assert (result.output / "drafts").is_dir()  # written where Pelican writes drafts


# Hugo's archetype, as `hugo new posts/my-first-post.md` writes it, with a tag list added.
HUGO_TOML = """+++
title = 'My First Post'
date = 2024-01-14T07:07:07+01:00
draft = false
tags = ['red', 'blue']
+++
## Introduction

This is **bold** text.
"""


def test_hugo_toml_front_matter_is_read(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(content, "my-first-post.md", HUGO_TOML)
    write_source(content, "draft.md", HUGO_TOML.replace("false", "true").replace("First", "Next"))
    write_source(content, "broken.md", "+++\ntitle = 'Broken\ndate = 2024-01-15\n+++\nText.\n")

    result = site_builder(content)

    assert [w for w in result.warnings() if w.startswith("front_matter")] == [
        'front_matter: broken.md:4: broken TOML front matter (Expected "\'" before the closing '
        "`+++`); its metadata is not read: look above it for a line left unfinished (a quote, "
        "bracket or brace not closed)"
    ]
    [post] = result.articles
    assert post.title == "My First Post"
    assert post.date.isoformat() == "2024-01-14T07:07:07+01:00"
    assert [str(tag) for tag in post.tags] == ["red", "blue"]
    assert "<strong>bold</strong>" in post.content and "+++" not in post.content
    assert (result.output / "drafts" / "my-next-post.html").is_file()  # `draft = true`
    assert "My Next Post" not in result.read("index.html")


def test_front_matter_without_a_title_titles_the_post_from_its_file_name(site_builder, tmp_path):
    # Jekyll's theme template post (lib/theme_template/example/_post.md: only `layout: post`)
    # and pandoc-reader's no_title_in_metadata.md: Pelican left both out for want of a title.
    content = tmp_path / "content"
    write_source(
        content, "2023-09-06-example-post.md", "---\nlayout: post\n---\n\nEos eu docendi.\n"
    )
    write_source(content, "no_title.md", "---\nauthor: My Author\ndate: 2020-10-16\n---\nValid.\n")

    result = site_builder(content, DEFAULT_DATE="fs")

    assert sorted(a.title for a in result.articles) == ["Example Post", "No Title"]
    assert sorted(w for w in result.warnings() if "no `title:`" in w) == [
        "front_matter: 2023-09-06-example-post.md: its front matter has no `title:`; it is "
        "titled 'Example Post' from its file's name, as Jekyll did: write `title: Example Post` "
        "to choose",
        "front_matter: no_title.md: its front matter has no `title:`; it is titled 'No Title' "
        "from its file's name, as Jekyll did: write `title: No Title` to choose",
    ]


def test_an_empty_file_is_left_out_with_a_warning_not_an_error(site_builder, tmp_path) -> None:
    # A post started and never written (`touch content/idea.md`): Pelican's error, "could not
    # find information about 'title'", stopped `invoke build` (errors fatal) on it.
    content = tmp_path / "content"
    write_source(content, "idea.md", "")
    write_source(content, "later.rst", "\ufeff\r\n  \n")
    write_source(content, "pages/soon.md", "\n")
    write_source(content, "written.md", "Title: Written\nDate: 2024-05-04\n\nA post.\n")
    write_source(
        content, "extra/.nojekyll", ""
    )  # an empty file of STATIC_PATHS is copied as it was

    result = site_builder(content, STATIC_PATHS=["extra"])

    assert not [r for r in result.records if r.levelno >= logging.ERROR]
    assert sorted(result.warnings()) == [
        f"front_matter: {name}: the file is empty, so it is left out: write the post in it, or "
        "delete it"
        for name in ("idea.md", "later.rst", "pages/soon.md")
    ]
    assert [a.title for a in result.articles] == ["Written"] and result.pages == []
    assert (result.output / "extra" / ".nojekyll").is_file()


def test_a_tag_or_category_link_to_a_page_never_written_is_named(site_builder, tmp_path) -> None:
    # Pelican makes `{tag}python` the address of the tag's page whether or not a post has the tag:
    # a tag renamed, or a draft's, linked to a page that was never written, without a word.
    content = tmp_path / "content"
    links = (
        "[tag]({tag}python) [kept]({tag}Kindness) [category]({category}Recipes) "
        "[kept too]({category}notes#top) [who]({author}Nobody)"
    )
    write_source(
        content, "links.md", f"Title: Links\nDate: 2024-05-05\nTags: kindness\n\n{links}\n"
    )
    write_source(content, "notes/other.md", "Title: Other\nDate: 2024-05-06\nTags: Python3\n\nX.\n")

    result = site_builder(content, USE_FOLDER_AS_CATEGORY=True)

    assert result.warnings() == [
        f"front_matter: links.md: the link `{{{what}}}{name}` names a {what} no published post "
        f"has, so its page is not written: link to one that is ({known})"
        for what, name, known in (
            ("tag", "python", "e.g. `{tag}kindness`"),
            ("category", "Recipes", "e.g. `{category}misc`"),
            ("author", "Nobody", "e.g. `{author}Maya Goldstar`"),
        )
    ]
    assert page_at(result, "2024/links/index.html").find("a", string="kept")["href"] == (
        "../../tag/kindness/"
    )
