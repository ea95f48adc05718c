"""`invoke promote` never ties a party to a loss in a share line it offers: not a friend's party
beside the author's hard day ("We're celebrating: ten years married 🎉 — From Ada, close to what I
wrote in my “Goodbye, Biscuit”", which the related box already left out), nor a friend's loss
beside the author's party ("… close to my “Ten years of this blog 🎉”"). Each is shared beside
another post of the author's that is close enough, or not at all; a friend's walks are still
shared beside the hard day, plainly."""

from datetime import timedelta

from promote_related import digest

from tests.support.feeds import Route
from tests.support.friends import NOW, dated_rss, settings_and_config, write_settings

WALK = "the long walks on the beach with our old dog, the red lead and the garden gate"
PARTY = "We're celebrating: ten years married 🎉"


def write(content, slug: str, title: str, tags: str, body: str) -> None:
    content.mkdir(parents=True, exist_ok=True)
    meta = f"Title: {title}\nDate: 2025-06-0{len(list(content.iterdir())) + 1} 09:00\n"
    (content / f"{slug}.md").write_text(
        f"{meta}Slug: {slug}\nTags: {tags}\n\n{body}\n", encoding="utf-8"
    )


def shares(tmp_path, server) -> dict[str, str]:
    """Return the digest's share lines by the friend's post's title."""
    server.routes["/ada.rss"] = Route(
        dated_rss(
            [
                (PARTY, "https://ada.example/ten", f"Married ten years, the dog too. {WALK}.", NOW),
                ("Our dog's walks", "https://ada.example/walks", f"The dog and {WALK}.", NOW),
            ]
        )
    )
    friends = [{"name": "Ada", "url": server.url("/ada.rss")}]
    settings = write_settings(
        tmp_path, PROMOTE_RELATED_FRIENDS=friends, PROMOTE_RELATED_DIGEST_DAYS=30
    )
    found = digest.collect_digest(*settings_and_config(settings), False, NOW + timedelta(hours=1))
    return {item.friend_post.title: item.share_line for item in found.items}


def write_biscuit(content) -> None:
    body = f"We had to put Biscuit down this morning. {WALK}. {WALK}."
    write(content, "biscuit", "Goodbye, Biscuit", "dogs", body)
    write(content, "code", "Ten Python tips", "code", "Pathlib and dataclasses.")


def test_a_friend_s_party_is_not_shared_beside_the_author_s_hard_day(tmp_path, feed_server):
    write_biscuit(tmp_path / "content")
    shared = shares(tmp_path, feed_server)
    assert PARTY not in shared, shared
    # Near miss: the friend's walks, shared beside the hard day, plainly.
    assert shared["Our dog's walks"].endswith(
        "— From Ada, close to what I wrote in my “Goodbye, Biscuit”."
    )


def test_a_friend_s_party_is_shared_beside_another_post_of_the_author_s(tmp_path, feed_server):
    content = tmp_path / "content"
    write_biscuit(content)
    write(content, "beach", "Beach days with a lurcher", "dogs", f"Our lurcher loves {WALK}.")
    shared = shares(tmp_path, feed_server)
    assert "Biscuit" not in shared[PARTY] and "Beach days with a lurcher" in shared[PARTY]


def test_a_friend_s_loss_is_not_shared_beside_the_author_s_party(tmp_path, feed_server):
    # "An honest, careful post from Ada, close to my “Ten years of this blog 🎉”" tied a friend's
    # loss to the author's party in public.
    content = tmp_path / "content"
    party = "Ten years of this blog 🎉"
    write(content, "party", party, "dogs", f"Thank you for reading! {WALK}. {WALK}.")
    write(content, "code", "Ten Python tips", "code", "Pathlib and dataclasses.")
    feed_server.routes["/ada.rss"] = Route(
        dated_rss(
            [("For Rex", "https://ada.example/rex", f"Our dog Rex died on Sunday. {WALK}.", NOW)]
        )
    )
    friends = [{"name": "Ada", "url": feed_server.url("/ada.rss")}]
    settings = write_settings(
        tmp_path, PROMOTE_RELATED_FRIENDS=friends, PROMOTE_RELATED_DIGEST_DAYS=30
    )
    found = digest.collect_digest(*settings_and_config(settings), False, NOW + timedelta(hours=1))
    assert found.items == [] and found.recent == 1
    # Near miss: beside an everyday post of the author's, it is shared, quietly.
    write(content, "beach", "Beach days with a lurcher", "dogs", f"Our lurcher loves {WALK}.")
    found = digest.collect_digest(*settings_and_config(settings), False, NOW + timedelta(hours=1))
    (item,) = found.items
    assert item.own_title == "Beach days with a lurcher"
    assert any(s.split("{")[0] in item.share_line for s in digest.QUIET_SENTENCES)
