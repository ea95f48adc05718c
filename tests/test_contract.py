"""comment_contract: the server, the build and the embed agree on the export and the allowlist."""

import re

import nh3
from bs4 import BeautifulSoup

from comment_contract import (
    ALLOWED_TAGS,
    EXPORT_FORMAT,
    EXPORT_VERSION,
    MAX_REPLY_DEPTH,
    cleaner_settings,
)
from comment_server.render import render, sanitize
from tests.support import ROOT

EMBED = (ROOT / "theme" / "static" / "js" / "comments.js").read_text(encoding="utf-8")
PARTIAL = (ROOT / "theme" / "templates" / "partials" / "_comments.html").read_text(encoding="utf-8")


def test_the_embed_rebuilds_exactly_the_allowed_tags():
    found = re.search(r"const ALLOWED = /\^\(([A-Z|]+)\)\$/;", EMBED)
    assert found, "comments.js no longer declares `const ALLOWED = /^(P|A|...)$/;`"
    assert {tag.lower() for tag in found.group(1).split("|")} == ALLOWED_TAGS


def test_the_server_keeps_the_allowed_tags_and_nothing_else():
    html = render(
        "# Title\n\n*a* **b** ~~c~~ `d`\n\n> e\n\n- f\n1. g\n\n---\n\n```\nh\n```\n\n"
        "[link](https://example.org) ![img](https://example.org/x.png) <span>i</span>"
    )
    tags = set(re.findall(r"<([a-z0-9]+)", html))
    assert tags <= ALLOWED_TAGS and {"a", "em", "strong", "code", "blockquote"} <= tags


def test_the_build_reads_what_the_server_writes_and_nests_as_deep_as_the_contract():
    from comments.comments import DEFAULTS  # plugins/ is on pytest's path
    from comments.export_reader import read_export  # noqa: F401  (the reader the build uses)

    from comment_server.store.serialize import export_document

    assert DEFAULTS["COMMENTS_MAX_DEPTH"] == MAX_REPLY_DEPTH
    document = export_document("welcome", 0, [])
    assert (document["format"], document["version"]) == (EXPORT_FORMAT, EXPORT_VERSION)


def test_the_embed_nests_as_deep_as_the_contract_when_the_page_does_not_say():
    found = re.search(r"Number\(root\.dataset\.depth\) \|\| (\d+)", EMBED)
    assert found, "comments.js no longer reads data-depth as `Number(root.dataset.depth) || N`"
    assert int(found.group(1)) == MAX_REPLY_DEPTH


def test_the_export_tones_are_the_tone_readers_labels():
    from comment_contract import EXPORT_VERSIONS, TONES
    from reply_drafts.tone_model import LABELS

    assert TONES == LABELS and EXPORT_VERSION in EXPORT_VERSIONS


def test_the_star_buttons_label_is_an_element_the_embed_fills_whatever_comes_around_it():
    # The embed once set the button's first text node: a newline or an icon before the word, or an
    # empty translation, glued "I see you" to "Star" or lost it.
    found = re.search(r'<template id="comment-star-template">(.*?)</template>', PARTIAL, re.S)
    assert found, '_comments.html no longer has <template id="comment-star-template">'
    button = BeautifulSoup(found.group(1), "html.parser").button
    spans = [" ".join(child.get("class")) for child in button.find_all(recursive=False)]
    assert spans == ["star-label", "visually-hidden", "stars-count"]
    assert all(not text.strip() for text in button.find_all(string=True, recursive=False))
    assert "const [label, whose, count] = button.children;" in EMBED
    assert "label.textContent = hook.dataset.label;" in EMBED


HOSTILE_HTML = (
    '<p onclick="x()">a <a href="javascript:alert(1)">b</a> <a href="/relative">c</a>'
    ' <a href="https://example.org" title="t" rel="me">d</a><!-- note --><script>e()</script>'
    '<img src="https://example.org/x.png"><span class="k">f</span></p>'
)


def test_the_server_and_the_build_sanitize_with_the_contracts_one_cleaner():
    from comments.export_reader import sanitize_html  # plugins/ is on pytest's path

    expected = (
        '<p>a <a rel="nofollow ugc noopener">b</a> <a rel="nofollow ugc noopener">c</a>'
        ' <a href="https://example.org" rel="nofollow ugc noopener">d</a>f</p>'
    )
    assert nh3.Cleaner(**cleaner_settings()).clean(HOSTILE_HTML) == expected
    assert sanitize(HOSTILE_HTML) == expected
    assert sanitize_html(HOSTILE_HTML) == expected
