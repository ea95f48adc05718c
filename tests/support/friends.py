"""A friend's post as `invoke promote` reads it from their feed, for the digest's tests, and how
the digest shares it: quietly for a hard time, warmly otherwise."""

from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

from pelican.settings import read_settings
from promote_related import digest
from promote_related.feeds import FriendPost
from promote_related.settings import read_config

from tests.support import ROOT

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


NOW = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)


def dated_rss(items: list[tuple[str, str, str, datetime]]) -> bytes:
    """Return an RSS feed; each item is (title, link, description, date)."""
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link><description>{text}</description>"
        f"<pubDate>{format_datetime(date)}</pubDate></item>"
        for title, link, text, date in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Ada</title>'
        f"<link>https://ada.example/</link>{entries}</channel></rss>"
    ).encode()


def write_settings(tmp_path: Path, **settings) -> Path:
    """Write a Pelican settings file for the tiny site under *tmp_path*."""
    lines = [
        f"PATH = {str(tmp_path / 'content')!r}",
        f"THEME = {str(ROOT / 'theme')!r}",
        f"CACHE_PATH = {str(tmp_path / 'cache')!r}",
        f"OUTPUT_PATH = {str(tmp_path / 'output')!r}",
        'TIMEZONE = "UTC"',
        "FEED_ALL_ATOM = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = None",
        "AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None",
    ] + [f"{key} = {value!r}" for key, value in settings.items()]
    path = tmp_path / "settings.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def settings_and_config(settings_file: Path) -> tuple[dict, object]:
    """Return the Pelican settings of *settings_file* and promote_related's reading of them."""
    settings = read_settings(str(settings_file))
    return settings, read_config(settings)
