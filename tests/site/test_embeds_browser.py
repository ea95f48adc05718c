"""Real posts on a 360 px phone in Debian's chromium: a wide table scrolls in its own box, a video
facade fits the screen, loads nothing until tapped, and plays in place only when trusted."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.support.browser import open_tab
from tests.support.builds import build_site
from tests.support.demo import serve
from tests.support.network import wait_until

pytestmark = [pytest.mark.browser, pytest.mark.slow]

POST = """---
title: "A wide table and a video"
date: 2024-02-01 10:00
slug: wide
---

A table of twelve columns.

| {head} |
|{rule}
| {row} |

<iframe width="560" height="315" src="https://www.youtube.com/embed/NU7W7qe2R0A?start=640"
 title="A talk about kindness" frameborder="0" allowfullscreen></iframe>

After the video, a long equation:

$$
{equation}
$$
"""
COLUMNS = 12
TRUSTED = {"frame-src": ["https://www.youtube-nocookie.com"]}
PLAYER = "https://www.youtube-nocookie.com/embed/NU7W7qe2R0A?start=640&autoplay=1"
WITH_MATH = {
    "extension_configs": {
        "markdown.extensions.codehilite": {"css_class": "highlight"},
        "markdown.extensions.tables": {},
        "pymdownx.superfences": {},
        "pymdownx.arithmatex": {"generic": True},
    },
    "output_format": "html5",
}


def build(folder: Path, **settings) -> Path:
    """Build the one-post site into *folder* and return its output."""
    content = folder / "content"
    content.mkdir(parents=True)
    (content / "wide.md").write_text(
        POST.format(
            head=" | ".join(f"Column {i}" for i in range(COLUMNS)),
            rule="---|" * COLUMNS,
            row=" | ".join("antidisestablishmentarianism" for _ in range(COLUMNS)),
            equation=" + ".join(f"\\frac{{x_{{{i}}}^2}}{{y_{{{i}}}}}" for i in range(30)),
        ),
        encoding="utf-8",
    )
    result = build_site(content, folder / "output", MARKDOWN=WITH_MATH, **settings)
    assert result.warnings() == []
    return result.output


@pytest.fixture(scope="module")
def strict_url(tmp_path_factory) -> Iterator[str]:
    """The site with the default, strict policy, served."""
    with serve(build(tmp_path_factory.mktemp("strict"))) as url:
        yield url + "2024/wide/"


@pytest.fixture(scope="module")
def trusted_url(tmp_path_factory) -> Iterator[str]:
    """The site whose policy trusts YouTube's privacy-enhanced player, served."""
    with serve(build(tmp_path_factory.mktemp("trusted"), CSP_TRUSTED_HOSTS=TRUSTED)) as url:
        yield url + "2024/wide/"


def test_a_long_equation_scrolls_by_itself(browser: Browser, strict_url: str) -> None:
    with open_tab(browser, 360, 740) as tab:
        tab.page.goto(strict_url)
        assert tab.overflow() == 0
        equation = tab.page.locator('.post-body math[display="block"]')
        scroll_width, client_width, right = equation.evaluate(
            "m => [m.scrollWidth, m.clientWidth, m.getBoundingClientRect().right]"
        )
        assert scroll_width > 2 * client_width and right <= 360
        assert equation.locator("mfrac").count() == 30
        assert tab.errors == []


def test_a_wide_table_scrolls_inside_its_box(browser: Browser, strict_url: str) -> None:
    with open_tab(browser, 360, 740) as tab:
        tab.page.goto(strict_url)
        assert tab.overflow() == 0  # the page itself never scrolls sideways
        box = tab.page.locator(".post-body .scroll-box")
        sizes = box.evaluate("b => [b.scrollWidth, b.clientWidth, b.getBoundingClientRect().right]")
        scroll_width, client_width, right = sizes
        assert scroll_width > 2 * client_width  # twelve long columns: far wider than a phone
        assert right <= 360
        assert box.get_attribute("tabindex") == "0"  # theme.js: reachable by keyboard
        box.focus()
        for _ in range(3):  # (a string for wait_for_function would be eval: the CSP refuses it)
            tab.page.keyboard.press("ArrowRight")
        # a smooth scroll takes a moment
        assert wait_until(lambda: box.evaluate("b => b.scrollLeft") > 0)
        assert tab.errors == []


