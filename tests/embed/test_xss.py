"""A comment full of XSS payloads, posted through the real form, never runs script: not while it
waits (the embed shows the server's HTML), not in the author's inbox, not once approved, not once
baked into the static page."""

import pytest
from playwright.sync_api import expect

from tests.conftest import CORPORA
from tests.embed.conftest import Watch, open_comments, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.slow]

INTRUDERS = CORPORA / "bad-input-xss-payloadsallthethings" / "XSS Injection" / "Intruders"
# Break out of an attribute, a javascript: link in HTML and in Markdown, an event handler in a tag.
NAME = '"><svg/onload=alert(1)>'
MARKDOWN_LINKS = "[click me](javascript:alert(1)) and [me too](JaVaScRiPt:alert(2))"

# Everything inside the comments section (or the inbox's cards) that could run script.
FIND_DANGER = """(scope) => {
  const found = [];
  for (const el of document.querySelectorAll(scope + ", " + scope + " *")) {
    if (/^(SCRIPT|IFRAME|OBJECT|EMBED|SVG|IMG|MATH|STYLE|BASE|FORM|META)$/i.test(el.tagName)
        && !el.closest(".comment-form, form.reply")) found.push(el.tagName);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${el.tagName}[${attr.name}]`);
      const url = /^\\s*(javascript|data|vbscript):/i.test(attr.value);
      if (url) found.push(`${el.tagName}[${attr.name}]`);
    }
  }
  return found;
}"""
# Fire what a reader's finger or mouse would, on every element of the comment.
POKE = """(scope) => {
  for (const el of document.querySelectorAll(scope + " *")) {
    for (const type of ["mouseover", "mouseenter", "focus", "pointerover", "animationstart"]) {
      el.dispatchEvent(new Event(type, { bubbles: true }));
    }
  }
}"""


def payloads() -> str:
    """Return a comment made of real payloads from PayloadsAllTheThings, one a paragraph."""
    quick = (INTRUDERS / "xss_payloads_quick.txt").read_text(encoding="utf-8").splitlines()
    polyglots = (INTRUDERS / "XSS_Polyglots.txt").read_text(encoding="utf-8").splitlines()
    lines = [line for line in quick + polyglots[:6] if line.strip()]
    return "\n\n".join([*lines, MARKDOWN_LINKS])


def assert_inert(page, scope: str, watch: Watch) -> None:
    """Poke everything in *scope*, give timers a moment, and check nothing dangerous is there."""
    page.evaluate(POKE, scope)
    page.wait_for_timeout(300)
    assert page.evaluate(FIND_DANGER, scope) == []
    assert watch.dialogs == []
    assert watch.errors == []


def test_a_comment_of_payloads_never_runs(site, stack, phone, browser):
    site.write_post("payloads", "Payloads")
    site.rebuild()
    text = payloads()
    assert "javascript:alert(1)" in text and "onerror=" in text
    watch = Watch()
    page = phone.new_page()
    watch.attach(page)
    page.goto(site.url("payloads"))
    open_comments(page)
    page.get_by_role("textbox", name="Name").fill(NAME)
    page.get_by_role("textbox", name="Comment").fill(text)
    page.get_by_role("button", name="Post comment").click()
    pending = page.locator("li.comment-pending")
    expect(pending).to_be_visible()
    comment_id = pending.get_attribute("data-comment-id")
    expect(pending.locator(".comment-author")).to_have_text(NAME)
    expect(pending.locator(".comment-body")).to_contain_text("INJECTX")
    assert_inert(page, "#comments", watch)

    author = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    inbox = author.new_page()
    watch.attach(inbox)
    sign_in(inbox, stack.api)
    card = inbox.locator(f"#card-{comment_id}")
    expect(card.locator("h2")).to_have_text(NAME)
    expect(card.locator(".text")).to_contain_text("<svg/onload=alert(1)>")
    assert_inert(inbox, f"#card-{comment_id}", watch)
    card.get_by_role("button", name="Approve").click()
    expect(card.locator(".state")).to_have_text("✓ Approved")
    assert_inert(inbox, "#queue", watch)
    author.close()

    page.reload()
    open_comments(page)
    approved = page.locator(f"#comment-{comment_id}")
    expect(approved.locator(".comment-body")).to_contain_text("INJECTX")
    assert_inert(page, "#comments", watch)

    site.rebuild()
    page.reload()
    open_comments(page)
    expect(page.locator(f"#comment-{comment_id} .comment-author")).to_have_text(NAME)
    assert_inert(page, "#comments", watch)
