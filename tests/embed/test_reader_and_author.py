"""The whole loop in a real browser: a reader stars and comments from a phone, the author approves
from the inbox, the reader sees the comment, and the export bakes it into the static page."""

import re

import pytest
from playwright.sync_api import expect

from tests.support.browser import (
    VIEWPORT,
    open_comments,
    open_new_post,
    sign_in,
    watched_page,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]
THOUGHT = "A long thought I do not want to type twice."


def test_the_embed_loads_only_when_the_comments_near_the_viewport(site, stack, phone):
    site.write_post("far-below", "Far below")
    site.rebuild()
    page = phone.new_page()
    asked: list[str] = []
    page.on("request", lambda req: req.url.startswith(stack.api) and asked.append(req.url))
    page.goto(site.url("far-below"))
    page.wait_for_load_state("networkidle")
    assert asked == []
    assert page.locator("form.comment-form").count() == 0
    open_comments(page)
    expect(page.locator("form.comment-form")).to_be_visible()
    assert any("/api/threads/far-below/stars?reader=" in url for url in asked)


def test_a_reader_stars_and_comments_and_the_author_approves(site, stack, phone, browser):
    site.write_post("first-light", "First light")
    seeded = stack.post_comment("first-light", author="Agnès", text="What a *kind* post.")
    seeded_id = seeded["comment"]["id"]
    assert stack.admin("POST", f"/api/admin/comments/{seeded_id}/approve", {}).status_code == 200
    site.rebuild()
    page, watch = watched_page(phone)
    page.goto(site.url("first-light"))
    open_comments(page)

    # The post's star: up, kept after a reload, taken back by a second tap.
    post_star = page.locator('[data-stars="post"] button')
    expect(post_star).to_have_attribute("aria-pressed", "false")
    expect(post_star.locator(".stars-count")).to_have_text("0")
    post_star.click()
    expect(post_star).to_have_attribute("aria-pressed", "true")
    expect(post_star.locator(".stars-count")).to_have_text("1")
    page.reload()
    open_comments(page)
    expect(post_star).to_have_attribute("aria-pressed", "true")
    expect(post_star.locator(".stars-count")).to_have_text("1")
    post_star.click()
    expect(post_star).to_have_attribute("aria-pressed", "false")
    expect(post_star.locator(".stars-count")).to_have_text("0")
    assert stack.thread("first-light")["stars"] == 0

    # A comment's star.
    comment_star = page.locator(f"#comment-{seeded_id} [data-stars] button")
    comment_star.click()
    expect(comment_star).to_have_attribute("aria-pressed", "true")
    expect(comment_star.locator(".stars-count")).to_have_text("1")

    # A new comment: awaiting approval, editable while the window lasts.
    page.get_by_role("textbox", name="Name").fill("Sam")
    page.get_by_role("textbox", name="Comment").fill("Thank you for this.")
    page.get_by_role("button", name="Post comment").click()
    expect(page.locator(".comments-status")).to_contain_text("awaiting approval")
    pending = page.locator("li.comment-pending")
    expect(pending).to_contain_text("Thank you for this.")
    expect(pending).to_contain_text("Awaiting approval")
    new_id = int(pending.get_attribute("data-comment-id"))
    pending.get_by_role("button", name="Edit").click()
    expect(page.get_by_role("textbox", name="Comment")).to_have_value("Thank you for this.")
    page.get_by_role("textbox", name="Comment").fill("Thank you for this, truly.")
    page.get_by_role("button", name="Save edit").click()
    expect(pending.locator(".comment-body")).to_have_text("Thank you for this, truly.")
    expect(page.get_by_role("textbox", name="Comment")).to_have_value("")
    page.reload()
    open_comments(page)
    expect(page.locator(f"#comment-{new_id}")).to_contain_text("Awaiting approval")

    # The author approves it from the inbox, on a phone of their own.
    author = browser.new_context(viewport=VIEWPORT, is_mobile=True)
    inbox = author.new_page()
    watch.attach(inbox)
    sign_in(inbox, stack.api)
    card = inbox.locator(f"#card-{new_id}")
    expect(card).to_contain_text("First light")
    expect(card).to_contain_text("Thank you for this, truly.")
    card.get_by_role("button", name="Approve").click()
    expect(card.locator(".state")).to_have_text("✓ Approved")
    author.close()

    # The reader sees it on reload, from the server; the export puts it in the static page.
    page.reload()
    open_comments(page)
    shown = page.locator(f"#comment-{new_id}")
    expect(shown).not_to_have_class(re.compile(r"\bcomment-pending\b"))
    expect(shown.locator(".comment-body")).to_have_text("Thank you for this, truly.")
    expect(page.locator(".comment-note")).to_have_count(0)
    output = site.rebuild(command=True)
    html = (output / "2026" / "first-light" / "index.html").read_text(encoding="utf-8")
    assert f'id="comment-{new_id}"' in html
    assert "Thank you for this, truly." in html
    assert watch.dialogs == []
    assert watch.errors == []


