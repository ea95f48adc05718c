"""The inbox offers no one-tap "Gold star" beside a reader who may be at risk ("May be at risk."):
the drafts never star them, and a tap there would hang a gold star beside "I want to kill myself".
Beside a reader's loss (said plainly on the page), a kind word and a question it stays. Real
comment server, Chromium on a phone."""

import pytest
from playwright.sync_api import expect

from tests.support.browser import sign_in, watched_page
from tests.support.room import CRISIS, KIND, MOTHER

pytestmark = [pytest.mark.browser, pytest.mark.slow]
FR_CRISIS = "Je veux mourir. Plus rien ne m'aide."


def test_no_gold_star_button_beside_a_reader_who_may_be_at_risk(stack, phone):
    thread = "at-risk-stars"
    ids = {
        name: stack.post_comment(thread, author=name, text=text, title="Small notes")["comment"][
            "id"
        ]
        for name, text in (
            ("Sam", CRISIS),
            ("Léa", FR_CRISIS),
            ("Ada", MOTHER),
            ("Kim", KIND),
            ("Bo", "How long do the roses need to bloom?"),
        )
    }
    page, watch = watched_page(phone)
    sign_in(page, stack.api)
    for name, comment_id in ids.items():
        card = page.locator(f"#card-{comment_id}")
        expect(card).to_be_visible()
        star = card.get_by_role("button", name="Gold star", exact=True)
        at_risk = name in ("Sam", "Léa")
        if at_risk:
            expect(card.locator(".tone strong")).to_have_text("May be at risk.")
        expect(star).to_have_count(0 if at_risk else 1)
        expect(card.get_by_role("button", name="Approve", exact=True)).to_have_count(1)
    assert watch.errors == []
