"""A 2,000-deep chain of replies renders and the tab lives (issue 14, item 1).

The chain is imported as an export (the server nests new replies no deeper than the pages, but an
old database or another system's export can hold any chain), after the page was built: the embed
places all 2,000 comments itself, nesting them no deeper than the build does (data-depth), then
the build bakes the same chain into the page.
"""

import json
from collections.abc import Iterator

import pytest
from playwright.sync_api import expect

from comment_contract import MAX_REPLY_DEPTH
from tests.support.browser import open_comments, watched_page
from tests.support.stack import Blog, blog_with_its_own_stack

CHAIN = 2000
DEEPEST = """() => Math.max(...[...document.querySelectorAll("li.comment")].map((li) => {
  let depth = 0;
  for (let el = li; el; el = el.parentElement.closest("li.comment")) depth++;
  return depth;
}))"""


def chain_export(thread: str, offset: int) -> dict:
    """Return an export of *thread* in which each of CHAIN comments answers the one before it."""

    def comment(n: int) -> dict:
        return {
            "id": offset + n,
            "parent": offset + n - 1 if n > 1 else None,
            "author": f"Reader {n % 7}",
            "website": None,
            "created": "2026-01-02T10:00:00Z",
            "edited": None,
            "updated": "2026-01-02T10:00:00Z",
            "html": f"<p>Link {n} of the chain</p>",
            "markdown": f"Link {n} of the chain",
            "stars": 0,
            "gold_stars": 0,
            "by_author": False,
            "commenter": f"{n % 7:016x}",
        }

    comments = [comment(n) for n in range(1, CHAIN + 1)]
    return {
        "format": "goldstar-comments",
        "version": 1,
        "thread": thread,
        "stars": 0,
        "comments": comments,
    }


def open_long_comments(page) -> None:
    """Scroll to the comments and wait until the embed has placed them all (a deadline for a
    busy machine: on an idle one it takes about 2 s; 14 s and more before it was linear)."""
    page.locator("#comments").scroll_into_view_if_needed()
    expect(page.locator('#comments [data-stars="post"] button')).to_be_visible(timeout=60_000)


def assert_the_chain_renders_shallow(page) -> None:
    expect(page.locator("li.comment")).to_have_count(CHAIN, timeout=30_000)
    assert page.evaluate(DEEPEST) == MAX_REPLY_DEPTH + 1  # a top-level comment and 3 levels
    expect(page.locator(".comment-in-reply-to")).to_have_count(CHAIN - MAX_REPLY_DEPTH - 1)
    last = page.locator("li.comment").last
    expect(last).to_contain_text(f"Link {CHAIN} of the chain")
    last.get_by_role("button", name="Reply").click()  # the tab still answers
    expect(page.locator(".comment-replying")).to_contain_text("Replying to")


@pytest.fixture
def own_site(site_builder, tmp_path) -> Iterator[Blog]:
    """A blog with a comment server of its own: 2,000 approved comments would crowd the inbox of
    the package's shared server ("To thank" lists the newest 500)."""
    with blog_with_its_own_stack(site_builder, tmp_path) as blog:
        yield blog


def test_a_2000_deep_chain_renders_live_and_baked(own_site, phone, tmp_path):
    site, stack = own_site, own_site.stack
    site.write_post("deep-chain", "A deep chain")
    site.rebuild()  # built before the chain: the embed places every comment itself
    export = tmp_path / "deep-chain.json"
    export.write_text(json.dumps(chain_export("deep-chain", 900_000)), encoding="utf-8")
    stack.cli("import", str(export))
    page, watch = watched_page(phone)
    page.goto(site.url("deep-chain"))
    open_long_comments(page)
    assert_the_chain_renders_shallow(page)

    site.rebuild()  # now baked in: the embed only refreshes what the page has
    page.reload()
    open_long_comments(page)
    assert_the_chain_renders_shallow(page)
    assert watch.dialogs == [] and watch.errors == []


def approved_chain(stack, thread: str) -> list[dict]:
    """Return a top-level comment and MAX_REPLY_DEPTH replies, each answering the one before:
    the last one sits at the deepest level that nests."""
    chain: list[dict] = []
    for n in range(MAX_REPLY_DEPTH + 1):
        parent = {"parent": chain[-1]["id"]} if chain else {}
        made = stack.post_comment(thread, author=f"Link {n}", text=f"Link {n} speaks.", **parent)
        stack.admin("POST", f"/api/admin/comments/{made['comment']['id']}/approve", {})
        chain.append(made["comment"])
    return chain


def reply_line(li):
    """Return the "in reply to" line in the header of the comment *li* (not its replies')."""
    return li.locator(":scope > article .comment-in-reply-to")


def test_a_new_too_deep_reply_says_whom_it_answers_live_and_baked(site, stack, phone):
    site.write_post("deep-reply", "A deep reply")
    chain = approved_chain(stack, "deep-reply")
    deepest, holder = chain[-1], chain[-2]
    site.rebuild()
    # Newer than the build: another reader's reply to the deepest comment, approved.
    theirs = stack.post_comment(
        "deep-reply", author="Noor", text="Noor answers.", parent=deepest["id"]
    )["comment"]
    stack.admin("POST", f"/api/admin/comments/{theirs['id']}/approve", {})
    assert (theirs["parent"], theirs["reply_to"]) == (holder["id"], deepest["id"])
    page, watch = watched_page(phone)
    page.goto(site.url("deep-reply"))
    open_comments(page)
    under_holder = page.locator(f"#comment-{holder['id']} > ol.comment-replies")
    noor = under_holder.locator(f":scope > #comment-{theirs['id']}")
    expect(reply_line(noor)).to_have_text(f"in reply to {deepest['author']}")
    expect(reply_line(noor).locator("a")).to_have_attribute("href", f"#comment-{deepest['id']}")

    # The reader replies to the deepest comment from the embed: the reply, awaiting approval,
    # sits in the same list and says whom it answers.
    page.locator(f"#comment-{deepest['id']} > article").get_by_role("button", name="Reply").click()
    page.get_by_role("textbox", name="Name").fill("Ana")
    page.get_by_role("textbox", name="Comment").fill("Ana answers too.")
    page.get_by_role("button", name="Post comment").click()
    mine = under_holder.locator(":scope > li.comment-pending")
    expect(mine).to_contain_text("Ana answers too.")
    expect(reply_line(mine)).to_have_text(f"in reply to {deepest['author']}")
    expect(reply_line(mine).locator("a")).to_have_attribute("href", f"#comment-{deepest['id']}")
    # The line is a text node and a link, as the build writes it: never markup from a name.
    assert reply_line(mine).evaluate("(el) => el.children.length") == 1

    site.rebuild()  # baked: the same line, once
    page.reload()
    open_comments(page)
    expect(reply_line(noor)).to_have_count(1)
    expect(reply_line(noor)).to_have_text(f"in reply to {deepest['author']}")
    expect(reply_line(page.locator(f"#comment-{deepest['id']}"))).to_have_count(0)
    assert watch.dialogs == [] and watch.errors == []
