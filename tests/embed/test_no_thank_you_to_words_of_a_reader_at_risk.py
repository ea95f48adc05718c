"""Words a reader at risk may write, though they read as praise ("I'm so done with life lol. Great
recipe though!"), are met plainly once posted: "Your comment is awaiting approval.", never "Thank
you!". Their warm twins ("done with the dishes", « la vie de bureau ») keep the thank-you. The
embed goes by `guarded` in the answer of `POST /api/tone`. Real comment server, real build,
Chromium on a phone; English and French."""

import pytest
from playwright.sync_api import expect

from tests.support.browser import open_comments

pytestmark = [pytest.mark.browser, pytest.mark.slow]

DONE = "I'm so done with life lol. Great recipe though!"
DISHES = "I'm so done with the dishes lol. Great recipe though!"
FR_DONE = "J'en ai fini avec la vie mdr. Super recette quand même !"
FR_OFFICE = "J'en ai fini avec la vie de bureau ! Super recette pour fêter ça."


def posted(phone, url: str, author: str, text: str) -> str:
    """Post *text* from the embed's form on *url*; return what the message line then says."""
    page = phone.new_page()
    page.goto(url)
    open_comments(page)
    page.locator("#comment-author").fill(author)
    page.locator("#comment-text").fill(text)
    page.locator(".comment-submit").click()
    status = page.locator(".comments-status")
    expect(page.locator("li.comment-pending", has_text=text)).to_be_visible()
    said = status.inner_text().strip()
    page.close()
    return said


def test_words_of_a_reader_at_risk_get_no_thank_you(site, stack, phone):
    site.write_post("lemon-tart", "Lemon tart")
    site.rebuild()
    url = site.url("lemon-tart")
    assert posted(phone, url, "Sam", DONE) == "Your comment is awaiting approval."
    assert posted(phone, url, "Ada", DISHES) == "Thank you! Your comment is awaiting approval."


def test_in_french_too(site, stack, phone):
    site.write_french_post("tarte")
    site.rebuild()
    url = f"{stack.site}/2026/tarte-fr/"
    assert posted(phone, url, "Léa", FR_DONE) == "Votre commentaire attend sa validation."
    assert (
        posted(phone, url, "Inès", FR_OFFICE)
        == "Merci\u202f! Votre commentaire attend sa validation."
    )
