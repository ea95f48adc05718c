"""A comment full of XSS payloads, posted through the real form, never runs script: not while it
waits (the embed shows the server's HTML), not in the author's inbox, not once approved, not once
baked into the static page."""

import json

import pytest
from playwright.sync_api import expect

from tests.support.browser import Watch, open_comments, sign_in, watched_page
from tests.support.corpora import xss_payloads

pytestmark = [pytest.mark.browser, pytest.mark.slow]

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
    lines = xss_payloads("xss_payloads_quick") + xss_payloads("XSS_Polyglots")[:6]
    return "\n\n".join([*lines, MARKDOWN_LINKS])


# Resolves after the next frame is drawn and the tasks queued before it have run: what a poked
# element or an injected handler would have started has started by then.
SETTLED = "() => new Promise((done) => requestAnimationFrame(() => setTimeout(done)))"


def assert_inert(page, scope: str, watch: Watch) -> None:
    """Poke everything in *scope*, let the page settle, and check nothing dangerous is there."""
    page.evaluate(POKE, scope)
    page.evaluate(SETTLED)
    assert page.evaluate(FIND_DANGER, scope) == []
    assert watch.dialogs == []
    assert watch.errors == []


def test_a_comment_of_payloads_never_runs(site, stack, phone, browser):
    site.write_post("payloads", "Payloads")
    site.rebuild()
    text = payloads()
    assert "javascript:alert(1)" in text and "onerror=" in text
    page, watch = watched_page(phone)
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


def test_the_embed_rebuilds_only_allowed_markup_even_from_a_server_that_failed_to_sanitize(
    site, stack, phone
):
    # The real server cannot send unsanitized html (that is the point), so this one answer is
    # rewritten on its way: it stands for a server with a sanitizer bug. Everything else is real.
    site.write_post("defence", "Defence in depth")
    site.rebuild()
    raw = (
        '<p onclick="alert(1)">Hi <img src=x onerror=alert(2)><script>alert(3)</script>'
        '<a href="javascript:alert(4)" onmouseover="alert(5)">link</a> '
        '<a href="https://example.org/ok" style="color:red">fine</a></p>'
        '<iframe src="javascript:alert(6)"></iframe><svg onload=alert(7)></svg>'
        "<strong>bold</strong><em>em</em>"
    )
    comment = {
        "id": 990001,
        "parent": None,
        "thread": "defence",
        "author": '"><img src=x onerror=alert(8)>',
        "website": "javascript:alert(9)",
        "created": "2026-01-03T10:00:00Z",
        "edited": None,
        "updated": "2026-01-03T10:00:00Z",
        "html": raw,
        "stars": 0,
        "gold_stars": 0,
        "by_author": False,
        "commenter": "0123456789abcdef",
    }
    answer = json.dumps({"thread": "defence", "stars": 0, "comments": [comment]})
    page, watch = watched_page(phone)
    page.route(
        f"{stack.api}/api/threads/defence/comments*",
        lambda route: route.fulfill(
            status=200,
            body=answer,
            headers={"Content-Type": "application/json", "Access-Control-Allow-Origin": "*"},
        ),
    )
    page.goto(site.url("defence"))
    open_comments(page)
    shown = page.locator("#comment-990001")
    expect(shown.locator(".comment-author")).to_have_text(comment["author"])
    expect(shown.locator(".comment-author a")).to_have_count(0)  # a javascript: website: no link
    body = shown.locator(".comment-body")
    assert body.evaluate("el => el.innerHTML") == (
        '<p>Hi alert(3)<a rel="nofollow ugc noopener">link</a> '
        '<a rel="nofollow ugc noopener" href="https://example.org/ok">fine</a></p>'
        "<strong>bold</strong><em>em</em>"
    )
    # Chromium checks the page's CSP as DOMParser meets each on* or style attribute and logs it as
    # blocked, though an inert document runs none of them (nor does it without a CSP: no dialog).
    # Those reports, made while parsing in comments.js, are expected here; anything else is not.
    parsed = [e for e in watch.errors if "Content Security Policy" in e and "comments.js" in e]
    assert any("inline event handler" in e for e in parsed)
    assert any("inline style" in e for e in parsed)
    watch.errors = [e for e in watch.errors if e not in parsed]
    assert_inert(page, "#comments", watch)
