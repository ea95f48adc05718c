"""Related posts to promote: relevance-ranked links to the site's own posts and to friends' posts.

Signals:
    all_generators_finalized -- the latest signal before anything is written that sees every post
        and every page, so links from pages count toward the promote boost and any published post
        can be pinned.
    generator_init -- adds templates/ (goldstar/promote_related.html) after the theme's own
        templates, so any theme can include the partial; gives them goldstar_words (its words
        in the page's language); keeps the compiled templates in CACHE_PATH
        (goldstar_support/compiled_templates.py).

Settings (defaults in settings.DEFAULTS; docs/promote-related.md explains each):
    PROMOTE_RELATED_MAX (int, 5) -- own posts linked per post.
    PROMOTE_RELATED_MIN_SCORE (float, 0.05) -- the least relevance (cosine, 0 to 1) of a link.
    PROMOTE_RELATED_WEIGHTS (dict) -- weight of each field: title, tags, category, body.
    PROMOTE_RELATED_TERMS (int, 64) -- strongest terms that sum up each post in the index.
    PROMOTE_RELATED_BOOST (float, 0.2) -- strength of the promote boost (0 turns it off; boost.py).
    PROMOTE_RELATED_EVERGREEN_DAYS (int, 365) -- age at which a post gets half the age part of
        its need for readers (boost.py).
    PROMOTE_RELATED_SITE_URLS (list, []) -- other addresses of the site (an old domain...): links
        to them count as links to its posts, as links to SITEURL do.
    PROMOTE_RELATED_FRIENDS (list) -- friends' feed URLs, or dicts {"name": ..., "url": ...}.
    PROMOTE_RELATED_OPML (str, "") -- an OPML file of friends' feeds, relative to PATH.
    PROMOTE_RELATED_FRIENDS_PER_POST (int, 3) -- friends' posts linked per post.
    PROMOTE_RELATED_PER_FRIEND (int, 1) -- of those, at most this many from one friend.
    PROMOTE_RELATED_FRIENDS_MIN_SCORE (float, 0.1) -- the least relevance of a friend's post.
    PROMOTE_RELATED_FEED_ENTRIES (int, 50) -- newest entries read from each feed.
    PROMOTE_RELATED_TIMEOUT (float, 5.0) -- seconds allowed to each feed, all in all.
    PROMOTE_RELATED_DIGEST_DAYS (int, 30) -- how far back `invoke promote` looks.
    PROMOTE_RELATED_CACHE (bool, True) -- keep the index and the feeds under CACHE_PATH.

Attributes added to every published article (drafts and hidden posts are neither linked nor given
links):
    promote_related: list[RelatedLink] -- own posts first (pins, then by boosted relevance), then
        friends' posts (by relevance); see results.RelatedLink for the fields. Beside a hard day
        (`support: true`), no own post whose title throws a party (party_beside_a_hard_day).
    promote_related_lang: str -- the language the post was read in (ISO 639-1: its `lang:`, or
        a guess from its words), which the reasons are written in.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from pelican import signals
from pelican.generators import ArticlesGenerator, PagesGenerator

from goldstar_support.articles import is_support_post
from goldstar_support.compiled_templates import keep_compiled_templates
from goldstar_support.dates import localize_content_dates
from goldstar_support.theme_words import add_theme_words

from .boost import need_scores
from .cache import IndexCache, content_hash
from .feeds import FeedCache, FriendPost, load_friend_posts, read_opml
from .language import language_code
from .links import inbound_link_counts
from .posts import (
    index_inputs,
    linked_hrefs,
    post_source,
    read_content,
    resolve_pins,
    tag_names,
)
from .results import RelatedLink, Relation, reason_words
from .settings import Config, FriendFeed, read_config
from .text import plain_title
from .theme_files import add_templates

Linked = TypeVar("Linked", FriendFeed, FriendPost)  # a friend's feed or post: each has a `url`

# corpus, index, relate and words import numpy and scipy (more than a small blog's relating costs):
# they are imported where posts are read or related, so a build whose posts did not change, which
# takes its related posts from the cache, never loads them.
if TYPE_CHECKING:
    from .corpus import Corpus
    from .index import Index

logger = logging.getLogger(__name__)


def attach_promote_related(generators: Sequence) -> None:
    """Give every published post its related own posts and friends' posts."""
    articles = next((g for g in generators if isinstance(g, ArticlesGenerator)), None)
    if articles is None:
        return
    pages = next((g for g in generators if isinstance(g, PagesGenerator)), None)
    settings = articles.settings
    config = read_config(settings)
    posts = sorted(articles.articles, key=lambda post: post.source_path)
    for post in posts:
        post.promote_related = []
        post.promote_related_lang = language_code(post.lang) or "en"
    if len(posts) == 0:
        return
    urls = [post.url for post in posts]  # Pelican computes `url` anew on every access
    model_key = model_hash(posts, config)
    model, relations, langs = relate_site(
        posts, urls, pages.pages if pages else [], config, settings, model_key
    )
    titles = [str(post.title) for post in posts]
    for post, lang in zip(posts, langs, strict=True):
        post.promote_related_lang = lang
    for post, found in zip(posts, relations, strict=True):
        post.promote_related = [
            own_link(posts[r.target], titles[r.target], urls[r.target], r)
            for r in found
            if not party_beside_a_hard_day(post, posts[r.target], titles[r.target])
        ]
    log_boosted(posts, titles, relations)
    friend_posts = load_friends(config, Path(settings["PATH"]))
    if not friend_posts:
        return
    model = model or site_model(posts, config, model_key)
    friend_relations = relate_to_friends(posts, model, friend_posts, config)
    for post, found in zip(posts, friend_relations, strict=True):
        post.promote_related.extend(
            friend_link(friend_posts[r.target], r)
            for r in found
            if not friends_party_beside_a_hard_day(post, friend_posts[r.target])
        )


