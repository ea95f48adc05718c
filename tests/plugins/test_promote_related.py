"""plugins/promote_related: real builds of tiny sites, related links checked in the output HTML."""

import json
import logging
import pickle
import subprocess
import sys

import pytest
from pelican import signals
from promote_related import posts, text
from promote_related.promote_related import attach_promote_related

from tests.support import ROOT
from tests.support.posts import article_of
from tests.support.topics import (
    aside_of,
    cache_state,
    debug_messages,
    own_slugs,
    write_topic_post,
    write_topic_site,
)

# ---- builds ----


def test_each_post_links_the_posts_on_its_topic_with_a_reason(tmp_path, site_builder):
    content = tmp_path / "content"
    write_topic_site(content)
    result = site_builder(content, CACHE_PATH=str(tmp_path / "cache"))
    assert result.warnings() == []
    pairs = {"tomatoes": "compost", "commute": "canal-ride", "sourdough": "crust"}
    pairs |= {b: a for a, b in pairs.items()}
    for slug, partner in pairs.items():
        article = article_of(result, slug)
        assert own_slugs(article)[0] == partner
        first = article.promote_related[0]
        assert first.score > 0.2 and first.reason
        aside = aside_of(result, article)
        link = aside.find("a")
        assert link["href"].rstrip("/").endswith(partner)
        assert link.get_text() == article_of(result, partner).title
        assert "Also about" in aside.get_text()
    tomatoes = article_of(result, "tomatoes").promote_related[0]
    assert tomatoes.shared_tags == ("garden",)
    assert "garden" in tomatoes.reason


def test_posts_on_other_topics_are_left_out_below_the_minimum_score(tmp_path, site_builder):
    content = tmp_path / "content"
    write_topic_site(content)
    result = site_builder(
        content, CACHE_PATH=str(tmp_path / "cache"), PROMOTE_RELATED_MIN_SCORE=0.2
    )
    assert result.warnings() == []
    assert own_slugs(article_of(result, "tomatoes")) == ["compost"]
    assert all(link.score >= 0.2 for a in result.articles for link in a.promote_related)


def test_max_links_per_post_is_respected(tmp_path, site_builder):
    content = tmp_path / "content"
    write_topic_site(content)
    result = site_builder(content, CACHE_PATH=str(tmp_path / "cache"), PROMOTE_RELATED_MAX=1)
    assert result.warnings() == []
    assert all(len(own_slugs(article)) <= 1 for article in result.articles)
    assert len(aside_of(result, article_of(result, "crust")).find_all("li")) == 1


def test_drafts_and_hidden_posts_are_never_linked(tmp_path, site_builder):
    content = tmp_path / "content"
    write_topic_site(content)
    write_topic_post(content, "draft-garden", "garden", tags="garden, tomatoes", status="draft")
    write_topic_post(content, "hidden-garden", "garden", tags="garden, tomatoes", status="hidden")
    result = site_builder(content, CACHE_PATH=str(tmp_path / "cache"))
    assert result.warnings() == []
    linked = {slug for article in result.articles for slug in own_slugs(article)}
    assert "compost" in linked
    assert not linked & {"draft-garden", "hidden-garden"}
    draft = (tmp_path / "content" / "draft-garden.md").exists()
    assert draft  # the draft was read and built, just never linked
    assert "draft-garden" not in {a.slug for a in result.articles}


def test_pins_come_first_and_an_unknown_pin_warns_naming_the_file(tmp_path, site_builder):
    content = tmp_path / "content"
    write_topic_site(content)
    write_topic_post(
        content, "pinned", "garden", tags="garden", related="crust, no-such-post, pinned"
    )
    result = site_builder(content, CACHE_PATH=str(tmp_path / "cache"))
    pinned = article_of(result, "pinned")
    assert own_slugs(pinned)[0] == "crust"
    assert pinned.promote_related[0].pinned
    assert not any(link.pinned for link in pinned.promote_related[1:])
    assert "pinned" not in own_slugs(pinned)  # a post never links to itself
    (warning,) = result.warnings()
    assert "pinned.md" in warning and "'no-such-post'" in warning


