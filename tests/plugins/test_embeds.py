"""plugins/embeds: tables, videos, frames, math and the CSP, in real builds of tiny sites."""

import base64
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from embeds.csp import read_policy

from tests.support import ROOT
from tests.support.sources import write_source

STRICT = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'"
)
YOUTUBE = (
    '<iframe width="560" height="315" title="A talk about kindness" frameborder="0" '
    'src="//www.youtube.com/embed/NU7W7qe2R0A?rel=0&amp;controls=0&amp;start=640&amp;end=709" '
    "allowfullscreen></iframe>"
)
VIMEO = '<iframe src="https://player.vimeo.com/video/76979871" width="640" height="360"></iframe>'
SLIDES = '<iframe src="https://www.slideshare.net/slideshow/embed_code/1297" width="427"></iframe>'
WIDE_TABLE = (
    "| " + " | ".join(f"column {i}" for i in range(12)) + " |\n"
    "|:---:|---:|" + "---|" * 10 + "\n"
    "| " + " | ".join("antidisestablishmentarianism" for _ in range(12)) + " |\n"
)
POST = """Title: Embeds
Date: 2024-02-01 10:00
Slug: embeds

Before the video.

{body}

After.
"""
LIST_WITH_CODE = """Title: Steps
Date: 2024-02-02 10:00
Slug: steps

1. Install it:

    ```bash
    pip install goldstar
    ```

2. Build:

    ~~~python
    print("thank you")
    ~~~

- And one more:
    ```
    invoke build
    ```
"""
MATH = """Title: Math
Date: 2024-02-03 10:00
Slug: math

Euler: $e^{i\\pi} + 1 = 0$, for $5.

$$
\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}
$$
"""
WITH_MATH = {
    "extension_configs": {
        "markdown.extensions.codehilite": {"css_class": "highlight"},
        "pymdownx.superfences": {},
        "pymdownx.arithmatex": {"generic": True},
    },
    "output_format": "html5",
}


def write_post(content: Path, text: str, name: str = "post.md") -> None:
    """Write one Markdown source under *content*."""
    write_source(content, name, text)


def page(result, slug: str) -> BeautifulSoup:
    """Return the parsed output of the article with *slug*."""
    article = next(a for a in result.articles if a.slug == slug)
    return BeautifulSoup(result.read(article.save_as), "html.parser")


def csp_of(document: BeautifulSoup) -> str:
    """Return the Content-Security-Policy of a page's meta tag."""
    return document.select_one('meta[http-equiv="Content-Security-Policy"]')["content"]


def test_wide_tables_scroll_in_their_own_box(site_builder, tmp_path) -> None:
    write_post(tmp_path / "content", POST.format(body=WIDE_TABLE))

    result = site_builder(tmp_path / "content")

    assert result.warnings() == []
    body = page(result, "embeds").select_one(".post-body")
    box = body.select_one("div.scroll-box")
    assert box is not None and box.select_one("table")
    assert [c for c in box.select("th")[:2] if c["class"]] == box.select("th")[:2]
    assert box.select("th")[0]["class"] == ["align-center"]
    assert box.select("td")[1]["class"] == ["align-right"]
    assert not body.select("[style]")  # the strict CSP would refuse the alignment styles


def test_fenced_code_inside_list_items_is_a_code_block(site_builder, tmp_path) -> None:
    write_post(tmp_path / "content", LIST_WITH_CODE)

    result = site_builder(tmp_path / "content")

    assert result.warnings() == []
    body = page(result, "steps").select_one(".post-body")
    blocks = body.select("li pre code")
    assert [b.get_text().strip() for b in blocks] == [
        "pip install goldstar",
        'print("thank you")',
        "invoke build",
    ]
    assert not [c for c in body.select("code") if c.find_parent("pre") is None]
    assert "```" not in body.get_text() and "~~~" not in body.get_text()


def test_videos_become_links_and_the_policy_stays_strict(site_builder, tmp_path) -> None:
    write_post(tmp_path / "content", POST.format(body=f"{YOUTUBE}\n\n{VIMEO}\n\n{SLIDES}"))

    result = site_builder(tmp_path / "content")

    assert result.warnings() == []
    document = page(result, "embeds")
    assert csp_of(document) == STRICT
    assert not document.select("iframe")
    youtube, vimeo = document.select("a.video-facade-link")
    assert youtube["href"] == "https://www.youtube.com/watch?v=NU7W7qe2R0A&t=640"
    assert youtube.get_text(" ", strip=True) == "Play “A talk about kindness” YouTube"
    assert not youtube.has_attr("data-embed")  # no player is trusted: the link is all there is
    assert vimeo["href"] == "https://vimeo.com/76979871"
    assert vimeo.get_text(" ", strip=True) == "Play the video Vimeo"
    slides = document.select_one(".embed-link a")
    assert slides["href"] == "https://www.slideshare.net/slideshow/embed_code/1297"
    feed = result.read("feeds/all.atom.xml")
    assert "<iframe" not in feed and "youtube.com/watch?v=NU7W7qe2R0A" in feed


