"""plugins/comments with hostile exports: naughty strings and XSS payloads in every reader field.

The corpora come through tests/support/corpora.py. The output must keep every comment, show
names as the text they are, and carry no script, event attribute, style or non-http(s) link.
"""

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.support.corpora import naughty_strings, xss_payloads
from tests.support.posts import article_of, comment, page_of, write_export, write_post

PER_THREAD = 500
THEME_SCRIPTS = ("theme.js", "comments.js")
FORBIDDEN_TAGS = ("script", "iframe", "object", "embed", "img", "svg", "form", "style")


def hostile_site(content: Path, strings: list[str]) -> dict[str, list[str]]:
    """Write posts whose comments carry *strings* in every reader field; return authors per post."""
    authors: dict[str, list[str]] = {}
    for start in range(0, len(strings), PER_THREAD):
        slug = f"hostile-{start // PER_THREAD}"
        chunk = strings[start : start + PER_THREAD]
        write_post(content, slug)
        records = [
            comment(
                start + i + 1,
                start + i if i % 3 else None,  # every third comment starts a thread of replies
                text,
                website=text,
                html=text,
                markdown=text,
                commenter=text or "blank",
            )
            for i, text in enumerate(chunk)
        ]
        write_export(content, slug, records, stars=len(chunk))
        authors[slug] = chunk
    return authors


def website_warning(message: str) -> bool:
    """Return whether *message* is about a dropped website, or the summary that follows five."""
    return "'website'" in message or "more problems in this file" in message


THEME_TEMPLATES = {
    "comment-form-template",
    "comment-template",
    "comment-star-template",
    "comment-reply-template",
    "comment-own-template",
    "comment-nudge-hostile",
    "comment-nudge-grief",
}


def without_theme_templates(page: BeautifulSoup) -> BeautifulSoup:
    """Return *page* without the embed's seven <template>s: the theme's own markup, no reader's
    value in them (an eighth template, or one of another id, would be a reader's, and fails)."""
    templates = page.select("section#comments template")
    assert {t.get("id") for t in templates} <= THEME_TEMPLATES
    assert len(templates) <= len(THEME_TEMPLATES)
    for template in templates:
        template.decompose()
    return page


def assert_inert(page: BeautifulSoup) -> None:
    """Assert that nothing in *page* can run: only the theme's scripts, no event attributes."""
    for script in page.find_all("script"):
        if script.get("type") == "application/ld+json":  # the theme's metadata: data, never run
            continue
        if script.get("id") == "comment-words":  # the embed's phrases: data, never run
            assert script["type"] == "application/json" and "<" not in script.string
            json.loads(script.string)
            continue
        assert script.get("src", "").endswith(THEME_SCRIPTS) and not script.string
    section = without_theme_templates(page).select_one("section#comments")
    for tag in [section, *section.find_all(True)]:
        for name in tag.attrs:
            assert not name.lower().startswith("on"), (tag.name, name)
            assert name.lower() not in ("style", "srcdoc", "formaction")
        assert tag.name not in FORBIDDEN_TAGS
    for link in section.find_all(href=True):
        # As a browser reads a URL: tabs and newlines removed, leading spaces and controls trimmed.
        href = re.sub(r"[\t\n\r]", "", link["href"]).lstrip("\x00- ")
        assert href.startswith("#") or href.split(":", 1)[0].lower() in ("http", "https"), href


def assert_names_kept(page: BeautifulSoup, authors: list[str]) -> None:
    """Assert that every comment is on the page, its name shown as the plain text it was."""
    items = without_theme_templates(page).select("section#comments li.comment")
    assert len(items) == len(authors)
    shown = {li["id"]: li.select_one(".comment-author").get_text() for li in items}
    first = int(items[0]["id"].removeprefix("comment-")) if items else 1
    for offset, author in enumerate(authors):
        expected = author.strip().replace("\r\n", "\n").replace("\r", "\n") or "Anonymous"
        assert shown[f"comment-{first + offset}"].replace("\r", "\n") == expected


