"""A blog in a right-to-left language the theme has no words for (Urdu): its words are the
theme's English, each phrase isolated so it reads left to right as written, read in Chromium.
Laid out right to left with the page, the English came out scrambled: ".No comments yet"."""

import pytest
from bs4 import BeautifulSoup

from tests.support.browser import open_tab
from tests.support.demo import build_demo

pytestmark = [pytest.mark.slow, pytest.mark.browser]

FSI, PDI = "\u2068", "\u2069"
# Where a character of a rendered text is: its left edge in px.
LEFT_OF = """(element, index) => {
  const range = document.createRange();
  range.setStart(element.firstChild, index);
  range.setEnd(element.firstChild, index + 1);
  return range.getBoundingClientRect().left;
}"""


@pytest.fixture(scope="module")
def urdu_demo(tmp_path_factory):
    """The demo built as an Urdu blog."""
    return build_demo(tmp_path_factory.mktemp("ur") / "output", DEFAULT_LANG="ur")


def test_the_english_words_are_isolated_in_the_right_to_left_page(urdu_demo):
    html = (urdu_demo.output / "2026" / "reading-slowly" / "index.html").read_text("utf-8")
    soup = BeautifulSoup(html, "html.parser")
    assert (soup.html["lang"], soup.html["dir"]) == ("ur", "rtl")
    assert soup.select_one("#comments-title").get_text() == f"{FSI}Comments{PDI}"
    assert soup.select_one(".site-nav a").get_text() == f"{FSI}Home{PDI}"


def test_in_chromium_an_english_phrase_keeps_its_full_stop_at_its_end(urdu_demo, browser):
    page = urdu_demo.output / "2026" / "reading-slowly" / "index.html"
    with open_tab(browser) as tab:
        tab.page.goto(page.as_uri())
        empty = tab.page.locator(".comments-empty")
        text = empty.inner_text()
        assert text.strip(FSI + PDI) == "No comments yet."
        first, stop = text.index("N"), text.index(".")
        assert empty.evaluate(LEFT_OF, stop) > empty.evaluate(LEFT_OF, first)
        assert tab.overflow() == 0
