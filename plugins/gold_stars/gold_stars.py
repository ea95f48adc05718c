"""Gold stars and badges, computed from the whole comment history at every build.

Reads what plugins/comments puts on articles (`comments`, `comments_id`, `star_count`); with that
plugin off, it adds nothing and writes no page.

Signals:
    all_generators_finalized -- runs after article_generator_finalized (where plugins/comments
        attaches the threads) and before any page is written: badges need every thread of the site.
    get_generators -- adds the generator that writes the wall of gold stars.
    generator_init -- adds templates/ (goldstar/gold_stars.html, gold_stars_wall.html) after the
        theme's own templates, so any theme can include the partial and has a wall page.
    comments_threads_changed (bake/, not Pelican's) -- sent by the bake step once plugins/comments
        has read the changed export again: the badges and milestones are computed again.

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
        (awarded in the thread), `starred_comments` (how many comments have one) and `support`
        (a support post, `support: true`: it reaches no milestone; its stars say "I see you").
    comment.badges: tuple[Badge, ...] -- the badges shown beside the comment, each with `id`,
        `label` and `description`: at most two of the commenter's badges over the whole site, the
        rarest first (the later in GOLD_STARS_BADGES), a first-comment badge only on their first
        comment; empty for the author's own replies and on a support post. A support post's stars
        earn no badge. The wall of gold stars shows every badge.
    comment.award: GoldStarAward | None -- `count`, the gold stars the author gave this comment.

Context added (for every template): `gold_stars_wall` (a `Wall`: `commenters`, `badges`, `url`,
`save_as`), rendered with the theme's `gold_stars_wall.html` at GOLD_STARS_WALL_SAVE_AS.
"""

from __future__ import annotations

import logging
from itertools import chain

from blinker import signal
from pelican import signals
from pelican.generators import ArticlesGenerator

from .badges import (
    GoldStarAward,
    earned,
    is_first_comment,
    post_gold_stars,
    shown_badges,
    tally,
    walk,
)
from .settings import read_settings
from .theme_files import add_templates
from .wall import CONTEXT_KEY, GoldStarsWallGenerator, build_wall

logger = logging.getLogger(__name__)

# Sent by the bake step (bake/) with the generators, after the changed export was read again.
THREADS_CHANGED = signal("comments_threads_changed")


def attach_gold_stars(generators: list) -> None:
    """Give every post its milestone and every comment its commenter's badges and gold stars."""
    articles_generator = next((g for g in generators if isinstance(g, ArticlesGenerator)), None)
    if articles_generator is None:
        return
    threads = threads_of(articles_generator)
    if not threads:
        logger.debug("gold_stars: no article carries comments (is plugins/comments on?)")
        return
    config = read_settings(articles_generator.settings)
    commenters = tally(
        (tid, articles[0], flat, is_support_post(articles[0]))
        for tid, (articles, flat) in threads.items()
    )
    # Each commenter's two ways to be shown (on their first comment, on the others), made once:
    # a site of 10,000 posts has 100,000 comments and a few thousand commenters.
    shown: dict[str, tuple[tuple, tuple]] = {}
    for key, person in commenters.items():
        person.badges = earned(person, config.rules)
        shown[key] = (
            shown_badges(person, config.rules, first=True),
            shown_badges(person, config.rules, first=False),
        )
    for articles, flat in threads.values():
        support = is_support_post(articles[0])
        for comment in flat:
            person = None if comment.by_author or support else commenters.get(comment.commenter)
            # A hard day's page wears none; elsewhere at most two, the rarest first.
            if person is None:
                comment.badges = ()
            else:
                on_first, elsewhere = shown[comment.commenter]
                comment.badges = on_first if is_first_comment(person, comment) else elsewhere
            comment.award = GoldStarAward(comment.gold_stars) if comment.gold_stars else None
        for article in articles:
            article.gold_stars = post_gold_stars(
                article.star_count, flat, config.milestones, is_support_post(article)
            )
    badges = [rule.badge for rule in config.rules]
    articles_generator.context[CONTEXT_KEY] = build_wall(
        commenters, badges, config.wall_url, config.wall_save_as
    )


def is_support_post(article: object) -> bool:
    """Return whether *article* is a support post (metadata `support: true`, a hard day)."""
    value = getattr(article, "metadata", {}).get("support", "")
    return str(value).strip().lower() in ("true", "yes", "1", "on")


def threads_of(generator: ArticlesGenerator) -> dict[str, tuple[list, list]]:
    """Return, per thread id, its posts (published first) and all its comments as a flat list."""
    threads: dict[str, tuple[list, list]] = {}
    everything = chain(
        generator.articles,
        generator.translations,
        generator.hidden_articles,
        generator.hidden_translations,
        generator.drafts,
        generator.drafts_translations,
    )
    for article in everything:
        comments = getattr(article, "comments", None)
        if not isinstance(comments, list):
            continue
        thread_id = getattr(article, "comments_id", article.slug)
        if thread_id in threads:
            threads[thread_id][0].append(article)
        else:
            threads[thread_id] = ([article], list(walk(comments)))
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
