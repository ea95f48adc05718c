"""The related posts beside the author's hard day throw no party: "The empty chair" does not link
to "We're celebrating!" because both are tagged "life"; every other post still does, and a hard
day still links to the others."""

from tests.support.related import related_titles, write_january_post

LIFE = "our family, the kitchen table, grandma's house, the long winter"
# Posts on other things, so that what the posts above share (their tags, their family) counts.
OTHER = {
    "python": ("Ten Python tips", "Pathlib, dataclasses and f-strings, every day."),
    "rust": ("Learning Rust", "The borrow checker and I are slowly becoming friends."),
    "css": ("Dark mode in CSS", "A media query and three custom properties."),
}
POSTS = {
    "empty-chair": (
        "The empty chair",
        "Dad's chair is still by the window. The funeral was on "
        "Tuesday. I keep reaching for the phone to call him.",
    ),
    "biscuit": ("Goodbye, Biscuit", "We had to put Biscuit down this morning. Fourteen years."),
    "celebrating": ("We're celebrating!", "The blog turns five! Thank you all for reading."),
    "five": ("Five years of this blog 🎉", "Thank you for reading, all of you."),
    "cookies": ("Third-party cookies, gone", "I took every tracker off this blog."),
    "tomatoes": ("Tomatoes in January", "I planted tomatoes indoors this winter."),
}


def write_posts(content) -> None:
    content.mkdir(parents=True, exist_ok=True)
    for day, (slug, (title, opening)) in enumerate(POSTS.items(), start=1):
        body = f"{opening}\n\nMore about {LIFE}. " * 3
        write_january_post(content, slug, day, title, body, "life, family")
    for day, (slug, (title, opening)) in enumerate(OTHER.items(), start=20):
        write_january_post(content, slug, day, title, opening, "code")


def test_a_hard_day_links_to_no_party(tmp_path, site_builder):
    content = tmp_path / "content"
    write_posts(content)
    result = site_builder(content)

    beside_the_chair = related_titles(result, "empty-chair")
    assert "We're celebrating!" not in beside_the_chair
    assert "Five years of this blog 🎉" not in beside_the_chair
    # near misses: another hard day, and a post that only says "third-party", stay linked
    assert "Goodbye, Biscuit" in beside_the_chair
    assert "Third-party cookies, gone" in beside_the_chair
    assert "Tomatoes in January" in beside_the_chair
    # every other post still links to the party
    assert "We're celebrating!" in related_titles(result, "tomatoes")
