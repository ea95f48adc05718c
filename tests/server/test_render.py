"""A comment's Markdown as commenters write it elsewhere: CommonMark, bare URLs and ~~struck~~ text.

The spec's own examples are the reference (from ../shared/corpora or npm's `commonmark-spec`); what
the allowlist drops is dropped from the expected HTML too, by the same sanitizer.
"""

from comment_server.render import count_links, render, sanitize
from tests.support.corpora import commonmark_cases

REL = 'rel="nofollow ugc noopener"'
# cmark-gfm follows CommonMark 0.29: a handful of the newer spec's examples (nested strong
# emphasis, "*£*" as emphasis) read otherwise; bare URLs and addresses are links on purpose.
AGREEING_SHARE = 0.97


def test_comments_render_as_the_commonmark_spec_says():
    cases = commonmark_cases()
    agreeing = [
        markdown for markdown, html in cases if render(markdown) == sanitize(html).strip("\n")
    ]
    assert len(cases) > 600
    assert len(agreeing) >= AGREEING_SHARE * len(cases), len(agreeing)


def test_a_bare_url_is_a_link_that_passes_no_rank():
    assert render("See https://reader.example/notes for more") == (
        f'<p>See <a href="https://reader.example/notes" {REL}>https://reader.example/notes</a>'
        " for more</p>"
    )


def test_struck_text_and_emphasis():
    assert render("~~wrong~~ *right*, **really**") == (
        "<p><del>wrong</del> <em>right</em>, <strong>really</strong></p>"
    )


def test_fenced_code_inside_a_list_item_is_a_code_block():
    markdown = "1. Run this:\n\n   ```\n   pelican content\n   ```\n2. Then look."
    assert render(markdown) == (
        "<ol>\n<li>\n<p>Run this:</p>\n<pre><code>pelican content\n</code></pre>\n</li>\n"
        "<li>\n<p>Then look.</p>\n</li>\n</ol>"
    )


def test_raw_html_goes_through_the_allowlist_and_keeps_its_text():
    markdown = '<em>kept</em> <span onclick="x()">plain</span>\n\n<div>a block</div>'
    assert render(markdown) == "<p><em>kept</em> plain</p>\na block"
    assert render("<script>alert(1)</script>\n\nafter") == "<p>after</p>"


def test_a_table_stays_the_text_the_commenter_typed():
    # tables are outside the allowlist: as tags they would run the cells together
    assert render("| a | b |\n|---|---|\n| 1 | 2 |") == ("<p>| a | b |\n|---|---|\n| 1 | 2 |</p>")


def test_an_address_is_no_link_to_the_spam_rules():
    text = "Write to me at sam@reader.example, or see https://reader.example/notes"
    html = render(text)
    assert f"<a {REL}>sam@reader.example</a>" in html and count_links(text, html) == 1
