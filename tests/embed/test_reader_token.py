"""The embed's reader token comes from the server (issue 14, item 10): a browser asks once, keeps it
in localStorage, stars and comments with it; one it made up before, or one the server no longer
signs, is replaced."""

import json

import pytest
from playwright.sync_api import expect

from comment_server.keys import Keys
from comment_server.tokens import Tokens
from tests.support.api import SECRET
from tests.support.browser import open_comments, watched_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]
MADE_UP = "0123456789abcdef0123456789abcdef"  # what the embed used to make itself


def stored_reader(page) -> str:
    """Return the reader token the page keeps in localStorage."""
    return json.loads(page.evaluate("localStorage.getItem('goldstar:reader')") or '""')


def keep_reader(page, token: str) -> None:
    """Put *token* in the page's localStorage as the embed keeps it."""
    page.evaluate("t => localStorage.setItem('goldstar:reader', JSON.stringify(t))", token)


def test_the_embed_stars_and_comments_with_a_token_the_server_issued(site, stack, phone):
    site.write_post("issued-reader", "Issued reader")
    site.rebuild()
    page, watch = watched_page(phone)
    issued: list[str] = []
    page.on("request", lambda r: r.url.endswith("/api/readers") and issued.append(r.method))
    page.goto(site.url("issued-reader"))
    keep_reader(page, MADE_UP)
    page.reload()
    open_comments(page)
    reader = stored_reader(page)
    assert issued == ["POST"] and reader != MADE_UP and Tokens(SECRET).reader_valid(reader)

    star = page.locator('[data-stars="post"] button')
    star.click()
    expect(star).to_have_attribute("aria-pressed", "true")
    expect(star.locator(".stars-count")).to_have_text("1")
    mine = stack.client.get("/api/threads/issued-reader/stars", params={"reader": reader})
    assert mine.json()["post"] == {"count": 1, "starred": True}

    page.get_by_role("textbox", name="Name").fill("Sam")
    page.get_by_role("textbox", name="Comment").fill("Signed and sent.")
    page.get_by_role("button", name="Post comment").click()
    expect(page.locator("li.comment-pending")).to_contain_text("Signed and sent.")
    posted = int(page.locator("li.comment-pending").get_attribute("data-comment-id"))
    pending = stack.admin("GET", "/api/admin/comments?status=pending").json()["comments"]
    commenter = next(c["commenter"] for c in pending if c["id"] == posted)
    assert commenter == Keys(SECRET).commenter_from_reader(reader)

    page.reload()
    open_comments(page)
    expect(star).to_have_attribute("aria-pressed", "true")
    assert issued == ["POST"] and stored_reader(page) == reader  # kept, not asked again
    assert watch.errors == [] and watch.dialogs == []


def test_a_token_the_server_refuses_is_replaced_on_the_next_visit(site, stack, phone):
    site.write_post("refused-reader", "Refused reader")
    site.rebuild()
    page = phone.new_page()
    page.goto(site.url("refused-reader"))
    forged = Tokens("another-server-secret-0123456789abcdef").reader_token("x" * 22)
    keep_reader(page, forged)
    page.reload()
    open_comments(page)
    star = page.locator('[data-stars="post"] button')
    star.click()
    # Worded by the refusal's code: the page's token, not anything the reader did.
    stale = "This page is out of date for the comment server; reload it and try again."
    expect(page.locator(".comments-status")).to_have_text(stale)
    expect(star).to_have_attribute("aria-pressed", "false")
    assert stack.thread("refused-reader")["stars"] == 0
    page.reload()
    open_comments(page)
    assert Tokens(SECRET).reader_valid(stored_reader(page))
    star.click()
    expect(star).to_have_attribute("aria-pressed", "true")
    assert stack.thread("refused-reader")["stars"] == 1
