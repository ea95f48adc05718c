"""Words a reader at risk may write, though they read as something else ("I have the pills saved
up lol", "I'm so done with life lol": the comment server reads them as neutral, and the drafts
answer them plainly, with no star and no quote): a gold star the author gave one is said plainly,
it wears no "Bright idea", and the wall of gold stars does not quote it. A gold-starred kind word
and a joke about a dead phone keep their party."""

import pytest

from tests.support.posts import AGNES, KIM, MAYA, TOMAS, award, badge_ids, page_of, said
from tests.support.room import KIND, write_lemon_cake

PILLS = "I have the pills saved up lol"
DONE = "I'm so done with life lol"
PHONE = "My phone died halfway through your recipe, lol. Made it anyway: the best cake ever!"


@pytest.fixture
def built(tmp_path, site_builder):
    content = tmp_path / "content"
    write_lemon_cake(
        content,
        [
            said(1, "Sam", PILLS, TOMAS, gold_stars=1, stars=12, tone="neutral"),
            said(2, "Agnès", DONE, AGNES, gold_stars=2, tone="neutral"),
            said(3, "Kim", KIND, KIM, gold_stars=1, tone="praise"),
            said(4, "Maya", PHONE, MAYA, gold_stars=1, tone="praise"),
        ],
    )
    return site_builder(content)


def test_a_starred_comment_a_reader_at_risk_may_write_throws_no_party(built):
    cake = page_of(built, "cake")
    assert badge_ids(cake, 1) == badge_ids(cake, 2) == []
    assert award(cake, 1) == "a gold star from the author"
    assert award(cake, 2) == "two gold stars from the author"
    wall = built.read("gold-stars/index.html")
    assert "pills" not in wall and "done with life" not in wall
    # Nothing is counted as "gold stars in the comments" for them: only the two cheered below.
    assert "2 gold stars in the comments" in built.read(built.articles[0].save_as)


def test_a_kind_word_and_a_dead_phone_keep_their_party(built):
    cake = page_of(built, "cake")
    for cid in (3, 4):
        assert "bright-idea" in badge_ids(cake, cid)
        assert "great big" in award(cake, cid)
    wall = built.read("gold-stars/index.html")
    assert "What a lovely garden" in wall and "My phone died halfway" in wall
