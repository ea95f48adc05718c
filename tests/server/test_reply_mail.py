"""Reply notifications (issue 16) through the app and a real SMTP server on 127.0.0.1: double
opt-in, what is sent and when, batching, one-click unsubscribing, forgetting, privacy."""

import json
import logging
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from comment_contract import MAX_REPLY_DEPTH
from comment_server import create_app
from comment_server.keys import Keys
from comment_server.store.schema import (
    commenters,
    comments,
    mail_addresses,
    mail_outbox,
    mail_subscriptions,
)
from comment_server.store.store import Store
from comment_server.store.writes import NewComment
from tests.support.api import ADMIN, READER, SECRET, new_comment, reader_token
from tests.support.builds import reset_pelican_log_limits
from tests.support.mailbox import Mailbox, link, mailbox, waiting_mail
from tests.support.network import wait_until
from tests.support.reply_mail import mail_app

ANN = "ann@example.org"


@pytest.fixture(autouse=True)
def fresh_log_filter():
    """Let each test see its own log lines (Pelican's filter, imported by other tests, drops
    a message it has already let through once in the process)."""
    reset_pelican_log_limits()


@pytest.fixture
def mail_client(mail_settings) -> Iterator[TestClient]:
    """A test client of an app with mail on."""
    with mail_app(mail_settings) as client:
        yield client


def store_of(client: TestClient) -> Store:
    return client.app.state.context.store


def reply(client: TestClient, comment_id: int, text: str = "Thank you, Ann!") -> dict:
    answer = client.post(
        f"/api/admin/comments/{comment_id}/reply", json={"text": text}, headers=ADMIN
    )
    assert answer.status_code == 201, answer.text
    return answer.json()["comment"]


def subscribe(client: TestClient, email: str = ANN, notify: str = "author", **fields) -> dict:
    return new_comment(client, email=email, notify=notify, **fields)["comment"]


def confirm(client: TestClient, box: Mailbox, email: str = ANN) -> None:
    mail = box.wait_for(email)[0]
    path = link(mail, "confirm")
    assert client.get(path).status_code == 200  # a page with a button: a GET changes nothing
    answer = client.post(path)
    assert answer.status_code == 200 and "Confirmed" in answer.text


def ours(caplog) -> str:
    """Return what the server logged (not the test SMTP server)."""
    return "\n".join(r.getMessage() for r in caplog.records if r.name == "comment_server")


def settled(client: TestClient) -> None:
    assert wait_until(lambda: waiting_mail(store_of(client).engine) == 0, 30)


def test_double_opt_in_then_the_authors_reply_arrives_with_its_link(mail_client, box):
    first = subscribe(mail_client)
    again = subscribe(mail_client, text="And another thing.")
    welcome = box.wait_for(ANN)[0]
    assert welcome.message["Subject"] == "Confirm reply notices from Mira"
    assert welcome.message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    reply(mail_client, first["id"])  # before the confirmation: it waits
    settled(mail_client)
    assert len(box.to(ANN)) == 1  # one confirmation, nothing else until confirmed
    with store_of(mail_client).engine.connect() as connection:
        key = connection.execute(
            select(commenters.c.verified).where(commenters.c.key == first["commenter"])
        ).scalar_one()
    assert key is None
    confirm(mail_client, box)
    got = box.wait_for(ANN, 2)[1]
    assert got.message["Subject"] == "Mira replied to your comment on “welcome”"
    assert "Thank you, Ann!" in got.text() and "<p>Thank you, Ann!</p>" in got.html()
    assert f"#comment-{first['id'] + 2}" in got.text()
    assert got.message["List-Unsubscribe"].startswith("<https://comments.blog.example/mail/stop/")
    assert got.message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    with store_of(mail_client).engine.connect() as connection:
        verified = connection.execute(
            select(commenters.c.verified).where(commenters.c.key == first["commenter"])
        ).scalar_one()
    assert verified is not None  # the hardening issue's trust fact
    inbox = mail_client.get("/api/admin/comments?status=approved", headers=ADMIN).json()
    mine = {c["id"]: c for c in inbox["comments"]}
    assert mine[first["id"]]["subscribed"] is True and ANN not in json.dumps(inbox)
    assert again["id"] not in mine  # still pending: the author replied to the first only


