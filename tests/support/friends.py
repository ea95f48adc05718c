"""A friend's post as `invoke promote` reads it from their feed, for the digest's tests, and how
the digest shares it: quietly for a hard time, warmly otherwise."""

from promote_related import digest
from promote_related.feeds import FriendPost

# What the digest says of a friend's post it enjoyed ("A lovely read from Ada", "Ada says it
# better than I could"): never beside a hard time.
CHEER = ("lovely", "enjoy", "better than I could")


def friend_post(title: str, text: str) -> FriendPost:
    """Return Ada's post *title* whose text is *text*, with no tags and no date."""
    return FriendPost(
        "Ada", "https://ada.example/rss", title, "https://ada.example/p", text, (), None
    )


def assert_shared_quietly(title: str, text: str, blog: str = "My garden") -> None:
    """Assert the digest reads Ada's post *title* as a hard time and shares it on *blog* with no
    cheer."""
    post = friend_post(title, text)
    assert digest.tells_a_hard_time(post), title
    sentence = digest._warm_sentence(post, blog, True, False)
    assert not [cheer for cheer in CHEER if cheer in sentence], (title, sentence)


def assert_shared_warmly(title: str, text: str) -> None:
    """Assert the digest reads Ada's post *title* as no hard time."""
    assert not digest.tells_a_hard_time(friend_post(title, text)), title
