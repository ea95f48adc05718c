"""plugins/promote_related: friends' feeds served by a real HTTP server on 127.0.0.1.

RSS and Atom feeds, a dead address (a closed port), a slow feed, a malformed feed and a feed that
answers 304 to a conditional request; the build must warn naming the feed, use the cache, and
never fail.
"""

from tests.support.feeds import (
    BREAD,
    CYCLING,
    ETAG,
    GARDEN,
    LAST_MODIFIED,
    Route,
    atom,
    rss,
)
from tests.support.network import free_port
from tests.support.posts import article_of
from tests.support.topics import aside_of, cache_state, write_topic_site


def friend_links(article) -> list:
    """Return an article's links to friends' posts."""
    return [link for link in article.promote_related if link.kind == "friend"]


def test_rss_and_atom_feeds_give_each_post_its_friends_posts(tmp_path, site_builder, feed_server):
    feed_server.routes["/ada.rss"] = Route(
        rss(
            "Ada",
            [
                ("Tomatoes", "https://ada.example/tomatoes", "garden", GARDEN),
                ("More tomatoes", "https://ada.example/more", "garden", GARDEN),
                ("My bike", "https://ada.example/bike", "cycling", CYCLING),
            ],
        )
    )
    feed_server.routes["/bo.atom"] = Route(
        atom(
            "Bo",
            [
                ("Compost heap", "https://bo.example/compost", "garden", GARDEN),
                ("Bread", "https://bo.example/bread", "bread", BREAD),
            ],
        )
    )
    content = tmp_path / "content"
    write_topic_site(content)
    result = site_builder(
        content,
        CACHE_PATH=str(tmp_path / "cache"),
        PROMOTE_RELATED_FRIENDS=[
            {"name": "Ada Lovelace", "url": feed_server.url("/ada.rss")},
            feed_server.url("/bo.atom"),
        ],
        PROMOTE_RELATED_FRIENDS_PER_POST=3,
        PROMOTE_RELATED_PER_FRIEND=1,
    )
    assert result.warnings() == []
    tomatoes = friend_links(article_of(result, "tomatoes"))
    # one post per friend at most, though Ada wrote two garden posts
    assert sorted(link.friend for link in tomatoes) == ["Ada Lovelace", "Bo"]
    assert {link.url for link in tomatoes} <= {
        "https://ada.example/tomatoes",
        "https://ada.example/more",
        "https://bo.example/compost",
    }
    assert all("garden" in link.reason for link in tomatoes)
    commute = friend_links(article_of(result, "commute"))
    assert [link.url for link in commute] == ["https://ada.example/bike"]
    sourdough = friend_links(article_of(result, "sourdough"))
    assert [link.url for link in sourdough] == ["https://bo.example/bread"]
    aside = aside_of(result, article_of(result, "sourdough"))
    assert "by Bo" in aside.select_one(".promote-related-friends").get_text()
    # two friends allowed per post, two per friend: Ada's second garden post may come in
    result = site_builder(
        content,
        CACHE_PATH=str(tmp_path / "cache"),
        PROMOTE_RELATED_FRIENDS=[feed_server.url("/ada.rss")],
        PROMOTE_RELATED_PER_FRIEND=2,
        PROMOTE_RELATED_FRIENDS_PER_POST=2,
    )
    assert result.warnings() == []
    urls = [link.url for link in friend_links(article_of(result, "tomatoes"))]
    assert sorted(urls) == ["https://ada.example/more", "https://ada.example/tomatoes"]