def test_a_failed_post_keeps_every_word(site, stack, phone):
    page = open_new_post(site, phone, "keep-words", "Keep words")
    page.get_by_role("textbox", name="Name").fill("Robin")
    page.get_by_role("textbox", name="Website").fill("javascript:alert(1)")
    page.get_by_role("textbox", name="Comment").fill(THOUGHT)
    page.get_by_role("button", name="Post comment").click()
    status = page.locator(".comments-status")
    expect(status).to_contain_text("Website: must be an http or https address")
    expect(page.get_by_role("textbox", name="Comment")).to_have_value(THOUGHT)

    # The server is unreachable: the words stay in the form and survive a reload.
    page.route(f"{stack.api}/**", lambda route: route.abort())
    page.get_by_role("textbox", name="Website").fill("")
    page.get_by_role("button", name="Post comment").click()
    expect(page.locator(".comments-status")).to_contain_text("Could not reach the comment server")
    page.unroute(f"{stack.api}/**")
    page.reload()
    open_comments(page)
    expect(page.get_by_role("textbox", name="Name")).to_have_value("Robin")
    expect(page.get_by_role("textbox", name="Comment")).to_have_value(THOUGHT)
    page.get_by_role("button", name="Post comment").click()
    expect(page.locator(".comments-status")).to_contain_text("awaiting approval")
    expect(page.get_by_role("textbox", name="Comment")).to_have_value("")
    pending = stack.admin("GET", "/api/admin/comments").json()["comments"]
    assert [c["markdown"] for c in pending if c["thread"] == "keep-words"] == [THOUGHT]


def test_a_support_post_says_i_see_you_and_new_replies_sit_under_their_parent(site, stack, phone):
    site.write_post("hard-day", "A hard day", support=True)
    first = stack.post_comment("hard-day", author="Lee", text="Sending you warmth.")["comment"]
    stack.admin("POST", f"/api/admin/comments/{first['id']}/approve", {})
    site.rebuild()
    # After the build: the author answers, another reader comments, the author approves it.
    stack.admin("POST", f"/api/admin/comments/{first['id']}/reply", {"text": "Thank you, Lee."})
    later = stack.post_comment("hard-day", author="Kim", text="Same here.")["comment"]
    stack.admin("POST", f"/api/admin/comments/{later['id']}/approve", {})
    page = phone.new_page()
    page.goto(site.url("hard-day"))
    open_comments(page)
    expect(page.locator('[data-stars="post"] button')).to_contain_text("I see you")
    reply = page.locator(f"#comment-{first['id']} > ol.comment-replies > li.comment")
    expect(reply).to_contain_text("Thank you, Lee.")
    expect(reply).to_contain_text("Author")
    top_level = page.locator(f"ol.comment-list > li#comment-{later['id']}")
    expect(top_level).to_contain_text("Same here.")
    # Replying to Lee from the embed puts the reply under Lee's comment.
    page.locator(f"#comment-{first['id']} > article").get_by_role("button", name="Reply").click()
    expect(page.locator(".comment-replying")).to_have_text("Replying to Lee")
    page.get_by_role("textbox", name="Name").fill("Ana")
    page.get_by_role("textbox", name="Comment").fill("Hugs from me too.")
    page.get_by_role("button", name="Post comment").click()
    mine = page.locator(f"#comment-{first['id']} > ol.comment-replies > li.comment-pending")
    expect(mine).to_contain_text("Hugs from me too.")
