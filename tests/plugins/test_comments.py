"""plugins/comments: real builds of tiny sites with comment exports, checked in the output."""

import json
import os
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup

from comment_contract import export_file_name
from tests.support import ROOT
from tests.support.posts import article_of, comment, page_of, write_export, write_post


def embed_scripts(page: BeautifulSoup) -> list:
    """Return the script elements that load the comment embed."""
    return [s for s in page.find_all("script") if "comments.js" in s.get("src", "")]


# ---- tests ----


def test_nested_replies_render_as_a_tree_with_anchors_and_permalinks(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "welcome")
    write_export(
        content,
        "welcome",
        [
            comment(17, stars=3, website="https://agnes.example"),
            comment(18, 17, "Maya Goldstar", by_author=True, commenter="0d1e2f3a4b5c6d7e"),
            comment(19, 18, "Tomás"),
            comment(20, None, "Rin", updated="2026-02-01T08:00:00Z"),
        ],
        stars=12,
    )
    result = site_builder(content)
    assert result.warnings() == []

    article = article_of(result, "welcome")
    assert (article.comments_id, article.comment_count, article.star_count) == ("welcome", 4, 12)
    assert article.comments_since == "2026-02-01T08:00:00Z"
    assert [c.id for c in article.comments] == [17, 20]
    assert [r.id for r in article.comments[0].replies] == [18]

    page = page_of(result, "welcome")
    section = page.select_one("section#comments")
    assert section["data-thread"] == "welcome"
    assert section["data-since"] == "2026-02-01T08:00:00Z"
    assert section["data-support"] == "false"
    assert not section.has_attr("data-api") and embed_scripts(page) == []
    assert [li["id"] for li in section.select("ol.comment-list > li.comment")] == [
        "comment-17",
        "comment-20",
    ]
    reply = section.select_one("#comment-17 > ol.comment-replies > li#comment-18")
    assert "comment--by-author" in reply["class"]
    assert reply.select_one(".comment-author-mark").get_text() == "Author"
    assert section.select_one("#comment-18 > ol.comment-replies > li#comment-19") is not None
    permalink = section.select_one("#comment-17 .comment-permalink")
    assert permalink["href"] == "#comment-17"
    assert permalink.time["datetime"] == "2026-01-18T10:00:00Z"
    link = section.select_one("#comment-17 .comment-author a")
    assert link["href"] == "https://agnes.example"
    assert link["rel"] == ["nofollow", "ugc", "noopener"]
    post_stars = section.select_one('[data-stars="post"]')
    assert post_stars["data-count"] == "12" and post_stars.select_one(".stars-count").text == "12"
    assert section.select_one('[data-stars="17"]')["data-count"] == "3"
    assert section.select_one("#comment-17 .comment-body").decode_contents() == (
        "<p>Comment number 17.</p>"
    )
    assert section.select_one(".comment-form-slot") is not None


def test_unicode_names_reach_the_page_intact(tmp_path, site_builder):
    names = ["Agnès", "Nguyễn Thu Hà", "凛", "Zoë 🌻", "محمد", "Ṣeun", "Małgorzata"]
    content = tmp_path / "content"
    write_post(content, "welcome")
    write_export(content, "welcome", [comment(i, None, name) for i, name in enumerate(names, 1)])
    result = site_builder(content)
    assert result.warnings() == []
    shown = [a.get_text() for a in page_of(result, "welcome").select(".comment-author")]
    assert shown == names


def test_comments_id_metadata_names_the_thread_of_a_renamed_post(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "a-new-name", comments_id="the-old-name")
    write_export(content, "the-old-name", [comment(1)], stars=2)
    result = site_builder(content)
    assert result.warnings() == []
    article = article_of(result, "a-new-name")
    assert (article.comments_id, article.comment_count) == ("the-old-name", 1)
    assert article.star_count == 2
    assert page_of(result, "a-new-name").select_one("#comments")["data-thread"] == "the-old-name"