def test_a_video_facade_fits_and_loads_nothing_until_tapped(
    browser: Browser, trusted_url: str
) -> None:
    with open_tab(browser, 360, 740) as tab:
        tab.page.route(
            "https://www.youtube-nocookie.com/**",
            lambda route: route.fulfill(body="<p>player</p>", content_type="text/html"),
        )
        tab.page.goto(trusted_url)
        assert tab.overflow() == 0
        link = tab.page.get_by_role("link", name="Play “A talk about kindness” YouTube")
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360
        assert box["width"] > 300 and abs(box["height"] - box["width"] * 9 / 16) < 2
        assert [url for url in tab.requests if "youtube" in url] == []  # nothing before a tap

        link.click()

        frame = tab.page.locator("iframe.video-frame")
        frame.wait_for()
        assert frame.get_attribute("src") == PLAYER
        assert frame.get_attribute("title") == "A talk about kindness"
        frame_box = frame.bounding_box()
        assert frame_box["x"] + frame_box["width"] <= 360
        assert abs(frame_box["width"] - box["width"]) < 1
        tab.page.frame_locator("iframe.video-frame").get_by_text("player").wait_for()
        assert PLAYER in tab.requests
        assert tab.overflow() == 0
        assert tab.errors == []  # the policy let the player in: no refusal in the console


def test_without_javascript_the_facade_is_a_link_to_the_video(
    browser: Browser, trusted_url: str
) -> None:
    with open_tab(browser, 360, 740, java_script_enabled=False) as tab:
        tab.page.goto(trusted_url)
        link = tab.page.get_by_role("link", name="Play “A talk about kindness” YouTube")
        assert link.get_attribute("href") == "https://www.youtube.com/watch?v=NU7W7qe2R0A&t=640"
        assert link.bounding_box()["width"] <= 360
        assert tab.page.locator("iframe").count() == 0


def test_an_untrusted_player_is_a_plain_link(browser: Browser, strict_url: str) -> None:
    with open_tab(browser, 360, 740) as tab:
        tab.page.route(
            "https://www.youtube.com/**",
            lambda route: route.fulfill(body="<p>YouTube</p>", content_type="text/html"),
        )
        tab.page.goto(strict_url)
        tab.page.get_by_role("link", name="Play “A talk about kindness” YouTube").click()
        tab.page.wait_for_url("https://www.youtube.com/watch?v=NU7W7qe2R0A&t=640")
        assert tab.errors == []


LEADING_MEDIA = """Title: Starts with a video
Date: 2024-02-02 10:00
Slug: starts-with-media

<video src="{static}/images/clip.mp4" width="900" height="500" controls></video>

<iframe src="https://maps.example.org/embed?pb=1" width="900" height="300" title="A map"></iframe>

The words after them.
"""


def test_a_listing_of_a_post_that_starts_with_media_fits(browser: Browser, tmp_path) -> None:
    content = tmp_path / "content"
    (content / "images").mkdir(parents=True)
    (content / "images" / "clip.mp4").write_bytes(b"")
    (content / "media.md").write_text(LEADING_MEDIA, encoding="utf-8")
    trusted = {"frame-src": ["https://maps.example.org"]}
    result = build_site(content, tmp_path / "output", CSP_TRUSTED_HOSTS=trusted)
    assert result.warnings() == []
    assert 'width="900"' in result.read("index.html")  # the card shows the post's beginning
    with serve(result.output) as url, open_tab(browser, 360, 740) as tab:
        tab.page.route(
            "https://maps.example.org/**",
            lambda route: route.fulfill(body="<p>map</p>", content_type="text/html"),
        )
        for page in ("", "2024/starts-with-media/"):
            tab.page.goto(url + page)
            assert tab.overflow() == 0, page  # the listing was 938 px wide
            for media in tab.page.locator("video, iframe").all():
                assert media.bounding_box()["x"] + media.bounding_box()["width"] <= 360, page