# A blog's milestone or a prize, in a title: "Ten years of this blog!", "This blog is ten",
# « Ce blog a dix ans ! », „Zehn Jahre Blog!", "Post number 100", « Mon centième billet », "We won
# a prize!", « On a gagné le prix ! », "¡Ganamos un premio!", „Wir haben den Preis gewonnen"; not
# "Ten blogs I read", "5 years of Rust", "The price of eggs", « Le prix des œufs ».
_COUNT = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|un|deux|trois|quatre|cinq|"
    r"dix|vingt|uno|dos|tres|cuatro|cinco|diez|veinte|ein|eins|zwei|drei|vier|fünf|zehn|zwanzig|"
    r"due|tre|quattro|cinque|dieci|venti|um|dois|três|quatro|dez|vinte)"
)
_POST_WORD = r"(?:post|billet|article|artículo|entrada|beitrag|articolo|publicação)"
_MILESTONE = (
    rf"{_COUNT} (?:years?|ans|años|jahre|anni|anos) (?:of |de |di |d'|du )?(?:this |my |ce |"
    rf"mon |el |mi |dieses |meines |mein |questo |il mio |este |o meu |do )?blog|"
    rf"blog (?:is|turns|a|fête ses|cumple|wird|compie|faz) {_COUNT}|"
    rf"(?:\d+(?:th|st|nd|rd|e|ème|º|ª|\.)|hundredth|thousandth|centième|millième|centésim[oa]|"
    rf"hundertste[rn]?|centesimo) {_POST_WORD}|{_POST_WORD} (?:number|n°|nº|numéro|número|"
    rf"nummer|numero) \d+|"
    r"(?:won|win|wins|gagné|remporté|ganamos|ganado|ganó|gewonnen|vinto|ganhamos|ganhámos|"
    r"ganhou) (?:\w+ ){0,3}(?:prize|award|prix|premio|preis|prémio|prêmio)|"
    r"(?:preis|award|wettbewerb) gewonnen"
)
# A post's title that throws a party ("We're celebrating!", "Five years of this blog 🎉",
# « On fête les 10 ans du blog ! », "Our wedding day", "We're engaged!"): not a link to offer
# beside the author's hard day. In every language: "¡Fiesta de cumpleaños!", „Wir feiern!",
# « Festeggiamo! », "Comemoramos dez anos!"; not "Festival de cine", „Feierabendkuchen", a
# "celebridade".
_PARTY = re.compile(
    r"(?<![\w'-])(?:celebrat\w*|party|parties|hooray|hurray|yay|woo-?hoo|blogiversary|"
    r"fête|fêtons|on fête|youpi|hourra|champagne|wedding|weddings|married|engaged|honeymoon|"
    r"newlyweds?|mariage|mariés|boda|nos casamos|recién casados|hochzeit|matrimonio|"
    r"casamento|fiestas?|celebra(?:mos|ndo|r|ción)|feiern|feiert|feier|jubiläum|festa|"
    r"festeggia\w*|comemora\w*|celebração|birthday|cumpleaños|geburtstag|compleanno|"
    rf"aniversário|{_MILESTONE})(?![\w'])|🎉|🥳|🎂|🍾|🎊|💍|👰|🤵|🏆"
)


def party_beside_a_hard_day(post, target, title: str) -> bool:
    """Return whether *target* (titled *title*) throws a party and *post* is the author's hard
    day (`Support: true`, or read as one): "The empty chair" linked to "We're celebrating!" only
    because both are tagged "life". A hard day of the target's own is kept ("Dad's birthday
    without him")."""
    if not is_support_post(post) or is_support_post(target):
        return False
    return throws_a_party(title)


