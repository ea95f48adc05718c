"""A reader deletes their own comment from the embed while its edit window lasts (Edit, Delete):
the browser asks first (a native confirm, in the page's words), the comment leaves the page and
the server; a refusal (the window closed, too many tries, no server) keeps it and says why."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.support import ROOT
from tests.support.browser import (
    DARK_BG,
    VIEWPORT,
    Watch,
    axe_violations,
    open_comments,
    open_new_post,
)
from tests.support.stack import Blog, blog_with_its_own_stack

pytestmark = [pytest.mark.browser, pytest.mark.slow]
ASKED = "Delete your comment? This cannot be undone."
SHOTS = ROOT / "test-results" / "screenshots"  # for a person to look at


def post_from_the_page(page, text: str) -> int:
    """Post *text* as Sam through the embed's form; return the new comment's id."""
    page.get_by_role("textbox", name="Name").fill("Sam")
    page.get_by_role("textbox", name="Comment").fill(text)
    page.get_by_role("button", name="Post comment").click()
    mine = page.locator("li.comment", has_text=text)
    expect(mine).to_be_visible()
    return int(mine.get_attribute("data-comment-id"))


def answer_the_confirm(page, accept: bool) -> list[str]:
    """Answer the next confirm of *page*; return the list its message goes to."""
    asked: list[str] = []

    def answer(dialog) -> None:
        asked.append(dialog.message)
        dialog.accept() if accept else dialog.dismiss()

    page.once("dialog", answer)
    return asked


def public_ids(stack, thread: str) -> list[int]:
    return [c["id"] for c in stack.thread(thread)["comments"]]


def test_a_reader_deletes_their_own_comment_and_only_theirs(site, stack, browser):
    site.write_post("delete-own", "Delete your own")
    other = stack.post_comment("delete-own", author="Agnès", text="Someone else's words.")
    other_id = other["comment"]["id"]
    stack.admin("POST", f"/api/admin/comments/{other_id}/approve", {})
    site.rebuild()
    context = browser.new_context(viewport=VIEWPORT, color_scheme="dark", is_mobile=True)
    context.set_default_timeout(10_000)
    page = context.new_page()
    watch = Watch()
    page.on("pageerror", lambda error: watch.errors.append(str(error)))
    page.goto(site.url("delete-own"))
    open_comments(page)
    own_id = post_from_the_page(page, "Posted in haste, to be taken back.")
    stack.admin("POST", f"/api/admin/comments/{own_id}/approve", {})
    assert own_id in public_ids(stack, "delete-own")

    # Baked into the page by a build within the window, and after a reload: Edit and Delete
    # are there on one's own comment, on nobody else's.
    site.rebuild()
    page.reload()
    open_comments(page)
    own = page.locator(f"#comment-{own_id}")
    delete = own.get_by_role("button", name="Delete", exact=True)
    expect(delete).to_be_visible()
    expect(own.get_by_role("button", name="Edit", exact=True)).to_be_visible()
    others = page.locator(f"#comment-{other_id}")
    expect(others.get_by_role("button", name="Reply to Agnès")).to_be_visible()
    expect(others.locator(".delete-button, .edit-button")).to_have_count(0)

    # On a 360 px phone in dark mode: nothing wider than the screen, every contrast and name right.
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == DARK_BG
    assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORT["width"]
    assert axe_violations(page) == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    own.screenshot(path=str(SHOTS / "own-comment-360-dark.png"))

    # Asked first; "Cancel" keeps it and sends nothing.
    deletes: list[str] = []
    page.on("request", lambda r: r.method == "DELETE" and deletes.append(r.url))
    asked = answer_the_confirm(page, accept=False)
    delete.click()
    expect(own).to_be_visible()
    assert asked == [ASKED] and deletes == []

    # From the keyboard, confirmed: gone from the page and from the server, and said.
    asked = answer_the_confirm(page, accept=True)
    delete.focus()
    page.keyboard.press("Enter")
    status = page.locator(".comments-status")
    expect(status).to_have_text("Your comment is deleted.")
    expect(status).to_be_focused()
    expect(page.locator(f"#comment-{own_id}")).to_have_count(0)
    expect(others).to_be_visible()
    assert asked == [ASKED] and len(deletes) == 1
    assert own_id not in public_ids(stack, "delete-own")
    assert other_id in public_ids(stack, "delete-own")
    kept = json.loads(page.evaluate("localStorage.getItem('goldstar:mine:delete-own')"))
    assert str(own_id) not in kept
    assert watch.errors == []
    context.close()


def test_without_javascript_the_comments_show_and_nothing_offers_to_delete(site, stack, browser):
    site.write_post("delete-no-script", "Without JavaScript")
    created = stack.post_comment("delete-no-script", author="Agnès", text="Still readable.")
    stack.admin("POST", f"/api/admin/comments/{created['comment']['id']}/approve", {})
    site.rebuild()
    context = browser.new_context(java_script_enabled=False, viewport=VIEWPORT)
    page = context.new_page()
    page.goto(site.url("delete-no-script"))
    expect(page.locator(f"#comment-{created['comment']['id']}")).to_contain_text("Still readable.")
    expect(page.locator(".comment-form-slot")).to_contain_text("needs JavaScript")
    expect(page.get_by_role("button")).to_have_count(0)
    context.close()


@pytest.fixture
def strict_site(site_builder, tmp_path: Path) -> Iterator[Blog]:
    """A blog whose comment server keeps its rate limits: one comment and one edit or deletion
    a minute from an address."""
    with blog_with_its_own_stack(
        site_builder, tmp_path, rate_limits="on", rate_comments="1/60"
    ) as blog:
        yield blog


def test_a_refused_delete_keeps_the_comment_and_says_why(strict_site, phone):
    site, stack = strict_site, strict_site.stack
    page = open_new_post(site, phone, "delete-refused", "Refused")
    own_id = post_from_the_page(page, "A thought I will try to take back.")
    # The reader's one edit of the minute, made with the token the page keeps.
    kept = json.loads(page.evaluate("localStorage.getItem('goldstar:mine:delete-refused')"))
    edit = {"edit_token": kept[str(own_id)]["token"], "text": "A thought, edited."}
    assert stack.client.patch(f"/api/comments/{own_id}", json=edit).status_code == 200

    own = page.locator(f"#comment-{own_id}")
    status = page.locator(".comments-status")
    answer_the_confirm(page, accept=True)
    own.get_by_role("button", name="Delete", exact=True).click()
    # Worded by the refusal's code (too_many) and its Retry-After, in the page's words.
    expect(status).to_have_text("Too many at once from you: wait 1 min and try again.")
    expect(status).to_be_focused()
    expect(own).to_be_visible()
    expect(own.get_by_role("button", name="Delete", exact=True)).to_be_visible()

    # The server out of reach: said, and the comment stays.
    page.route(f"{stack.api}/api/comments/**", lambda route: route.abort())
    answer_the_confirm(page, accept=True)
    own.get_by_role("button", name="Delete", exact=True).click()
    expect(status).to_have_text("Could not reach the comment server. Try again.")
    expect(own).to_be_visible()
    pending = stack.admin("GET", "/api/admin/comments?status=pending").json()["comments"]
    assert own_id in [c["id"] for c in pending]


@pytest.fixture
def short_window_site(site_builder, tmp_path: Path) -> Iterator[Blog]:
    """A blog whose comment server lets a comment be edited or deleted for 3 seconds."""
    with blog_with_its_own_stack(site_builder, tmp_path, edit_window=3) as blog:
        yield blog


def test_a_delete_after_the_window_closed_keeps_the_comment_and_says_so(short_window_site, phone):
    site, stack = short_window_site, short_window_site.stack
    page = open_new_post(site, phone, "delete-late", "Too late")
    own_id = post_from_the_page(page, "Posted, then left for a while.")
    # This browser's clock runs a minute behind the server's: it still offers Delete.
    page.evaluate(
        """() => {
          const key = "goldstar:mine:delete-late";
          const mine = JSON.parse(localStorage.getItem(key));
          for (const own of Object.values(mine)) own.until += 60_000;
          localStorage.setItem(key, JSON.stringify(mine));
        }"""
    )
    # The server's window (3 s) closes: times are stored to the second, so it may last nearly a
    # second longer (a delete 3.7 s after a comment made at 12:00:00.2 is at 12:00:03 to it).
    page.wait_for_timeout(4500)
    page.reload()
    open_comments(page)
    own = page.locator(f"#comment-{own_id}")
    answer_the_confirm(page, accept=True)
    own.get_by_role("button", name="Delete", exact=True).click()
    status = page.locator(".comments-status")
    expect(status).to_contain_text("can be edited or deleted for a short while only")
    expect(own).to_be_visible()
    pending = stack.admin("GET", "/api/admin/comments?status=pending").json()["comments"]
    assert own_id in [c["id"] for c in pending]


# Each comment of the section in page order: its id, the comment it hangs under (None at the top)
# and its "in reply to" line, if any.
SHAPE = """() => [...document.querySelectorAll("#comments li.comment")].map((li) => [
  li.id,
  li.parentElement.closest("li.comment")?.id ?? null,
  li.querySelector(":scope > article .comment-in-reply-to")?.textContent.trim() ?? null,
])"""


def approve(stack, comment_id: int) -> None:
    stack.admin("POST", f"/api/admin/comments/{comment_id}/approve", {})


def reply_from_the_page(page, to: str, text: str) -> int:
    """Reply to the comment of *to* as Sam through the embed's form; return the reply's id."""
    page.get_by_role("button", name=f"Reply to {to}").click()
    page.get_by_role("textbox", name="Name").fill("Sam")
    page.get_by_role("textbox", name="Comment").fill(text)
    page.get_by_role("button", name="Post comment").click()
    mine = page.locator("li.comment-pending", has_text=text)
    expect(mine).to_be_visible()
    return int(mine.get_attribute("data-comment-id"))


def delete_own(page, comment_id: int) -> None:
    """Delete the reader's comment *comment_id* from the page, confirmed."""
    answer_the_confirm(page, accept=True)
    own = page.locator(f"#comment-{comment_id}")
    own.get_by_role("button", name="Delete", exact=True).click()
    expect(page.locator(".comments-status")).to_have_text("Your comment is deleted.")