def test_an_empty_thread_and_a_missing_file_show_an_empty_section(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "empty")
    write_post(content, "no-file")
    write_export(content, "empty", [], stars=4)
    result = site_builder(content)
    assert result.warnings() == []
    for slug, stars in (("empty", "4"), ("no-file", "0")):
        article = article_of(result, slug)
        assert (article.comments, article.comment_count, article.comments_since) == ([], 0, None)
        section = page_of(result, slug).select_one("section#comments")
        assert not section.has_attr("data-since")
        assert section.select_one('[data-stars="post"]')["data-count"] == stars
        assert section.select_one(".comments-empty").get_text() == "No comments yet."
        assert section.select("li.comment") == []


def test_a_thread_of_a_thousand_comments_keeps_every_comment_and_bounded_nesting(
    tmp_path, site_builder
):
    content = tmp_path / "content"
    write_post(content, "busy")
    records = [comment(1)]
    for cid in range(2, 1001):
        # A 300-deep chain of replies, then replies spread over earlier comments.
        parent = cid - 1 if cid <= 300 else (cid * 7919) % (cid - 1) + 1
        records.append(comment(cid, parent, f"Reader {cid}", stars=cid % 5))
    write_export(content, "busy", records)
    result = site_builder(content)
    assert result.warnings() == []
    assert article_of(result, "busy").comment_count == 1000
    section = page_of(result, "busy").select_one("#comments")
    ids = [li["id"] for li in section.select("li.comment")]
    assert sorted(ids) == sorted(f"comment-{n}" for n in range(1, 1001))
    deepest = max(len(li.find_parents("li")) for li in section.select("li.comment"))
    assert deepest == 3  # COMMENTS_MAX_DEPTH: three levels of replies
    assert section.select_one("#comment-4 .comment-in-reply-to") is None
    deep = section.select_one("#comment-3 > ol > #comment-10")  # listed flat at the last level
    assert deep.select_one(".comment-in-reply-to a")["href"] == "#comment-9"


def in_reply_to(page: BeautifulSoup, cid: int) -> tuple[str, str] | None:
    """Return the link (href, name) of comment *cid*'s "in reply to" line, None without one."""
    line = page.select_one(f"#comment-{cid} > article .comment-in-reply-to")
    return None if line is None else (line.a["href"], line.a.get_text())


def test_a_reply_the_server_hung_from_an_ancestor_says_whom_it_answers(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "deep")
    # As the server exports a chain 1 <- 2 <- 3 <- 4 and a reply to 4 (too deep to nest under it):
    # it hangs from 3, the last level that nests, and `reply_to` keeps that it answers 4.
    chain = [comment(1, None, "Ana"), comment(2, 1, "Bo"), comment(3, 2, "Cy"), comment(4, 3, "Di")]
    write_export(content, "deep", [*chain, comment(5, 3, "Ed", reply_to=4)])
    result = site_builder(content)
    assert result.warnings() == []
    page = page_of(result, "deep")
    assert page.select_one("#comment-3 > ol.comment-replies > #comment-5") is not None
    assert in_reply_to(page, 5) == ("#comment-4", "Di")
    assert in_reply_to(page, 4) is None  # it answers its parent, right above it
    assert article_of(result, "deep").comments[0].replies[0].replies[0].replies[1].reply_to == 4


def test_reply_to_a_comment_not_on_the_page_gives_no_line(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "gone")
    chain = [comment(1), comment(2, 1), comment(3, 2, "Cy"), comment(4, 3, "Di")]
    # 6 answered a comment since deleted or waiting (the server writes no such reply_to; a hand
    # edit can); 7 comes from an export written before reply_to existed: the line names its
    # parent, as it always did; 8 was moved up by a delete beside the comment it answers.
    records = [*chain, comment(6, 3, reply_to=5), comment(7, 4, "Gil"), comment(8, 2, reply_to=3)]
    write_export(content, "gone", records)
    result = site_builder(content)
    assert result.warnings() == []
    page = page_of(result, "gone")
    assert in_reply_to(page, 6) is None
    assert in_reply_to(page, 7) == ("#comment-4", "Di")
    assert page.select_one("#comment-2 > ol.comment-replies > #comment-8") is not None
    assert in_reply_to(page, 8) == ("#comment-3", "Cy")