def test_a_site_that_lists_its_first_friend_gets_an_index_that_can_meet_friends_posts(
    tmp_path, site_builder, feed_server
):
    feed_server.routes["/ada.rss"] = Route(
        rss("Ada", [("Tomatoes", "https://ada.example/tomatoes", "garden", GARDEN)])
    )
    content = tmp_path / "content"
    write_topic_site(content)
    cache = tmp_path / "cache"
    alone = site_builder(content, CACHE_PATH=str(cache))
    assert alone.warnings() == []
    assert cache_state(cache)["model"].full is None  # no friends: their summaries are not made
    befriended = site_builder(
        content, CACHE_PATH=str(cache), PROMOTE_RELATED_FRIENDS=[feed_server.url("/ada.rss")]
    )
    assert befriended.warnings() == []
    assert cache_state(cache)["index_builds"] == 2
    assert cache_state(cache)["model"].full is not None
    tomatoes = friend_links(article_of(befriended, "tomatoes"))
    assert [link.url for link in tomatoes] == ["https://ada.example/tomatoes"]


def test_a_dead_address_warns_naming_the_feed_and_the_build_goes_on(
    tmp_path, site_builder, feed_server
):
    feed_server.routes["/ada.rss"] = Route(
        rss("Ada", [("Tomatoes", "https://ada.example/tomatoes", "garden", GARDEN)])
    )
    dead = f"http://127.0.0.1:{free_port()}/feed.xml"
    content = tmp_path / "content"
    write_topic_site(content)
    result = site_builder(
        content,
        CACHE_PATH=str(tmp_path / "cache"),
        PROMOTE_RELATED_FRIENDS=[dead, feed_server.url("/ada.rss")],
        PROMOTE_RELATED_TIMEOUT=2.0,
    )
    (warning,) = result.warnings()
    assert dead in warning and "no cached copy" in warning
    urls = [link.url for link in friend_links(article_of(result, "tomatoes"))]
    assert urls == ["https://ada.example/tomatoes"]
    assert aside_of(result, article_of(result, "tomatoes")) is not None


def test_a_slow_feed_times_out_and_its_cached_copy_is_used(tmp_path, site_builder, feed_server):
    feed_server.routes["/slow.rss"] = Route(
        rss("Slow", [("Tomatoes", "https://slow.example/tomatoes", "garden", GARDEN)])
    )
    content = tmp_path / "content"
    write_topic_site(content)
    settings = {
        "CACHE_PATH": str(tmp_path / "cache"),
        "PROMOTE_RELATED_FRIENDS": [feed_server.url("/slow.rss")],
        "PROMOTE_RELATED_TIMEOUT": 0.3,
    }
    first = site_builder(content, **settings)
    assert first.warnings() == []
    feed_server.routes["/slow.rss"].delay = 1.5
    second = site_builder(content, **settings)
    (warning,) = second.warnings()
    assert feed_server.url("/slow.rss") in warning
    assert "no answer within 0.3 s" in warning and "using its cached copy" in warning
    urls = [link.url for link in friend_links(article_of(second, "tomatoes"))]
    assert urls == ["https://slow.example/tomatoes"]


def test_a_malformed_feed_warns_and_falls_back_to_the_last_good_copy(
    tmp_path, site_builder, feed_server
):
    good = rss("Ada", [("Tomatoes", "https://ada.example/tomatoes", "garden", GARDEN)])
    feed_server.routes["/ada.rss"] = Route(good)
    content = tmp_path / "content"
    write_topic_site(content)
    settings = {
        "CACHE_PATH": str(tmp_path / "cache"),
        "PROMOTE_RELATED_FRIENDS": [feed_server.url("/ada.rss")],
    }
    assert site_builder(content, **settings).warnings() == []
    feed_server.routes["/ada.rss"].body = b"<html><body>Oops, <b>a 500 page</b>"
    result = site_builder(content, **settings)
    (warning,) = result.warnings()
    assert feed_server.url("/ada.rss") in warning and "not a readable RSS or Atom feed" in warning
    urls = [link.url for link in friend_links(article_of(result, "tomatoes"))]
    assert urls == ["https://ada.example/tomatoes"]
    # with no good copy kept, a broken feed gives no links and one warning
    result = site_builder(content, **{**settings, "CACHE_PATH": str(tmp_path / "empty")})
    (warning,) = result.warnings()
    assert "no cached copy" in warning
    assert friend_links(article_of(result, "tomatoes")) == []