def test_a_deleted_comments_replies_stay_where_the_next_visit_shows_them(site, stack, phone):
    # The replies under a deleted comment left the page with it until the next visit, though the
    # server keeps them (under its parent, and no reply is "in reply to" it any longer).
    site.write_post("delete-replies", "Replies stay")
    chain = []  # a top-level comment and two levels of replies, approved
    for n in range(3):
        parent = {"parent": chain[-1]} if chain else {}
        made = stack.post_comment("delete-replies", author=f"Link {n}", text=f"Link {n}.", **parent)
        approve(stack, made["comment"]["id"])
        chain.append(made["comment"]["id"])
    site.rebuild()
    page = phone.new_page()
    errors: list[str] = []  # Watch would dismiss the confirm boxes
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(site.url("delete-replies"))
    open_comments(page)
    # Sam's comment at the top, and one at the deepest level that nests (under Link 2).
    top = post_from_the_page(page, "Sam at the top.")
    deep = reply_from_the_page(page, "Link 2", "Sam at the deepest level.")
    for own in (top, deep):
        approve(stack, own)
    # Others answer: Agnès under Sam's top comment, Lee under Agnès; Noor to the deep one, too
    # deep to nest, so listed beside it, "in reply to Sam".
    agnes = stack.post_comment("delete-replies", author="Agnès", text="Agnès.", parent=top)
    approve(stack, agnes["comment"]["id"])
    lee = stack.post_comment(
        "delete-replies", author="Lee", text="Lee.", parent=agnes["comment"]["id"]
    )
    noor = stack.post_comment("delete-replies", author="Noor", text="Noor.", parent=deep)
    for made in (lee, noor):
        approve(stack, made["comment"]["id"])
    site.rebuild()  # all baked in, Sam's two comments still within their edit window
    page.reload()
    open_comments(page)
    agnes_li = page.locator(f"#comment-{agnes['comment']['id']}")
    noor_li = page.locator(f"#comment-{noor['comment']['id']}")
    expect(agnes_li).to_be_visible()
    expect(noor_li.locator(".comment-in-reply-to")).to_have_text("in reply to Sam")

    delete_own(page, top)
    delete_own(page, deep)
    # Agnès's comment takes the place of Sam's, Lee's still under it; Noor's answers nobody shown.
    expect(page.locator(f"#comment-{top}, #comment-{deep}")).to_have_count(0)
    expect(page.locator(f"ol.comment-list > #comment-{agnes['comment']['id']}")).to_be_visible()
    expect(agnes_li.locator(f"#comment-{lee['comment']['id']}")).to_be_visible()
    expect(noor_li).to_be_visible()
    expect(noor_li.locator(".comment-in-reply-to")).to_have_count(0)
    shown = page.evaluate(SHAPE)
    assert len(shown) == 6  # the chain of three, Agnès, Lee and Noor

    # The next visit shows them so too, baked by a build from the server's export.
    site.rebuild()
    page.reload()
    open_comments(page)
    assert page.evaluate(SHAPE) == shown
    assert errors == []


