"""axe-core finds nothing on an article page with the embed running, nor in the signed-in inbox."""

import pytest
from playwright.sync_api import expect

from tests.support.browser import axe_violations, open_comments, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_article_page_with_the_embed_has_no_axe_violations(site, stack, phone):
    site.write_post("axe-article", "Checked by axe", support=True)
    first = stack.post_comment("axe-article", author="Agnès", text="A *warm* thank you.")["comment"]
    stack.admin("POST", f"/api/admin/comments/{first['id']}/approve", {})
    site.rebuild()
    stack.admin("POST", f"/api/admin/comments/{first['id']}/reply", {"text": "Thank you back!"})
    page = phone.new_page()
    page.goto(site.url("axe-article"))
    open_comments(page)
    page.get_by_role("textbox", name="Name").fill("Sam")
    page.get_by_role("textbox", name="Comment").fill("Posted to check the pending view too.")
    page.get_by_role("button", name="Post comment").click()
    expect(page.locator("li.comment-pending")).to_be_visible()
    page.locator(f"#comment-{first['id']} > article").get_by_role("button", name="Reply").click()
    expect(page.locator(".comment-replying")).to_be_visible()
    assert axe_violations(page) == []


def test_signed_in_inbox_has_no_axe_violations(stack, phone):
    comment = stack.post_comment("axe-inbox", text="Waiting for you.", title="Axe inbox")["comment"]
    page = phone.new_page()
    page.goto(f"{stack.api}/admin")
    expect(page.locator("#sign-in")).to_be_visible()
    assert axe_violations(page) == []
    sign_in(page, stack.api)
    card = page.locator(f"#card-{comment['id']}")
    card.get_by_role("button", name="Edit draft", exact=True).click()
    expect(card.get_by_role("textbox", name="Your reply (the draft, to edit)")).to_be_visible()
    assert axe_violations(page) == []


def test_the_inbox_in_dark_mode_has_no_axe_violations(stack, browser):
    spam = stack.post_comment(
        "axe-dark", author="Deals", text="Cheap pills at https://pills.example"
    )
    grief = stack.post_comment("axe-dark", author="Jo", text="I lost my dad this spring.")
    context = browser.new_context(color_scheme="dark", viewport={"width": 360, "height": 740})
    page = context.new_page()
    sign_in(page, stack.api)
    for created in (spam, grief):
        expect(page.locator(f"#card-{created['comment']['id']} .tone")).to_be_visible()
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(22, 22, 26)"  # the dark palette is on
    assert axe_violations(page) == []
    card = page.locator(f"#card-{grief['comment']['id']}")
    card.get_by_role("button", name="Block").click()
    expect(card.locator(".confirm")).to_be_visible()
    assert axe_violations(page) == []
    context.close()
