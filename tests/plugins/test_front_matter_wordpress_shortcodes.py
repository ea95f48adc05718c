"""WordPress's shortcodes in posts moved from WordPress (plugins/front_matter/wordpress.py), in
real Pelican builds: `[caption]`, `[embed]` and `[code]` were shown to readers as lines of
brackets, and `[gallery]` or `[audio]` too, with no warning at all."""

from bs4 import BeautifulSoup

from tests.support.sources import write_source

# As pelican-import --markup markdown and the WordPress-to-Markdown converters leave a post.
WORDPRESS_POST = """\
Title: Moved from WordPress
Date: 2019-03-04 10:00
Slug: moved-from-wordpress

[caption id="attachment_12" align="aligncenter" width="600"]<img src="{static}/images/cake.png" \
alt="A cake" width="600" /> The cake that <em>fell</em>[/caption]

[caption id="attachment_13" align="alignleft" width="300"][![Rex](/images/dog.png)]\
(/images/dog-big.png) Our dog[/caption]

[caption id="" align="alignnone" width="500" caption="An older caption"]\
<img src="/images/dog.png" alt="Rex again" />[/caption]

The talk:

[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]

[embed]https://example.org/a/page[/embed]

[youtube https://www.youtube.com/watch?v=abcdefghijk&w=640]

<!--more-->

All the cakes [gallery ids="1,2,3"] of the year.

[code language="python"]
def double(x):
    # prints [caption] as text
    return x * 2
[/code]

[audio mp3="/wp-content/uploads/song.mp3"][/audio]
"""
# Near misses: brackets of a post's own, Markdown links and references named like a shortcode,
# and shortcodes a post about WordPress shows as code.
OWN_BRACKETS = """\
Title: [Video] Brackets of my own
Date: 2019-03-05 10:00
Slug: brackets-of-my-own
Summary: [caption] is what WordPress wrote

[Video] A trip, [Gallery] of the year [Audio only].

He said it [sic] and I laughed; see [the video](https://example.com/v) and [code][1].
And [audio] is a link to its reference.

Write `[caption]…[/caption]` around a picture, or:

    [gallery ids="1,2"]

```
[embed]https://example.com[/embed]
```

[1]: https://example.com/code
[audio]: https://example.com/audio
"""


def test_wordpress_shortcodes_are_read_as_wordpress_made_them_and_the_others_named(
    site_builder, tmp_path
) -> None:
    content = tmp_path / "content"
    write_source(content, "moved.md", WORDPRESS_POST)
    write_source(content, "own.md", OWN_BRACKETS)
    (content / "images").mkdir()
    for name in ("cake.png", "dog.png", "dog-big.png"):
        (content / "images" / name).write_bytes(b"\x89PNG\r\n\x1a\n")

    result = site_builder(content)

    wordpress = "it is a WordPress shortcode, which Pelican does not read"
    assert [w for w in result.warnings() if "front_matter: moved.md" in w] == [
        f'front_matter: moved.md:21: `[gallery ids="1,2,3"]` is shown as written: {wordpress}: '
        "write the HTML it stood for (write each picture as ![its words]"
        "({static}/images/a.jpg))",
        'front_matter: moved.md:29: `[audio mp3="/wp-content/uploads/song.mp3"]` is shown as '
        f"written: {wordpress}: write the HTML it stood for (write "
        '<audio controls src="{static}/audio/a.mp3"></audio>, its file under content/)',
    ]
    assert not [w for w in result.warnings() if "own.md" in w]

    page = result.read("2019/moved-from-wordpress/index.html")
    body = BeautifulSoup(page, "html.parser").select_one(".post-body")
    figures = body.select("figure")
    assert [f.figcaption.decode_contents() for f in figures] == [
        "The cake that <em>fell</em>",
        "Our dog",
        "An older caption",
    ]
    assert figures[0].img["src"] == "../../images/cake.png"
    assert figures[1].a["href"] == "/images/dog-big.png" and figures[1].img["alt"] == "Rex"
    facades = [a["href"] for a in body.select(".video-facade a")]
    assert facades == [
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com/watch?v=abcdefghijk",
    ]
    assert body.select_one('a[href="https://example.org/a/page"]')
    code = body.select_one("div.highlight").get_text()
    assert "def double(x):" in code and "# prints [caption] as text" in code
    assert '<span class="k">def</span>' in page  # Python, highlighted
    body.select_one("div.highlight").decompose()
    text = body.get_text()
    for left in ("[caption", "[/caption]", "[embed]", "[youtube", "[code", "[/code]"):
        assert left not in text, left
    # `<!--more-->` still ends the listing text: the captions and the videos, not the gallery.
    listing = result.read("index.html")
    assert "The cake that <em>fell</em>" in listing and "All the cakes" not in listing

    own = BeautifulSoup(result.read("2019/brackets-of-my-own/index.html"), "html.parser")
    own_text = own.select_one(".post-body").get_text()
    assert "[sic]" in own_text
    assert "[caption]…[/caption]" in own_text and '[gallery ids="1,2"]' in own_text
    assert "[embed]https://example.com[/embed]" in own_text
    assert own.select_one('a[href="https://example.com/code"]').get_text() == "code"
