"""The theme's compact lists of posts (includes/date_list.html: the archives, period archives,
categories and 404 pages): each row's date and gold-star badges, byte for byte; real builds."""

import locale
import re

import pytest

from tests.support.posts import three_posts, write_post

# The archives row of post "one" (5 Jan: no leading zero), with its listing badges, as the theme
# wrote it with Pelican's `strftime('%-d %b')` and an include of partials/_gold_stars.html per row.
ROW_ONE = (
    '<li><time datetime="2026-01-05T09:00:00+01:00">{date}</time>\n'
    '    <div class="date-list-title"><a href="../2026/one/">One</a>'
    '<p class="gold-stars gold-stars--listing"><span class="badge badge--milestone">'
    '<span class="gs-icon" aria-hidden="true"></span>25+ stars</span>'
    '<span class="badge badge--gold"><span class="gs-icon" aria-hidden="true"></span>'
    "1 gold star in the comments</span></p>\n"
    "</div></li>"
)
ROW_THREE = (
    '<li><time datetime="2026-01-03T09:00:00+01:00">{date}</time>\n'
    '    <div class="date-list-title"><a href="../2026/three/">Three</a></div></li>'
)


def rows(html: str) -> list[str]:
    """Return the rows of the date lists of a page, as written."""
    return re.findall(r"<li><time .*?</li>", html, flags=re.S)


@pytest.fixture
def content(tmp_path):
    """Three posts: "one" (5 Jan) with a milestone and a gold star, "two" (4 Jan) with gold
    stars, "three" (3 Jan) a support post."""
    folder = tmp_path / "content"
    three_posts(folder)
    write_post(folder, "one", date="2026-01-05 09:00")
    write_post(folder, "two", date="2026-01-04 09:00")
    write_post(folder, "three", date="2026-01-03 09:00", support="true")
    return folder


def test_archives_rows_show_the_day_the_month_and_the_listing_badges(content, site_builder):
    result = site_builder(content)
    assert result.warnings() == []
    archives = rows(result.read("archives/index.html"))
    assert archives[0] == ROW_ONE.format(date="5 Jan")
    assert archives[2] == ROW_THREE.format(date="3 Jan")  # a support post: no badge in listings
    assert '<span class="badge badge--gold">' in archives[1]  # two: its 2 gold stars
    with_year = rows(result.read("categories/index.html"))
    assert with_year[0] == ROW_ONE.format(date="5 Jan 2026")


def french_locale() -> str | None:
    """Return a French locale name this machine has, or None."""
    saved = locale.setlocale(locale.LC_TIME)
    try:
        for name in ("fr_FR.UTF-8", "fr_FR.utf8"):
            try:
                locale.setlocale(locale.LC_TIME, name)
                return name
            except locale.Error:
                continue
        return None
    finally:
        locale.setlocale(locale.LC_TIME, saved)


def test_archives_dates_follow_the_sites_locale(content, site_builder):
    name = french_locale()
    if name is None:
        pytest.skip("no fr_FR locale on this machine (locale -a)")
    saved = locale.setlocale(locale.LC_ALL)
    try:
        result = site_builder(content, LOCALE=[name])  # Pelican sets it for the whole process
    finally:
        locale.setlocale(locale.LC_ALL, saved)
    assert result.warnings() == []
    assert rows(result.read("archives/index.html"))[0] == ROW_ONE.format(date="5 janv.")
    assert rows(result.read("categories/index.html"))[0] == ROW_ONE.format(date="5 janv. 2026")
