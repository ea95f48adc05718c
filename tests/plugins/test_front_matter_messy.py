"""Messy blogs met as a blogger moves them in (session 39): real Pelican builds of tiny sites,
asserting on the pages and on every warning."""

import os
from pathlib import Path

import pytest

from tests.support.sources import write_source


def post(title: str, date: str) -> str:
    """Return a Markdown post in Pelican's lines dated *date* as written."""
    return f"Title: {title}\nDate: {date}\n\nWords.\n"


def dates(result) -> dict[str, str]:
    """Return each article's date as year-month-day hour:minute, by title."""
    return {a.title: a.date.strftime("%Y-%m-%d %H:%M") for a in result.articles}


def quiet_dates(content: Path) -> dict[str, str]:
    """Write the near misses: dates only one reading makes, read quietly as before."""
    write_source(content, "us.md", post("Year end", "12/31/2016"))
    write_source(content, "eu.md", post("Fin d'année", "31/12/2016"))
    write_source(content, "same.md", post("Same day and month", "05/05/2016"))
    write_source(content, "iso.md", post("Written year first", "2016-05-01"))
    write_source(content, "slashed.md", post("Year first slashed", "2016/05/01 10:30"))
    return {
        "Year end": "2016-12-31 00:00",
        "Fin d'année": "2016-12-31 00:00",
        "Same day and month": "2016-05-05 00:00",
        "Written year first": "2016-05-01 00:00",
        "Year first slashed": "2016-05-01 10:30",
    }


def test_a_day_or_month_date_is_read_month_first_in_english_and_named_with_the_fix(
    site_builder, tmp_path
) -> None:
    # `Date: 01/05/2016` was read January 5th with no word: a British or French blogger's May 1st
    # post moved four months back in the archives. In English (DEFAULT_LANG "en") it still reads
    # month first, as Pelican does, and is named with both lines that say it without doubt.
    content = tmp_path / "content"
    expected = quiet_dates(content)
    write_source(content, "doubt.md", post("First of May or fifth of January", "01/05/2016"))
    write_source(
        content,
        "yaml.md",
        "---\ntitle: Front matter\ndate: 03/04/2017 10:30\n---\n\nWords.\n",
    )
    # Dots are how German and Russian write dates: the day comes first whatever the language.
    write_source(content, "dots.md", post("Punkte", "01.05.2016"))

    result = site_builder(content)

    assert sorted(result.warnings()) == sorted(
        [
            "front_matter: doubt.md: `Date: 01/05/2016` could be 2016-01-05 or 2016-05-01; it is "
            "read month first (2016-01-05), as DEFAULT_LANG 'en' writes dates: write "
            "`Date: 2016-01-05` to keep that, or `Date: 2016-05-01`",
            "front_matter: dots.md: `Date: 01.05.2016` could be 2016-05-01 or 2016-01-05; it is "
            "read day first (2016-05-01), as a date written with dots is: write `Date: 2016-05-01` "
            "to keep that, or `Date: 2016-01-05`",
            "front_matter: yaml.md: `Date: 03/04/2017 10:30` could be 2017-03-04 or 2017-04-03; it "
            "is read month first (2017-03-04), as DEFAULT_LANG 'en' writes dates: write "
            "`Date: 2017-03-04 10:30` to keep that, or `Date: 2017-04-03 10:30`",
        ]
    )
    assert dates(result) == {
        **expected,
        "First of May or fifth of January": "2016-01-05 00:00",
        "Front matter": "2017-03-04 10:30",
        "Punkte": "2016-05-01 00:00",
    }


@pytest.mark.parametrize("language", ["fr", "en_GB", "de"])
def test_a_day_or_month_date_is_read_day_first_where_default_lang_writes_the_day_first(
    site_builder, tmp_path, language
) -> None:
    # A French blog's `Date: 01/05/2016` (le 1er mai) was dated January 5th.
    content = tmp_path / "content"
    expected = quiet_dates(content)
    write_source(content, "mai.md", post("Le premier mai", "01/05/2016 08:15"))

    result = site_builder(content, DEFAULT_LANG=language)

    assert result.warnings() == [
        "front_matter: mai.md: `Date: 01/05/2016 08:15` could be 2016-05-01 or 2016-01-05; it "
        f"is read day first (2016-05-01), as DEFAULT_LANG {language.lower()!r} writes dates: write "
        "`Date: 2016-05-01 08:15` to keep that, or `Date: 2016-01-05 08:15`"
    ]
    assert dates(result) == {**expected, "Le premier mai": "2016-05-01 08:15"}
    assert "2016/le-premier-mai/index.html" in {
        str(p.relative_to(result.output)) for p in result.output.rglob("index.html")
    }


