"""Reading the room in a real browser: the nudge before a harsh comment, a support post's quiet
page, and the inbox that shows why a draft is quiet or absent."""

import pytest
from playwright.sync_api import expect

from tests.support.api import reader_token
from tests.support.browser import Watch, open_comments, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.slow]
HARSH = "You're an idiot. This is the most smug, self-congratulatory drivel I've read all year."


def waiting(stack, thread: str) -> list[dict]:
    """Return the comments of *thread* waiting in the inbox."""
    comments = stack.admin("GET", "/api/admin/comments").json()["comments"]
    return [c for c in comments if c["thread"] == thread]


def test_a_harsh_comment_gets_a_gentle_nudge_and_can_still_be_posted(site, stack, phone):
    site.write_post("nudge", "A post with opinions")
    site.rebuild()
    watch = Watch()
    page = phone.new_page()
    watch.attach(page)
    page.goto(site.url("nudge"))
    open_comments(page)
    page.locator("#comment-author").fill("Grumpy")
    page.locator("#comment-text").fill(HARSH)
    submit = page.locator(".comment-submit")
    submit.click()
    status = page.locator(".comments-status")
    expect(status).to_contain_text("This reads as harsh toward a person. Want to rephrase?")
    expect(submit).to_have_text("Post anyway")
    assert waiting(stack, "nudge") == []  # the note came first: nothing was posted
    # "Post anyway" posts it as it is, for the author to read first.
    submit.click()
    expect(status).to_contain_text("the author will read it before it is published")
    mine = waiting(stack, "nudge")
    assert len(mine) == 1 and mine[0]["markdown"] == HARSH and mine[0]["status"] == "pending"
    assert mine[0]["draft"]["tone"] == "hostile"
    expect(submit).to_have_text("Post comment")
    assert watch.errors == [] and watch.dialogs == []


def test_a_kind_comment_is_not_nudged(site, stack, phone):
    site.write_post("no-nudge", "A kind post")
    site.rebuild()
    page = phone.new_page()
    page.goto(site.url("no-nudge"))
    open_comments(page)
    page.locator("#comment-author").fill("Agnès")
    page.locator("#comment-text").fill("Merci beaucoup, c'était très beau.")
    page.locator(".comment-submit").click()
    expect(page.locator(".comments-status")).to_contain_text("Thank you! Your comment")


def test_a_support_post_is_quiet(site, stack, phone):
    site.write_post("hard-week", "A hard week", support=True)
    for number in range(12):
        assert stack.client.put(
            "/api/threads/hard-week/stars",
            json={"reader": reader_token(f"support-reader-{number:04d}"), "comment": None},
            headers={"Origin": stack.site},
        ).is_success
    site.rebuild()
    page = phone.new_page()
    page.goto(site.url("hard-week"))
    expect(page.locator(".gold-stars--quiet")).to_have_text("12 readers said “I see you”")
    assert page.locator(".badge--milestone").count() == 0
    assert "thank you!" not in page.locator("main").inner_text().lower()
    open_comments(page)
    expect(page.locator('[data-stars="post"] button')).to_contain_text("I see you")


def test_the_inbox_shows_the_tone_and_offers_spam_first_with_no_draft(site, stack, phone):
    spam = stack.post_comment(
        "inbox-tone", author="Best SEO", text="Nice post! Cheap backlinks at https://seo.example"
    )["comment"]
    grief = stack.post_comment(
        "inbox-tone", author="Jo", text="I lost my mum in March. Thank you for writing this."
    )["comment"]
    page = phone.new_page()
    sign_in(page, stack.api)
    card = page.locator(f"#card-{spam['id']}")
    expect(card.locator(".tone")).to_contain_text("Tone: spam")
    assert card.locator(".draft").count() == 0
    assert card.locator(".actions button").first.inner_text() == "Spam"
    assert card.get_by_role("button", name="Thank and star").count() == 0
    assert card.get_by_role("button", name="Send thanks").count() == 0
    quiet = page.locator(f"#card-{grief['id']}")
    expect(quiet.locator(".tone")).to_contain_text("Tone: grief")
    expect(quiet.locator(".draft")).not_to_contain_text("gold star")
    expect(quiet.locator(".personal")).to_contain_text("Make this line your own")
    expect(quiet.get_by_role("button", name="Send thanks")).to_be_visible()
    assert quiet.get_by_role("button", name="Thank and star").count() == 0