def test_a_server_error_warns_and_the_build_goes_on(tmp_path, site_builder, feed_server):
    feed_server.routes["/ada.rss"] = Route(b"down for maintenance", status=503)
    content = tmp_path / "content"
    write_topic_site(content)
    result = site_builder(
        content,
        CACHE_PATH=str(tmp_path / "cache"),
        PROMOTE_RELATED_FRIENDS=[feed_server.url("/ada.rss")],
    )
    (warning,) = result.warnings()
    assert "HTTP 503" in warning and feed_server.url("/ada.rss") in warning


def test_a_304_answer_to_a_conditional_request_uses_the_cache(tmp_path, site_builder, feed_server):
    body = atom("Bo", [("Compost heap", "https://bo.example/compost", "garden", GARDEN)])
    feed_server.routes["/bo.atom"] = Route(body, validators=True)
    content = tmp_path / "content"
    write_topic_site(content)
    settings = {
        "CACHE_PATH": str(tmp_path / "cache"),
        "PROMOTE_RELATED_FRIENDS": [feed_server.url("/bo.atom")],
    }
    first = site_builder(content, **settings)
    assert first.warnings() == []
    (first_request,) = feed_server.seen("/bo.atom")
    assert "If-None-Match" not in first_request
    # a 304 carries no body: the links must come from the cache
    feed_server.routes["/bo.atom"].body = b""
    second = site_builder(content, **settings)
    assert second.warnings() == []
    _, conditional = feed_server.seen("/bo.atom")
    assert conditional["If-None-Match"] == ETAG
    assert conditional["If-Modified-Since"] == LAST_MODIFIED
    urls = [link.url for link in friend_links(article_of(second, "tomatoes"))]
    assert urls == ["https://bo.example/compost"]


def test_an_opml_file_lists_the_friends(tmp_path, site_builder, feed_server):
    feed_server.routes["/ada.rss"] = Route(
        rss("Ada", [("My bike", "https://ada.example/bike", "cycling", CYCLING)])
    )
    content = tmp_path / "content"
    write_topic_site(content)
    (content / "friends.opml").write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>Friends</title></head><body>'
        f'<outline text="Ada L." type="rss" xmlUrl="{feed_server.url("/ada.rss")}"/>'
        "</body></opml>",
        encoding="utf-8",
    )
    result = site_builder(
        content, CACHE_PATH=str(tmp_path / "cache"), PROMOTE_RELATED_OPML="friends.opml"
    )
    assert result.warnings() == []
    (link,) = friend_links(article_of(result, "commute"))
    assert link.friend == "Ada L." and link.url == "https://ada.example/bike"


def test_a_missing_opml_file_warns_naming_it(tmp_path, site_builder):
    content = tmp_path / "content"
    write_topic_site(content)
    result = site_builder(
        content, CACHE_PATH=str(tmp_path / "cache"), PROMOTE_RELATED_OPML="nowhere.opml"
    )
    (warning,) = result.warnings()
    assert "nowhere.opml" in warning and "PROMOTE_RELATED_OPML" in warning


def test_a_friend_s_empty_feed_is_no_fault(tmp_path, site_builder, feed_server):
    # a friend's new blog: a well-formed feed with no entry yet, in RSS and in Atom
    feed_server.routes["/new.rss"] = Route(rss("New", []))
    feed_server.routes["/new.atom"] = Route(atom("New too", []))
    feed_server.routes["/ada.rss"] = Route(
        rss("Ada", [("Tomatoes", "https://ada.example/tomatoes", "garden", GARDEN)])
    )
    content = tmp_path / "content"
    write_topic_site(content)
    friends = [feed_server.url(path) for path in ("/new.rss", "/new.atom", "/ada.rss")]
    result = site_builder(
        content, CACHE_PATH=str(tmp_path / "cache"), PROMOTE_RELATED_FRIENDS=friends
    )
    assert result.warnings() == []
    urls = [link.url for link in friend_links(article_of(result, "tomatoes"))]
    assert urls == ["https://ada.example/tomatoes"]