HUGO_POST = """+++
title = "Moved from Hugo"
date = 2019-03-04T10:00:00+01:00
tags = ["go", "hugo"]

[[resources]]
name = "header"
src = "images/header.jpg"
+++

Our trip.

{{< figure src="/images/on the beach.png" title="On the beach" >}}

{{< youtube dQw4w9WgXcQ >}}

{{< highlight go "linenos=table" >}}
// prints # hi
func main() {}
{{< /highlight >}}

A gist {{< gist spf13 7896402 >}} and a [link]({{< ref "other.md" >}}).

{{% notice info %}}
Careful.
{{% /notice %}}

{{< vimeo id="146022717" title="A talk" >}}

How to embed: `{{< youtube ID >}}`, or

    {{< figure src="x.png" >}}
"""


def test_hugo_shortcodes_are_read_as_hugo_made_them_and_the_others_named(
    site_builder, tmp_path
) -> None:
    # Hugo's figure, video and highlight shortcodes were shown to readers as lines of braces,
    # with no warning: the post's picture and video were lost, its code read as paragraphs.
    content = tmp_path / "content"
    write_source(content, "hugo.md", HUGO_POST)
    write_source(content, "other.md", "Title: Other\nDate: 2019-03-01\n\nWords.\n")
    (content / "images").mkdir()
    (content / "images" / "on the beach.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    # A near miss: a Jinja or Jekyll post's own syntax keeps its own warning, said once.
    write_source(
        content, "jinja.md", "Title: Jinja\nDate: 2019-03-05\n\nSee {% include 'x.html' %}.\n"
    )

    result = site_builder(content)

    hugo = "it is a Hugo shortcode, which Pelican does not read: write the HTML it stood for"
    assert [w for w in result.warnings() if "hugo.md" in w] == [
        f"front_matter: hugo.md:22: `{{{{< gist spf13 7896402 >}}}}` is shown as written: {hugo} "
        "(write the gist's <script> embed code, or link the gist)",
        f"front_matter: hugo.md:24: `{{{{% notice info %}}}}` is shown as written: {hugo} "
        "(a quote, `> **Note:** Careful here.`, its opening and closing lines taken out)",
    ]
    assert [w for w in result.warnings() if "jinja.md" in w] == [
        "front_matter: jinja.md:4: `{% include 'x.html' %}` is shown as written, read by no "
        "plugin: it is Jinja, which the jinja2content plugin filled in: pip install "
        'pelican-jinja2content and add "pelican.plugins.jinja2content" to PLUGINS, or write '
        "what it stood for (a link to `{{ SITEURL }}/images/a.png` as `{static}/images/a.png`)"
    ]
    page = result.read("2019/moved-from-hugo/index.html")
    assert (
        '<figure><img src="/images/on the beach.png" alt="On the beach">'
        "<figcaption>On the beach</figcaption></figure>"
    ) in page
    assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in page  # the video's facade
    assert 'href="https://vimeo.com/146022717"' in page
    assert "Play “A talk”" in page
    assert '<span class="kd">func</span>' in page  # Go, highlighted
    assert "<h1>prints # hi" not in page and "// prints # hi" in page
    assert '<a href="../../2019/other/">link</a>' in page  # the `ref`, Pelican's {filename}
    assert "{{&lt; youtube dQw4w9WgXcQ" not in page
    assert "{{&lt; figure src=&quot;/images" not in page
    # What Markdown shows as code stays as written.
    assert "<code>{{&lt; youtube ID &gt;}}</code>" in page
    assert "x.png" in page and '<img src="x.png"' not in page


def test_a_yaml_list_indented_with_tabs_is_read_as_the_list_with_the_line_named(
    site_builder, tmp_path
) -> None:
    # Notepad's Tab key under `tags:`, saved with a byte order mark and CRLF: YAML allows no tab
    # in indentation, the entry was read as plain text and the post got the one tag `- python -
    # windows`, with a warning about a character "that cannot start any token".
    content = tmp_path / "content"
    text = (
        "---\ntitle: Windows post\ndate: 2016-02-03\ntags:\n\t- python\n\t- windows\n"
        "author:\n\tname: Jo\n---\n\nBody.\n"
    )
    path = content / "notepad.md"
    content.mkdir()
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    # Near misses, read quietly as before: a tab after the colon, a tab inside a value.
    write_source(
        content, "tab.md", "---\ntitle:\tTabbed title\ndate: 2016-02-04\ntags: a\tb\n---\n\nX.\n"
    )

    result = site_builder(content)

    fix = "it is read as if indented with spaces: indent it with spaces"
    assert result.warnings() == [
        f"front_matter: notepad.md:5: `- python` is indented with a tab, which YAML does not "
        f"allow; {fix}",
        f"front_matter: notepad.md:8: `name: Jo` is indented with a tab, which YAML does not "
        f"allow; {fix}",
        "front_matter: notepad.md: `author:` is a YAML mapping, not text; it is read as 'Jo': "
        "write `author: Jo` to say so",
    ]
    post = next(a for a in result.articles if a.title == "Windows post")
    assert [str(tag) for tag in post.tags] == ["python", "windows"]
    assert [str(author) for author in post.authors] == ["Jo"]
    other = next(a for a in result.articles if a.title == "Tabbed title")
    assert [str(tag) for tag in other.tags] == ["a\tb"]


def test_a_date_with_its_time_zone_name_is_read_in_that_zone(site_builder, tmp_path) -> None:
    # `Date: 2016-02-06 10:00 America/New_York` is no date dateutil reads: the post was left out
    # with "not a date Pelican reads".
    content = tmp_path / "content"
    write_source(
        content,
        "ny.md",
        "---\ntitle: New York\ndate: 2016-02-06 10:00 America/New_York\n"
        "modified: 2016-07-01 09:00 America/New_York\n---\n\nZ.\n",
    )
    write_source(content, "paris.md", post("Paris", "2016-02-07 10:00 Europe/Paris"))
    write_source(content, "typo.md", post("Typo", "2016-02-08 10:00 Europe/Pariss"))
    # Near misses, read as before: an offset, and words that are no zone.
    write_source(content, "offset.md", post("Offset", "2016-02-09 10:00 -05:00"))
    words = write_source(content, "words.md", post("Words", "2016-02-10 and/or"))
    os.utime(words, (1560600000, 1560600000))  # 2019-06-15 12:00 UTC, 14:00 in Paris

    result = site_builder(content)

    assert sorted(result.warnings()) == [
        "front_matter: typo.md: `Date: 2016-02-08 10:00 Europe/Pariss`: the time zone "
        "Europe/Pariss is not one Pelican knows; the time is read in TIMEZONE instead: write its "
        "offset in its place (`Date: 2019-05-01 10:00 -05:00`)",
        "front_matter: words.md: `Date: 2016-02-10 and/or` is not a date Pelican reads "
        "('2016-02-10 and/or' is not a valid date); the post is dated by its file's time "
        "(2019-06-15 14:00) instead: write it as `Date: 2024-01-31` or `Date: 2024-01-31 09:30`",
    ]
    stamps = {a.title: a.date.isoformat() for a in result.articles}
    assert stamps == {
        "New York": "2016-02-06T10:00:00-05:00",
        "Paris": "2016-02-07T10:00:00+01:00",
        "Typo": "2016-02-08T10:00:00+01:00",  # TIMEZONE, Europe/Paris
        "Offset": "2016-02-09T10:00:00-05:00",
        "Words": "2019-06-15T14:00:00+02:00",
    }
    new_york = next(a for a in result.articles if a.title == "New York")
    assert new_york.modified.isoformat() == "2016-07-01T09:00:00-04:00"  # summer time
    assert 'datetime="2016-02-06T10:00:00-05:00"' in result.read("2016/new-york/index.html")


def test_a_jekyll_permalink_pelican_does_not_keep_is_named_with_the_lines_that_keep_it(
    site_builder, tmp_path
) -> None:
    # Pelican ignores `permalink:`: the post moved to ARTICLE_URL's address and every link to the
    # old one found nothing, without a word.
    content = tmp_path / "content"
    write_source(
        content,
        "2015-06-07-leftovers.md",
        "---\nlayout: post\ntitle: Jekyll leftovers\ndate: 2015-06-07 08:00:00 +0200\n"
        "permalink: /blog/2015/jekyll-leftovers.html\n---\n\nIntro.\n",
    )
    write_source(
        content,
        "pattern.md",
        "---\ntitle: Patterned\ndate: 2015-06-08\npermalink: /:year/:title/\n---\n\nX.\n",
    )
    # Near misses, quiet: the address PAGE_URL gives anyway (`jekyll new`'s about page), and a
    # post that keeps its address with `url:` and `save_as:`.
    write_source(
        content,
        "pages/about.md",
        "---\nlayout: page\ntitle: About\npermalink: /about/\n---\n\nMe.\n",
    )
    write_source(
        content,
        "kept.md",
        "---\ntitle: Kept\ndate: 2016-01-01\npermalink: /kept/\nurl: kept/\n"
        "save_as: kept/index.html\n---\n\nMe.\n",
    )

    result = site_builder(content)

    ignored = "is Jekyll's, which Pelican ignores: the post is at"
    assert sorted(result.warnings()) == [
        f"front_matter: 2015-06-07-leftovers.md: `permalink: /blog/2015/jekyll-leftovers.html` "
        f"{ignored} `2015/jekyll-leftovers/`, and links to the old address find nothing: to keep "
        "it, write `url: blog/2015/jekyll-leftovers.html` and "
        "`save_as: blog/2015/jekyll-leftovers.html`",
        f"front_matter: pattern.md: `permalink: /:year/:title/` {ignored} `2015/patterned/`, and "
        "links to the old address find nothing: write `url:` and `save_as:` with the address to "
        "keep (docs/migrating.md)",
    ]
    assert (result.output / "about" / "index.html").is_file()
    assert (result.output / "kept" / "index.html").is_file()


def test_a_day_or_month_date_follows_the_posts_own_lang(site_builder, tmp_path) -> None:
    # A French post (`Lang: fr`) on an English blog: its `01/05/2016` is le 1er mai.
    content = tmp_path / "content"
    write_source(
        content, "mai.md", "Title: Le premier mai\nDate: 01/05/2016\nLang: fr\n\nBonjour.\n"
    )
    write_source(content, "juin.md", "---\ntitle: Juin\nlang: fr\ndate: 02/06/2016\n---\n\nÉté.\n")
    write_source(
        content, "may.md", "Title: May Day\nDate: 2016-05-01\n\nHello.\n"
    )  # its translation

    result = site_builder(content)

    assert sorted(result.warnings()) == [
        "front_matter: juin.md: `Date: 02/06/2016` could be 2016-06-02 or 2016-02-06; it is "
        "read day first (2016-06-02), as its `Lang: fr` writes dates: write `Date: 2016-06-02` "
        "to keep that, or `Date: 2016-02-06`",
        "front_matter: mai.md: `Date: 01/05/2016` could be 2016-05-01 or 2016-01-05; it is "
        "read day first (2016-05-01), as its `Lang: fr` writes dates: write `Date: 2016-05-01` "
        "to keep that, or `Date: 2016-01-05`",
    ]
    found = {a.title: a.date.strftime("%Y-%m-%d") for a in result.articles}
    found.update(
        {t.title: t.date.strftime("%Y-%m-%d") for a in result.articles for t in a.translations}
    )
    assert {k: v for k, v in found.items() if k != "May Day"} == {
        "Le premier mai": "2016-05-01",
        "Juin": "2016-06-02",
    }


def test_an_english_post_on_a_french_blog_reads_month_first(site_builder, tmp_path) -> None:
    # The near miss the other way: `Lang: en` on a blog whose DEFAULT_LANG is French.
    content = tmp_path / "content"
    write_source(content, "us.md", "Title: Fourth of July\nDate: 07/04/2016\nLang: en\n\nHi.\n")

    result = site_builder(content, DEFAULT_LANG="fr")

    assert result.warnings() == [
        "front_matter: us.md: `Date: 07/04/2016` could be 2016-07-04 or 2016-04-07; it is read "
        "month first (2016-07-04), as its `Lang: en` writes dates: write `Date: 2016-07-04` to "
        "keep that, or `Date: 2016-04-07`"
    ]
    dated = [a.date for a in result.articles] + [
        t.date for a in result.articles for t in a.translations
    ]
    assert [d.strftime("%Y-%m-%d") for d in dated] == ["2016-07-04"]


def test_a_shortcode_in_front_matter_is_the_keys_text(site_builder, tmp_path) -> None:
    # A near miss: front matter is no post text; its shortcode is not made HTML (which would
    # have put an <iframe> and its quotes into the YAML).
    content = tmp_path / "content"
    write_source(
        content,
        "front.md",
        "---\ntitle: Front\ndate: 2019-01-01\n"
        "video: '{{< youtube \"dQw4w9WgXcQ\" >}}'\n---\n\nX.\n",
    )

    result = site_builder(content)

    assert result.warnings() == []
    assert result.articles[0].metadata["video"] == '{{< youtube "dQw4w9WgXcQ" >}}'


def test_quoted_tags_on_pelicans_lines_are_read_without_their_quotes(
    site_builder, tmp_path
) -> None:
    # YAML's habit on Pelican's lines: `Tags: "C++", 'web dev'` made the tags `"C++"` and
    # `'web dev'`, quotes and all, shown as #"C++" beside the post, quietly.
    content = tmp_path / "content"
    write_source(
        content,
        "quoted.md",
        "Title: Quoted\nDate: 2016-01-03\nTags: \"C++\", café, 'web dev', 🎉 party\n\nX.\n",
    )
    write_source(
        content, "both.md", 'Title: Both\nDate: 2016-01-04\nTags: ["go", "web dev"]\n\nX.\n'
    )
    # Near misses, read as before: quotes inside a name, an apostrophe.
    write_source(
        content, "inside.md", "Title: Inside\nDate: 2016-01-05\nTags: rock 'n' roll, it's\n\nX.\n"
    )

    result = site_builder(content)

    assert sorted(result.warnings()) == [
        'front_matter: both.md:3: `Tags: ["go", "web dev"]` is read as the list it stands for '
        "(Pelican's lines take no brackets: its first item began with `[`, its last ended with "
        "`]`): write `Tags: go, web dev`",
        "front_matter: quoted.md:3: `Tags: \"C++\", café, 'web dev', 🎉 party` is read without the "
        "quotes around its names (Pelican's lines take no quotes: they were part of the names, "
        'shown as #"C++"): write `Tags: C++, café, web dev, 🎉 party`',
    ]
    tags = {a.title: [str(t) for t in a.tags] for a in result.articles}
    assert tags == {
        "Quoted": ["C++", "café", "web dev", "🎉 party"],
        "Both": ["go", "web dev"],
        "Inside": ["rock 'n' roll", "it's"],
    }
    page = result.read("2016/quoted/index.html")
    assert 'href="../../tag/c/" rel="tag">#C++</a>' in page


def test_a_preview_image_with_spaces_in_its_name_gets_a_url(site_builder, tmp_path) -> None:
    # `Image: images/my photo.png` gave og:image `https://blog.example/images/my photo.png`:
    # no URL (a space), and link previews showed no picture.
    content = tmp_path / "content"
    write_source(
        content, "photo.md", "Title: Photo\nDate: 2016-01-01\nImage: images/my photo.png\n\nX.\n"
    )
    # A name in another alphabet is written as a URL writes it too (UTF-8, percent-encoded).
    write_source(
        content, "plain.md", "Title: Plain\nDate: 2016-01-02\nImage: images/été.png\n\nX.\n"
    )
    (content / "images").mkdir()
    (content / "images" / "my photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (content / "images" / "été.png").write_bytes(b"\x89PNG\r\n\x1a\n")

    result = site_builder(content, SITE_ORIGIN="https://blog.example")

    assert result.warnings() == []
    page = result.read("2016/photo/index.html")
    assert '<meta property="og:image" content="https://blog.example/images/my%20photo.png">' in page
    assert '"image": "https://blog.example/images/my%20photo.png"' in page
    assert (result.output / "images" / "my photo.png").is_file()
    plain = result.read("2016/plain/index.html")
    assert 'content="https://blog.example/images/%C3%A9t%C3%A9.png"' in plain