def write_boost_site(
    content, linked: str, lonely: str, links: list[str], linked_date: str = "2023-01-01 09:00"
) -> None:
    """Write five bread posts: "reader"; *linked*, a little more relevant to it than *lonely* (which
    has one more word "reader" lacks and is as old or older); two more (with "reader" alone as
    their neighbour, two posts would lift each other); and three posts on other topics that say
    *links*, one each, to point at *linked*."""
    write_topic_post(content, "reader", "bread", "2025-09-01 09:00", extra="Rye rye rye.")
    write_topic_post(content, linked, "bread", linked_date, extra="Rye.")
    write_topic_post(content, lonely, "bread", "2023-01-01 09:00", extra="Rye, loaf.")
    write_topic_post(content, "crust", "bread", "2025-06-01 09:00")
    write_topic_post(content, "starter", "bread", "2025-06-01 09:00")
    for number, (topic, link) in enumerate(
        zip(("garden", "cycling", "garden"), links, strict=True)
    ):
        write_topic_post(content, f"fan-{number}", topic, "2025-09-02 09:00", extra=link)


def plain_and_boosted(tmp_path, site_builder, content, **settings):
    """Build *content* with the promote boost off, then on (0.2, its default); return both builds,
    neither of which warned."""
    plain = site_builder(
        content, CACHE_PATH=str(tmp_path / "c1"), PROMOTE_RELATED_BOOST=0.0, **settings
    )
    boosted = site_builder(
        content, CACHE_PATH=str(tmp_path / "c2"), PROMOTE_RELATED_BOOST=0.2, **settings
    )
    assert plain.warnings() == [] and boosted.warnings() == []
    return plain, boosted


def test_the_boost_prefers_the_post_nobody_links_to(tmp_path, site_builder):
    content = tmp_path / "content"
    # "famous" is more relevant to "reader" than "forgotten" and three pages link to it;
    # "forgotten" has no link and is older.
    link = "Read [my bread post]({filename}/famous.md)."
    write_boost_site(content, "famous", "forgotten", [link] * 3, linked_date="2025-08-01 09:00")
    plain, boosted = plain_and_boosted(tmp_path, site_builder, content)
    plain_links = article_of(plain, "reader").promote_related
    assert [link.article.slug for link in plain_links[:2]] == ["famous", "forgotten"]
    assert plain_links[0].score > plain_links[1].score
    boosted_links = article_of(boosted, "reader").promote_related
    assert [link.article.slug for link in boosted_links[:2]] == ["forgotten", "famous"]
    assert boosted_links[0].rank_score > boosted_links[1].rank_score


def test_a_rebuild_with_nothing_changed_does_no_index_work(tmp_path, site_builder, caplog):
    caplog.set_level(logging.DEBUG, logger="promote_related")
    content = tmp_path / "content"
    write_topic_site(content)
    cache = tmp_path / "cache"
    first = site_builder(content, CACHE_PATH=str(cache))
    assert first.warnings() == []
    assert "promote_related: building the index of 6 posts" in debug_messages(first)
    assert cache_state(cache)["index_builds"] == 1
    second = site_builder(content, CACHE_PATH=str(cache))
    assert second.warnings() == []
    assert not any("building the index" in m for m in debug_messages(second))
    assert cache_state(cache)["index_builds"] == 1
    assert own_slugs(article_of(second, "tomatoes")) == own_slugs(article_of(first, "tomatoes"))
    assert aside_of(second, article_of(second, "tomatoes")) is not None
    # A changed post changes the index.
    write_topic_post(
        content, "crust", "bread", "2025-08-01 09:00", extra="Seeds on top.", tags="bread"
    )
    third = site_builder(content, CACHE_PATH=str(cache))
    assert third.warnings() == []
    assert "promote_related: building the index of 6 posts" in debug_messages(third)
    assert cache_state(cache)["index_builds"] == 2


# Builds the demo with Pelican's CLI in this process and says which heavy libraries it loaded.
_BUILD_AND_TELL = """
import sys
from pelican import main
try:
    main(sys.argv[1:])
except SystemExit as stop:
    assert not stop.code, stop.code
print(" ".join(name for name in ("numpy", "scipy", "sparse_dot_topn") if name in sys.modules))
"""