def test_a_wrong_reply_to_is_reported_and_the_comment_kept(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "odd")
    write_export(content, "odd", [comment(1), comment(2, 1, reply_to="1")])
    result = site_builder(content)
    (warning,) = result.warnings()
    assert "odd.json" in warning and "comment 2: 'reply_to' must be a comment id" in warning
    assert in_reply_to(page_of(result, "odd"), 2) is None
    assert article_of(result, "odd").comment_count == 2


def test_a_broken_file_is_reported_by_name_and_the_rest_builds(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "broken")
    write_post(content, "fine")
    write_export(content, "fine", [comment(1)])
    broken = content / "comments" / "broken.json"
    broken.write_text('{"format": "goldstar-comments", "vers', "utf-8")
    result = site_builder(content)
    (warning,) = result.warnings()
    assert "broken.json" in warning and "not valid JSON (line 1" in warning
    assert "comment_server export" in warning
    assert article_of(result, "fine").comment_count == 1
    assert page_of(result, "broken").select_one("#comments .comments-empty") is not None


def test_a_file_of_an_unknown_version_is_left_out_with_a_warning(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "future")
    write_export(content, "future", [comment(1)], version=4)
    result = site_builder(content)
    (warning,) = result.warnings()
    assert "future.json" in warning and "'version' is 4" in warning and "reads 1, 2, 3" in warning
    assert article_of(result, "future").comments == []


def test_missing_and_wrong_fields_name_the_comment_and_the_field(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "fields")
    no_html = comment(2)
    del no_html["html"]
    write_export(
        content,
        "fields",
        [comment(1, stars="three"), no_html, comment(3, website="javascript:alert(1)"), {"x": 1}],
    )
    result = site_builder(content)
    warnings = result.warnings()
    assert len(warnings) == 4 and all("fields.json" in w for w in warnings)
    assert any("comment 1: 'stars' must be a whole number" in w for w in warnings)
    assert any("comment 2: 'html' is missing" in w and "left out" in w for w in warnings)
    assert any("comment 3: 'website' 'javascript:alert(1)'" in w for w in warnings)
    assert any("comment #4 in the list has no valid 'id'" in w for w in warnings)
    article = article_of(result, "fields")
    assert [c.id for c in article.comments] == [1, 3]
    assert article.comments[0].stars == 0 and article.comments[1].website is None
    page = page_of(result, "fields")
    assert page.select_one("#comment-3 .comment-author a") is None
    assert "javascript:" not in str(page)


def test_a_reply_whose_parent_is_missing_is_shown_at_the_top_level(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "orphans")
    write_export(content, "orphans", [comment(1), comment(5, 4), comment(6, 7), comment(7, 6)])
    result = site_builder(content)
    warnings = result.warnings()
    assert len(warnings) == 2
    assert "orphans.json: comment 5: its parent 4 is not in the file" in warnings[0]
    assert "comment 6: its chain of parents loops" in warnings[1]
    top = [li["id"] for li in page_of(result, "orphans").select(".comment-list > li")]
    assert top == ["comment-1", "comment-5", "comment-6"]
    assert page_of(result, "orphans").select_one("#comment-6 > ol > #comment-7") is not None


def test_a_thread_with_no_post_is_reported(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "here")
    write_export(content, "gone-away", [comment(1)])
    result = site_builder(content)
    (warning,) = result.warnings()
    assert "gone-away.json" in warning and "thread 'gone-away' matches no post" in warning
    assert "comments_id: gone-away" in warning


