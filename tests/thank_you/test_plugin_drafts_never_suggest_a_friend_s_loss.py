"""A small blog's drafts suggest friends' posts too, after its own: never a friend's post about a
loss or a hard time ("You might also enjoy [For Dad]"). The related box still lists it, and a
friend's everyday post is still suggested."""

import json

import pytest

from reply_drafts import draft_reply
from reply_drafts.site_facts import comment_facts, load_site_facts
from tests.support.feeds import Route, rss, serve_feeds
from tests.support.posts import page_of

pytestmark = pytest.mark.slow

BEDS = "the tomato beds, the compost heap, the greenhouse and the old watering can"
FRIEND_ITEMS = [
    (
        "For Dad",
        "https://ada.example/for-dad",
        "garden",
        f"My father died in March. He built {BEDS}. I miss him in the greenhouse.",
    ),
    ("Tomato days", "https://ada.example/tomato-days", "garden", f"Spring in {BEDS}, at last."),
    (
        "Pour papa",
        "https://ada.example/pour-papa",
        "garden",
        f"Mon père est mort en mars. {BEDS}.",
    ),
]


def test_no_draft_suggests_a_friend_s_post_about_a_loss(tmp_path, site_builder):
    content = tmp_path / "content"
    content.mkdir()
    (content / "beds.md").write_text(
        "Title: Tomato beds in March\nDate: 2026-01-05 09:00\nSlug: beds\nTags: garden\n\n"
        f"I dug {BEDS}. My father showed me how.\n",
        encoding="utf-8",
    )
    with serve_feeds() as server:
        server.routes["/ada.rss"] = Route(body=rss("Ada", FRIEND_ITEMS))
        result = site_builder(
            content,
            CACHE_PATH=str(tmp_path / "cache"),
            PROMOTE_RELATED_FRIENDS=[{"name": "Ada", "url": server.url("/ada.rss")}],
            PROMOTE_RELATED_FRIENDS_PER_POST=3,
            PROMOTE_RELATED_PER_FRIEND=3,
        )
    boxed = [a.get_text() for a in page_of(result, "beds").select(".promote-related-friends a")]
    assert "For Dad" in boxed and "Tomato days" in boxed  # the related box lists them all
    facts = tmp_path / "cache" / "thank_you" / "facts.json"
    related = json.loads(facts.read_text(encoding="utf-8"))["threads"]["beds"]["related"]
    assert [item["title"] for item in related] == ["Tomato days"]
    site = load_site_facts(facts)
    texts = []
    for number in range(1, 30):
        said = {"id": number, "thread": "beds", "author": "Ana", "commenter_comments": 2}
        said["markdown"] = "Your beds look wonderful, I am digging mine this weekend."
        texts.append(draft_reply(comment_facts(said, site)).text)
    assert any("](https://ada.example/tomato-days)" in text for text in texts)  # near miss
    assert not any("for-dad" in text or "pour-papa" in text for text in texts)
