"""Beside the author's hard day, the related box offers no wedding and no friend's party:
"Goodbye, Biscuit" had "Our wedding day" under it because both are tagged "dogs, family", and a
friend's "We're celebrating: ten years married 🎉" from their feed. Every other post still
offers them, and a friend's hard day with a cake in its title stays beside the author's."""

import pytest

from tests.support.feeds import Route, rss, serve_feeds
from tests.support.related import related_titles, write_january_post

DOGS = "our dog, the long walks on the beach, the old red lead and the garden gate"
POSTS = {
    "biscuit": ("Goodbye, Biscuit", "We had to put Biscuit down this morning. Fourteen years."),
    "wedding": ("Our wedding day", "We got married by the beach, with the dog as ring bearer."),
    "engaged": ("We're engaged! 💍", "He asked on the beach walk. Of course I said yes."),
    "boda": ("Nuestra boda", "Nos casamos en la playa con el perro."),
    "puppy": ("Puppy training, week one", "Sit, stay and the long walks on the beach."),
    "walks": ("Beach walks with a lurcher", "The best beaches for a dog off the lead."),
}
OTHER = {
    "python": ("Ten Python tips", "Pathlib, dataclasses and f-strings, every day."),
    "css": ("Dark mode in CSS", "A media query and three custom properties."),
    "rust": ("Learning Rust", "The borrow checker and I are slowly becoming friends."),
}
FRIEND_ITEMS = [
    (
        "We're celebrating: ten years married 🎉",
        "https://ada.example/ten-years",
        "dogs",
        f"Ten years married today, and the dog came too. {DOGS}.",
    ),
    (
        "Mum's birthday without her 🎂",
        "https://ada.example/mums-birthday",
        "dogs",
        f"Mum died in March. I baked her cake anyway. {DOGS}.",
    ),
    (
        "Our dog's favourite walks",
        "https://ada.example/walks",
        "dogs",
        f"The dog and the long walks on the beach. {DOGS}.",
    ),
]


def write_posts(content) -> None:
    content.mkdir(parents=True, exist_ok=True)
    for day, (slug, (title, opening)) in enumerate(POSTS.items(), start=1):
        body = f"{opening}\n\nMore about {DOGS}. " * 3
        write_january_post(content, slug, day, title, body, "dogs, family")
    for day, (slug, (title, opening)) in enumerate(OTHER.items(), start=20):
        write_january_post(content, slug, day, title, opening, "code")


@pytest.fixture
def built(tmp_path, site_builder):
    content = tmp_path / "content"
    write_posts(content)
    with serve_feeds() as server:
        server.routes["/ada.rss"] = Route(body=rss("Ada", FRIEND_ITEMS))
        yield site_builder(
            content,
            CACHE_PATH=str(tmp_path / "cache"),
            PROMOTE_RELATED_FRIENDS=[{"name": "Ada", "url": server.url("/ada.rss")}],
            PROMOTE_RELATED_FRIENDS_PER_POST=3,
            PROMOTE_RELATED_PER_FRIEND=3,
            PROMOTE_RELATED_MAX=6,
        )


def test_a_hard_day_offers_no_wedding_of_the_authors(built):
    beside_biscuit = related_titles(built, "biscuit")
    assert "Our wedding day" not in beside_biscuit
    assert "We're engaged! 💍" not in beside_biscuit
    assert "Nuestra boda" not in beside_biscuit
    # near misses: the dog's other posts stay, and every other post still offers the wedding
    assert "Puppy training, week one" in beside_biscuit
    assert "Beach walks with a lurcher" in beside_biscuit
    assert "Our wedding day" in related_titles(built, "puppy")
    assert "We're engaged! 💍" in related_titles(built, "walks")


def test_a_hard_day_offers_no_friends_party(built):
    beside_biscuit = related_titles(built, "biscuit", "friends")
    assert "We're celebrating: ten years married 🎉" not in beside_biscuit
    # near misses: a friend's own hard day with a cake in its title, and their dog walks, stay
    assert "Mum's birthday without her 🎂" in beside_biscuit
    assert "Our dog's favourite walks" in beside_biscuit
    # every other post still offers the friend's anniversary
    assert "We're celebrating: ten years married 🎉" in related_titles(built, "puppy", "friends")
