"""reStructuredText's admonitions (`.. note::`, `.. warning::`), common in real Pelican blogs
written in reST, read as boxes with their titles in Chromium at a phone's width; they were
paragraphs like the rest ("Bemerkung" on a German blog, then the note)."""

import pytest

from tests.support.browser import open_tab
from tests.support.builds import build_site

pytestmark = [pytest.mark.slow, pytest.mark.browser]

POST = """Finding bugs through formalization
==================================

:date: 2018-02-10 21:48
:tags: tlaplus

Welcome to the first post in English!

.. note::

   The term TLA+ will be used rather sloppily in this post.

.. warning::

   The model is only as good as the author's understanding.

The end.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A German blog's reST post with two admonitions, built with the theme."""
    root = tmp_path_factory.mktemp("rst")
    (root / "content").mkdir()
    (root / "content" / "formalizing.rst").write_text(POST, encoding="utf-8")
    return build_site(root / "content", root / "output", DEFAULT_LANG="de", TIMEZONE="UTC")


def test_a_note_and_a_warning_are_boxes_with_their_titles(built, browser):
    assert built.warnings() == []
    page = built.output / "2018" / "finding-bugs-through-formalization" / "index.html"
    with open_tab(browser) as tab:
        tab.page.goto(page.as_uri())
        boxes = tab.page.locator(".post-body .admonition")
        assert boxes.count() == 2
        style = "(e) => { const s = getComputedStyle(e); return [s.borderInlineStartWidth, "
        style += "s.backgroundColor, getComputedStyle(document.body).backgroundColor] }"
        for index in range(2):
            border, background, body = boxes.nth(index).evaluate(style)
            assert border == "4px" and background != body
        title = tab.page.locator(".post-body .admonition-title").first
        assert title.inner_text() == "Bemerkung"  # docutils' word, in the blog's language
        assert int(title.evaluate("(e) => getComputedStyle(e).fontWeight")) >= 700
        assert tab.overflow() == 0