def test_trusted_players_play_in_place_and_feed_the_policy(site_builder, tmp_path) -> None:
    write_post(tmp_path / "content", POST.format(body=f"{YOUTUBE}\n\n{VIMEO}\n\n{SLIDES}"))
    trusted = {
        "frame-src": ["https://www.youtube-nocookie.com", "https://www.slideshare.net"],
        "img-src": ["https://i.imgur.com"],
    }

    result = site_builder(tmp_path / "content", CSP_TRUSTED_HOSTS=trusted)

    assert result.warnings() == []
    document = page(result, "embeds")
    assert csp_of(document) == (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: "
        "https://i.imgur.com; connect-src 'self'; frame-src 'self' "
        "https://www.youtube-nocookie.com https://www.slideshare.net; object-src 'none'; "
        "base-uri 'self'"
    )
    youtube, vimeo = document.select("a.video-facade-link")
    assert youtube["data-embed"] == (
        "https://www.youtube-nocookie.com/embed/NU7W7qe2R0A?rel=0&start=640&end=709&autoplay=1"
    )
    assert youtube["data-title"] == "A talk about kindness"
    assert not vimeo.has_attr("data-embed")  # Vimeo's player was not trusted
    frames = document.select("iframe")
    assert [f["src"] for f in frames] == ["https://www.slideshare.net/slideshow/embed_code/1297"]
    header = read_policy({"CSP_TRUSTED_HOSTS": trusted}).header
    assert header.startswith(csp_of(document))
    assert header.endswith("; form-action 'self'; frame-ancestors 'none'")


def test_the_comment_server_joins_trusted_hosts_in_connect_src(site_builder, tmp_path) -> None:
    write_post(tmp_path / "content", POST.format(body="Hello."))

    result = site_builder(
        tmp_path / "content",
        COMMENTS_API="https://comments.example.org",
        CSP_TRUSTED_HOSTS={"connect-src": ["https://stats.example.org"]},
    )

    assert "connect-src 'self' https://comments.example.org https://stats.example.org;" in (
        csp_of(page(result, "embeds"))
    )


def test_bad_trusted_hosts_are_named_and_left_out(site_builder, tmp_path) -> None:
    write_post(tmp_path / "content", POST.format(body="Hello."))
    trusted = {
        "script-src": ["'unsafe-inline'", "https://platform.twitter.com"],
        "img-src": ["*", "https:"],
        "frame-src": ["https:"],
        "sandbox": ["allow-scripts"],
    }

    result = site_builder(tmp_path / "content", CSP_TRUSTED_HOSTS=trusted)

    assert result.warnings() == [
        "embeds: setting CSP_TRUSTED_HOSTS['script-src'] has \"'unsafe-inline'\", a keyword: "
        "Goldstar's policy keeps inline code and eval out; left out",
        "embeds: setting CSP_TRUSTED_HOSTS['img-src'] has '*', which trusts every site; left out",
        "embeds: setting CSP_TRUSTED_HOSTS['frame-src'] has 'https:', which trusts every site; "
        "only img-src and media-src may; left out",
        "embeds: setting CSP_TRUSTED_HOSTS['sandbox'] is not a directive hosts can be added to "
        "(script-src, style-src, img-src, media-src, font-src, connect-src, frame-src); left out",
    ]
    policy = csp_of(page(result, "embeds"))
    assert "script-src 'self' https://platform.twitter.com;" in policy
    assert "img-src 'self' data: https:;" in policy
    assert "unsafe" not in policy and "frame-src" not in policy