def throws_a_party(title: str) -> bool:
    """Return whether a post's *title* throws a party ("We're celebrating!", « On fête ça ! »,
    "Five years of this blog 🎉")."""
    return bool(_PARTY.search(plain_title(title).casefold()))


def friends_party_beside_a_hard_day(post, friend_post: FriendPost) -> bool:
    """Return whether *friend_post* throws a party and *post* is the author's hard day, as for
    the author's own posts: "Goodbye, Biscuit" offered a friend's "We're celebrating: 10 years
    married 🎉". A friend's hard day of their own is kept ("Mum's birthday without her 🎂")."""
    return is_support_post(post) and friend_throws_a_party(friend_post)


def friend_throws_a_party(friend_post: FriendPost) -> bool:
    """Return whether *friend_post*'s title throws a party ("We're celebrating: 10 years married
    🎉") that is no hard day of theirs ("Mum's birthday without her 🎂")."""
    return throws_a_party(friend_post.title) and not tells_a_hard_time(friend_post)


def log_boosted(posts: Sequence, titles: Sequence[str], relations: list[list[Relation]]) -> None:
    """Tell the blogger which links the promote boost raised above a more relevant post."""
    raised = [(post, r) for post, found in enumerate(relations) for r in found if r.boosted]
    for post, relation in raised:
        logger.debug(
            "promote_related: %s: the boost raised “%s” (relevance %.2f, rank score %.2f)",
            posts[post].source_path,
            plain_title(titles[relation.target]),
            relation.score,
            relation.rank_score,
        )
    if raised:
        logger.info(
            "promote_related: the promote boost raised %d of %d links, on %d of %d posts, above a "
            "more relevant post (PROMOTE_RELATED_BOOST; pelican --debug lists them)",
            len(raised),
            sum(len(found) for found in relations),
            len({post for post, _ in raised}),
            len(posts),
        )


def relate_site(
    posts: Sequence,
    urls: Sequence[str],
    pages: Sequence,
    config: Config,
    settings: dict,
    model_key: str,
) -> tuple[Index | None, list[list[Relation]], tuple[str, ...]]:
    """Return each post's related own posts and language (and the index, unless cached)."""
    pins = resolve_pins(posts)
    page_urls = [page.url for page in pages]
    # The boost raises a post that needs readers; never the author's hard day: a loss is no post
    # to promote ("For Sam" raised beside "Post number 100" because it was old and unlinked).
    hard_days = [is_support_post(post) for post in posts]
    results_key = content_hash(
        model_key,
        [config.max_links, config.min_score, config.boost, config.evergreen_days],
        hard_days,
        [(p.source_path, url, p.date.isoformat()) for p, url in zip(posts, urls, strict=True)],
        [(url, getattr(p, "_content", "") or "") for p, url in zip(pages, page_urls, strict=True)],
        pins,
        settings.get("SITEURL", ""),
        list(config.site_urls),
    )
    relations_cache = IndexCache(config.cache_dir, "relations")
    cached = relations_cache.load()
    if cached.get("results_key") == results_key:
        logger.debug("promote_related: nothing changed; related posts come from the cache")
        return None, cached["relations"], cached["langs"]
    from .relate import Readable, relate_own  # numpy and scipy: only when posts are related

    page_links = [(url, read_content(p).hrefs) for p, url in zip(pages, page_urls, strict=True)]
    corpus = read_posts(posts, config)
    model = site_model(posts, config, model_key, corpus)
    linking = list(zip(urls, linked_hrefs(posts, corpus.hrefs), strict=True)) + page_links
    inbound = inbound_link_counts(urls, linking, settings.get("SITEURL", ""), config.site_urls)
    needs = need_scores(inbound, [p.date for p in posts], config.evergreen_days)
    needs = [0.0 if hard else need for need, hard in zip(needs, hard_days, strict=True)]
    relations = relate_own(
        model.matrix,
        Readable(model.langs, model.readable, model.headline),
        [tag_names(p) for p in posts],
        needs,
        pins,
        config.max_links,
        config.min_score,
        config.boost,
    )
    relations_cache.save({"results_key": results_key, "relations": relations, "langs": model.langs})
    return model, relations, model.langs


def model_hash(posts: Sequence, config: Config) -> str:
    """Return the hash of everything the index depends on."""
    return content_hash(
        "model",
        config.weights,
        config.terms_per_post,
        config.has_friends,
        config.default_lang,
        [(post.source_path, *index_inputs(post)) for post in posts],
    )


def read_posts(posts: Sequence, config: Config) -> Corpus:
    """Read the posts' text, links (as written) and word counts."""
    from .corpus import read_corpus  # numpy and scipy: only when posts are read

    return read_corpus([post_source(post) for post in posts], config.weights, config.default_lang)