def test_no_mail_for_pending_rejected_or_spam_replies_and_anyone_is_a_choice(mail_client, box):
    ann = subscribe(mail_client, notify="anyone")
    bob = subscribe(mail_client, email="bob@example.org", author="Bob", reader=reader_token("bob"))
    confirm(mail_client, box)
    confirm(mail_client, box, "bob@example.org")
    for one in (ann, bob):
        assert (
            mail_client.post(
                f"/api/admin/comments/{one['id']}/approve", json={}, headers=ADMIN
            ).status_code
            == 200
        )
    # A reader's replies: pending first, then rejected, spam, and one approved.
    replies = [
        new_comment(
            mail_client, parent=ann["id"], text=f"Reply {n}", reader=reader_token(f"carol-{n}")
        )["comment"]
        for n in range(3)
    ]
    to_bob = new_comment(mail_client, parent=bob["id"], text="To Bob", reader=reader_token("dave"))[
        "comment"
    ]
    for one, verb in zip(replies, ("reject", "spam", "approve"), strict=True):
        mail_client.post(f"/api/admin/comments/{one['id']}/{verb}", json={}, headers=ADMIN)
    mail_client.post(f"/api/admin/comments/{to_bob['id']}/approve", json={}, headers=ADMIN)
    settled(mail_client)
    ann_mails = box.to(ANN)
    assert len(ann_mails) == 2 and "Reply 2" in ann_mails[1].text()  # only the approved one
    assert "Reply 0" not in ann_mails[1].text() and "Reply 1" not in ann_mails[1].text()
    assert len(box.to("bob@example.org")) == 1  # Bob asked for the author's replies only


def test_replies_close_together_come_in_one_mail(mail_client, box, mail_settings):
    store = store_of(mail_client)
    store.mail_batch = 1  # seconds a mail waits after the last one
    ann = subscribe(mail_client)
    confirm(mail_client, box)
    reply(mail_client, ann["id"], "First thought.")
    box.wait_for(ANN, 2)
    # A window wider than two replies take on a busy machine (3 s was not, at load 5).
    store.mail_batch = 15
    reply(mail_client, ann["id"], "Second thought.")
    reply(mail_client, ann["id"], "Third thought.")
    settled(mail_client)
    mails = box.to(ANN)
    assert len(mails) == 3
    assert "Second thought." in mails[2].text() and "Third thought." in mails[2].text()
    assert mails[2].message["Subject"] == "2 replies to your comments on Mira"


def test_mail_due_together_goes_over_one_smtp_connection(mail_settings, box):
    from comment_server.store.writes import NewComment

    keys = Keys(SECRET)
    store = Store(mail_settings.database_url, keys, "Mira", mail_batch=0)
    store.migrate()
    addresses = [f"reader{n}@example.org" for n in range(5)]
    for address in addresses:  # queued before the server starts: all due at its first pass
        fields = dict.fromkeys(("title", "parent", "website", "address_hash", "edit_secret"))
        store.create_comment(
            NewComment(
                thread="welcome",
                author="Reader",
                email=address,
                markdown="Kind words.",
                html="<p>Kind words.</p>",
                commenter=keys.commenter_from_email(address),
                moderation=False,
                notify="author",
                **fields,
            )
        )
    store.close()
    with mail_app(mail_settings) as client:
        settled(client)
    assert sorted(one.recipients[0] for one in box.received) == addresses
    assert len({one.peer for one in box.received}) == 1