def test_deleting_the_comment_being_replied_to_turns_the_form_back_to_a_new_comment(
    site, stack, phone
):
    # The form stayed "Replying to" the deleted comment: sent, the reply was refused.
    site.write_post("delete-replying", "Replying to a deleted comment")
    site.rebuild()
    page = phone.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(site.url("delete-replying"))
    open_comments(page)
    own = post_from_the_page(page, "A first thought.")
    approve(stack, own)
    page.reload()  # approved since the build: the embed shows it with Reply
    open_comments(page)
    page.get_by_role("button", name="Reply to Sam").click()
    replying = page.locator(".comment-replying")
    expect(replying).to_have_text("Replying to Sam")
    text = page.get_by_role("textbox", name="Comment")
    text.fill("A second thought.")

    delete_own(page, own)
    expect(replying).to_be_hidden()
    expect(page.get_by_role("button", name="Cancel")).to_be_hidden()
    expect(text).to_have_value("A second thought.")  # the words typed stay
    page.get_by_role("button", name="Post comment").click()
    # Sam is trusted now (a comment of theirs was approved): it is published at once, at the top.
    expect(page.locator("ol.comment-list > li.comment")).to_contain_text("A second thought.")
    [posted] = stack.thread("delete-replying")["comments"]
    assert posted["id"] != own and posted["parent"] is None
    assert errors == []


