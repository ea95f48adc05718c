"""The embed's promises that can be read off its source: small, no markup from strings, CSP-safe."""

import gzip
import re

import pytest

from tests.support import ROOT

EMBED = ROOT / "theme" / "static" / "js" / "comments.js"
INBOX = ROOT / "comment_server" / "inbox"
# What would put strings in the page as markup or code, or need 'unsafe-inline' / 'unsafe-eval'.
FORBIDDEN = re.compile(
    r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|"
    r"setAttribute\(\s*[\"']style|\.style\.|\bon[a-z]+\s*="
)


def test_the_embed_is_at_most_5_kb_gzipped_and_a_few_hundred_lines():
    source = EMBED.read_bytes()
    assert len(gzip.compress(source, compresslevel=9, mtime=0)) <= 5000
    assert source.count(b"\n") < 400


@pytest.mark.parametrize("path", [EMBED, INBOX / "inbox.js"], ids=lambda p: p.name)
def test_scripts_never_build_markup_from_strings_nor_need_unsafe_csp(path):
    code = re.sub(r"/\*.*?\*/|(^|\s)//[^\n]*", " ", path.read_text(encoding="utf-8"), flags=re.S)
    assert FORBIDDEN.findall(code) == []


def test_the_inbox_page_has_no_inline_script_or_style():
    page = (INBOX / "index.html").read_text(encoding="utf-8")
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=", page) == []


def test_the_embed_asks_no_selector_that_older_browsers_refuse():
    # querySelectorAll(":has(...)") throws in Firefox before 121 and Safari before 15.4: a deleted
    # comment's message had become the selector's error, and its "in reply to" lines stayed
    assert ":has(" not in EMBED.read_text(encoding="utf-8")


def test_the_embed_finds_the_in_reply_to_link_by_its_tag_not_its_place():
    # `reply.lastChild` is the link only while nothing, not even a newline, follows it in a
    # theme's template: an override with one put the author's name in a text node
    assert ".lastChild" not in EMBED.read_text(encoding="utf-8")
