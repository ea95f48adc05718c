"""Goldstar's partials in a theme not made for a right-to-left language: a Persian blog with
Pelican's `notmyidea` (docs/existing-site.md) gets the partials' words in Persian, each box laid
out right to left, though the theme's page is not; read in Chromium at a phone's width."""

from pathlib import Path

import pelican
import pytest

from tests.support.browser import open_tab
from tests.support.packaging import ARTICLE_OVERRIDE, BASE_OVERRIDE
from tests.support.posts import page_at

pytestmark = [pytest.mark.slow, pytest.mark.browser]

NOTMYIDEA = Path(pelican.__file__).parent / "themes" / "notmyidea"
# Two posts of a real Persian blog's shape (evolution101: `Tags:` in Persian and English).
POSTS = {
    "mechanisms": "سازوکارها: شیوه‌های عملکرد فرگشت",
    "descent": "وراثت همراه با تغییر",
}
BODY = "فرگشت فرایندی است که جانداران مدرن به واسطهٔ آن از نیاکان خود نشأت گرفته‌اند. " * 12


@pytest.fixture(scope="module")
def persian_blog(tmp_path_factory):
    """The two posts built with notmyidea, the partials included as the docs say."""
    from tests.support.builds import build_site

    root = tmp_path_factory.mktemp("fa")
    content = root / "content"
    content.mkdir()
    for number, (slug, title) in enumerate(POSTS.items(), 1):
        text = f"Title: {title}\nDate: 2020-01-0{number} 00:12\nSlug: {slug}\n"
        text += "Tags: فرگشت, evolution, زیست‌شناسی\n\n" + BODY + "\n"
        (content / f"{slug}.md").write_text(text, encoding="utf-8")
    templates = root / "templates"
    templates.mkdir()
    (templates / "article.html").write_text(ARTICLE_OVERRIDE, encoding="utf-8")
    (templates / "base.html").write_text(BASE_OVERRIDE, encoding="utf-8")
    return build_site(
        content,
        root / "output",
        THEME=str(NOTMYIDEA),
        THEME_TEMPLATES_OVERRIDES=[str(templates)],
        DEFAULT_LANG="fa",
        DIRECT_TEMPLATES=["index", "tags", "categories", "authors", "archives"],
        ARTICLE_URL="{slug}.html",
        ARTICLE_SAVE_AS="{slug}.html",
    )


def test_the_partials_speak_persian_right_to_left_in_a_left_to_right_theme(persian_blog):
    assert persian_blog.warnings() == []
    soup = page_at(persian_blog, "mechanisms.html")
    assert soup.html.get("dir") is None  # notmyidea's page: left to right
    comments = soup.select_one("#comments")
    assert (comments["lang"], comments["dir"]) == ("fa", "rtl")
    assert comments.select_one("#comments-title").get_text() == "دیدگاه‌ها"
    related = soup.select_one(".promote-related")
    assert (related["lang"], related["dir"]) == ("fa", "rtl")
    assert related.select_one(".promote-related-title").get_text() == "نوشته‌های مرتبط"
    assert related.select_one(".promote-related-reason").get_text().startswith("همچنین دربارهٔ")


def test_the_wall_of_gold_stars_reads_right_to_left_too(persian_blog):
    soup = page_at(persian_blog, "gold-stars/index.html")
    wall = soup.select_one(".gold-stars-wall")
    assert (wall["lang"], wall["dir"]) == ("fa", "rtl")
    assert wall.h1.get_text() == "دیوار ستاره‌های طلایی"


def test_in_chromium_the_comment_box_reads_right_to_left(persian_blog, browser):
    with open_tab(browser) as tab:
        tab.page.goto((persian_blog.output / "mechanisms.html").as_uri())
        direction = "getComputedStyle(document.querySelector(%r)).direction"
        assert tab.page.evaluate(direction % "#comments-title") == "rtl"
        assert tab.page.evaluate(direction % ".promote-related-title") == "rtl"
        assert tab.page.evaluate(direction % "h1") == "ltr"  # the theme's own, as it was
        assert tab.overflow() == 0
