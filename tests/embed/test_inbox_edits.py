"""The inbox shows what an edit changed (issue 14, item 2): an approved comment rewritten within
its edit window waits again, and its card shows the word diff and the new name, as text."""

import pytest
from playwright.sync_api import expect

from tests.support.browser import sign_in, watched_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]

BEFORE = "What a lovely walk along the river, thank you for the photographs."
AFTER = 'What a lovely walk <img src=x onerror="alert(1)"> thank you for the photographs.'


def test_an_edit_after_approval_shows_its_changes_in_the_inbox(stack, phone):
    created = stack.post_comment("inbox-edits", author="Noor", text=BEFORE)
    comment_id = created["comment"]["id"]
    stack.admin("POST", f"/api/admin/comments/{comment_id}/approve", {})
    body = {"edit_token": created["edit_token"], "text": AFTER, "author": "Noor's Shop"}
    edited = stack.client.patch(f"/api/comments/{comment_id}", json=body).json()
    assert edited["comment"]["status"] == "pending"

    page, watch = watched_page(phone)
    page.goto(f"{stack.api}/admin")
    sign_in(page, stack.api)
    changes = page.locator(f"#card-{comment_id} .changes")
    expect(changes).to_contain_text("Edited after you approved it")
    expect(changes.locator(".diff del")).to_have_text("along the river, ")
    expect(changes.locator(".diff ins")).to_have_text('<img src=x onerror="alert(1)"> ')
    expect(changes).to_contain_text("Name: Noor → Noor's Shop")
    expect(changes.locator("img")).to_have_count(0)  # reader text stays text
    assert watch.dialogs == [] and watch.errors == []