def test_a_rebuild_with_nothing_changed_loads_neither_numpy_nor_scipy(tmp_path):
    # a fresh process each time: another test's build has loaded them in this one
    command = [sys.executable, "-c", _BUILD_AND_TELL, str(ROOT / "content"), "-q"]
    command += ["-s", str(ROOT / "pelicanconf.py"), "-o", str(tmp_path / "output"), "-e"]
    command += ["CACHE_CONTENT=false", f"CACHE_PATH={json.dumps(str(tmp_path / 'cache'))}"]
    loaded = [
        subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=180, check=True)
        for _ in range(2)
    ]
    told = [run.stdout.splitlines()[-1].split() for run in loaded]  # the line after Pelican's
    assert told[0] == ["numpy", "scipy", "sparse_dot_topn"]  # it related the posts
    assert told[1] == []  # it took them from the cache


def test_the_partial_renders_nothing_when_the_plugin_is_off(tmp_path, site_builder):
    content = tmp_path / "content"
    write_topic_site(content)
    plugins = ["pelican.plugins.sitemap", "comments", "gold_stars", "thank_you"]
    # Signals outlive a build: an earlier build in this process connected the plugin, so turning
    # it off here also means disconnecting it, as a fresh `pelican` process would never connect it.
    signals.all_generators_finalized.disconnect(attach_promote_related)
    result = site_builder(content, CACHE_PATH=str(tmp_path / "cache"), PLUGINS=plugins)
    assert result.warnings() == []
    article = article_of(result, "tomatoes")
    assert not hasattr(article, "promote_related")
    assert "promote-related" not in result.read(article.save_as)


def test_a_bad_setting_warns_with_the_key_value_and_default(tmp_path, site_builder):
    content = tmp_path / "content"
    write_topic_site(content)
    result = site_builder(content, CACHE_PATH=str(tmp_path / "cache"), PROMOTE_RELATED_MAX="two")
    (warning,) = result.warnings()
    assert "PROMOTE_RELATED_MAX" in warning and "'two'" in warning and "default 5" in warning
    assert own_slugs(article_of(result, "tomatoes"))[0] == "compost"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("PROMOTE_RELATED_WEIGHTS", {"tittle": 2.0}),
        ("PROMOTE_RELATED_WEIGHTS", {"body": -1}),
        ("PROMOTE_RELATED_FRIENDS", "https://ada.example/feed.xml"),
        ("PROMOTE_RELATED_FRIENDS", [{"name": "Ada"}]),
    ],
)
def test_an_unusable_setting_stops_the_build_naming_the_key(tmp_path, site_builder, key, value):
    content = tmp_path / "content"
    write_topic_site(content)
    with pytest.raises(ValueError, match=key):
        site_builder(content, CACHE_PATH=str(tmp_path / "cache"), **{key: value})


def test_a_local_feed_file_gives_friends_links_escaped_in_the_page(tmp_path, site_builder):
    content = tmp_path / "content"
    write_topic_site(content)
    feed = tmp_path / "friend.xml"
    feed.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Ada's garden</title><link>https://ada.example/</link>
