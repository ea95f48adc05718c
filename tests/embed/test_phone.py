"""The embed and the inbox finished for a phone: messages where the reader looks, fields marked,
buttons named for their comment, one date format, words a person would write, a look to check.

Screenshots of every page kind (home, an article with comments, the wall, the inbox, its sign-in)
at 360 and 1280 px, light and dark, go to test-results/screenshots/ for a person to look at.
"""

import re
import time

import pytest
from playwright.sync_api import expect

from tests.support import ROOT
from tests.support.browser import VIEWPORT, open_comments, open_new_post, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.slow]
SHOTS = ROOT / "test-results" / "screenshots"
SITE_DATE = re.compile(r"^\d{1,2} [A-Z][a-z]+ \d{4}$")  # the demo's DATE_FORMATS["en"], "%-d %B %Y"


def in_viewport(page, locator) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= VIEWPORT["height"]


def comes_into_view(page, locator, seconds: float = 5.0) -> bool:
    """Return whether *locator* is in the viewport within *seconds*: the embed scrolls a message
    into view smoothly, which takes longer than the text's arrival on a busy machine."""
    deadline = time.monotonic() + seconds
    while not in_viewport(page, locator):
        if time.monotonic() > deadline:
            return False
        page.wait_for_timeout(50)
    return True


def test_a_refused_field_is_marked_named_and_focused_where_the_reader_looks(site, stack, phone):
    page = open_new_post(site, phone, "refused", "Refused politely")
    page.locator("#comment-author").fill("Agnès")
    page.locator("#comment-website").fill("ftp://not-a-website")
    page.locator("#comment-text").fill("Hello there, a fine post.")
    page.locator(".comment-submit").click()
    website = page.locator("#comment-website")
    expect(website).to_have_attribute("aria-invalid", "true")
    expect(website).to_be_focused()
    status = page.locator(".comments-status")
    expect(status).to_contain_text("Website:")
    assert "website:" not in status.inner_text()  # the label, not the key
    assert comes_into_view(page, status)
    expect(website).to_have_accessible_description(re.compile("Website:"))
    # Offline: the message shows beside the button and the keyboard is back on it.
    page.context.set_offline(True)
    website.fill("")
    page.locator(".comment-submit").click()
    expect(status).to_contain_text("Could not reach the comment server")
    assert comes_into_view(page, status)
    expect(page.locator(".comment-submit")).to_be_focused()
    page.context.set_offline(False)


def test_buttons_and_comments_are_named_for_whom_and_replying_is_spoken(site, stack, phone):
    site.write_post("named", "Named buttons")
    first = stack.post_comment("named", author="Tomás Ó Briain", text="A first thought.")
    stack.admin("POST", f"/api/admin/comments/{first['comment']['id']}/approve", {})
    site.rebuild()
    live = stack.post_comment("named", author="Agnès", text="A live one, after the build.")
    stack.admin("POST", f"/api/admin/comments/{live['comment']['id']}/approve", {})
    stack.admin("POST", f"/api/admin/comments/{live['comment']['id']}/gold-stars", {"count": 2})
    page = phone.new_page()
    page.goto(site.url("named"))
    open_comments(page)
    for name in ("Tomás Ó Briain", "Agnès"):  # baked and live alike
        article = page.get_by_role("article", name=f"Comment by {name}")
        expect(article).to_be_visible()
        expect(article.get_by_role("button", name=f"Reply to {name}")).to_be_visible()
        expect(
            article.get_by_role("button", name=re.compile(f"^Star {name}'s comment"))
        ).to_be_visible()
    live_item = page.locator(f"#comment-{live['comment']['id']}")
    expect(live_item.locator(".gold-star-award")).to_have_text(
        "two great big gold stars from the author"
    )
    # One date format for baked and live comments: the site's.
    dates = page.locator("#comments time").all_inner_texts()
    assert len(dates) == 2 and all(SITE_DATE.match(date) for date in dates), dates
    page.get_by_role("button", name="Reply to Tomás Ó Briain").click()
    text = page.locator("#comment-text")
    expect(text).to_be_focused()
    expect(text).to_have_accessible_description(re.compile("Replying to Tomás Ó Briain"))


