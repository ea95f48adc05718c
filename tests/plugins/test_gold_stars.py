"""plugins/gold_stars: badges from the whole site's comments, milestones, the wall; real builds."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.support.posts import (
    AGNES,
    TOMAS,
    article_of,
    badge_ids,
    comment,
    page_of,
    three_posts,
    write_export,
    write_post,
)


def test_badges_come_from_the_whole_history_and_show_on_every_comment(tmp_path, site_builder):
    three_posts(tmp_path / "content")
    result = site_builder(tmp_path / "content")
    assert result.warnings() == []

    # Agnès earned four; each comment shows the two rarest (the later in GOLD_STARS_BADGES).
    agnes = ["star-collector", "bright-idea"]
    one, two, three = (page_of(result, slug) for slug in ("one", "two", "three"))
    # Retroactive: her very first comment carries the badges her later ones earned.
    assert badge_ids(one, 1) == agnes
    assert badge_ids(two, 5) == badge_ids(two, 6) == badge_ids(three, 9) == agnes
    # "First comment" shows on a first comment only, next to what outranks it.
    assert badge_ids(two, 4) == ["readers-favourite", "first-comment"]
    assert badge_ids(one, 2) == [] and one.select_one("#comment-2 .badges") is None
    badge = one.select_one('#comment-1 .badge[data-badge="star-collector"]')
    assert badge.get_text() == "Star collector"  # text; its star is CSS decoration
    assert badge.find_all(True) == []

    award = one.select_one("#comment-1 .gold-star-award").get_text()
    assert award == "a great big gold star from the author"
    assert two.select_one("#comment-5 .gold-star-award").get_text() == (
        "two great big gold stars from the author"  # as a person would write it
    )
    assert two.select_one("#comment-4 > article .gold-star-award") is None

    first = article_of(result, "one").comments[0]
    assert first.award.count == 1 and first.badges[0].label == "Star collector"
    wall = result.read("gold-stars/index.html")
    assert 'data-badge="first-comment"' in wall and 'data-badge="regular"' in wall  # all there
    assert article_of(result, "one").gold_stars.milestone == 25
    assert article_of(result, "one").gold_stars.next_milestone == 50
    assert article_of(result, "two").gold_stars.milestone is None
    assert article_of(result, "two").gold_stars.gold_stars == 2
    assert article_of(result, "three").gold_stars.next_milestone is None
    milestone = one.select_one(".gold-stars .badge--milestone").get_text()
    assert milestone == "25 stars from readers: thank you!"
    assert three.select_one(".gold-stars .badge--milestone").get_text().startswith("100 stars")
    assert two.select_one(".badge--milestone") is None
    assert two.select_one(".gold-stars .badge--gold")["href"] == "#comments"


def test_the_wall_thanks_each_starred_commenter_with_links_that_resolve(tmp_path, site_builder):
    three_posts(tmp_path / "content")
    result = site_builder(tmp_path / "content")
    assert result.warnings() == []
    wall = BeautifulSoup(result.read("gold-stars/index.html"), "html.parser")
    entries = wall.select(".wall-entry")
    assert len(entries) == 1  # only Agnès has gold stars; Tomás has many readers' stars but none
    assert entries[0].select_one(".wall-name").get_text() == "Agnès D."  # her latest name
    assert entries[0].select_one(".gold-star-award").get_text() == "3 great big gold stars"
    links = entries[0].select(".wall-starred a")
    assert [a.get_text() for a in links] == ["“Comment number 1.”", "“Comment number 5.”"]
    for link in links:
        target, anchor = (result.output / "gold-stars" / link["href"]).as_posix().split("#")
        page = BeautifulSoup(Path(target, "index.html").read_text("utf-8"), "html.parser")
        assert page.find(id=anchor) is not None
    legend = [dt.get_text() for dt in wall.select(".wall-legend dt")]
    assert legend == [
        "First comment",
        "Regular",
        "Bright idea",
        "Star collector",
        "Readers’ favourite",
    ]


def test_badge_criteria_are_changed_through_settings(tmp_path, site_builder):
    three_posts(tmp_path / "content")
    badges = [
        {"id": "travelled", "label": "Well travelled", "description": "Two posts.", "min_posts": 3},
        {
            "id": "loved",
            "label": "Loved",
            "description": "Both.",
            "min_stars": 10,
            "min_comments": 2,
        },
        {"id": "liked", "label": "Liked", "description": "One.", "min_stars": 10},
    ]
    result = site_builder(
        tmp_path / "content", GOLD_STARS_BADGES=badges, GOLD_STARS_MILESTONES=[5, 9]
    )
    assert result.warnings() == []
    two = page_of(result, "two")
    assert badge_ids(two, 5) == ["travelled"]
    assert badge_ids(two, 4) == ["liked"]  # ten stars, but a single comment: not "loved"
    assert article_of(result, "two").gold_stars.milestone == 9
    assert article_of(result, "one").gold_stars.milestone == 9
    wall = BeautifulSoup(result.read("gold-stars/index.html"), "html.parser")
    assert [dt.get_text() for dt in wall.select(".wall-legend dt")] == [
        "Well travelled",
        "Loved",
        "Liked",
    ]


def listing_page(content, site_builder, template: str) -> BeautifulSoup:
    """Build *content* with *template* as the page list.html (a listing of every post); return
    that page, parsed."""
    (content / "listing").mkdir()
    (content / "listing" / "list.html").write_text(template, encoding="utf-8")
    result = site_builder(
        content,
        TEMPLATE_PAGES={"listing/list.html": "list.html"},
        ARTICLE_EXCLUDES=["comments", "listing"],
        PAGE_EXCLUDES=["comments", "listing"],
    )
    assert result.warnings() == []
    return BeautifulSoup(result.read("list.html"), "html.parser")


def test_listings_show_the_milestone_in_a_compact_badge(tmp_path, site_builder):
    content = tmp_path / "content"
    three_posts(content)
    listing = listing_page(
        content,
        site_builder,
        '{% for article in articles %}<div data-slug="{{ article.slug }}">'
        "{% with gold_stars_in_listing = true %}{% include 'partials/_gold_stars.html' %}"
        "{% endwith %}</div>{% endfor %}",
    )
    one = listing.select_one('[data-slug="one"] .gold-stars--listing')
    assert one.select_one(".badge--milestone").get_text() == "25+ stars"
    assert one.select_one(".badge--gold").get_text() == "1 gold star in the comments"
    assert one.find("a") is None  # no "#comments" link outside the post
    assert listing.select_one('[data-slug="two"] .badge--milestone') is None


def test_the_listing_badges_macro_shows_what_the_listing_include_shows(tmp_path, site_builder):
    content = tmp_path / "content"
    three_posts(content)
    write_post(content, "three", date="2026-01-03 09:00", support="true")  # no badge in listings
    listing = listing_page(
        content,
        site_builder,
        '{% from "partials/_gold_stars.html" import listing_badges %}'
        '{% for article in articles %}<div data-slug="{{ article.slug }}">'
        "<i>{% with gold_stars_in_listing = true %}{% include 'partials/_gold_stars.html' %}"
        "{% endwith %}</i><b>{{ listing_badges(article) }}</b></div>{% endfor %}",
    )
    shown = {div["data-slug"]: (str(div.i), str(div.b)) for div in listing.select("[data-slug]")}
    assert {slug: "gold-stars--listing" in i for slug, (i, _) in shown.items()} == {
        "one": True,
        "two": True,
        "three": False,
    }
    assert all(i[3:-4] == b[3:-4] for i, b in shown.values())


def test_a_translation_shares_its_thread_without_counting_it_twice(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "hello")
    write_post(content, "hello-fr", title="Bonjour", lang="fr", translation="true")
    (content / "hello-fr.md").write_text(
        (content / "hello-fr.md").read_text("utf-8").replace("Slug: hello-fr", "Slug: hello"),
        encoding="utf-8",
    )
    write_export(content, "hello", [comment(1, gold_stars=1)])
    badges = [{"id": "two", "label": "Two", "description": "Two comments.", "min_comments": 2}]
    result = site_builder(content, GOLD_STARS_BADGES=badges)
    assert result.warnings() == []
    (generator,) = [g for g in result.generators if hasattr(g, "translations")][:1]
    (french,) = generator.translations
    assert french.comments[0].badges == () and french.gold_stars.gold_stars == 1
    wall = BeautifulSoup(result.read("gold-stars/index.html"), "html.parser")
    assert len(wall.select(".wall-starred a")) == 1


def test_a_site_with_no_gold_stars_yet_gets_a_kind_empty_wall(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "quiet")
    write_export(content, "quiet", [comment(1)], stars=2)
    result = site_builder(content)
    assert result.warnings() == []
    wall = BeautifulSoup(result.read("gold-stars/index.html"), "html.parser")
    assert wall.select(".wall-entry") == []
    assert "No gold stars yet" in wall.select_one(".wall-empty").get_text()
    assert page_of(result, "quiet").select_one(".gold-stars") is None


def test_the_wall_can_be_turned_off_and_moved(tmp_path, site_builder):
    three_posts(tmp_path / "content")
    result = site_builder(tmp_path / "content", GOLD_STARS_WALL_SAVE_AS="")
    assert result.warnings() == [] and not (result.output / "gold-stars").exists()
    result = site_builder(
        tmp_path / "content",
        GOLD_STARS_WALL_SAVE_AS="thanks/stars.html",
        GOLD_STARS_WALL_URL="thanks/stars.html",
    )
    assert result.warnings() == []
    wall = BeautifulSoup(result.read("thanks/stars.html"), "html.parser")
    assert wall.select_one(".wall-starred a")["href"] == "../2026/one/#comment-1"


def test_a_page_of_the_blogs_at_the_walls_address_keeps_it(tmp_path, site_builder):
    # A moved blog's page titled "Gold Stars" is written where the wall goes (`{slug}/`): Pelican
    # stopped the whole build, refusing to write the wall over it.
    content = tmp_path / "content"
    write_post(content, "quiet")
    write_export(content, "quiet", [comment(1)], stars=2)
    (content / "pages").mkdir()
    (content / "pages" / "gold.md").write_text("Title: Gold Stars\n\nMy class's stars.\n")

    result = site_builder(content)

    assert result.warnings() == [
        "gold_stars: pages/gold.md is written at gold-stars/index.html, where the wall of gold "
        "stars goes, so the wall is not written: set GOLD_STARS_WALL_SAVE_AS and "
        "GOLD_STARS_WALL_URL to another address (or GOLD_STARS_WALL_SAVE_AS = '' for no wall), "
        "or give the page a `Slug:` of its own"
    ]
    assert "My class's stars." in result.read("gold-stars/index.html")
    assert "quiet" in result.read("index.html")


def test_a_drafts_comments_count_but_the_wall_links_only_to_published_posts(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "public")
    write_post(content, "secret", status="draft")
    write_export(content, "public", [comment(1, gold_stars=1)])
    write_export(content, "secret", [comment(2, gold_stars=2)])
    result = site_builder(content)
    assert result.warnings() == []
    assert badge_ids(page_of(result, "public"), 1)[0] == "star-collector"
    wall = BeautifulSoup(result.read("gold-stars/index.html"), "html.parser")
    assert [a["href"] for a in wall.select(".wall-starred a")] == ["../2026/public/#comment-1"]


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        (
            {"GOLD_STARS_MILESTONES": "ten"},
            ["setting GOLD_STARS_MILESTONES is 'ten'", "using the default [10, 25, 50, 100]"],
        ),
        (
            {"GOLD_STARS_MILESTONES": [10, 0]},
            ["setting GOLD_STARS_MILESTONES is [10, 0]", "whole numbers above 0"],
        ),
        ({"GOLD_STARS_BADGES": "all"}, ["setting GOLD_STARS_BADGES is 'all'", "using the default"]),
        (
            {"GOLD_STARS_WALL_SAVE_AS": 5},
            ["setting GOLD_STARS_WALL_SAVE_AS is 5", "using the default 'gold-stars/index.html'"],
        ),
    ],
)
def test_a_bad_setting_warns_naming_key_value_and_default(
    tmp_path, site_builder, settings, expected
):
    three_posts(tmp_path / "content")
    result = site_builder(tmp_path / "content", **settings)
    (warning,) = result.warnings()
    assert warning.startswith("gold_stars: ") and all(part in warning for part in expected)
    assert (result.output / "gold-stars" / "index.html").exists()


def test_a_bad_badge_is_left_out_and_the_others_kept(tmp_path, site_builder):
    three_posts(tmp_path / "content")
    badges = [
        {"id": "ok", "label": "Fine", "description": "Kept.", "min_comments": 1},
        {"id": "typo", "label": "Typo", "description": "d", "min_coments": 1},
        {"id": "none", "label": "No criterion", "description": "d"},
        {"id": "zero", "label": "Zero", "description": "d", "min_gold_stars": 0},
        {"id": "ok", "label": "Again", "description": "d", "min_comments": 2},
        "a string",
        {"label": "No id", "description": "d", "min_comments": 1},
    ]
    result = site_builder(tmp_path / "content", GOLD_STARS_BADGES=badges)
    warnings = result.warnings()
    assert len(warnings) == 6
    expected = [
        "GOLD_STARS_BADGES[1]['min_coments'] is 1, but it must be one of the known criteria",
        "GOLD_STARS_BADGES[2] is 'none', but it must be given a criterion",
        "GOLD_STARS_BADGES[3]['min_gold_stars'] is 0",
        "GOLD_STARS_BADGES[4]['id'] is 'ok', but it must be an id not used before",
        "GOLD_STARS_BADGES[5] is 'a string'",
        "GOLD_STARS_BADGES[6]['id'] is None",
    ]
    for part in expected:
        assert any(part in w and "that badge is left out" in w for w in warnings), part
    assert badge_ids(page_of(result, "one"), 1) == ["ok"]


def test_badge_settings_reach_the_pages_escaped(tmp_path, site_builder):
    three_posts(tmp_path / "content")
    label, badge_id = "<script>alert(1)</script> & co", 'odd" onclick="alert(2)'
    badges = [{"id": badge_id, "label": label, "description": "<b>bold</b>", "min_comments": 1}]
    result = site_builder(tmp_path / "content", GOLD_STARS_BADGES=badges)
    assert result.warnings() == []
    wall = BeautifulSoup(result.read("gold-stars/index.html"), "html.parser")
    for page in (page_of(result, "one"), wall):
        (badge, *_) = page.select(".badge[data-badge]")
        assert badge["data-badge"] == badge_id and badge.get_text() == label
        assert page.select("main script, main b") == []
        assert not [tag for tag in page.find_all(True) if "onclick" in tag.attrs]
    assert wall.select_one(".wall-legend dd").get_text() == "<b>bold</b>"


def test_a_support_post_throws_no_party(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "cheerful", date="2026-01-01 09:00")
    write_post(content, "hard-day", date="2026-01-02 09:00", support="true", title="A Hard Day")
    write_export(content, "cheerful", [comment(1, None, "Agnès", commenter=AGNES)], stars=3)
    write_export(
        content,
        "hard-day",
        [
            comment(2, None, "Agnès", commenter=AGNES, stars=30, gold_stars=3),
            comment(3, None, "Tomás", commenter=TOMAS, stars=12),
        ],
        stars=50,
    )
    result = site_builder(content)
    assert result.warnings() == []
    hard = page_of(result, "hard-day")
    # No milestone party under the title: a quiet count of the readers who said "I see you".
    assert hard.select(".badge--milestone") == [] and hard.select(".badge--gold") == []
    assert hard.select_one(".gold-stars--quiet").get_text(strip=True) == (
        "50 readers said “I see you”"
    )
    assert article_of(result, "hard-day").gold_stars.milestone is None
    # Its commenters wear no badge there, and its stars earn none elsewhere.
    assert hard.select(".badges") == []
    assert badge_ids(page_of(result, "cheerful"), 1) == ["first-comment"]
    assert "great big" not in hard.select_one("#comment-2 .gold-star-award").get_text()
    listing = (result.output / "index.html").read_text(encoding="utf-8")
    assert "50+ stars" not in listing and "50 stars" not in listing


def test_a_french_post_names_the_default_badges_in_french(tmp_path, site_builder):
    content = tmp_path / "content"
    three_posts(content)
    write_post(content, "jardin", date="2026-01-04 09:00", title="Mon jardin", lang="fr")
    write_export(content, "jardin", [comment(12, None, "Agnès", commenter=AGNES)])
    custom = {"id": "mine", "label": "My own", "description": "Kept.", "min_comments": 1}
    collector = {
        "id": "star-collector",
        "label": "Star collector",
        "description": "Received three gold stars from the author.",
        "min_gold_stars": 3,
    }
    result = site_builder(content, DEFAULT_LANG="fr")
    assert result.warnings() == []
    jardin = page_of(result, "jardin")
    labels = [li.get_text() for li in jardin.select("#comment-12 .badges .badge")]
    assert labels == ["Collection d'étoiles", "Belle idée"]
    wall = BeautifulSoup(result.read("gold-stars/index.html"), "html.parser")
    assert wall.select_one(".wall-legend dt").get_text() == "Premier commentaire"
    assert "dix lecteurs" in wall.select(".wall-legend dd")[-1].get_text()
    # An English post keeps the English names; a badge of the blog's own is shown as written.
    result = site_builder(content, GOLD_STARS_BADGES=[custom, collector])
    assert result.warnings() == []
    assert [li.get_text() for li in page_of(result, "one").select("#comment-1 .badge")] == [
        "Star collector",
        "My own",
    ]
    jardin = page_of(result, "jardin")
    assert [li.get_text() for li in jardin.select("#comment-12 .badge")] == ["Collection d'étoiles"]