<item><title>Compost &amp; tomatoes: 5 &lt; 6 &lt;script&gt;alert(1)&lt;/script&gt;</title>
<link>https://ada.example/compost</link><category>garden</category>
<description>My tomato seedlings love compost and mulch in the garden.</description>
<pubDate>Mon, 05 Jan 2026 09:00:00 GMT</pubDate></item>
<item><title>Bad link</title><link>javascript:alert(1)</link>
<description>Tomatoes compost garden seedlings.</description></item>
</channel></rss>""",
        encoding="utf-8",
    )
    result = site_builder(
        content, CACHE_PATH=str(tmp_path / "cache"), PROMOTE_RELATED_FRIENDS=[str(feed)]
    )
    assert result.warnings() == []
    tomatoes = article_of(result, "tomatoes")
    (friend,) = [link for link in tomatoes.promote_related if link.kind == "friend"]
    assert friend.friend == "Ada's garden" and friend.url == "https://ada.example/compost"
    assert "garden" in friend.reason
    html = result.read(tomatoes.save_as)
    assert "<script>alert(1)</script>" not in html
    aside = aside_of(result, tomatoes)
    links = aside.select(".promote-related-friends a")
    assert [a["href"] for a in links] == ["https://ada.example/compost"]
    assert links[0].get_text() == "Compost & tomatoes: 5 < 6 <script>alert(1)</script>"
    # Both sections, told apart by the links' order (own posts first): each with its reasons.
    own_reason = aside.select_one(".promote-related-own .promote-related-reason").get_text()
    friend_reason = aside.select_one(".promote-related-friends .promote-related-reason").get_text()
    assert own_reason.startswith("Also about ") and "garden" in friend_reason
    assert aside.find("script") is None
    assert "javascript:" not in html
    assert not any(link.kind == "friend" for link in article_of(result, "commute").promote_related)


def test_the_demo_blog_gets_related_posts_and_never_waits_on_the_network(tmp_path, site_builder):
    result = site_builder(ROOT / "content", CACHE_PATH=str(tmp_path / "cache"))
    assert result.warnings() == []
    linked = [article for article in result.articles if article.promote_related]
    assert len(linked) >= len(result.articles) // 2
    kinds = {link.kind for article in result.articles for link in article.promote_related}
    assert kinds == {"post"}  # the demo lists no friends' feeds
    article = linked[0]
    assert aside_of(result, article).find("a")["href"].endswith(article.promote_related[0].url)


class _Unbuildable:
    """Pickles fine, cannot be unpickled: like a cached class whose shape changed since."""

    def __reduce__(self):
        return (int, ("not a number",))


@pytest.mark.parametrize(
    "cached",
    [
        b"not a pickle at all",
        pickle.dumps({"model_key": "x", "relations": [_Unbuildable()]}),
        pickle.dumps(99) + pickle.dumps({"anything": 1}),
    ],
)
def test_a_broken_or_foreign_cache_is_rebuilt_without_failing(tmp_path, site_builder, cached):
    content = tmp_path / "content"
    write_topic_site(content)
    folder = tmp_path / "cache" / "promote_related"
    folder.mkdir(parents=True)
    for name in ("index.pickle", "relations.pickle"):
        (folder / name).write_bytes(cached)
    result = site_builder(content, CACHE_PATH=str(tmp_path / "cache"))
    assert result.warnings() == []
    assert own_slugs(article_of(result, "tomatoes"))[0] == "compost"
    assert cache_state(tmp_path / "cache")["index_builds"] == 1


def test_filename_links_resolve_one_by_one_as_in_the_whole_page(tmp_path, site_builder):
    content = tmp_path / "content"
    write_topic_post(content, "famous", "bread", "2025-08-01 09:00")
    (content / "files").mkdir()
    (content / "files" / 'notes & "quotes".txt').write_text("notes", encoding="utf-8")
    links = (
        "[a]({filename}/famous.md#crust?x=1&y=2) [b](https://example.org/?a=1&b=2) "
        "[c]({filename}../content/famous.md) [d](|filename|famous.md) [e](/local/) "
        '[f]({static}/files/notes%20&%20%22quotes%22.txt) <a href="{filename}/famous.md">g</a>'
    )
    write_topic_post(content, "fan", "garden", "2025-09-02 09:00", extra=links)
    result = site_builder(content, STATIC_PATHS=["files"])
    articles = sorted(result.articles, key=lambda post: post.slug)
    as_written = [text.read_html(post._content).hrefs for post in articles]
    resolved = posts.linked_hrefs(articles, as_written)
    whole_page = [posts.read_content(post).hrefs for post in articles]
    assert resolved == whole_page
    fan = resolved[[post.slug for post in articles].index("fan")]
    assert fan[0].endswith("famous/#crust?x=1&y=2") and fan[1] == "https://example.org/?a=1&b=2"
    assert not any("{" in href or "|filename|" in href for href in fan)


def test_absolute_links_to_the_site_count_for_the_boost_and_the_log_says_what_it_raised(
    tmp_path, site_builder, caplog
):
    caplog.set_level(logging.INFO, logger="promote_related")
    content = tmp_path / "content"
    # "linked" is a little more relevant to "reader" than "lonely", as old, but three posts link
    # to it with absolute links pasted from a browser (www, http); "lonely" has none
    addresses = ("http://www.blog.example", "https://blog.example", "http://blog.example")
    links = [f"Read [my bread post]({address}/2023/linked/)." for address in addresses]
    write_boost_site(content, "linked", "lonely", links)
    site = {"SITEURL": "https://blog.example", "RELATIVE_URLS": True}
    plain, boosted = plain_and_boosted(tmp_path, site_builder, content, **site)
    assert own_slugs(article_of(plain, "reader"))[:2] == ["linked", "lonely"]
    links = article_of(boosted, "reader").promote_related
    assert [link.article.slug for link in links[:2]] == ["lonely", "linked"]
    assert links[0].boosted and not links[1].boosted
    summary = [
        r.getMessage()
        for r in boosted.records
        if r.getMessage().startswith("promote_related: the promote boost")
    ]
    assert len(summary) == 1 and "of 8 posts" in summary[0]
    assert not any(link.boosted for a in plain.articles for link in a.promote_related)


def test_links_without_the_trailing_slash_or_with_a_query_count_for_the_boost(
    tmp_path, site_builder
):
    content = tmp_path / "content"
    # "linked" is a little more relevant to "reader" than "lonely", as old; three posts link to
    # it as bloggers type and paste addresses: no trailing slash, a query string, relative
    hrefs = (
        "https://blog.example/2023/linked",
        "/2023/linked?utm_source=newsletter",
        "../../2023/linked",
    )
    write_boost_site(content, "linked", "lonely", [f"Read [this]({href})." for href in hrefs])
    site = {"SITEURL": "https://blog.example", "RELATIVE_URLS": True}
    plain, boosted = plain_and_boosted(tmp_path, site_builder, content, **site)
    assert own_slugs(article_of(plain, "reader"))[:2] == ["linked", "lonely"]
    links = article_of(boosted, "reader").promote_related
    assert [link.article.slug for link in links[:2]] == ["lonely", "linked"]
    assert links[0].boosted


def compost_feed(path, dates) -> None:
    """Write an RSS feed of one compost post a date, "Compost 1" the first."""
    items = "".join(
        f"<item><title>Compost {n}</title><link>https://ada.example/compost-{n}</link>"
        "<category>garden</category><description>My tomato seedlings love compost and mulch in "
        f"the garden.</description><pubDate>{date}</pubDate></item>"
        for n, date in enumerate(dates, 1)
    )
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Ada</title>'
        f"<link>https://ada.example/</link>{items}</channel></rss>",
        encoding="utf-8",
    )


def test_feed_entries_keeps_the_newest_entries_of_each_feed(tmp_path, site_builder):
    # docs/promote-related.md, Settings: PROMOTE_RELATED_FEED_ENTRIES, newest entries read.
    content = tmp_path / "content"
    write_topic_site(content)
    feed = tmp_path / "friend.xml"
    dates = ["Mon, 05 Jan 2026 09:00:00 GMT", "Wed, 07 Jan 2026 09:00:00 GMT"]
    compost_feed(feed, dates)
    result = site_builder(
        content,
        CACHE_PATH=str(tmp_path / "cache"),
        PROMOTE_RELATED_FRIENDS=[str(feed)],
        PROMOTE_RELATED_FRIENDS_PER_POST=2,
        PROMOTE_RELATED_PER_FRIEND=2,
        PROMOTE_RELATED_FEED_ENTRIES=1,
    )
    assert result.warnings() == []
    friends = [
        link.title
        for article in result.articles
        for link in article.promote_related
        if link.kind == "friend"
    ]
    assert friends and set(friends) == {"Compost 2"}


def test_cache_off_keeps_nothing_on_disk(tmp_path, site_builder):
    # docs/promote-related.md, Settings: PROMOTE_RELATED_CACHE = False keeps nothing on disk.
    content = tmp_path / "content"
    write_topic_site(content)
    result = site_builder(content, CACHE_PATH=str(tmp_path / "on"))
    assert (tmp_path / "on" / "promote_related").is_dir()
    result = site_builder(content, CACHE_PATH=str(tmp_path / "off"), PROMOTE_RELATED_CACHE=False)
    assert result.warnings() == []
    assert not (tmp_path / "off" / "promote_related").exists()
    assert own_slugs(article_of(result, "tomatoes"))[0] == "compost"
