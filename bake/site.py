"""A built site kept in memory, and the bake: after the export changed, rewrite what it touches.

A full build (`Site.build`) keeps its generators and what every post shows. `Site.bake(files)` then
asks plugins/comments to read again the export files *files* (None: every file changed since it last
read them) and plugins/gold_stars to count the badges and milestones again, through two signals of
their own; each returns the posts it changed, and the bake compares what those show before and
after. It then runs Pelican's own page-writing methods of the articles generator,
on a copy of it that holds only the posts whose page changed (their comments, the badges beside
them, their stars), and only the tags, categories, authors and periods that list a post whose
listing changed (its milestone or its gold stars), through a `PickingWriter` that renders only the
pages showing such a post (one page of a paginated listing). Generators marked `shows_comments`
(the wall of gold stars) run again too; the wall is written only when it changed.

Listings are taken to show of a post's comments only what Goldstar's theme shows there:
`article.gold_stars` (its milestone, its gold stars, whether it is a support post). A theme that
shows more in listings needs a full build after an export (docs/theme.md).
"""

from __future__ import annotations

import copy
import gc
from collections.abc import Iterable, Mapping
from functools import partial
from itertools import chain

from blinker import signal
from pelican import Pelican
from pelican.generators import ArticlesGenerator
from pelican.plugins import signals

from goldstar_support.articles import ARTICLE_LISTS, all_articles

from .postlist import PostList
from .writer import PickingWriter

# Named signals, so that the plugins need not import this package (docs/contracts.md, "The bake").
EXPORT_CHANGED = signal("comments_export_changed")  # sender: the articles generator
THREADS_CHANGED = signal("comments_threads_changed")  # sender: the list of generators


class Site:
    """The generators of a full build, ready to bake the changes of the comment export."""

    def __init__(self, pelican: Pelican, generators: list) -> None:
        self.pelican = pelican
        self.generators = generators
        self.articles = next(g for g in generators if isinstance(g, ArticlesGenerator))
        # What each post shows, by id, as its pages were last written: only a bake changes it.
        self.shown: dict[int, tuple] = {
            id(post): (post, shown(post)) for post in all_articles(self.articles)
        }
        for post in all_articles(self.articles):
            keep_url(post)

    @classmethod
    def build(cls, settings: dict) -> Site:
        """Build the whole site with *settings*, as `pelican` does, and keep its generators."""
        pelican = Pelican(settings)
        kept: list = []

        def keep(generators: list) -> None:
            kept[:] = generators

        release_kept_objects()  # an earlier site's objects: collectable again, as it goes
        signals.all_generators_finalized.connect(keep)
        try:
            pelican.run()
        finally:
            signals.all_generators_finalized.disconnect(keep)
        site = cls(pelican, kept)
        keep_out_of_collections()
        return site

    def bake(self, files: Iterable[str] | None = None) -> list[str]:
        """Read the changed export again (the export files *files*; when None, every file changed
        since the last read), write the pages it changes; return the files written."""
        files = None if files is None else [str(path) for path in files]
        read = [given for _, given in EXPORT_CHANGED.send(self.articles, files=files)]
        changed = None if None in read else list(chain.from_iterable(read))
        counted = [given for _, given in THREADS_CHANGED.send(self.generators, posts=changed)]
        touched = touched_posts(read + counted, self.articles)
        pages, listings = changed_posts(touched, self.shown)
        # Receivers of content_written (the sitemap) queue pages until the end of a full build; a
        # bake adds no page, and its `finalized` never comes.
        with signals.content_written.muted():
            return self.write(pages, listings)

    def write(self, pages: set[int], listings: set[int]) -> list[str]:
        """Write the pages of the posts of ids *pages*, the listings of those of ids *listings*,
        and the wall; return the files written."""
        settings = self.pelican.settings
        writer = PickingWriter(
            self.pelican.output_path, settings, partial(shows_a_change, pages, listings)
        )
        write = partial(writer.write_file, relative_urls=settings["RELATIVE_URLS"])
        posts = posts_view(self.articles, pages)
        posts.generate_articles(write)
        posts.generate_drafts(write)
        if listings:
            lists = listings_view(self.articles, listings)
            lists.generate_period_archives(write)
            lists.generate_direct_templates(write)
            lists.generate_tags(write)
            lists.generate_categories(write)
            lists.generate_authors(write)
        everything = PickingWriter(self.pelican.output_path, settings, lambda context: True)
        for generator in self.generators:
            if getattr(generator, "shows_comments", False):
                generator.generate_output(everything)
        return writer.written + everything.written