def test_a_connection_the_server_closed_is_opened_again(mail_settings):
    from email.message import EmailMessage

    import anyio

    from comment_server.mail.delivery import Postman
    from tests.support.network import free_port

    port = free_port()
    postman = Postman(replace(mail_settings, smtp_port=port))
    message = EmailMessage()
    message["From"], message["Subject"] = mail_settings.smtp_from, "Hello"
    message.set_content("Kind words.")

    async def deliver_twice() -> tuple[Mailbox, Mailbox]:
        with mailbox(port) as first:
            await postman.deliver(message, ANN)
        with mailbox(port) as second:  # the first server hung up on the open connection
            await postman.deliver(message, ANN)
            await postman.close()
        return first, second

    first, second = anyio.run(deliver_twice)
    assert len(first.to(ANN)) == 1 and len(second.to(ANN)) == 1


def test_one_click_unsubscribe_forgets_the_address_and_keeps_it_quiet(mail_client, box):
    ann = subscribe(mail_client)
    confirm(mail_client, box)
    reply(mail_client, ann["id"])
    mail = box.wait_for(ANN, 2)[1]
    url = mail.message["List-Unsubscribe"].strip("<>").removeprefix("https://comments.blog.example")
    answer = mail_client.post(
        url,
        content=b"List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert answer.status_code == 200
    engine = store_of(mail_client).engine
    with engine.connect() as connection:
        assert connection.execute(select(mail_addresses.c.email)).scalars().all() == [None]
        assert ANN not in connection.execute(select(comments.c.email)).scalars().all()
    reply(mail_client, ann["id"], "Are you still there?")
    subscribe(mail_client, text="I am back.")  # quiet: not even a confirmation mail
    settled(mail_client)
    assert len(box.to(ANN)) == 2


def test_the_visible_link_stops_one_thread_only(mail_client, box):
    welcome = subscribe(mail_client)
    other = subscribe(mail_client, thread="other")
    confirm(mail_client, box)
    reply(mail_client, welcome["id"])
    mail = box.wait_for(ANN, 2)[1]
    stop = link(mail, "stop")  # the first: this post's
    page = mail_client.get(stop)
    assert "Stop mail about this post" in page.text and "Stop all mail" in page.text
    assert mail_client.post(stop).status_code == 200
    reply(mail_client, welcome["id"], "More on welcome.")
    reply(mail_client, other["id"], "On the other post.")
    mails = box.wait_for(ANN, 3)
    settled(mail_client)
    assert len(box.to(ANN)) == 3 and "On the other post." in mails[2].text()


def test_forget_removes_the_address_everywhere(mail_client, box):
    ann = subscribe(mail_client)
    confirm(mail_client, box)
    answer = mail_client.post("/api/admin/forget", json={"email": "ANN@example.org"}, headers=ADMIN)
    assert answer.status_code == 200 and answer.json() == {"forgotten": True}
    with store_of(mail_client).engine.connect() as connection:
        assert connection.execute(select(comments.c.email)).scalars().all() == [None]
        assert connection.execute(select(mail_addresses.c.email)).scalars().all() == [None]
    reply(mail_client, ann["id"])
    settled(mail_client)
    assert len(box.to(ANN)) == 1
    assert (
        mail_client.post("/api/admin/forget", json={"email": ""}, headers=ADMIN).status_code == 422
    )
    assert mail_client.post("/api/admin/forget", json={"email": ANN}).status_code == 401


def test_deleting_a_comment_deletes_the_subscriptions_to_its_replies(mail_client, box):
    ann = subscribe(mail_client)
    kept = subscribe(mail_client, text="And another thing.")
    confirm(mail_client, box)
    deleted = mail_client.request(
        "DELETE", f"/api/admin/comments/{ann['id']}", json={}, headers=ADMIN
    )
    assert deleted.status_code == 204
    with store_of(mail_client).engine.connect() as connection:
        left = connection.execute(select(mail_subscriptions.c.comment_id)).scalars().all()
    assert left == [kept["id"]]


def test_an_address_never_reaches_the_logs_the_export_or_the_public_api(mail_client, box, caplog):
    caplog.set_level(logging.DEBUG, logger="comment_server")
    box.refuse[ANN] = "550 5.1.1 <ann@example.org>: Recipient address rejected"
    ann = subscribe(mail_client)
    ok = wait_until(lambda: "bounced" in ours(caplog), 30)  # logged once recorded
    assert ok
    box.refuse.clear()
    public = mail_client.get("/api/threads/welcome/comments").text
    export = mail_client.get("/api/admin/export", headers=ADMIN).text
    inbox = mail_client.get("/api/admin/comments", headers=ADMIN).text
    logged = ours(caplog)
    assert ann["id"] and all(ANN not in text for text in (public, export, inbox, logged))
    assert "<the address>" in logged  # the SMTP server quoted it back


def test_a_bounce_is_logged_kept_as_failed_and_others_still_go(mail_client, box, caplog):
    box.refuse[ANN] = "550 5.1.1 No such user"
    subscribe(mail_client)
    subscribe(mail_client, email="bob@example.org", reader=reader_token("bob"))
    box.wait_for("bob@example.org")
    settled(mail_client)
    assert wait_until(lambda: "bounced: the recipient was refused: 550" in ours(caplog), 30)
    with store_of(mail_client).engine.connect() as connection:
        failed = (
            connection.execute(select(mail_outbox.c.error).where(mail_outbox.c.failed.is_not(None)))
            .scalars()
            .all()
        )
    assert failed == ["the recipient was refused: 550 5.1.1 No such user"]


def test_a_dead_smtp_server_is_retried_until_it_answers(settings, tmp_path, caplog):
    from tests.support.network import free_port

    port = free_port()  # nothing listens there yet
    dead = replace(
        settings,
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_security="none",
        smtp_from="blog@blog.example",
        public_url="https://comments.blog.example",
        smtp_batch_seconds=0,
        smtp_retry_seconds=1,
        smtp_timeout=5,
        mail_templates=str(tmp_path),
    )
    store = Store(dead.database_url, Keys(SECRET), "Mira", mail_batch=0)
    with TestClient(create_app(dead, store=store), client=("203.0.113.7", 50000)) as client:
        subscribe(client)
        assert wait_until(lambda: "was not delivered (attempt 1)" in caplog.text, 30)
        assert "no answer from the SMTP server 127.0.0.1" in caplog.text
        with mailbox(port) as box:
            box.wait_for(ANN)
    store.close()


def test_cr_lf_in_names_and_titles_injects_no_header(mail_client, box, mail_settings):
    facts = {
        "format": "goldstar-thank-you-facts",
        "version": 2,
        "threads": {
            "welcome": {
                "title": "Hi\r\nBcc: eve@evil.example\r\n\r\nowned",
                "url": "https://blog.example/welcome/",
            }
        },
    }
    assert mail_client.put("/api/admin/site-facts", json=facts, headers=ADMIN).status_code == 200
    ann = subscribe(mail_client, author="Ann\r\nBcc: eve@evil.example")
    confirm(mail_client, box)
    store_of(mail_client)  # the author's name comes from the settings; a reader replies too
    store_of(mail_client).author_name = "Mira\r\nBcc: eve@evil.example"
    reply(mail_client, ann["id"])
    mail = box.wait_for(ANN, 2)[1]
    assert mail.recipients == [ANN] and "eve@evil.example" not in mail.recipients
    assert mail.message["Bcc"] is None
    assert (
        mail.message["Subject"]
        == "Mira Bcc: eve@evil.example replied to your comment on “Hi Bcc: eve@evil.example owned”"
    )
    assert b"\r\nBcc:" not in mail.raw


def test_a_wish_without_an_address_is_ignored_and_a_malformed_one_refused(mail_client, box):
    token = mail_client.get("/api/form").json()["token"]
    body = {"author": "Ann", "text": "Hi", "reader": READER, "form_token": token, "homepage": ""}
    answer = mail_client.post("/api/threads/welcome/comments", json={**body, "notify": "author"})
    assert answer.status_code == 201
    with store_of(mail_client).engine.connect() as connection:
        assert connection.execute(select(mail_addresses.c.id)).all() == []
    answer = mail_client.post(
        "/api/threads/welcome/comments",
        json={**body, "notify": "author", "email": "ann@@example.org\r\nBcc: x@y.z"},
    )
    assert answer.status_code == 422 and set(answer.json()["fields"]) == {"email"}
    answer = mail_client.post("/api/threads/welcome/comments", json={**body, "notify": "always"})
    assert answer.status_code == 422 and "notify" in answer.json()["fields"]
    assert box.received == []


def test_a_malformed_stored_address_is_logged_and_kept_as_failed(mail_client, box, caplog):
    ann = subscribe(mail_client)
    engine = store_of(mail_client).engine
    settled(mail_client)
    with engine.begin() as connection:  # as an import or an old version may have stored it
        connection.execute(
            mail_addresses.update().values(
                email="ann@@example.org", confirmed=mail_addresses.c.created
            )
        )
    reply(mail_client, ann["id"])
    assert wait_until(lambda: "not sent: the address is malformed" in ours(caplog), 30)
    settled(mail_client)
    assert len(box.received) == 1


def test_bad_links_get_a_page_saying_so(mail_client):
    for path in ("/mail/confirm/forged", "/mail/stop/forged"):
        assert mail_client.get(path).status_code == 404
        answer = mail_client.post(path)
        assert answer.status_code == 404 and "does not work" in answer.text


def test_an_authors_template_in_content_mail_is_used(box, mail_settings):
    folder = Path(mail_settings.mail_templates)
    folder.mkdir(parents=True)
    (folder / "confirm.txt").write_text("Say yes here: {{ confirm_url }}\n", encoding="utf-8")
    with mail_app(mail_settings) as client:
        subscribe(client)
        mail = box.wait_for(ANN)[0]
    assert mail.text().startswith("Say yes here: https://comments.blog.example/mail/confirm/")
    assert "Yes, email me replies" in mail.html()  # the HTML part is still ours


def test_a_broken_template_stops_the_start_naming_its_file_and_line(mail_settings):
    from comment_server.settings import SettingsError

    folder = Path(mail_settings.mail_templates)
    folder.mkdir(parents=True)
    (folder / "reply.txt").write_text("Hello\n{% for reply in replies %}\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=r"reply.txt, line \d+"), mail_app(mail_settings):
        pass


def test_a_browser_typing_someone_elses_address_subscribes_nobody(mail_client, box):
    subscribe(mail_client)  # Ann, from her browser
    confirm(mail_client, box)
    eve = subscribe(mail_client, reader=reader_token("eve"), text="Spam them, please.")
    inbox = mail_client.get("/api/admin/comments", headers=ADMIN).json()["comments"]
    kept_apart = next(c for c in inbox if c["id"] == eve["id"])
    assert kept_apart["claimed_commenter"] is not None  # issue 14: filed apart from Ann
    reply(mail_client, eve["id"], "Thanks, whoever you are.")
    settled(mail_client)
    assert len(box.to(ANN)) == 1  # only her own confirmation


# A reply mail saying what each reply answers (ours does not quote it; an author's may).
QUOTING = (
    "{% for reply in replies %}{{ reply.text }} (answering: {{ reply.your_text }})\n{% endfor %}"
)
BOB = "bob@example.org"


@pytest.fixture
def quoting_client(mail_settings) -> Iterator[TestClient]:
    """A test client of an app with mail on, its reply mail made from QUOTING."""
    folder = Path(mail_settings.mail_templates)
    folder.mkdir(parents=True)
    (folder / "reply.txt").write_text(QUOTING, encoding="utf-8")
    with mail_app(mail_settings) as client:
        yield client


def posted(client: TestClient, **fields) -> dict:
    """Post a comment and approve it unless it already is; return it."""
    comment = new_comment(client, **fields)["comment"]
    if comment["status"] == "pending":
        answer = client.post(f"/api/admin/comments/{comment['id']}/approve", json={}, headers=ADMIN)
        assert answer.status_code == 200, answer.text
    return comment


def deep_thread(client: TestClient, box: Mailbox, bob_wants: str) -> tuple[dict, dict]:
    """Post a chain down to the deepest level that nests: Ann's comment one level above it (she
    asks for mail of any reply), then Bob's reply to hers (he asks for *bob_wants*), both
    confirmed; return Ann's and Bob's. A reply to Bob's is too deep to hang from it."""
    above = None
    for level in range(MAX_REPLY_DEPTH - 1):
        reader = reader_token(f"level-{level}")
        above = posted(client, parent=above, text=f"Level {level}.", reader=reader)["id"]
    ann = posted(client, parent=above, text="Ann's words.", email=ANN, notify="anyone")
    confirm(client, box)
    bob = new_comment(
        client,
        parent=ann["id"],
        author="Bob",
        text="Bob's words.",
        email=BOB,
        notify=bob_wants,
        reader=reader_token("bob"),
    )["comment"]
    confirm(client, box, BOB)
    client.post(f"/api/admin/comments/{bob['id']}/approve", json={}, headers=ADMIN)
    settled(client)
    # A reply to the comment it hangs from: mailed to its subscriber, quoting her comment.
    assert box.to(ANN)[1].text().strip() == "Bob's words. (answering: Ann's words.)"
    return ann, bob


def test_a_deep_readers_reply_mails_whom_it_answers_not_the_ancestors_subscriber(
    quoting_client, box
):
    client = quoting_client
    ann, bob = deep_thread(client, box, bob_wants="anyone")
    carol = posted(client, parent=bob["id"], author="Carol", text="Carol's words.")
    assert (carol["parent"], carol["reply_to"]) == (ann["id"], bob["id"])  # hung from Ann's
    settled(client)
    assert box.to(BOB)[1].text().strip() == "Carol's words. (answering: Bob's words.)"
    # Bob answering his own comment, that deep too: mailed to nobody, himself included.
    own = posted(
        client,
        parent=bob["id"],
        author="Bob",
        text="Bob again.",
        email=BOB,
        reader=reader_token("bob"),
    )
    assert own["reply_to"] == bob["id"] and own["commenter"] == bob["commenter"]
    settled(client)
    assert len(box.to(BOB)) == 2 and len(box.to(ANN)) == 2


def test_the_authors_deep_reply_mails_whom_it_answers_not_the_ancestors_subscriber(
    quoting_client, box
):
    client = quoting_client
    ann, bob = deep_thread(client, box, bob_wants="author")
    posted(client, parent=bob["id"], author="Carol", text="Carol's words.")
    settled(client)
    assert len(box.to(BOB)) == 1  # a reader's reply: Bob asked for the author's only
    # The inbox hangs the author's reply from the comment it answers, however deep (api.md);
    # a reply the store hangs from an ancestor, the author's too, still reaches whom it answers.
    keys = Keys(SECRET)
    deep = store_of(client).create_comment(
        NewComment(
            thread="welcome",
            title=None,
            parent=bob["id"],
            author="Mira",
            website=None,
            email=None,
            markdown="Thank you, Bob!",
            html="<p>Thank you, Bob!</p>",
            commenter=keys.author(),
            address_hash=None,
            edit_secret=None,
            moderation=False,
            by_author=True,
        )
    )
    assert (deep["parent_id"], deep["reply_to"]) == (ann["id"], bob["id"])
    assert box.wait_for(BOB, 2)[1].text().strip() == "Thank you, Bob! (answering: Bob's words.)"
    reply(client, bob["id"], "And from the inbox.")
    assert box.wait_for(BOB, 3)[2].text().strip() == "And from the inbox. (answering: Bob's words.)"
    settled(client)
    assert len(box.to(ANN)) == 2  # her confirmation and Bob's reply, nothing more
