"""`invoke promote`: friends' recent posts related to the author's, each with a line to share."""

import logging
import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from promote_related import digest
from promote_related.feeds import FriendPost

from tests.support import ROOT
from tests.support.feeds import GARDEN, Route
from tests.support.friends import NOW, dated_rss, settings_and_config, write_settings
from tests.support.topics import write_topic_post, write_topic_site


def test_the_digest_lists_recent_related_posts_with_a_line_to_share(
    tmp_path, feed_server, capsys, caplog
):
    feed_server.routes["/ada.rss"] = Route(
        dated_rss(
            [
                ("Tomato days", "https://ada.example/tomato-days", GARDEN, NOW - timedelta(3)),
                ("Old tomatoes", "https://ada.example/old", GARDEN, NOW - timedelta(100)),
                ("Stamps", "https://ada.example/stamps", "Philately albums.", NOW - timedelta(2)),
            ]
        )
    )
    write_topic_site(tmp_path / "content")
    # a {static} link: the digest reads posts without Pelican's static files, and must not warn
    (tmp_path / "content" / "images").mkdir()
    (tmp_path / "content" / "images" / "bed.png").write_bytes(b"\x89PNG\r\n")
    write_topic_post(
        tmp_path / "content", "beds", "garden", extra="![Beds]({static}/images/bed.png)"
    )
    settings = write_settings(
        tmp_path,
        PROMOTE_RELATED_FRIENDS=[{"name": "Ada", "url": feed_server.url("/ada.rss")}],
        PROMOTE_RELATED_DIGEST_DAYS=30,
        STATIC_PATHS=["images"],
    )
    text = digest.digest_text(str(settings), progress=True, now=NOW)
    assert "friends' feeds" in capsys.readouterr().err  # the progress bar
    assert text.startswith("Your friends published 2 posts in the last 30 days; the 1 that relate")
    assert "Tomato days — Ada, 2026-01-29" in text
    assert "https://ada.example/tomato-days" in text
    assert "relates to your “Garden notes" in text and " (also about " in text
    (share,) = [line.strip() for line in text.splitlines() if line.strip().startswith("share:")]
    assert share.startswith("share: “Tomato days” by Ada: https://ada.example/tomato-days — ")
    assert any(sentence.split("{")[0] in share for sentence in digest.WARM_SENTENCES)
    assert "Old tomatoes" not in text and "Stamps" not in text
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_a_friend_s_post_about_a_loss_is_shared_quietly(tmp_path, feed_server):
    sad = f"My father passed away in March. He planted these beds with me. {GARDEN}"
    feed_server.routes["/ada.rss"] = Route(
        dated_rss([("For Dad", "https://ada.example/for-dad", sad, NOW - timedelta(3))])
    )
    write_topic_site(tmp_path / "content")
    settings = write_settings(
        tmp_path,
        PROMOTE_RELATED_FRIENDS=[{"name": "Ada", "url": feed_server.url("/ada.rss")}],
        PROMOTE_RELATED_DIGEST_DAYS=30,
    )
    text = digest.digest_text(str(settings), now=NOW)
    (share,) = [line.strip() for line in text.splitlines() if line.strip().startswith("share:")]
    assert any(sentence.split("{")[0] in share for sentence in digest.QUIET_SENTENCES), share
    assert not re.search(r"enjoy|lovely|beautiful|warm", share), share
    # No words pulled from a friend's loss as a reason ("also about car, park and tissues").
    (relates,) = [line for line in text.splitlines() if "relates to your" in line]
    assert "also about" not in relates, relates


def test_a_friend_s_post_is_shared_quietly_beside_the_author_s_own_hard_day(tmp_path, feed_server):
    # "A lovely read from Ada; if you liked my “The tomatoes my father planted before he
    # died”, you will enjoy this one." A hard day is no post one "liked".
    content = tmp_path / "content"
    title = "The tomatoes my father planted before he died"
    write_topic_post(content, "tomatoes", "garden", "2025-03-01 09:00", title=title)
    write_topic_post(content, "winter-loaf", "bread", "2025-06-01 09:00", support="true")
    write_topic_post(content, "commute", "cycling", "2025-04-01 09:00", tags="cycling")
    loaf = "Sourdough loaf crust: starter, flour, water, knead and bake."
    feed_server.routes["/ada.rss"] = Route(
        dated_rss(
            [
                ("Tomato days", "https://ada.example/tomato-days", GARDEN, NOW - timedelta(3)),
                ("My new loaf", "https://ada.example/loaf", loaf, NOW - timedelta(2)),
            ]
        )
    )
    settings = write_settings(
        tmp_path,
        PROMOTE_RELATED_FRIENDS=[{"name": "Ada", "url": feed_server.url("/ada.rss")}],
        PROMOTE_RELATED_DIGEST_DAYS=30,
    )
    found = digest.collect_digest(*settings_and_config(settings), False, NOW)
    assert sorted(item.own_url for item in found.items) == ["tomatoes.html", "winter-loaf.html"]
    for item in found.items:
        assert item.share_line.endswith(
            f"— From Ada, close to what I wrote in my “{item.own_title}”."
        ), item.share_line
        assert item.reason == ()  # no words pulled from a hard day: only the tags they share


def test_a_friend_s_passing_mention_further_down_is_no_hard_time():
    def post(text: str) -> FriendPost:
        return FriendPost(
            "Ada", "https://ada.example/rss", "Compost", "https://ada.example/c", text, (), NOW
        )

    later = "Compost wants air, water and greens. " * 10 + "My grandmother, who died in 2019, knew."
    assert not digest.tells_a_hard_time(post(later))
    assert digest.tells_a_hard_time(post("My grandmother died in March. She made this compost."))