def test_without_javascript_the_form_area_says_what_commenting_needs(site, stack, browser):
    site.write_post("no-script", "Without JavaScript")
    site.rebuild()
    context = browser.new_context(java_script_enabled=False, viewport=VIEWPORT)
    page = context.new_page()
    page.goto(site.url("no-script"))
    expect(page.locator(".comment-form-slot")).to_contain_text("needs JavaScript")
    assert page.locator(".comment-form-slot form").count() == 0
    context.close()


def test_the_wall_draws_one_star_per_badge(site, stack, phone):
    site.write_post("wall-star", "Wall stars")
    created = stack.post_comment("wall-star", author="Agnès", text="An idea worth a star.")
    stack.admin("POST", f"/api/admin/comments/{created['comment']['id']}/approve", {})
    stack.admin("POST", f"/api/admin/comments/{created['comment']['id']}/gold-stars", {"count": 1})
    output = site.rebuild()
    page = phone.new_page()
    page.goto(f"file://{output / 'gold-stars' / 'index.html'}")
    badges = page.locator(".wall-list .badges .badge")
    expect(badges.first).to_be_visible()
    assert page.locator(".wall-list .badges .badge .gs-icon").count() == 0  # the CSS draws the one


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [360, 1280])
def test_screenshots_of_every_page_kind(site, stack, browser, scheme, width):
    site.write_post("screenshots", "A post with comments")
    created = stack.post_comment("screenshots", author="Agnès", text="What a *kind* post.")
    stack.admin("POST", f"/api/admin/comments/{created['comment']['id']}/approve", {})
    stack.admin("POST", f"/api/admin/comments/{created['comment']['id']}/gold-stars", {"count": 2})
    output = site.rebuild()
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(color_scheme=scheme, viewport={"width": width, "height": 900})
    page = context.new_page()
    shots = {
        "home": stack.site + "/",
        "article": site.url("screenshots"),
        "wall": f"{stack.site}/gold-stars/",
    }
    for name, url in shots.items():
        page.goto(url)
        if name == "article":
            open_comments(page)
        page.screenshot(path=SHOTS / f"{name}-{width}-{scheme}.png", full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways
    waiting = "How long did the jar take to fill? An idea: a jar for the office."
    stack.post_comment("screenshots", author="Tomás Ó Briain", text=waiting)
    page.goto(f"{stack.api}/admin")
    expect(page.locator("#sign-in")).to_be_visible()
    page.screenshot(path=SHOTS / f"sign-in-{width}-{scheme}.png")
    sign_in(page, stack.api)
    page.screenshot(path=SHOTS / f"inbox-{width}-{scheme}.png", full_page=True)
    assert (output / "gold-stars" / "index.html").is_file()
    context.close()


def test_a_new_comment_claims_no_gold_stars_and_the_mail_box_sits_by_its_words(site, stack, phone):
    page = open_new_post(site, phone, "fresh", "A fresh comment")
    # The box for reply mail is a box beside its words, not a lone square above them.
    box = page.locator("#comment-notify").bounding_box()
    words = page.locator("label[for=comment-notify]").bounding_box()
    assert box["width"] < 60, box
    assert box["x"] + box["width"] <= words["x"] and box["y"] < words["y"] + words["height"]
    page.locator("#comment-author").fill("Agnès")
    page.locator("#comment-text").fill("I read this twice over coffee. Thank you.")
    page.locator(".comment-submit").click()
    mine = page.get_by_role("article", name="Comment by Agnès")
    expect(mine).to_contain_text("Awaiting approval")
    # No gold star yet: nothing says "0 great big gold stars from the author".
    expect(mine.locator(".gold-star-award")).to_be_hidden()
    assert "gold star" not in mine.inner_text()