def site_model(
    posts: Sequence,
    config: Config,
    model_key: str | None = None,
    corpus: Corpus | None = None,
) -> Index:
    """Return the index of *posts*: the cached one if they are unchanged, else a new one."""
    cache = IndexCache(config.cache_dir, "index")
    state = cache.load()
    model_key = model_key or model_hash(posts, config)
    if state.get("model_key") == model_key:
        return state["model"]
    from .index import fit_index  # numpy and scipy: only when the index is fitted

    if corpus is None:
        corpus = read_posts(posts, config)
    model = fit_index(
        corpus.words, config.weights, config.terms_per_post, config.has_friends, config.default_lang
    )
    builds = state.get("index_builds", 0) + 1
    state = {"model_key": model_key, "model": model, "index_builds": builds}
    cache.save(state)
    return model


def friend_feeds(config: Config) -> list[FriendFeed]:
    """Return the friends' feeds of the settings and of the OPML file, each URL once."""
    feeds = list(config.friends) + (list(read_opml(config.opml)) if config.opml else [])
    return each_url_once(feeds)


def load_friends(config: Config, content_path: Path, on_done=None) -> list[FriendPost]:
    """Fetch the friends' feeds and return their posts, each link once."""
    feeds = friend_feeds(config)
    if not feeds:
        return []
    cache = FeedCache(config.cache_dir)
    found = load_friend_posts(
        feeds, cache, config.timeout, config.feed_entries, content_path, on_done
    )
    return each_url_once(found)


def each_url_once(items: Iterable[Linked]) -> list[Linked]:
    """Return *items* (friends' feeds or posts) in order, leaving out any whose `url` came
    before."""
    seen: set[str] = set()
    unique = []
    for item in items:
        if item.url not in seen:
            seen.add(item.url)
            unique.append(item)
    return unique


def relate_to_friends(
    posts: Sequence, model: Index, friend_posts: Sequence[FriendPost], config: Config
) -> list[list[Relation]]:
    """Return, for each post, the friends' posts most related to it."""
    if not friend_posts:
        return [[] for _ in posts]
    from .relate import Readable, relate_friends  # numpy and scipy: only when relating
    from .words import Doc

    friend_matrix, friend_headline = model.read(
        [Doc(fp.title, fp.tags, "", fp.text) for fp in friend_posts]
    )
    return relate_friends(
        model.full,
        friend_matrix,
        Readable(model.langs, model.readable, model.headline),
        [fp.friend for fp in friend_posts],
        [tag_names(p) for p in posts],
        [fp.tags for fp in friend_posts],
        config.friends_per_post,
        config.per_friend,
        config.friends_min_score,
        friend_headline,
    )


def own_link(target, title: str, url: str, relation: Relation) -> RelatedLink:
    """Return the link to one of the site's posts (*title* and *url* are the target's)."""
    # positional: 50,000 links at 10,000 posts, and the keyword form costs a third more
    return RelatedLink(
        "post",
        title,
        url,
        relation.score,
        relation.rank_score,
        relation.reason,
        relation.shared_tags,
        relation.shared_terms,
        relation.pinned,
        target,
        "",
        target.date,
        relation.boosted,
    )


def friend_link(target: FriendPost, relation: Relation) -> RelatedLink:
    """Return the link to a friend's post (with what it tells: a hard time, *hard_time*)."""
    return RelatedLink(
        kind="friend",
        title=target.title,
        url=target.url,
        score=relation.score,
        rank_score=relation.rank_score,
        reason=reason_words(relation.shared_tags, relation.shared_terms),
        shared_tags=relation.shared_tags,
        shared_terms=relation.shared_terms,
        friend=target.friend,
        date=target.date,
        hard_time=tells_a_hard_time(target),
    )


@functools.lru_cache(maxsize=4096)
def tells_a_hard_time(friend_post: FriendPost) -> bool:
    """Return whether a friend's post tells of a loss, an illness or a hard time in its title or
    opening (read once a post: it is linked from many of the author's)."""
    from reply_drafts.grief import hard_time_cues  # the word lists compile at first use

    return bool(hard_time_cues(friend_post.title, "", friend_post.text))


def register() -> None:
    """Connect the plugin to Pelican."""
    signals.all_generators_finalized.connect(attach_promote_related)
    signals.generator_init.connect(add_templates)
    signals.generator_init.connect(add_theme_words)
    # A French post's dates in French, no fr_FR locale needed (goldstar_support/dates.py).
    signals.article_generator_finalized.connect(localize_content_dates)
    signals.page_generator_finalized.connect(localize_content_dates)
    signals.generator_init.connect(keep_compiled_templates)
