"""The author's mail about new comments (COMMENT_SERVER_AUTHOR_EMAIL) through the app, its mail
sender and a real SMTP server on 127.0.0.1: what an ordinary, a harsh, a spam and an at-risk
reader's comment each send, the digest that never holds a crisis back, headers no name can break,
and the setting's checks."""

from dataclasses import replace

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from comment_server import Settings
from comment_server.keys import Keys
from comment_server.mail.author import CRISIS_ADVICE, HARSH, HARSH_PUBLISHED
from comment_server.settings import SettingsError, unknown_variables
from comment_server.store.schema import mail_outbox
from comment_server.store.writes import NewComment
from tests.support.api import ADMIN, SECRET, new_comment, reader_token
from tests.support.live_server import run_command
from tests.support.mailbox import Mailbox
from tests.support.reply_mail import mail_app, mail_env

MIRA = "mira@blog.example"
CRISIS = (
    "I have been thinking about ending my life. This post was the only thing that made me smile "
    "this week."
)
SPAM = "Buy cheap viagra now at our online pharmacy, best prices, click here!"


@pytest.fixture
def author_settings(mail_settings) -> Settings:
    """The mail settings with the author mailed at MIRA."""
    return replace(mail_settings, author_email=MIRA)


def author_rows(client: TestClient) -> list[str]:
    """Return the kinds of the author's outbox rows, oldest first."""
    with client.app.state.context.store.engine.connect() as connection:
        query = select(mail_outbox.c.kind).where(mail_outbox.c.kind.like("author%"))
        return list(connection.execute(query.order_by(mail_outbox.c.id)).scalars())


def test_an_ordinary_comment_mails_the_author_in_plain_text(author_settings, box: Mailbox):
    with mail_app(author_settings) as client:
        new_comment(client, text="Lovely post. <b>Bold</b> and *this* stay as typed.")
        got = box.wait_for(MIRA)[0]
    assert got.message["Subject"] == "New comment on “welcome” from Agnès"
    text = got.text()
    assert "It waits for your approval in the inbox." in text
    assert "https://comments.blog.example/admin" in text
    assert "> Lovely post. <b>Bold</b> and *this* stay as typed." in text
    assert not got.message.is_multipart()  # no HTML part: nothing of the commenter's is rendered
    assert got.message["List-Unsubscribe"] is None
    assert got.recipients == [MIRA]


def test_a_reader_at_risk_gets_a_prompt_plain_mail_first_in_its_digest(
    author_settings, box: Mailbox
):
    # A long batch wait: the second ordinary comment waits an hour behind the first mail.
    with mail_app(replace(author_settings, smtp_batch_seconds=3600)) as client:
        new_comment(client, text="First!", author="Bea", reader=reader_token("bea"))
        box.wait_for(MIRA)
        new_comment(client, text="A question on step two.", author="Cy", reader=reader_token("cy"))
        new_comment(client, text=CRISIS, author="Dee", reader=reader_token("dee"))
        got = box.wait_for(MIRA, 2, seconds=20)[1]  # not an hour: the crisis is due at once
    subject = got.message["Subject"]
    assert subject == "A reader may be at risk: comment on “welcome” (and 1 more)"
    text = got.text()
    assert text.index("A READER MAY BE AT RISK: Dee") < text.index("New comment: Cy")
    assert CRISIS_ADVICE in text and "https://findahelpline.com" in text
    crisis_part = text[: text.index("New comment: Cy")]
    assert "!" not in crisis_part and "gold star" not in crisis_part.lower()


def test_spam_sends_no_mail_and_a_harsh_comment_says_so(author_settings, box: Mailbox):
    with mail_app(author_settings) as client:
        new_comment(client, text=SPAM, author="Shop", reader=reader_token("shop"))
        new_comment(client, text="You are an idiot and this post is garbage.", author="Rex")
        got = box.wait_for(MIRA)[0]
        kinds = author_rows(client)
    assert kinds == ["author"]  # the spam queued nothing
    assert got.message["Subject"] == "New comment on “welcome” from Rex"
    assert HARSH in got.text() and "viagra" not in got.text()
    assert len(box.to(MIRA)) == 1


