"""Gold stars and badges, computed from the whole comment history at every build.

Reads what plugins/comments puts on articles (`comments`, `comments_id`, `star_count`); with that
plugin off, it adds nothing and writes no page.

Signals:
    all_generators_finalized -- runs after article_generator_finalized (where plugins/comments
        attaches the threads) and before any page is written: badges need every thread of the site.
    get_generators -- adds the generator that writes the wall of gold stars.
    generator_init -- adds templates/ (goldstar/gold_stars.html, gold_stars_wall.html) after the
        theme's own templates, so any theme can include the partial and has a wall page; gives
        them goldstar_words (the partials' words in the page's language); keeps the compiled
        templates in CACHE_PATH (goldstar_support/compiled_templates.py).
    comments_threads_changed (bake/, not Pelican's) -- sent by the bake step once plugins/comments
        has read the changed export again (with `posts`, the posts it gave other comments; None
        for any): the commenters of the changed threads are counted again
        (the others' counts are kept on the articles generator, `_gold_stars_tally`), and the
        badges given again on every thread they commented on.

Settings (defaults in settings.py; a bad value is reported and replaced by its default):
    GOLD_STARS_BADGES (list of dicts) -- each badge: `id`, `label`, `description` and one or more
        criteria, all of which must hold: `min_comments`, `min_posts`, `min_gold_stars`,
        `min_stars`, `min_stars_on_a_comment` (whole numbers) or `author_starred: True`.
    GOLD_STARS_MILESTONES (list of int, [10, 25, 50, 100]) -- the post star counts celebrated.
    GOLD_STARS_WALL_SAVE_AS (str, "gold-stars/index.html") -- where the wall goes; "" for none.
    GOLD_STARS_WALL_URL (str, "gold-stars/") -- its URL, relative to SITEURL.

Attributes added:
    article.gold_stars: PostGoldStars -- `stars` (the post's own), `milestone` (the highest of
        GOLD_STARS_MILESTONES reached, or None), `next_milestone` (int | None), `gold_stars`
        (celebrated in the thread: not those said quietly), `starred_comments` (how many
        comments have one) and `support` (a support post, `support: true`: it reaches no
        milestone; its stars say "I see you").
    comment.badges: tuple[Badge, ...] -- the badges shown beside the comment, each with `id`,
        `label` and `description`: at most two of the commenter's badges over the whole site, the
        rarest first (the later in GOLD_STARS_BADGES), a first-comment badge only on their first
        comment; empty for the author's own replies and on a support post. A support post's stars
        earn no badge. The wall of gold stars shows every badge. Read the room first (room.py,
        with the export's `tone`): a comment that reads as an insult or an advertisement earns
        nothing and wears no badge; one that tells of a hard time (grief, illness, a reader in
        crisis) wears none, its stars and gold stars earn none, and the wall does not quote it;
        nor do the replies under it wear any (their comfort: under_a_hard_time).
        An export of version 1 carries no tone: only gold-starred comments are read, as before.
    comment.award: GoldStarAward | None -- `count`, the gold stars the author gave this comment,
        and `quiet` (on a support post, a comment of a hard time or a reply under one: said
        plainly); None on a comment the export says reads as an insult or an advertisement (a
        warning names it); said plainly, with a warning, when only the build reads it so.
    comment.tone_read: str | None -- the tone reply_drafts.tone read in it here ("guarded" for
        words a reader at risk may write, read as something else): only for a gold-starred
        comment (with no `tone` in its export, or one that is not an insult or an ad), or on a
        hard day (None: not read). The graver of the two readings is acted on.

Context added (for every template): `gold_stars_wall` (a `Wall`: `commenters`, `badges`, `url`,
`save_as`), rendered with the theme's `gold_stars_wall.html` at GOLD_STARS_WALL_SAVE_AS.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from blinker import signal
from pelican import signals
from pelican.generators import ArticlesGenerator

from goldstar_support.articles import all_articles, is_support_post
from goldstar_support.compiled_templates import keep_compiled_templates
from goldstar_support.dates import localize_content_dates
from goldstar_support.theme_words import add_theme_words

from .badges import (
    Commenter,
    GoldStarAward,
    earned,
    is_first_comment,
    post_gold_stars,
    shown_badges,
    tally,
    under_a_hard_time,
    walk,
)
from .room import QUIET, UNCHEERED, cheered, overruled, tone_of, warn_hidden_gold_star
from .settings import read_settings
from .theme_files import add_templates
from .wall import CONTEXT_KEY, GoldStarsWallGenerator, build_wall

logger = logging.getLogger(__name__)

# Sent by the bake step (bake/) with the generators, after the changed export was read again.
THREADS_CHANGED = signal("comments_threads_changed")


# Kept on the articles generator between a build and its bakes (a new build, a new generator).
TALLY = "_gold_stars_tally"
Thread = tuple[list, list, list]  # its posts (published first), its comments, them all flat
NO_THREAD: Thread = ([], [], [])


@dataclass
class Tally:
    """What the last count saw: each thread's posts and comments (the list and flat), each
    commenter's history and the two ways their badges are shown (on their first comment, on the
    others)."""

    threads: dict[str, Thread]
    commenters: dict[str, Commenter]
    shown: dict[str, tuple[tuple, tuple]]


def attach_gold_stars(generators: list, posts: list | None = None) -> list | None:
    """Give every post its milestone and every comment its commenter's badges and gold stars;
    return the posts given them again (None: every post, or none when there is nothing to give).

    After a bake read the export again, only the commenters of the changed threads (those of
    *posts*, the posts given other comments; when None, any) are counted again, and only the
    threads they commented on get their badges again.
    """
    articles_generator = next((g for g in generators if isinstance(g, ArticlesGenerator)), None)
    if articles_generator is None:
        return None
    last: Tally | None = articles_generator.__dict__.get(TALLY)
    if last is not None and posts is not None:
        threads = {**last.threads, **group(posts, last.threads)}
    else:
        threads = group(all_articles(articles_generator), last.threads if last else {})
    if not threads:
        logger.debug("gold_stars: no article carries comments (is plugins/comments on?)")
        return None
    config = read_settings(articles_generator.settings)
    if last is None:
        tally_ = count_all(threads, config)
        redo = threads.keys()
    else:
        maybe = None if posts is None else {article.comments_id for article in posts}
        tally_, redo = count_changed(last, threads, config, maybe)
    articles_generator.__dict__[TALLY] = tally_
    given = []
    for thread_id in redo:
        articles, _, flat = threads[thread_id]
        attach_badges(flat, tally_, is_support_post(articles[0]), articles[0])
        for article in articles:
            article.gold_stars = post_gold_stars(
                article.star_count, flat, config.milestones, is_support_post(article)
            )
        given += articles
    badges = [rule.badge for rule in config.rules]
    articles_generator.context[CONTEXT_KEY] = build_wall(
        tally_.commenters, badges, config.wall_url, config.wall_save_as
    )
    return None if last is None else given


def count_all(threads: dict[str, Thread], config) -> Tally:
    """Return the tally of every commenter of *threads*."""
    commenters = tally(
        (tid, articles[0], flat, support, under_a_hard_time(flat, support))
        for tid, (articles, _, flat) in threads.items()
        for support in (is_support_post(articles[0]),)
    )
    return Tally(threads, commenters, shown_of(commenters, config))


def count_changed(
    last: Tally, threads: dict[str, Thread], config, maybe: set[str] | None = None
) -> tuple[Tally, set]:
    """Return the tally after some threads (of those of ids *maybe*; None: any) changed, and the
    threads whose badges may change: the changed ones, and every thread their commenters (before
    or after) commented on."""
    candidates = threads.keys() | last.threads.keys() if maybe is None else maybe
    changed = {tid for tid in candidates if _changed(last, threads, tid)}
    people = set()
    for tid in changed:
        for thread in (last.threads.get(tid, NO_THREAD), threads.get(tid, NO_THREAD)):
            people.update(c.commenter for c in thread[2] if c.commenter and not c.by_author)
    redo = set(changed)
    for key in people & last.commenters.keys():
        redo.update(last.commenters[key].posts)
    redo &= threads.keys()
    # Counted in the full count's order, so that ties (the name of the latest comment) end alike.
    recounted = tally(
        (
            tid,
            articles[0],
            [c for c in flat if c.commenter in people],
            support,
            under_a_hard_time(flat, support),  # the whole thread: a reply's parent is another's
        )
        for tid, (articles, _, flat) in threads.items()
        if tid in redo
        for support in (is_support_post(articles[0]),)
    )
    commenters = {k: p for k, p in last.commenters.items() if k not in people}
    commenters.update(recounted)
    shown = {k: v for k, v in last.shown.items() if k not in people}
    shown.update(shown_of(recounted, config))
    return Tally(threads, commenters, shown), redo


def _changed(last: Tally, threads: dict[str, Thread], tid: str) -> bool:
    """Return whether thread *tid* has other comments than at the last count."""
    if tid not in threads or tid not in last.threads:
        return True
    return not _same(threads[tid][1], last.threads[tid][1])


def _same(comments: list, known: list) -> bool:
    """Return whether *comments* is the list of comments *known* (plugins/comments keeps the
    same list while a thread's file is unchanged, and gives a post with no file a new empty one)."""
    return comments is known or not (comments or known)


def shown_of(commenters: dict[str, Commenter], config) -> dict[str, tuple[tuple, tuple]]:
    """Give each commenter their badges; return the badges shown on their first comment and on
    the others, made once per commenter (10,000 posts have a few thousand commenters)."""
    shown: dict[str, tuple[tuple, tuple]] = {}
    for key, person in commenters.items():
        person.badges = earned(person, config.rules)
        shown[key] = (
            shown_badges(person, config.rules, first=True),
            shown_badges(person, config.rules, first=False),
        )
    return shown


def attach_badges(flat: list, tally_: Tally, support: bool, article: object = None) -> None:
    """Give each comment of a thread (a flat list) its commenter's badges and its gold stars,
    reading the room first: no badge beside an insult, an advertisement or a hard time, nor
    beside the replies under a reader's hard time (their comfort, their thread)."""
    hushed = under_a_hard_time(flat, support)
    for comment in flat:
        person = None if comment.by_author or support else tally_.commenters.get(comment.commenter)
        # A hard day's page wears none; elsewhere at most two, the rarest first.
        if person is None or not cheered(comment) or comment.id in hushed:
            comment.badges = ()
        else:
            on_first, elsewhere = tally_.shown[comment.commenter]
            comment.badges = on_first if is_first_comment(person, comment) else elsewhere
        comment.award = award_of(comment, support, article, comment.id in hushed)


def award_of(
    comment, support: bool, article: object, under_hard_time: bool = False
) -> GoldStarAward | None:
    """Return the gold stars of *comment* as shown: none on an insult or an advertisement (with
    a warning: the author gave it), said quietly on a hard day or a reader's hard time (or in
    reply to one, *under_hard_time*), and on one only the build reads as an insult or an ad (the
    author's choice stays, with a warning)."""
    if not comment.gold_stars:
        return None
    if comment.by_author:
        return GoldStarAward(comment.gold_stars, quiet=support or under_hard_time)
    tone = tone_of(comment, support)
    if tone in UNCHEERED:
        warn_hidden_gold_star(article, comment, support)
        if not overruled(comment, support):
            return None
    quiet = support or under_hard_time or tone in QUIET | UNCHEERED
    return GoldStarAward(comment.gold_stars, quiet=quiet)


def group(articles: Iterable, known: dict[str, Thread]) -> dict[str, Thread]:
    """Return, per thread id of *articles*, its posts (published first), its comments and all of
    them as a flat list (that of *known* while the thread holds the same list of comments)."""
    threads: dict[str, Thread] = {}
    for article in articles:
        comments = getattr(article, "comments", None)
        if not isinstance(comments, list):
            continue
        thread_id = getattr(article, "comments_id", article.slug)
        if thread_id in threads:
            threads[thread_id][0].append(article)
        elif thread_id in known and _same(comments, known[thread_id][1]):
            threads[thread_id] = ([article], comments, known[thread_id][2])
        else:
            threads[thread_id] = ([article], comments, list(walk(comments)))
    return threads


def wall_generator(pelican) -> type[GoldStarsWallGenerator]:
    """Return the generator that writes the wall of gold stars."""
    return GoldStarsWallGenerator


def register() -> None:
    """Connect the plugin to Pelican's signals."""
    signals.all_generators_finalized.connect(attach_gold_stars)
    THREADS_CHANGED.connect(attach_gold_stars)
    signals.get_generators.connect(wall_generator)
    signals.generator_init.connect(add_templates)
    signals.generator_init.connect(add_theme_words)
    # A French post's dates in French, no fr_FR locale needed (goldstar_support/dates.py).
    signals.article_generator_finalized.connect(localize_content_dates)
    signals.page_generator_finalized.connect(localize_content_dates)
    signals.generator_init.connect(keep_compiled_templates)