def test_what_the_policy_blocks_is_named_once(site_builder, tmp_path) -> None:
    tweet = (
        '<blockquote class="twitter-tweet"><p>Hi</p></blockquote>'
        '<script async src="//platform.twitter.com/widgets.js"></script>'
    )
    picture = '<img src="https://i.imgur.com/abc.png" alt="A hot-linked picture">'
    write_post(tmp_path / "content", POST.format(body=f"{tweet}\n\n{picture}"), "a.md")
    other = POST.replace("Slug: embeds", "Slug: other").format(body=picture)
    write_post(tmp_path / "content", other, "b.md")

    result = site_builder(tmp_path / "content")

    assert result.warnings() == [
        "embeds: the Content-Security-Policy blocks what posts load from other sites: img-src "
        "i.imgur.com (2 pages, e.g. a.md); script-src platform.twitter.com (1 page, e.g. a.md); "
        "add the hosts you trust to CSP_TRUSTED_HOSTS (docs/theme.md), or keep the files on your "
        "site"
    ]
    trusted = {"img-src": ["https://i.imgur.com"], "script-src": ["https://platform.twitter.com"]}
    assert site_builder(tmp_path / "content", CSP_TRUSTED_HOSTS=trusted).warnings() == []


def test_math_is_mathml_when_turned_on(site_builder, tmp_path) -> None:
    write_post(tmp_path / "content", MATH)

    plain = site_builder(tmp_path / "content")
    result = site_builder(tmp_path / "content", MARKDOWN=WITH_MATH)

    # Off, the math is shown as TeX, and named with the setting that turns it on.
    assert [w.split(" is shown as written")[1] for w in plain.warnings()] == [
        ", read by no plugin: it is math, which pymdownx.arithmatex reads: uncomment its line in "
        'MARKDOWN\'s extension_configs in pelicanconf.py (docs/theme.md, "Math")'
    ]
    assert result.warnings() == []
    assert "$e^{i\\pi} + 1 = 0$" in page(plain, "math").select_one(".post-body").get_text()
    body = page(result, "math").select_one(".post-body")
    inline, block = body.find_all("math")
    assert inline["display"] == "inline" and block["display"] == "block"
    assert inline.select_one("msup") and block.select_one("mfrac")
    assert "for $5." in body.get_text()  # a lone dollar is money, not math
    assert "\\frac" not in body.get_text() and not body.select("[style]")