def test_a_pending_reply_to_a_deleted_comment_shows_under_its_new_parent_on_the_next_visit(
    site, stack, phone
):
    # The page moved it up, but the browser kept its parent as the deleted comment: on the next
    # visit that reply, still awaiting approval, showed at the top of the section.
    site.write_post("delete-pending-reply", "A pending reply moves up")
    agnes = stack.post_comment("delete-pending-reply", author="Agnès", text="Agnès.")["comment"]
    approve(stack, agnes["id"])
    site.rebuild()
    page = phone.new_page()
    errors: list[str] = []  # Watch would dismiss the confirm boxes
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(site.url("delete-pending-reply"))
    open_comments(page)
    answer = reply_from_the_page(page, "Agnès", "Sam answers Agnès.")
    approve(stack, answer)
    page.reload()  # approved since the build: the embed shows it with Reply
    open_comments(page)
    # Sam is trusted now; words that read like an advertisement still wait for the author.
    held = reply_from_the_page(page, "Sam", "Great post! Buy cheap followers at example-deals.com.")

    answer_the_confirm(page, accept=True)
    own = page.locator(f"#comment-{answer} > article")  # its reply has a Delete of its own
    own.get_by_role("button", name="Delete", exact=True).click()
    expect(page.locator(".comments-status")).to_have_text("Your comment is deleted.")
    held_li = page.locator(f"#comment-{agnes['id']} > ol > #comment-{held}")
    expect(held_li).to_be_visible()
    expect(held_li.locator(".comment-in-reply-to")).to_have_count(0)
    shown = page.evaluate(SHAPE)
    assert shown == [[f"comment-{agnes['id']}", None, None], [f"comment-{held}", shown[0][0], None]]

    # The next visit shows it there too, as the server has it; approved, the build bakes it so.
    page.reload()
    open_comments(page)
    expect(page.locator(f"#comment-{held}.comment-pending")).to_be_visible()
    assert page.evaluate(SHAPE) == shown
    [kept] = json.loads(page.evaluate("localStorage.getItem('goldstar:mine:delete-pending-reply')"))
    assert kept == str(held)
    approve(stack, held)
    site.rebuild()
    page.reload()
    open_comments(page)
    assert page.evaluate(SHAPE) == shown
    assert errors == []