LONG_WORDS = """Title: Using ManifestStaticFilesStorage_with_django.contrib.staticfiles.storage
Date: 2024-03-01 10:00
Slug: long-words
Category: Djangocontribstaticfilesstorageandfriends
Tags: django.contrib.staticfiles.storage.ManifestStaticFilesStorage, python

The post, and {table}
"""
SHORT_POST = "Title: Related\nDate: 2024-03-02\nTags: python\nSlug: related\n\nA related post.\n"


def test_a_word_wider_than_the_phone_breaks_in_titles_chips_and_links(
    browser: Browser, tmp_path
) -> None:
    content = tmp_path / "content"
    content.mkdir()
    row = " | ".join("antidisestablishmentarianism" for _ in range(6))
    table = f"a table:\n\n| {row} |\n|{'---|' * 6}\n| {row} |\n"
    (content / "long.md").write_text(LONG_WORDS.format(table=table), encoding="utf-8")
    (content / "related.md").write_text(SHORT_POST, encoding="utf-8")
    result = build_site(content, tmp_path / "output")
    assert result.warnings() == []
    pages = [
        "",
        "2024/long-words/",
        "2024/related/",
        "tags/",
        "category/djangocontribstaticfilesstorageandfriends/",
    ]
    with serve(result.output) as url, open_tab(browser, 360, 740) as tab:
        for page in pages:
            tab.page.goto(url + page)
            assert tab.overflow() == 0, page  # the card's title made the home page 700 px wide
        tab.page.goto(url + "2024/long-words/")
        box = tab.page.locator(".post-body .scroll-box")
        # the table's words stay whole: it scrolls in its box rather than breaking each word
        assert box.evaluate("b => b.scrollWidth > 2 * b.clientWidth")
        assert tab.errors == []


ARABIC = (
    "Title: مرحبا\nDate: 2024-04-02\nLang: ar\nSlug: marhaba\n\nهذا نص عربي، مع علامات ترقيم!\n"
)
ENGLISH = "Title: Hello\nDate: 2024-04-01\nSlug: hello\n\nIn English.\n\n    print('code')\n"


def test_a_right_to_left_post_is_laid_out_right_to_left(browser: Browser, tmp_path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "ar.md").write_text(ARABIC, encoding="utf-8")
    (content / "en.md").write_text(ENGLISH, encoding="utf-8")
    result = build_site(content, tmp_path / "output")
    assert result.warnings() == []
    with serve(result.output) as url, open_tab(browser, 360, 740) as tab:
        tab.page.goto(url + "2024/marhaba-ar/")
        assert (
            tab.page.evaluate("getComputedStyle(document.querySelector('.post-body p')).direction")
            == "rtl"
        )
        paragraph = tab.page.locator(".post-body p").bounding_box()
        text = tab.page.evaluate(
            "(() => { const r = document.createRange();"
            " r.selectNodeContents(document.querySelector('.post-body p'));"
            " return r.getBoundingClientRect().right; })()"
        )
        assert abs(text - (paragraph["x"] + paragraph["width"])) < 2  # it starts on the right
        tab.page.goto(url)
        cards = tab.page.locator(".card")
        borders = cards.evaluate_all(
            "cs => cs.map(c => [c.lang, getComputedStyle(c).borderRightWidth,"
            " getComputedStyle(c).borderLeftWidth])"
        )
        assert borders == [["ar", "4px", "1px"], ["", "1px", "4px"]]  # the gold edge starts it
        tab.page.goto(url + "2024/hello/")
        assert (
            tab.page.evaluate("getComputedStyle(document.querySelector('pre')).direction") == "ltr"
        )
        assert tab.overflow() == 0
