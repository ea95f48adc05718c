"""The promotion digest behind `invoke promote`: friends' recent posts that relate to yours.

For each recent post of a friend's feed, the digest names the author's own post it relates to most
and gives a line ready to share: the title, the link and a warm sentence (a quiet one when the
post tells of a loss or a hard time: nobody "enjoys" it; a plain one when the author's own post is
a hard day: nobody "liked" it). Items are ranked by relevance,
friends taking turns, at most PROMOTE_RELATED_DIGEST_MAX of them, and the digest first says what
the window held ("Your friends published 0 posts in the last 30 days; the newest is from
2021-03-02"). It is written in the blog's DEFAULT_LANG, the share line too, in the languages the
thank-you drafts speak (digest_words.py), English otherwise.

The author's posts are read with Pelican's readers (Markdown rendering: most of a run's time) once,
then kept under CACHE_PATH/promote_related/ keyed by the content files' sizes and times and the
settings: a second run with nothing changed reads none of them again.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from html import unescape
from pathlib import Path

from pelican.generators import ArticlesGenerator
from pelican.settings import read_settings
from tqdm import tqdm

from goldstar_support.articles import support_said
from reply_drafts.grief import hard_time_cues

from .cache import IndexCache, content_hash
from .digest_words import ENGLISH, DigestWords, digest_words
from .feeds import FriendPost
from .index import top_k
from .posts import category_name, tag_names
from .promote_related import (
    friend_feeds,
    friend_throws_a_party,
    load_friends,
    site_model,
    throws_a_party,
)
from .relate import Readable, common_tags, reason_terms
from .results import reason_words
from .settings import Config, read_config
from .text import plain_title
from .words import Doc

# The sentences in English (digest_words.py holds them in every language the drafts speak).
WARM_SENTENCES = ENGLISH.warm
# A friend's post about a loss, an illness or a hard time: nobody "enjoys" it, it is not "lovely".
QUIET_SENTENCES = ENGLISH.quiet
# Beside the author's own hard day (`Support: true`, or a title or opening that tells of a loss
# or a hard time, as the build reads it): no "if you liked my “…”", no praise of what sits by it.
PLAIN_SENTENCES = ENGLISH.plain
# The author's posts a friend's post may be shared beside, best first (a party is never shared
# beside a hard day: the next best is taken).
CHOICES = 3
# What OwnPost holds changed: a cache of another shape is read afresh.
DIGEST_CACHE = "digest 2"
# The HTML read for a hard day's opening, as plugins/comments/hard_days.py reads it.
OPENING_HTML = 800
_TAG = re.compile(r"<[^<>]*>")


@dataclass(frozen=True)
class OwnPost:
    """What the digest needs of one of the author's posts (kept in the cache, not Pelican's)."""

    source_path: str
    title: str
    url: str
    tags: tuple[str, ...]
    category: str
    _content: str
    metadata: dict
    hard_day: bool = False  # a support post: shared plainly, and only by the tags


@dataclass(frozen=True)
class Digest:
    """The digest: its items (best first) and what the window held."""

    items: list
    days: int
    recent: int  # friends' posts published in the window
    newest: datetime | None  # the newest friend's post of any date
    lang: str = "en"  # the blog's DEFAULT_LANG: the digest's words are in it (digest_words.py)


@dataclass(frozen=True)
class DigestItem:
    """A friend's recent post, the author's post it relates to, and a line to share."""

    friend_post: FriendPost
    own_title: str
    own_url: str
    score: float
    reason: tuple[str, ...]
    share_line: str


def digest_text(
    settings_file: str, progress: bool = True, now: datetime | None = None, days: int | None = None
) -> str:
    """Return the digest of a site, fetching its friends' feeds with a progress bar.

    *days* overrides PROMOTE_RELATED_DIGEST_DAYS (`invoke promote --days N`).
    """
    settings = read_settings(settings_file)
    config = read_config(settings)
    words = digest_words(config.default_lang)
    if not friend_feeds(config):
        return words.no_friends
    if days is not None and days < 1:
        return words.bad_days.format(days=days)
    window = days or config.digest_days
    found = collect_digest(settings, config, progress, now or datetime.now(UTC), window)
    return render_digest(found) + boost_note(config)


def boost_note(config: Config) -> str:
    """Say what the promote boost did to the links of the last build (from its cache), or ""."""
    relations = IndexCache(config.cache_dir, "relations").load().get("relations")
    if not relations:
        return ""
    raised = sum(1 for found in relations for relation in found if relation.boosted)
    posts = sum(1 for found in relations if any(relation.boosted for relation in found))
    links = sum(len(found) for found in relations)
    words = digest_words(config.default_lang)
    return words.boost.format(raised=raised, links=links, posts=posts, total=len(relations))


def collect_digest(
    settings: dict, config: Config, progress: bool, now: datetime, days: int | None = None
) -> Digest:
    """Return the friends' posts of the last *days* days related to the author's, best first."""
    days = days or config.digest_days
    lang = config.default_lang
    feeds = friend_feeds(config)
    with tqdm(
        total=len(feeds), desc="friends' feeds", unit="feed", disable=not progress, file=sys.stderr
    ) as bar:
        friend_posts = load_friends(config, Path(settings["PATH"]), lambda _feed: bar.update())
    dated = [fp.date for fp in friend_posts if fp.date is not None]
    since = now - timedelta(days=days)
    recent = [fp for fp in friend_posts if fp.date is not None and fp.date >= since]
    newest = max(dated) if dated else None
    posts = own_posts(settings, config) if recent else []
    if not posts or not recent:
        return Digest([], days, len(recent), newest, lang)
    model = site_model(posts, config)
    friend_matrix, friend_headline = model.read(
        [Doc(fp.title, fp.tags, "", fp.text) for fp in recent]
    )
    best = top_k(friend_matrix, model.full, CHOICES, config.friends_min_score)
    matched = [
        (position, fit)
        for position, found in enumerate(best)
        for fit in [_best_fit(recent[position], found, posts)]
        if fit is not None
    ]
    terms = reason_terms(
        model.full,
        [target for _, (target, _) in matched],
        friend_matrix,
        [position for position, _ in matched],
        Readable(model.langs, model.readable, model.headline),
        friend_headline,
    )
    phrases = digest_words(lang)
    items = [
        _item(recent[position], posts[target], score, list(words), phrases)
        for (position, (target, score)), words in zip(matched, terms, strict=True)
    ]
    return Digest(friends_in_turn(items)[: config.digest_max], days, len(recent), newest, lang)


def _best_fit(
    friend_post: FriendPost, found: list[tuple[int, float]], posts: Sequence[OwnPost]
) -> tuple[int, float] | None:
    """Return the author's post (index, score) a friend's post is shared beside: the best of
    *found*, but never a hard day of the author's beside a friend's party (as on the page: "We're
    celebrating: ten years married 🎉 — From Ada, close to what I wrote in my “Goodbye,
    Biscuit”"), nor a party of the author's beside a friend's loss ("An honest, careful post from
    Ada, close to my “We're celebrating!”"); None when no other post is close enough."""
    party = friend_throws_a_party(friend_post)
    loss = not party and tells_a_hard_time(friend_post)
    for target, score in found:
        own = posts[target]
        own_party = not own.hard_day and throws_a_party(own.title)
        if (party and own.hard_day) or (loss and own_party):
            continue
        return target, score
    return None


def friends_in_turn(items: Sequence[DigestItem]) -> list[DigestItem]:
    """Return *items* best first, each friend's second post after every friend's first...

    So one prolific friend never fills the digest, as no friend fills a post's list.
    """
    ranked = sorted(items, key=lambda item: (-item.score, item.friend_post.url))
    taken: dict[str, int] = {}
    turns = []
    for item in ranked:
        turn = taken.get(item.friend_post.feed_url, 0)
        taken[item.friend_post.feed_url] = turn + 1
        turns.append(turn)
    order = sorted(range(len(ranked)), key=lambda position: (turns[position], position))
    return [ranked[position] for position in order]


def own_posts(settings: dict, config: Config) -> list[OwnPost]:
    """Return the author's published posts: from the cache if no content file changed."""
    cache = IndexCache(config.cache_dir, "digest_posts")
    key = content_hash(DIGEST_CACHE, _content_files(settings), _settings_key(settings))
    state = cache.load()
    if state.get("key") == key:
        return state["posts"]
    posts = [_own_post(post) for post in read_posts(settings)]
    posts.sort(key=lambda post: post.source_path)
    cache.save({"key": key, "posts": posts})
    return posts


def _settings_key(settings: dict) -> list[tuple[str, str]]:
    """Return the settings as text, leaving out objects whose text changes every run (functions,
    instances: "<function f at 0x7f...>"), so an unchanged site gives the same key."""
    shown = ((key, repr(value)) for key, value in settings.items())
    return sorted((key, text) for key, text in shown if " at 0x" not in text)


def _content_files(settings: dict) -> list[tuple[str, int, int]]:
    """Return each file under PATH with its size and modification time, to key the cache."""
    root = Path(settings["PATH"])
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file():
            stat = path.stat()
            found.append((str(path.relative_to(root)), stat.st_size, stat.st_mtime_ns))
    return found


def _own_post(post) -> OwnPost:
    return OwnPost(
        source_path=post.source_path,
        title=str(post.title),
        url=post.url,
        tags=tag_names(post),
        category=category_name(post),
        _content=getattr(post, "_content", "") or "",
        metadata={"lang": post.metadata["lang"]} if post.metadata.get("lang") else {},
        hard_day=is_hard_day(post),
    )


def is_hard_day(post) -> bool:
    """Return whether the author's *post* is a hard day: `Support: true`, or, with no `Support`,
    a title, summary or opening that tells of a loss or a hard time (as plugins/comments marks
    it in a build)."""
    said = support_said(post.metadata.get("support", ""))
    if said is not None:  # the author said, maybe in French: « Support: oui »
        return said
    parts = (post.title, post.metadata.get("summary", ""), (post._content or "")[:OPENING_HTML])
    return bool(hard_time_cues(*(_words(part) for part in parts)))


def _words(html: object) -> str:
    """Return the text of *html* (a title, a summary, a post's opening) without markup."""
    return unescape(_TAG.sub(" ", str(html or "")))


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


def _item(
    friend_post: FriendPost, own, score: float, terms: list[str], words: DigestWords = ENGLISH
) -> DigestItem:
    own_title = plain_title(str(own.title))
    shared = common_tags(tag_names(own), friend_post.tags)
    hard = tells_a_hard_time(friend_post)
    sentence = _warm_sentence(friend_post, own_title, hard, own.hard_day, words)
    return DigestItem(
        friend_post=friend_post,
        own_title=own_title,
        own_url=own.url,
        score=score,
        # a hard time, theirs or the author's: only the tags, not words pulled from it ("car,
        # park and tissues")
        reason=reason_words(shared, [] if hard or own.hard_day else terms),
        share_line=words.typeset(
            words.share.format(
                title=friend_post.title,
                friend=friend_post.friend,
                url=friend_post.url,
                sentence=sentence,
            )
        ),
    )


def _warm_sentence(
    friend_post: FriendPost,
    own_title: str,
    hard: bool,
    own_hard: bool,
    words: DigestWords = ENGLISH,
) -> str:
    """Pick one sentence that fits the post (a quiet one for a *hard* time, a plain one beside
    the author's own hard day, *own_hard*), in the blog's language (*words*), the same one for
    the same post every time."""
    sentences = words.quiet if hard else words.plain if own_hard else words.warm
    choice = int(hashlib.sha256(friend_post.url.encode()).hexdigest(), 16) % len(sentences)
    return sentences[choice].format(friend=friend_post.friend, own=own_title)


def tells_a_hard_time(friend_post: FriendPost) -> bool:
    """Return whether a friend's post tells of a loss, an illness or a hard time (the words the
    thank-you drafts' tone reader looks for, in its title and opening, as for the blog's own)."""
    return bool(hard_time_cues(friend_post.title, "", friend_post.text))


def render_digest(digest: Digest) -> str:
    """Return the digest as text for the terminal: what the window held, then the items."""
    words = digest_words(digest.lang)
    window = _window_line(digest, words)
    if not digest.items:
        if digest.recent:
            window += words.none_close
        return window + words.full_stop + "\n"
    friends = {item.friend_post.feed_url for item in digest.items}
    order = words.order_turns if len(friends) > 1 else words.order_best
    lines = [words.heading.format(window=window, n=len(digest.items), order=order), ""]
    for number, item in enumerate(digest.items, start=1):
        post = item.friend_post
        when = post.date.strftime("%Y-%m-%d") if post.date else words.undated
        lines.append(words.typeset(f"{number}. {post.title} — {post.friend}, {when}"))
        lines.append(f"   {post.url}")
        about = words.also_about.format(words=words.listed(item.reason)) if item.reason else ""
        lines.append(words.typeset(f"   {words.relates.format(own=item.own_title)}{about}"))
        lines.append(f"   {words.share_label}{item.share_line}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _window_line(digest: Digest, words: DigestWords = ENGLISH) -> str:
    """Say what the window held: "Your friends published 2 posts in the last 30 days"."""
    line = words.window(digest.recent, digest.days)
    if digest.newest is None:
        return line + words.no_dated
    if not digest.recent:
        return line + words.newest.format(date=f"{digest.newest:%Y-%m-%d}")
    return line
