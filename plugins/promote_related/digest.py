"""The promotion digest behind `invoke promote`: friends' recent posts that relate to yours.

For each recent post of a friend's feed, the digest names the author's own post it relates to most
and gives a line ready to share: the title, the link and a warm sentence.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pelican.generators import ArticlesGenerator
from pelican.settings import read_settings
from tqdm import tqdm

from .feeds import FriendPost
from .index import top_k
from .posts import tag_names
from .promote_related import friend_feeds, load_friends, site_model
from .relate import Readable, common_tags, reason_terms, reason_words
from .settings import Config, read_config
from .text import plain_title
from .words import Doc

WARM_SENTENCES = (
    "{friend} wrote this with such care, and it sits beautifully beside my “{own}”.",
    "A lovely read from {friend}; if you liked my “{own}”, you will enjoy this one.",
    "{friend} says it better than I could; it goes hand in hand with my “{own}”.",
    "I learned from this post by {friend}; it is a warm companion to my “{own}”.",
)


@dataclass(frozen=True)
class DigestItem:
    """A friend's recent post, the author's post it relates to, and a line to share."""

    friend_post: FriendPost
    own_title: str
    own_url: str
    score: float
    reason: tuple[str, ...]
    share_line: str


def digest_text(settings_file: str, progress: bool = True, now: datetime | None = None) -> str:
    """Return the digest of a site, fetching its friends' feeds with a progress bar."""
    settings = read_settings(settings_file)
    config = read_config(settings)
    if not friend_feeds(config):
        return (
            "No friends' feeds yet: list them in PROMOTE_RELATED_FRIENDS or PROMOTE_RELATED_OPML "
            "(see docs/promote-related.md)."
        )
    items = collect_digest(settings, config, progress, now or datetime.now(UTC))
    return render_digest(items, config.digest_days)


def collect_digest(
    settings: dict, config: Config, progress: bool, now: datetime
) -> list[DigestItem]:
    """Return the friends' posts of the last PROMOTE_RELATED_DIGEST_DAYS related to the author's."""
    posts = sorted(read_posts(settings), key=lambda post: post.source_path)
    feeds = friend_feeds(config)
    with tqdm(
        total=len(feeds), desc="friends' feeds", unit="feed", disable=not progress, file=sys.stderr
    ) as bar:
        friend_posts = load_friends(config, Path(settings["PATH"]), lambda _feed: bar.update())
    since = now - timedelta(days=config.digest_days)
    recent = [fp for fp in friend_posts if fp.date is not None and fp.date >= since]
    if not posts or not recent:
        return []
    model = site_model(posts, config)
    friend_matrix = model.vectors([Doc(fp.title, fp.tags, "", fp.text) for fp in recent])
    best = top_k(friend_matrix, model.full, 1, config.friends_min_score)
    matched = [(position, found[0]) for position, found in enumerate(best) if found]
    terms = reason_terms(
        model.full,
        [target for _, (target, _) in matched],
        friend_matrix,
        [position for position, _ in matched],
        Readable(model.langs, model.readable),
    )
    items = [
        _item(recent[position], posts[target], score, list(words))
        for (position, (target, score)), words in zip(matched, terms, strict=True)
    ]
    return sorted(items, key=lambda item: item.friend_post.date, reverse=True)


def read_posts(settings: dict) -> list:
    """Read the site's published posts with Pelican's readers, without writing anything."""
    context = settings.copy()
    context.update(generated_content={}, static_links=set(), static_content={})
    context["localsiteurl"] = settings["SITEURL"]
    generator = ArticlesGenerator(
        context=context,
        settings=settings,
        path=settings["PATH"],
        theme=settings["THEME"],
        output_path=settings["OUTPUT_PATH"],
    )
    generator.generate_context()
    return list(generator.articles)


def _item(friend_post: FriendPost, own, score: float, terms: list[str]) -> DigestItem:
    own_title = plain_title(str(own.title))
    shared = common_tags(tag_names(own), friend_post.tags)
    sentence = _warm_sentence(friend_post, own_title)
    return DigestItem(
        friend_post=friend_post,
        own_title=own_title,
        own_url=own.url,
        score=score,
        reason=reason_words(shared, terms),
        share_line=f"“{friend_post.title}” by {friend_post.friend}: {friend_post.url} — {sentence}",
    )


def _warm_sentence(friend_post: FriendPost, own_title: str) -> str:
    """Pick one warm sentence, the same one for the same post every time."""
    choice = int(hashlib.sha256(friend_post.url.encode()).hexdigest(), 16) % len(WARM_SENTENCES)
    return WARM_SENTENCES[choice].format(friend=friend_post.friend, own=own_title)


def render_digest(items: Sequence[DigestItem], days: int) -> str:
    """Return the digest as text for the terminal."""
    if not items:
        return f"No friend's post of the last {days} days relates to yours this time."
    lines = [f"Friends' posts of the last {days} days that relate to yours ({len(items)}):", ""]
    for number, item in enumerate(items, start=1):
        post = item.friend_post
        when = post.date.strftime("%Y-%m-%d") if post.date else "undated"
        lines.append(f"{number}. {post.title} — {post.friend}, {when}")
        lines.append(f"   {post.url}")
        about = f" (you both wrote about {', '.join(item.reason)})" if item.reason else ""
        lines.append(f"   relates to your “{item.own_title}”{about}")
        lines.append(f"   share: {item.share_line}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
