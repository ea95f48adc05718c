"""Under a reader's hard time, the replies are comfort: "I'm so sorry for your mum" wears no
"Readers' favourite" badge and no great big gold star, its stars earn none, and the wall of gold
stars does not quote it, whatever its own words read as; the same commenter's other comments,
and replies under an everyday comment, still wear theirs."""

from tests.support.posts import AGNES, TOMAS, award, badge_ids, page_of, said
from tests.support.room import MOTHER, write_garden_and_roses

# read as neutral by the tone reader: no word of a loss in it
COMFORT_FR = "Je suis désolée pour ta maman, Agnès. Je t'embrasse."


def test_a_reply_under_a_reader_s_loss_wears_no_badge(tmp_path, site_builder):
    content = tmp_path / "content"
    write_garden_and_roses(
        content,
        garden=[
            said(1, "Agnès", MOTHER, AGNES, stars=2, tone="grief"),
            said(2, "Tomás", COMFORT_FR, TOMAS, parent=1, stars=12, gold_stars=1, tone="neutral"),
            said(3, "Maya", "Thank you, Tomás.", "0a17000000000003", parent=2, tone="praise"),
            said(4, "Tomás", "What variety are the red tomatoes?", TOMAS, stars=3, tone="question"),
            said(5, "Sam", "Brandywine, I think!", "5a11000000000005", parent=4, tone="neutral"),
        ],
        roses=[
            said(6, "Tomás", "Lovely roses, thanks!", TOMAS, stars=10, gold_stars=2),
            said(7, "Tomás", "Which rose is the red one?", TOMAS, tone="question"),
        ],
        stars=3,
    )
    result = site_builder(content)
    garden, roses = page_of(result, "garden"), page_of(result, "roses")

    # under Agnès's loss: no badge, the author's gold star said plainly
    assert badge_ids(garden, 2) == []
    assert award(garden, 2) == "a gold star from the author"
    assert badge_ids(garden, 3) == []
    # near misses: Tomás's own question, a reply under it, and his comments elsewhere still wear
    # his badges; his roses comment keeps its great big gold star
    assert "readers-favourite" in badge_ids(garden, 4)
    assert badge_ids(garden, 5) == ["first-comment"]
    assert badge_ids(roses, 7) != []
    assert award(roses, 6) == "two great big gold stars from the author"
    # the gold stars under the title count only those celebrated
    assert garden.select(".gold-stars .badge--gold") == []
    # the wall of gold stars quotes his roses, not his comfort to Agnès (nor her loss)
    wall = result.read("gold-stars/index.html")
    assert "Lovely roses, thanks!" in wall
    assert "ta maman" not in wall