def test_naughty_strings_in_every_field_stay_escaped(tmp_path, site_builder):
    strings = naughty_strings()
    authors = hostile_site(tmp_path / "content", strings)
    result = site_builder(tmp_path / "content")
    # The only complaints are about the links that are not http(s), five per file, then a summary.
    warnings = result.warnings()
    assert warnings and all(website_warning(w) for w in warnings)
    for slug, chunk in authors.items():
        page = page_of(result, slug)
        assert_inert(page)
        assert_names_kept(page, chunk)
    kept = [c.website for a in result.articles for c in a.comments if c.website]
    assert all(w.startswith(("http://", "https://")) for w in kept)


def test_xss_payloads_in_every_field_stay_inert(tmp_path, site_builder):
    strings = xss_payloads()
    assert len(strings) > 2000
    authors = hostile_site(tmp_path / "content", strings)
    result = site_builder(tmp_path / "content", COMMENTS_API="http://127.0.0.1:8001")
    assert all(website_warning(w) for w in result.warnings())
    for slug, chunk in authors.items():
        page = page_of(result, slug)
        assert_inert(page)
        assert_names_kept(page, chunk)
        assert article_of(result, slug).comment_count == len(chunk)


def test_hostile_values_in_the_other_fields_are_reported_not_rendered(tmp_path, site_builder):
    content = tmp_path / "content"
    payload = '"><script>alert(1)</script>'
    fields = ("created", "updated", "edited", "stars", "gold_stars", "by_author", "parent", "id")
    for field in fields:  # one file per field: a file shows its first five problems only
        write_post(content, field.replace("_", "-"))
        write_export(content, field.replace("_", "-"), [comment(1), comment(2, **{field: payload})])
    write_post(content, "post-stars")
    write_export(content, "post-stars", [comment(1)], stars=payload)
    result = site_builder(content)
    warnings = result.warnings()
    assert len(warnings) == len(fields) + 1
    for field in fields[:-1]:
        (warning,) = [w for w in warnings if f"/{field.replace('_', '-')}.json:" in w]
        assert f"comment 2: '{field}'" in warning
    assert any("id.json: comment #2 in the list has no valid 'id'" in w for w in warnings)
    assert any("post-stars.json: the post: 'stars'" in w for w in warnings)
    for field in fields:
        page = page_of(result, field.replace("_", "-"))
        assert_inert(page)
        assert payload not in str(page) and "<script>alert" not in str(page)
    ids = [li["id"] for li in page_of(result, "id").select("li.comment")]
    assert ids == ["comment-1"]
    permalink = page_of(result, "created").select_one("#comment-2 .comment-permalink")
    assert permalink.text == "Permalink"


def test_a_hostile_thread_id_is_escaped_in_the_markup(tmp_path, site_builder):
    content = tmp_path / "content"
    thread = 'x" onmouseover="alert(1)'
    write_post(content, "odd-thread", comments_id=thread)
    write_export(content, thread, [comment(1)])
    result = site_builder(content)
    assert result.warnings() == []
    page = page_of(result, "odd-thread")
    assert page.select_one("#comments")["data-thread"] == thread
    assert_inert(page)


def test_a_hand_edited_export_keeps_only_the_servers_attributes(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "edited")
    html = '<p title="t" lang="xx" class="c">Hi <a href="https://a.example" title="t">there</a></p>'
    write_export(content, "edited", [comment(1, html=html)])
    result = site_builder(content)
    body = page_of(result, "edited").select_one("#comment-1 .comment-body")
    assert [dict(tag.attrs) for tag in body.find_all(True)] == [
        {},
        {"href": "https://a.example", "rel": ["nofollow", "ugc", "noopener"]},
    ]


@pytest.mark.browser
def test_xss_payloads_do_not_run_in_a_real_browser(tmp_path, site_builder, browser):
    authors = hostile_site(tmp_path / "content", xss_payloads())
    result = site_builder(tmp_path / "content")
    context = browser.new_context(java_script_enabled=True)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        for slug in authors:
            url = (result.output / article_of(result, slug).save_as).as_uri()
            page.goto(url, wait_until="load")
            bad = page.evaluate(
                """() => [...document.querySelectorAll('#comments, #comments *')].flatMap(el =>
                    [...el.attributes].map(a => a.name).filter(n => n.startsWith('on')).concat(
                    ['SCRIPT', 'IFRAME', 'IMG', 'svg'].includes(el.tagName) ? [el.tagName] : []))"""
            )
            assert bad == []
            page.hover("#comments")
            page.click("#comments h2")
    finally:
        context.close()
    assert dialogs == []
