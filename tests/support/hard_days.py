"""Hard-day posts on a built blog: posts thanked by the same two starred comments, and what the
page of a hard day shows (no milestone, no badge, its stars read "I see you") beside the party an
everyday post with the same stars still throws."""

from pathlib import Path

from tests.support.posts import (
    AGNES,
    TOMAS,
    badge_ids,
    page_of,
    said,
    said_text,
    write_export,
    write_text_post,
)

# Thirty readers' stars on a hard day, as its page says them in the post's language.
QUIET = {
    "en": "30 readers said “I see you”",
    "fr": "30 personnes ont dit « Je pense à vous »",
    "es": "30 personas dijeron «Pienso en ti»",
}
MILESTONE = "25 stars from readers: thank you!"  # an everyday English post's, at thirty stars


def write_starred_posts(content: Path, posts: dict[str, tuple[str, str, str]]) -> None:
    """Write each of *posts* (slug: title, opening, language) into *content*, with thirty stars
    and two comments: Agnès's thanks (twelve stars, a gold star) and Tomás's (three stars)."""
    for slug, (title, text, lang) in posts.items():
        write_text_post(content, slug, f"{text}\n\nMore of the day.", title=title, Lang=lang)
        write_export(
            content,
            slug,
            [
                said(1, "Agnès", "Thank you for writing this.", AGNES, stars=12, gold_stars=1),
                said(2, "Tomás", "Thank you.", TOMAS, stars=3),
            ],
            stars=30,
        )


def assert_no_party(result, slug: str, lang: str) -> None:
    """The page of hard day *slug* (in *lang*) shows no milestone and no badge beside Agnès, and
    its stars say "I see you"."""
    page = page_of(result, slug)
    assert page.select(".badge--milestone") == [], slug
    assert badge_ids(page, 1) == [], slug
    assert said_text(page.select_one(".gold-stars--quiet")) == QUIET[lang], slug


def assert_party(result, slug: str) -> None:
    """The page of everyday post *slug* shows its milestone, and Agnès is a readers' favourite."""
    page = page_of(result, slug)
    assert said_text(page.select_one(".badge--milestone")) == MILESTONE, slug
    assert page.select(".gold-stars--quiet") == [], slug
    assert "readers-favourite" in badge_ids(page, 1), slug
