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
