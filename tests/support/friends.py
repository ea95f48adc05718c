"""A friend's post as `invoke promote` reads it from their feed, for the digest's tests."""

from promote_related.feeds import FriendPost


def friend_post(title: str, text: str) -> FriendPost:
    """Return Ada's post *title* whose text is *text*, with no tags and no date."""
    return FriendPost(
        "Ada", "https://ada.example/rss", title, "https://ada.example/p", text, (), None
    )