def test_a_second_file_for_the_same_thread_is_left_out(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "twice")
    write_export(content, "twice", [comment(1)])
    copy = write_export(content, "twice", [comment(2)])
    copy.rename(copy.with_name("twice-copy.json"))
    write_export(content, "twice", [comment(1)])
    result = site_builder(content)
    warnings = result.warnings()
    assert any("twice-copy.json: its 'thread' is 'twice'" in w for w in warnings)
    duplicate = "twice-copy.json: thread 'twice' is already read from twice.json"
    assert any(duplicate in w for w in warnings)
    assert [c.id for c in article_of(result, "twice").comments] == [1]


def test_hand_edited_html_is_sanitized_again_at_build(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "edited")
    hostile = (
        '<p onclick="alert(1)">hi <script>alert(2)</script><img src=x onerror=alert(3)>'
        '<a href="javascript:alert(4)">x</a><a href="https://ok.example" style="color:red">ok</a>'
        "<iframe src=https://evil.example></iframe></p>"
    )
    write_export(content, "edited", [comment(1, html=hostile)])
    result = site_builder(content)
    assert result.warnings() == []
    body = page_of(result, "edited").select_one("#comment-1 .comment-body")
    assert body.find_all(["script", "img", "iframe"]) == []
    assert all(not name.startswith("on") for tag in body.find_all(True) for name in tag.attrs)
    assert [a.get("href") for a in body.find_all("a")] == [None, "https://ok.example"]
    assert body.find("a", href="https://ok.example")["rel"] == ["nofollow", "ugc", "noopener"]
    assert not body.find_all(style=True)


def test_comments_api_adds_the_embed_and_support_posts_say_so(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "a-hard-day", support="true")
    write_export(content, "a-hard-day", [comment(1)], stars=3)
    result = site_builder(content, COMMENTS_API="http://127.0.0.1:8001", SITEURL="")
    assert result.warnings() == []
    page = page_of(result, "a-hard-day")
    section = page.select_one("#comments")
    assert section["data-api"] == "http://127.0.0.1:8001"
    assert section["data-support"] == "true"
    assert "I see you" in section.select_one('[data-stars="post"]').get_text()
    (script,) = embed_scripts(page)
    assert script["type"] == "module" and script["src"].endswith("/theme/js/comments.js")


@pytest.mark.slow
@pytest.mark.parametrize("plugins", [[], ["gold_stars"]], ids=["both-off", "comments-off"])
def test_the_site_builds_with_the_plugins_off(tmp_path, plugins):
    # Pelican's signals outlive a build, so a site without the plugins is built in its own process.
    content, output = tmp_path / "content", tmp_path / "output"
    write_post(content, "welcome")
    write_export(content, "welcome", [comment(1, gold_stars=1)], stars=30)
    command = [sys.executable, "-m", "pelican", str(content), "-o", str(output)]
    command += ["-s", "pelicanconf.py", "--fatal", "warnings"]
    command += ["-e", f"PLUGINS={json.dumps(plugins)}"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    page = BeautifulSoup((output / "2026/welcome/index.html").read_text("utf-8"), "html.parser")
    assert page.select_one("h1") is not None
    assert page.select_one("#comments") is None and page.select_one(".gold-stars") is None
    assert not (output / "gold-stars").exists()


@pytest.mark.parametrize(("value", "shown"), [(0, "0"), ("deep", "'deep'")])
def test_a_bad_max_depth_setting_warns_and_uses_the_default(tmp_path, site_builder, value, shown):
    content = tmp_path / "content"
    write_post(content, "welcome")
    result = site_builder(content, COMMENTS_MAX_DEPTH=value)
    (warning,) = result.warnings()
    assert f"setting COMMENTS_MAX_DEPTH is {shown}" in warning and "using the default 3" in warning


def test_with_pelicans_content_cache_an_unchanged_export_is_not_read_again(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "cached")
    export = write_export(content, "cached", [comment(1, html="<p>First words.</p>")])
    broken = content / "comments" / "broken.json"
    broken.write_text("{", encoding="utf-8")
    cache = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True, "CACHE_PATH": str(tmp_path / "c")}
    first = site_builder(content, **cache)
    (warning,) = first.warnings()
    assert "broken.json: is not valid JSON" in warning
    assert (tmp_path / "c" / "comments_threads").exists()

    # Same stamp (mtime), new bytes: the cached thread is used, and the cached problems reported.
    stamp = export.stat().st_mtime_ns
    export.write_text(export.read_text("utf-8").replace("First", "Second"), encoding="utf-8")
    os.utime(export, ns=(stamp, stamp))
    second = site_builder(content, **cache)
    assert second.warnings() == first.warnings()
    assert page_of(second, "cached").select_one("#comment-1 .comment-body").text == "First words."

    # A new stamp: read again.
    os.utime(export, ns=(stamp + 10**9, stamp + 10**9))
    third = site_builder(content, **cache)
    assert page_of(third, "cached").select_one("#comment-1 .comment-body").text == "Second words."
    assert page_of(third, "cached").select_one("#comments")["data-thread"] == "cached"


