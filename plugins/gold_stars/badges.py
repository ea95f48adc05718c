"""Badges from the whole comment history: per comment, per commenter, per post."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from markupsafe import Markup

from .room import QUIET, UNCHEERED, tone_of
from .settings import Badge, BadgeRule

EXCERPT_LENGTH = 140


@dataclass(frozen=True)
class GoldStarAward:
    """The gold stars the author gave one comment; *quiet* on a comment of a hard time (said
    plainly, not "a great big gold star")."""

    count: int
    quiet: bool = False


@dataclass(frozen=True)
class PostGoldStars:
    """A post's stars, the milestone they reached and the gold stars awarded in its comments.

    On a support post (a hard day) nothing is celebrated: no milestone is reached, and `support`
    tells the theme to say quietly how many readers said "I see you".
    """

    stars: int
    milestone: int | None
    next_milestone: int | None
    gold_stars: int
    starred_comments: int
    support: bool = False


@dataclass(frozen=True)
class StarredComment:
    """A comment that earned gold stars, with the post it is on."""

    article: object
    comment: object
    gold_stars: int
    excerpt: str


@dataclass
class Commenter:
    """One commenter's history across the site (the author's own replies are not counted)."""

    key: str
    name: str = ""
    latest: str = ""
    comments: int = 0
    posts: set[str] = field(default_factory=set)
    gold_stars: int = 0
    stars: int = 0
    most_stars_on_a_comment: int = 0
    ideas_starred: int = 0
    starred: list[StarredComment] = field(default_factory=list)
    badges: tuple[Badge, ...] = ()
    first: tuple[str, int] | None = None  # (created, id) of their first comment


def walk(comments: Iterable) -> Iterator:
    """Yield every comment of a reply tree, parents before their replies."""
    stack = list(reversed(list(comments)))
    while stack:
        comment = stack.pop()
        yield comment
        stack.extend(reversed(comment.replies))


def tally(threads: Iterable[tuple[str, object, list, bool, set[int]]]) -> dict[str, Commenter]:
    """Return each commenter's history from (thread id, post, flat comments, support, ids of the
    replies under a hard time) tuples.

    The stars of a support post's comments are "I see you", not applause: they earn no badge;
    nor do those of a comment that tells of a hard time (room.py), nor those of a reply under one
    (under_a_hard_time). A comment that reads as an insult or an advertisement counts for
    nothing. (With an export of version 1, which carries no tone, only the gold-starred comments
    are read: room.tone_of.)
    """
    commenters: dict[str, Commenter] = {}
    for thread_id, article, comments, support, hushed in threads:
        for comment in comments:
            if comment.by_author or not comment.commenter:
                continue
            if tone_of(comment, support) in UNCHEERED:
                continue  # an insult or an advertisement the author let through earns nothing
            person = commenters.get(comment.commenter)
            if person is None:
                person = commenters[comment.commenter] = Commenter(comment.commenter)
            _count(person, thread_id, article, comment, support, comment.id in hushed)
    return commenters


def _count(
    person: Commenter, thread_id: str, article: object, comment, support: bool, hushed: bool
) -> None:
    when = comment.created or ""
    if when >= person.latest:
        person.latest, person.name = when, comment.author
    person.comments += 1
    person.posts.add(thread_id)
    place = (when, comment.id)
    if person.first is None or place < person.first:
        person.first = place
    if support or hushed or tone_of(comment, support) in QUIET:
        return
    stars = comment.stars
    person.stars += stars
    if stars > person.most_stars_on_a_comment:
        person.most_stars_on_a_comment = stars
    if comment.gold_stars:
        person.gold_stars += comment.gold_stars
        person.ideas_starred += comment.parent is None
        excerpt = excerpt_of(comment.html)
        person.starred.append(StarredComment(article, comment, comment.gold_stars, excerpt))


def under_a_hard_time(flat: list, support: bool = False) -> set[int]:
    """Return the ids of the comments of a thread (a flat list, parents first) that reply, at any
    depth, to a comment that tells of a reader's hard time: under "My mother died last week.",
    « Je suis désolée pour ta maman, Agnès. » wears no "Readers' favourite" badge and no great
    big gold star, and is not quoted on the wall, whatever its own words read as. On a hard day
    (*support*) none: nothing there is celebrated already."""
    if support:
        return set()
    by_id = {comment.id: comment for comment in flat}
    under: set[int] = set()
    for comment in flat:
        parent = by_id.get(comment.parent)
        if parent is not None and (parent.id in under or tone_of(parent) in QUIET):
            under.add(comment.id)
    return under


def earned(person: Commenter, rules: Iterable[BadgeRule]) -> tuple[Badge, ...]:
    """Return the badges *person* has earned, in the order the settings list them."""
    facts = {
        "min_comments": person.comments,
        "min_posts": len(person.posts),
        "min_gold_stars": person.gold_stars,
        "min_stars": person.stars,
        "min_stars_on_a_comment": person.most_stars_on_a_comment,
        "author_starred": person.ideas_starred,
    }
    return tuple(rule.badge for rule in rules if all(facts[k] >= v for k, v in rule.criteria))


SHOWN_PER_COMMENT = 2


def is_first_comment_badge(rule: BadgeRule) -> bool:
    """Return whether *rule* is earned by a first comment alone (it shows on that comment only)."""
    return rule.criteria == (("min_comments", 1),)


def shown_badges(person: Commenter, rules: Iterable[BadgeRule], first: bool) -> tuple[Badge, ...]:
    """Return the badges shown beside one of *person*'s comments (*first*: their first one): at
    most two, the rarest first (GOLD_STARS_BADGES goes from the easiest to the rarest); a
    first-comment badge only on their first comment. The wall of gold stars shows them all."""
    earned_ids = {badge.id for badge in person.badges}
    shown = [
        rule.badge
        for rule in rules
        if rule.badge.id in earned_ids and (first or not is_first_comment_badge(rule))
    ]
    return tuple(reversed(shown))[:SHOWN_PER_COMMENT]


def is_first_comment(person: Commenter, comment) -> bool:
    """Return whether *comment* is *person*'s first comment on the site."""
    return person.first == ((comment.created or ""), comment.id)


def post_gold_stars(
    stars: int, comments: list, milestones: tuple[int, ...], support: bool = False
) -> PostGoldStars:
    """Return a post's star milestone and the gold stars celebrated in its *comments* (a flat
    list, their awards given); a support post reaches no milestone."""
    reached = 0 if support else bisect_right(milestones, stars)
    # Only the gold stars shown as such: not one on an insult, nor on a reader's hard time.
    starred = [c for c in comments if c.award is not None and not c.award.quiet]
    return PostGoldStars(
        stars=stars,
        milestone=milestones[reached - 1] if reached else None,
        next_milestone=None if support or reached >= len(milestones) else milestones[reached],
        gold_stars=sum(c.gold_stars for c in starred),
        starred_comments=len(starred),
        support=support,
    )


def excerpt_of(html: str, length: int = EXCERPT_LENGTH) -> str:
    """Return the plain text of a comment's *html*, cut at a word near *length* characters."""
    text = Markup(html).striptags()
    if len(text) <= length:
        return text
    cut = text[:length].rsplit(" ", 1)[0] or text[:length]
    return cut.rstrip(" ,.;:") + "…"
