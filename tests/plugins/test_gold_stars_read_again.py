"""A gold star the author gave on the word of a draft that misread the comment: the build reads a
gold-starred comment again, and the graver reading wins. A loss the comment server read as
"neutral" (an older reader, or words it missed) wears no "Bright idea" and is not quoted on the
wall; an ad it read as praise earns nothing. The star is the author's: it stays, said plainly."""

import pytest

from tests.support.posts import AGNES, KIM, TOMAS, award, badge_ids, page_of, said
from tests.support.room import KIND, write_lemon_cake

LOSS = "My mother died last week. I made your lemon cake for after the funeral."
AD = "Great post! Check out my site for cheap SEO services https://seo-cheap.biz"


@pytest.fixture
def misread(tmp_path, site_builder):
    """Build a post whose gold-starred loss and ad the server read as neutral and praise, beside
    a gold-starred kind word it read right; return the build."""
    content = tmp_path / "content"
    write_lemon_cake(
        content,
        [
            said(1, "Agnès", LOSS, AGNES, gold_stars=1, tone="neutral"),
            said(2, "Seo", AD, TOMAS, gold_stars=1, tone="praise"),
            said(3, "Kim", KIND, KIM, gold_stars=1, tone="praise"),
        ],
    )
    return site_builder(content)


def test_a_starred_loss_read_as_neutral_throws_no_party(misread):
    cake = page_of(misread, "cake")
    # Before: "Bright idea" and "First comment" beside it, "a great big gold star from the
    # author", and the wall quoted "My mother died last week".
    assert badge_ids(cake, 1) == []
    assert award(cake, 1) == "a gold star from the author"
    wall = misread.read("gold-stars/index.html")
    assert "mother died" not in wall
    # The kind word the server read right keeps its party.
    assert "bright-idea" in badge_ids(cake, 3)
    assert "great big" in award(cake, 3) and "What a lovely garden" in wall


def test_a_starred_ad_read_as_praise_earns_nothing_and_the_build_says_why(misread):
    cake = page_of(misread, "cake")
    assert badge_ids(cake, 2) == []
    # The author gave it: the star stays, said plainly, and the build names the words it read.
    assert award(cake, 2) == "a gold star from the author"
    (warning,) = misread.warnings()
    assert "comment 2 reads as an advertisement to the build" in warning
    assert "though the comment server read it as praise" in warning and "seo" in warning
    wall = misread.read("gold-stars/index.html")
    assert "seo-cheap" not in wall and "Seo" not in wall