@pytest.mark.slow
def test_invoke_csp_prints_the_header_for_the_host(tmp_path) -> None:
    done = subprocess.run(
        [str(Path(sys.executable).parent / "invoke"), "csp"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"Content-Security-Policy: {STRICT}; form-action 'self'; frame-ancestors 'none'"
    )


def test_a_summary_of_the_posts_own_is_fitted_like_its_body(site_builder, tmp_path) -> None:
    post = POST.replace("Slug: embeds", f"Summary: Watch: {SLIDES} and {YOUTUBE}")
    write_post(tmp_path / "content", post.format(body="The body."))

    result = site_builder(tmp_path / "content")

    assert result.warnings() == []
    for listing in ("index.html", "archives/index.html", "feeds/all.atom.xml"):
        assert "<iframe" not in result.read(listing), listing
    card = BeautifulSoup(result.read("index.html"), "html.parser").select_one(".card-summary")
    assert card.select_one("a.video-facade-link")["href"].startswith("https://www.youtube.com/")


def test_what_the_policy_ignores_inline_is_named_once(site_builder, tmp_path) -> None:
    script = '<script>document.write("a counter")</script>'
    data = '<script type="application/ld+json">{"a": 1}</script><script src="/js/x.js"></script>'
    styled = '<p style="text-align: center">Centred.</p>'
    sheet = "<style>.score { color: red }</style>"
    handler = '<button onclick="go()">Go</button>'
    write_post(tmp_path / "content", POST.format(body=f"{script}\n\n{styled}"), "a.md")
    write_post(tmp_path / "content", POST.replace("embeds", "b").format(body=handler), "b.md")
    write_post(tmp_path / "content", POST.replace("embeds", "c").format(body=data + sheet), "c.md")
    write_post(tmp_path / "content", POST.replace("embeds", "d").format(body=WIDE_TABLE), "d.md")
    (tmp_path / "content/js").mkdir()
    (tmp_path / "content/js/x.js").write_text("")  # the site's own script file: not inline

    result = site_builder(tmp_path / "content", STATIC_PATHS=["images", "extra", "js"])

    assert result.warnings() == [
        "embeds: the Content-Security-Policy makes browsers ignore what posts write inline: "
        "`<script>` code and `on…=` handlers (2 pages, e.g. a.md); `style` attributes (1 page, "
        "e.g. a.md); `<style>` blocks (1 page, e.g. c.md); put a script in a file under content/ "
        "linked with {static}, and styles in your theme's CSS (docs/theme.md)"
    ]


def test_a_gist_the_policy_blocks_becomes_a_link_to_its_code(site_builder, tmp_path) -> None:
    gists = (
        '<script src="https://gist.github.com/maya/0a1b2c3d4e.js"></script>\n\n'
        "Then one file of another:\n\n"
        "<script src='//gist.github.com/maya/5f6e7d.js?file=setup.py'></script>"
    )
    write_post(tmp_path / "content", POST.format(body=gists))

    result = site_builder(tmp_path / "content")

    assert result.warnings() == []
    body = page(result, "embeds").select_one(".post-body")
    assert not body.select("script")  # blocked, it showed nothing where the code was
    links = [(a["href"], a.get_text()) for a in body.select(".embed-link a")]
    assert links == [
        ("https://gist.github.com/maya/0a1b2c3d4e", "See the code on GitHub"),
        ("https://gist.github.com/maya/5f6e7d", "See the code on GitHub (setup.py)"),
    ]
    trusted = {"script-src": ["https://gist.github.com"]}
    kept = page(site_builder(tmp_path / "content", CSP_TRUSTED_HOSTS=trusted), "embeds")
    assert [s["src"] for s in kept.select(".post-body script")] == [
        "https://gist.github.com/maya/0a1b2c3d4e.js",
        "//gist.github.com/maya/5f6e7d.js?file=setup.py",
    ]


def test_restructuredtext_math_is_mathml(site_builder, tmp_path) -> None:
    write_post(
        tmp_path / "content",
        "Matrices\n########\n\n:date: 2024-02-04 10:00\n:slug: matrices\n\n"
        "The area is :math:`A = (\\pi/4) d^2`.\n\n"
        ".. math::\n\n   A = \\begin{bmatrix} a & b \\\\ c & d \\end{bmatrix}\n",
        "matrices.rst",
    )

    result = site_builder(tmp_path / "content")

    assert result.warnings() == []
    body = page(result, "matrices").select_one(".post-body")
    inline, block = body.select("math")
    assert inline.find_parent("p") and "π" in inline.get_text()
    assert block["display"] == "block"
    assert [cell.get_text(strip=True) for cell in block.select("mtd")] == ["a", "b", "c", "d"]
    assert not body.select(".formula")  # docutils' spans, for a math.css the theme lacks


def test_restructuredtext_math_docutils_stops_on_is_shown_as_tex(site_builder, tmp_path) -> None:
    head = "{title}\n########\n\n:date: 2024-02-0{day} 10:00\n:slug: {slug}\n\n"
    unclosed = head.format(title="Unclosed", day=5, slug="unclosed") + "See :math:`\\frac{a`.\n"
    newline = head.format(title="Newline", day=6, slug="newline") + "See :math:`\\\\frac{a`.\n"
    write_post(tmp_path / "content", unclosed, "unclosed.rst")
    write_post(tmp_path / "content", newline, "newline.rst")

    result = site_builder(tmp_path / "content")

    (warning,) = result.warnings()
    assert warning.startswith("front_matter: newline.rst: docutils stopped on its math (")
    assert warning.endswith(
        "); the post is built with its math shown as TeX: look for a formula with a brace or "
        "`\\\\` out of place"
    )
    assert page(result, "unclosed").select_one(".post-body math mfrac")
    assert page(result, "newline").select_one(".post-body .math").get_text() == "\\\\frac{a"


def test_a_frame_followed_by_words_keeps_them_and_the_next_frame(site_builder, tmp_path) -> None:
    # The frame-alone pattern once ran from the first <iframe> to the last "</iframe></p>",
    # replacing the words and the paragraphs between them with one video facade.
    body = (
        '<p><iframe src="https://www.youtube.com/embed/NU7W7qe2R0A"></iframe> Watch this first.</p>'
        "\n\nImportant prose between the frames.\n\n"
        '<p><iframe src="https://player.vimeo.com/video/76979871"></iframe></p>'
    )
    write_post(tmp_path / "content", POST.format(body=body))

    result = site_builder(tmp_path / "content")

    text = result.read(result.articles[0].save_as)
    assert "Watch this first." in text and "Important prose between the frames." in text
    assert text.count('class="video-facade"') == 2


def test_a_frame_alone_in_a_paragraph_gives_it_its_place(site_builder, tmp_path) -> None:
    wordpress = '<p><iframe src="https://www.youtube.com/embed/NU7W7qe2R0A"></iframe></p>'
    liquid_tags = (  # what {% vimeo 76979871 %} writes
        '<p><span class="videobox">\n    <iframe src="https://player.vimeo.com/video/76979871" '
        'width="640" height="480"></iframe>\n</span></p>'
    )
    slides = f"<p>{SLIDES}</p>"
    write_post(tmp_path / "content", POST.format(body=f"{wordpress}\n\n{liquid_tags}\n\n{slides}"))

    result = site_builder(tmp_path / "content")

    assert result.warnings() == []
    article = result.articles[0]
    body = result.read(article.save_as).split('<div class="post-body">')[1].split("</div>")[0]
    # A paragraph in a paragraph: the browser closes the first, leaving `<p></p>` and stray tags.
    assert "<p><p" not in body and "</p></p>" not in body and "videobox" not in body
    document = BeautifulSoup(body, "html.parser")
    assert [p["class"] for p in document.select("p[class]")] == [
        ["video-facade"],
        ["video-facade"],
        ["embed-link"],
    ]
    assert [p.get_text() for p in document.find_all("p", class_=False)] == [
        "Before the video.",
        "After.",
    ]


def test_a_flash_player_of_an_old_post_becomes_a_video_facade(site_builder, tmp_path) -> None:
    # Blogger and WordPress posts of 2008-2011 embed YouTube and Vimeo with their Flash players:
    # no browser plays Flash, so the page kept an empty box of the player's size.
    youtube = (
        '<object width="425" height="344"><param name="movie" '
        'value="http://www.youtube.com/v/NU7W7qe2R0A&amp;hl=en&amp;fs=1"></param>'
        '<param name="allowFullScreen" value="true"></param>'
        '<embed src="http://www.youtube.com/v/NU7W7qe2R0A&amp;hl=en&amp;fs=1" '
        'type="application/x-shockwave-flash" width="425" height="344"></embed></object>'
    )
    vimeo = (
        '<p><embed src="http://vimeo.com/moogaloop.swf?clip_id=76979871&amp;server=vimeo.com" '
        'type="application/x-shockwave-flash" width="400" height="225"></embed></p>'
    )
    write_post(tmp_path / "content", POST.format(body=f"{youtube}\n\n{vimeo}"))

    result = site_builder(tmp_path / "content")

    assert result.warnings() == []
    document = page(result, "embeds")
    assert not document.select("object, embed")
    youtube_link, vimeo_link = document.select("a.video-facade-link")
    assert youtube_link["href"] == "https://www.youtube.com/watch?v=NU7W7qe2R0A"
    assert vimeo_link["href"] == "https://vimeo.com/76979871"
    body = result.read(result.articles[0].save_as).split('<div class="post-body">')[1]
    assert "<p><p" not in body.split("</div>")[0]


# A one-pixel PNG: the picture the post shows.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9aw"
    "AAAABJRU5ErkJggg=="
)
SIZED_PICTURES = """Screenshots
###########

:date: 2024-02-05 10:00
:slug: screenshots

.. image:: {static}/images/shot.png
   :alt: the settings screen
   :width: 300px

.. image:: {static}/images/shot.png
   :alt: the same, smaller
   :width: 150
   :height: 100px

.. image:: {static}/images/shot.png
   :alt: half the column
   :width: 50%
"""


def test_a_rst_pictures_size_in_pixels_is_kept_under_the_policy(site_builder, tmp_path) -> None:
    # docutils writes `:width: 300px` as `style="width: 300px;"`, which the strict CSP makes
    # browsers ignore: the picture was shown at its file's size, and the warning's advice (styles
    # in the theme's CSS) did not fit a post that wrote no style. A size in pixels is an attribute
    # now; a width in percent has no attribute to say it, and is still named.
    content = tmp_path / "content"
    (content / "images").mkdir(parents=True)
    (content / "images" / "shot.png").write_bytes(PNG)
    write_post(content, SIZED_PICTURES, "screenshots.rst")

    result = site_builder(content)

    assert result.warnings() == [
        "embeds: the Content-Security-Policy makes browsers ignore what posts write inline: "
        "`style` attributes (1 page, e.g. screenshots.rst); put a script in a file under "
        "content/ linked with {static}, and styles in your theme's CSS (docs/theme.md)"
    ]
    sizes = [
        (img.get("width"), img.get("height"), img.get("style"))
        for img in page(result, "screenshots").select(".post-body img")
    ]
    assert sizes == [("300", None, None), ("150", "100", None), (None, None, "width: 50%;")]