def keep_out_of_collections() -> None:
    """Put every object alive now (a built site and the modules that built it) out of the reach
    of Python's garbage collector, after collecting the build's garbage (gc.freeze).

    A site of 10,000 posts kept in memory is some 700,000 tracked objects: each full collection
    walked them all, 0.6-0.8 CPU s, and one fell every few exports or bakes, on whichever allocated
    past the collector's threshold: most often a regular's comment's export (issue 20.1).
    What a bake replaces is still freed as its last reference goes; only a cycle of it waits for
    the next full build (`release_kept_objects`).
    """
    gc.collect()
    gc.freeze()


def release_kept_objects() -> None:
    """Give the objects `keep_out_of_collections` froze back to the garbage collector."""
    gc.unfreeze()


def posts_view(generator: ArticlesGenerator, posts: set[int]) -> ArticlesGenerator:
    """Return a copy of *generator* whose lists of posts hold only those of ids *posts*."""
    view = copy.copy(generator)
    for name in ARTICLE_LISTS:
        setattr(view, name, [a for a in getattr(generator, name) if id(a) in posts])
    return view


def listings_view(generator: ArticlesGenerator, posts: set[int]) -> ArticlesGenerator:
    """Return a copy of *generator* with only the tags, categories, authors and periods that list
    a post of ids *posts* (the site's own lists stay whole: the index and archives show them)."""
    view = copy.copy(generator)
    # PostList: Pelican picks each listing's posts out of every post with `in` (see postlist.py).
    view.tags = {
        tag: PostList(listed) for tag, listed in generator.tags.items() if lists(listed, posts)
    }
    view.categories = [
        (c, PostList(listed)) for c, listed in generator.categories if lists(listed, posts)
    ]
    view.authors = [
        (a, PostList(listed)) for a, listed in generator.authors if lists(listed, posts)
    ]
    view.period_archives = {
        granularity: [p for p in periods if lists(p["dates"], posts)]
        for granularity, periods in generator.period_archives.items()
    }
    return view


def lists(articles: Iterable, posts: set[int]) -> bool:
    """Return whether *articles* holds a post of ids *posts*."""
    return any(id(article) in posts for article in articles)


def keep_url(post) -> None:
    """Give *post* the URL Pelican computed for it, so that a bake's listings and wall do not
    compute it again for each post they link to (`url_format`: at 10,000 posts, 2.3 of a gold
    star's 8.0 profiled seconds, most of it in the archives page).

    `override_url` is where Pelican keeps a URL set in a post's metadata (`url:`): `Content.url`
    then returns it as it is. A bake changes no post's date, slug, language or category, so the
    URL stays right; Pelican reads `override_save_as`, not this, to let a page overwrite another.
    """
    post.override_url = post.url


def shown(article) -> tuple[tuple, tuple]:
    """Return what *article* shows of its comments: in listings, and in its own page."""
    comments = getattr(article, "comments", None) or []
    gold = getattr(article, "gold_stars", None)
    # What Goldstar's listings show (includes/post_list.html, date_list.html); see the docstring.
    listed = (gold.milestone, gold.gold_stars, gold.support) if gold else None
    # The list itself: plugins/comments keeps the same one while the thread's file is unchanged.
    page = (
        comments,
        getattr(article, "star_count", 0),
        getattr(article, "comments_since", None),
        gold,
        badges_of(comments),
    )
    return listed, page


def badges_of(comments: list) -> tuple:
    """Return the badges and gold stars of each comment of a reply tree, in page order."""
    shown = []
    pending = list(reversed(comments))
    while pending:
        comment = pending.pop()
        shown += (comment.badges, comment.award)
        if comment.replies:
            pending += reversed(comment.replies)
    return tuple(shown)


def touched_posts(given: list, generator: ArticlesGenerator) -> Iterable:
    """Return the posts the plugins' receivers say they gave something (*given*: one list of
    posts per receiver; None from one of them means any post of *generator*)."""
    if any(posts is None for posts in given):
        return all_articles(generator)
    return {id(post): post for post in chain.from_iterable(given)}.values()


def changed_posts(posts: Iterable, known: dict[int, tuple]) -> tuple[set[int], set[int]]:
    """Return the ids of the *posts* whose page changed and of those whose listings changed since
    *known* (what each post showed, by id), which is brought up to date."""
    pages: set[int] = set()
    listings: set[int] = set()
    for article in posts:
        was_listed, was_shown = known[id(article)][1]
        listed, page = now_shown = shown(article)
        known[id(article)] = (article, now_shown)
        if listed != was_listed:
            listings.add(id(article))
            pages.add(id(article))
        elif page != was_shown:
            pages.add(id(article))
    return pages, listings


def shows_a_change(pages: set[int], listings: set[int], context: Mapping) -> bool:
    """Return whether the page of template *context* shows a post that changed."""
    article = context.get("article")
    if article is not None:
        return id(article) in pages
    shown_pages = [context[key] for key in ("articles_page", "dates_page") if context.get(key)]
    if shown_pages:
        listed = chain.from_iterable(page.object_list for page in shown_pages)
    else:
        listed = context.get("dates") or ()
    return lists(listed, listings)
