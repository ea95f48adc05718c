"""plugins/gold_stars reads the room: no cheer beside an insult, an advertisement or a hard time."""

from tests.support.posts import (
    AGNES,
    SAM,
    TOMAS,
    award,
    badge_ids,
    page_of,
    said,
    write_export,
    write_post,
)
from tests.support.room import CRISIS, INSULT, MOTHER, write_garden_and_roses


def test_no_great_big_gold_star_for_an_insult_or_a_hard_time(tmp_path, site_builder):
    content = tmp_path / "content"
    write_garden_and_roses(
        content,
        garden=[
            said(1, "Agnès", MOTHER, AGNES, stars=12, gold_stars=1),
            said(2, "Troll", INSULT, TOMAS, stars=12, gold_stars=3),
            said(4, "Sam", CRISIS, SAM, gold_stars=1),
        ],
        roses=[
            said(5, "Agnès", "Lovely roses, thank you for the photos!", AGNES),
            said(6, "Troll", "Which rose is the red one?", TOMAS),
        ],
        stars=30,
    )
    result = site_builder(content)
    # The author gave the insult a gold star: the build says why it is not shown.
    (warning,) = result.warnings()
    assert "comment 2 reads as harsh toward a person (“idiot”, “garbage”)" in warning
    assert "its gold star is not shown" in warning and "garden.md" in warning

    garden, roses = page_of(result, "garden"), page_of(result, "roses")
    assert award(garden, 1) == award(garden, 4) == "a gold star from the author"  # plainly
    assert award(garden, 2) is None
    # The gold stars under the title count only those celebrated: none here.
    assert garden.select(".gold-stars .badge--gold") == []
    # A grieving comment's stars and gold star earn its writer no badge, and a starred insult
    # earns its writer nothing: their first comment that counts is their question on Roses.
    assert "star-collector" not in badge_ids(roses, 5)
    assert "readers-favourite" not in badge_ids(roses, 5)
    assert badge_ids(roses, 6) == ["first-comment"]
    # The wall of gold stars quotes none of them.
    wall = result.read("gold-stars/index.html")
    assert "No gold stars yet" in wall
    for words in ("mother died", "kill myself", "idiot"):
        assert words not in wall


def test_a_hard_day_no_one_starred_yet_does_not_say_zero_i_see_you(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "quiet-day", title="A quiet post", support="true")
    write_export(content, "quiet-day", [said(1, "Agnès", "Thinking of you.", AGNES)])
    write_post(content, "jour", date="2026-01-06 09:00", title="Jour", lang="fr", support="true")
    write_export(content, "jour", [said(2, "Agnès", "Je pense à vous.", AGNES)], stars=3)
    result = site_builder(content)
    assert result.warnings() == []
    quiet = page_of(result, "quiet-day").select_one('[data-stars="post"]')
    assert quiet.get_text(strip=True) == "" and quiet["data-label"] == "I see you"
    jour = page_of(result, "jour").select_one('[data-stars="post"]')
    assert " ".join(jour.get_text().split()) == "3 × « Je pense à vous »"


def test_a_comment_on_a_hard_day_is_seen_not_rated(tmp_path, site_builder):
    # Its stars had read "3 stars", a rating beside a reader's loss.
    content = tmp_path / "content"
    write_post(content, "hard", title="A hard week", support="true")
    comments = [said(1, "Agnès", MOTHER, AGNES, stars=3), said(2, "Sam", "Same here.", SAM)]
    write_export(content, "hard", comments)
    write_post(content, "roses", date="2026-01-06 09:00", title="Roses")
    write_export(content, "roses", [said(3, "Agnès", "Lovely roses!", AGNES, stars=2)])
    result = site_builder(content)
    hard, roses = page_of(result, "hard"), page_of(result, "roses")
    seen = hard.select_one('[data-stars="1"]')
    assert " ".join(seen.get_text().split()) == "3 × “I see you”"
    assert seen["data-label"] == "I see you"
    assert hard.select_one('[data-stars="2"]').get_text(strip=True) == ""  # no "0 ×"
    assert " ".join(roses.select_one('[data-stars="3"]').get_text().split()) == "2 stars"