def test_a_harsh_comment_is_named_not_quoted_and_a_reader_at_risk_is_quoted(
    author_settings, box: Mailbox
):
    # The whole attack had been quoted in the author's mail, read between two kind ones.
    harsh = "You are a pathetic idiot and everyone who reads this garbage is a moron."
    at_risk = "Your blog is useless and I want to kill myself."  # scorn beside a crisis
    with mail_app(author_settings) as client:
        new_comment(client, text=harsh, author="Rex", reader=reader_token("rex"))
        got = box.wait_for(MIRA)[0].text()
        new_comment(client, text=at_risk, author="Dee", reader=reader_token("dee"))
        crisis = box.wait_for(MIRA, 2)[1].text()
    assert HARSH in got and "idiot" not in got and "moron" not in got
    assert "not quoted here; read it in your inbox" in got
    assert "https://comments.blog.example/admin" in got
    assert f"> {at_risk}" in crisis and "A READER MAY BE AT RISK: Dee" in crisis


def test_a_harsh_comment_published_with_moderation_off_is_not_quoted_either(
    author_settings, box: Mailbox
):
    with mail_app(replace(author_settings, moderation=False)) as client:
        new_comment(client, text="You are an idiot and this post is garbage.", author="Rex")
        got = box.wait_for(MIRA)[0].text()
    assert HARSH_PUBLISHED in got and "idiot" not in got and "garbage" not in got


def test_an_edit_that_goes_back_to_moderation_mails_the_author_again(author_settings, box: Mailbox):
    with mail_app(author_settings) as client:
        created = new_comment(client, text="Thank you for this post about kindness online.")
        comment_id = created["comment"]["id"]
        box.wait_for(MIRA)
        approve = client.post(f"/api/admin/comments/{comment_id}/approve", json={}, headers=ADMIN)
        assert approve.is_success
        rewritten = "Thank you, but the comments below deserve a reply first, and soon."
        body = {"edit_token": created["edit_token"], "text": rewritten}
        edited = client.patch(f"/api/comments/{comment_id}", json=body)
        assert edited.json()["comment"]["status"] == "pending"
        got = box.wait_for(MIRA, 2)[1]
    assert got.message["Subject"] == "Edited comment on “welcome” from Agnès"
    assert "edited after you approved it" in got.text() and f"> {rewritten}" in got.text()


def test_a_name_or_title_with_a_newline_cannot_add_a_header(author_settings, box: Mailbox):
    keys = Keys(SECRET)
    injected = NewComment(
        thread="welcome",
        title="Hello\r\nBcc: mallory@example.org",
        parent=None,
        author="Eve\r\nBcc: mallory@example.org",
        website=None,
        email=None,
        markdown="Hi",
        html="<p>Hi</p>",
        commenter=keys.commenter_from_reader(reader_token("eve")),
        address_hash=None,
        edit_secret=None,
    )
    with mail_app(author_settings) as client:
        client.app.state.context.store.create_comment(injected)  # as an import could store it
        got = box.wait_for(MIRA)[0]
    assert got.recipients == [MIRA] and got.message["Bcc"] is None
    assert got.message["Subject"] == (
        "New comment on “Hello Bcc: mallory@example.org” from Eve Bcc: mallory@example.org"
    )
    assert b"\r\nBcc:" not in got.raw


def test_no_author_mail_with_the_setting_off_then_mail_once_it_is_set(
    author_settings, box: Mailbox
):
    with mail_app(replace(author_settings, author_email="")) as client:
        new_comment(client, text="Before the setting.", author="Fay", reader=reader_token("fay"))
        assert author_rows(client) == []
    with mail_app(author_settings) as client:
        new_comment(client, text="After the setting.", author="Gus", reader=reader_token("gus"))
        got = box.wait_for(MIRA)
    assert [one.message["Subject"] for one in got] == ["New comment on “welcome” from Gus"]


def test_a_bad_author_address_names_the_variable():
    base = {"COMMENT_SERVER_SECRET": SECRET}
    with pytest.raises(SettingsError, match="COMMENT_SERVER_AUTHOR_EMAIL='mira at blog'"):
        Settings.from_env({**base, "COMMENT_SERVER_AUTHOR_EMAIL": "mira at blog"})
    with pytest.raises(SettingsError, match=r"COMMENT_SERVER_AUTHOR_EMAIL is set but .*SMTP_HOST"):
        Settings.from_env({**base, "COMMENT_SERVER_AUTHOR_EMAIL": MIRA})
    assert unknown_variables({"COMMENT_SERVER_AUTHOR_EMAIL": MIRA}) == []


def test_serve_refuses_a_bad_author_address(tmp_path, box: Mailbox):
    env = mail_env(f"sqlite:///{tmp_path / 'c.sqlite3'}", box, author_email="Mira <mira@x>")
    done = run_command(["serve", "--port", "1"], env)
    assert done.returncode == 2 and "COMMENT_SERVER_AUTHOR_EMAIL" in done.stderr