def test_the_digest_without_friends_says_how_to_add_them(tmp_path):
    write_topic_site(tmp_path / "content")
    text = digest.digest_text(str(write_settings(tmp_path)), progress=False, now=NOW)
    assert "PROMOTE_RELATED_FRIENDS" in text and "docs/promote-related.md" in text


def test_a_blog_with_no_recent_friend_posts_hears_what_the_window_held(tmp_path, feed_server):
    feed_server.routes["/ada.rss"] = Route(
        dated_rss(
            [
                (
                    "Old tomatoes",
                    "https://ada.example/old",
                    GARDEN,
                    datetime(2021, 3, 2, tzinfo=UTC),
                ),
                ("Older", "https://ada.example/older", GARDEN, datetime(2020, 1, 1, tzinfo=UTC)),
            ]
        )
    )
    write_topic_site(tmp_path / "content")
    settings = write_settings(tmp_path, PROMOTE_RELATED_FRIENDS=[feed_server.url("/ada.rss")])
    text = digest.digest_text(str(settings), progress=False, now=NOW)
    assert text == (
        "Your friends published 0 posts in the last 30 days; the newest is from 2021-03-02 "
        "(try --days).\n"
    )
    # --days widens the window: the old post is found, and relates to the garden posts
    wide = digest.digest_text(str(settings), progress=False, now=NOW, days=3000)
    assert wide.startswith("Your friends published 2 posts in the last 3000 days; the 2 that")
    assert "1. Old tomatoes — " in wide or "1. Older — " in wide
    assert digest.digest_text(str(settings), progress=False, now=NOW, days=0).startswith("--days")


def test_the_digest_says_what_the_boost_did_in_the_last_build(tmp_path, feed_server, site_builder):
    feed_server.routes["/ada.rss"] = Route(
        dated_rss([("Tomato days", "https://ada.example/t", GARDEN, NOW - timedelta(3))])
    )
    write_topic_site(tmp_path / "content")
    settings = write_settings(tmp_path, PROMOTE_RELATED_FRIENDS=[feed_server.url("/ada.rss")])
    before = digest.digest_text(str(settings), progress=False, now=NOW)
    assert "promote boost" not in before  # no build yet: nothing to say
    site_builder(tmp_path / "content", CACHE_PATH=str(tmp_path / "cache"))
    text = digest.digest_text(str(settings), progress=False, now=NOW)
    assert "Your last build: the promote boost raised " in text and " of 6 posts" in text


def test_the_digest_is_ranked_by_relevance_capped_and_cached(tmp_path, feed_server):
    items = [
        (
            f"Post {n}",
            f"https://ada.example/{n}",
            GARDEN if n % 2 else "Compost. " + GARDEN[:40],
            NOW - timedelta(n + 1),
        )
        for n in range(6)
    ]
    feed_server.routes["/ada.rss"] = Route(dated_rss(items))
    write_topic_site(tmp_path / "content")
    settings = write_settings(
        tmp_path,
        PROMOTE_RELATED_FRIENDS=[feed_server.url("/ada.rss")],
        PROMOTE_RELATED_DIGEST_MAX=3,
    )
    config = digest.read_config(digest.read_settings(str(settings)))
    found = digest.collect_digest(digest.read_settings(str(settings)), config, False, NOW)
    assert found.recent == 6 and len(found.items) == 3
    scores = [item.score for item in found.items]
    assert scores == sorted(scores, reverse=True)
    cached = tmp_path / "cache" / "promote_related" / "digest_posts.pickle"
    first = cached.stat().st_mtime_ns
    again = digest.collect_digest(digest.read_settings(str(settings)), config, False, NOW)
    assert [item.friend_post.url for item in again.items] == [
        i.friend_post.url for i in found.items
    ]
    assert cached.stat().st_mtime_ns == first  # nothing changed: the posts came from the cache
    write_topic_post(tmp_path / "content", "beds", "garden")
    digest.collect_digest(digest.read_settings(str(settings)), config, False, NOW)
    assert cached.stat().st_mtime_ns != first  # a new post: read again


def test_one_prolific_friend_does_not_fill_the_digest(tmp_path, feed_server):
    garden = [
        (f"Garden day {n}", f"https://ada.example/{n}", GARDEN, NOW - timedelta(n + 1))
        for n in range(5)
    ]
    feed_server.routes["/ada.rss"] = Route(dated_rss(garden))
    ride = [("Canal ride", "https://bo.example/ride", "My chain needed oil.", NOW - timedelta(2))]
    feed_server.routes["/bo.rss"] = Route(dated_rss(ride).replace(b"Ada", b"Bo"))
    write_topic_site(tmp_path / "content")
    friends = [
        {"name": name, "url": feed_server.url(f"/{name.lower()}.rss")} for name in ("Ada", "Bo")
    ]
    settings = write_settings(
        tmp_path, PROMOTE_RELATED_FRIENDS=friends, PROMOTE_RELATED_DIGEST_MAX=3
    )
    text = digest.digest_text(str(settings), progress=False, now=NOW)
    titles = [
        line.split(". ", 1)[1].split(" — ")[0]
        for line in text.splitlines()
        if line[:2] in ("1.", "2.", "3.")
    ]
    assert "the 3 that relate most to yours, best first, friends taking turns:" in text
    # Ada's best post, then Bo's, then Ada's next: Bo's post is related, if less than Ada's
    assert titles[0].startswith("Garden day") and titles[1] == "Canal ride"
    assert titles[2].startswith("Garden day") and len(titles) == 3


@pytest.mark.slow
def test_invoke_promote_runs_the_digest_of_the_demo_site():
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    invoke = Path(sys.executable).with_name("invoke")
    done = subprocess.run(
        [str(invoke), "promote"], cwd=ROOT, capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    assert "No friends' feeds yet" in done.stdout
