"""Issue 16's "done when", in a real browser on a phone: a reader ticks "Email me when the author
replies", confirms from the mail a real SMTP server received, the author taps "Thank and star" in
the inbox, the reader's mailbox gets the thank-you with a link to it, and one click unsubscribes."""

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import expect
from sqlalchemy import create_engine

from tests.support.api import ADMIN
from tests.support.browser import open_comments, sign_in
from tests.support.mailbox import Mailbox, link, mailbox, waiting_mail
from tests.support.network import free_port, wait_until
from tests.support.stack import Stack, empty_blog, running_stack

pytestmark = [pytest.mark.browser, pytest.mark.slow]
READER = "agnes@example.org"


@pytest.fixture(scope="module")
def mail_stack(tmp_path_factory) -> Iterator[tuple[Stack, Mailbox]]:
    """A comment server that sends reply mail to a real SMTP server, and the static host."""
    with mailbox() as box:
        work = tmp_path_factory.mktemp("mail-stack")
        port = free_port()
        with running_stack(
            work,
            port=port,
            smtp_host="127.0.0.1",
            smtp_port=box.port,
            smtp_security="none",
            smtp_from="Maya's blog <blog@blog.example>",
            smtp_batch_seconds=0,
            public_url=f"http://127.0.0.1:{port}",  # the links in the mails: this server
        ) as stack:
            yield stack, box


def test_a_reader_on_a_phone_gets_the_authors_thank_you_by_mail(
    mail_stack, site_builder, phone, tmp_path: Path
):
    stack, box = mail_stack
    blog = empty_blog(stack, site_builder, tmp_path)
    blog.write_post("jar", "The gratitude jar")
    blog.rebuild()
    facts = {
        "format": "goldstar-thank-you-facts",
        "version": 2,
        "threads": {"jar": {"title": "The gratitude jar", "url": blog.url("jar")}},
    }
    assert stack.admin("PUT", "/api/admin/site-facts", facts).status_code == 200

    # The reader: the box is off by default; ticked, the comment asks for reply mail.
    page = phone.new_page()
    page.goto(blog.url("jar"))
    open_comments(page)
    box_label = page.get_by_label("Email me when the author replies")
    expect(box_label).not_to_be_checked()
    page.locator("#comment-author").fill("Agnès")
    page.locator("#comment-email").fill(READER)
    box_label.check()
    page.locator("#comment-text").fill("An idea: a printable card about gratitude at work. Lovely.")
    page.locator(".comment-submit").click()
    expect(page.locator(".comments-status")).to_contain_text("awaiting approval")

    # One confirmation mail; the reader confirms from the phone.
    confirmation = box.wait_for(READER)[0]
    page.goto(stack.api + link(confirmation, "confirm"))
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", name="Confirmed")).to_be_visible()

    # The author, in the inbox: "Thank and star".
    inbox = phone.new_page()
    sign_in(inbox, stack.api)
    card = inbox.locator(".card", has_text="printable card")
    expect(card.locator(".who")).to_contain_text("subscribed to replies")
    assert READER not in inbox.content()
    card.get_by_role("button", name="Thank and star").click()
    expect(card.locator(".state")).to_have_text("✓ Thanked and starred")

    # Seconds later, the thank-you is in the reader's mailbox, and its link shows it.
    thanks = box.wait_for(READER, 2, seconds=15)[1]
    assert thanks.message["Subject"] == "Maya replied to your comment on “The gratitude jar”"
    reply_link = next(word for word in thanks.text().split() if "#comment-" in word)
    assert reply_link.startswith(blog.url("jar"))
    page.goto(reply_link)
    open_comments(page)
    anchor = reply_link.rsplit("#", 1)[1]
    expect(page.locator(f"#{anchor}")).to_contain_text("Maya")

    # One click, as a mail provider does it (RFC 8058), and no more mail.
    unsubscribe = thanks.message["List-Unsubscribe"].strip("<>")
    assert thanks.message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    answer = httpx.post(unsubscribe, data={"List-Unsubscribe": "One-Click"})
    assert answer.status_code == 200
    comment_id = int(anchor.removeprefix("comment-"))
    parent = stack.admin("GET", "/api/admin/comments?status=approved").json()["comments"]
    mine = next(c for c in parent if c["author"] == "Agnès")
    again = stack.client.post(
        f"/api/admin/comments/{mine['id']}/reply", json={"text": "One more thing!"}, headers=ADMIN
    )
    assert again.status_code == 201 and comment_id
    engine = create_engine(stack.server.env["COMMENT_SERVER_DATABASE_URL"])
    assert wait_until(lambda: waiting_mail(engine) == 0, 15)
    engine.dispose()
    assert len(box.to(READER)) == 2