def test_an_impossible_date_is_reported_and_the_comment_kept(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "dates")
    write_export(content, "dates", [comment(1, created="2026-02-31T10:00:00Z"), comment(2)])
    result = site_builder(content)
    (warning,) = result.warnings()
    assert "dates.json: comment 1: 'created' '2026-02-31T10:00:00Z' is not a real date" in warning
    page = page_of(result, "dates")
    assert page.select_one("#comment-1 .comment-permalink").get_text() == "Permalink"
    assert page.select_one("#comment-2 time")["datetime"] == "2026-01-03T10:00:00Z"


def test_an_export_under_its_safe_file_name_builds_without_a_warning(tmp_path, site_builder):
    content = tmp_path / "content"
    write_post(content, "hello", comments_id="Welcome")
    path = write_export(content, "Welcome", [comment(1)])
    path.rename(path.with_name(export_file_name("Welcome")))  # welcome~0e2226b5.json
    result = site_builder(content)
    assert result.warnings() == []
    assert article_of(result, "hello").comment_count == 1


def test_staticman_comments_left_in_the_comments_folder_are_named(tmp_path, site_builder):
    # A real Pelican blog kept its Staticman comments in content/comments/, where Goldstar reads
    # its exports: each was "not a Goldstar comment export", with no word of what it was.
    content = tmp_path / "content"
    write_post(content, "implicit-monte-carlo-1")
    folder = content / "comments"
    folder.mkdir(parents=True, exist_ok=True)
    staticman = {
        "_id": "db199360-10ba-11eb-acd6-9353ea7de05b",
        "url": "implicit-monte-carlo-1",
        "name": "0x7df",
        "message": "tc6",
        "date": "2020-10-17T20:53:49.309Z",
    }
    (folder / "entry1602968029309.json").write_text(json.dumps(staticman), encoding="utf-8")
    result = site_builder(content)
    (warning,) = result.warnings()
    assert "entry1602968029309.json: this is a Staticman comment" in warning
    assert "set COMMENTS_PATH to another folder" in warning
    assert article_of(result, "implicit-monte-carlo-1").comment_count == 0


def test_comments_path_names_the_export_folder(tmp_path, site_builder):
    # docs/comments-and-gold-stars.md, Settings: COMMENTS_PATH, the export folder under PATH.
    content = tmp_path / "content"
    write_post(content, "welcome")
    write_export(content, "welcome", [comment(17)], stars=4)
    (content / "comments").rename(content / "talk")
    result = site_builder(content, COMMENTS_PATH="talk")
    assert result.warnings() == []
    section = page_of(result, "welcome").select_one("section#comments")
    assert [li["id"] for li in section.select("li.comment")] == ["comment-17"]
    assert section.select_one('[data-stars="post"]')["data-count"] == "4"
