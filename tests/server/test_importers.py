"""The Isso, Disqus and WordPress importers on real fixtures (used in place) and hostile files."""

import json
import logging
import os
import re
import sqlite3
import subprocess
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from comment_server.importers import (
    ImportFileError,
    guess_format,
    read_disqus,
    read_isso,
    read_isso_json,
    read_wxr,
)
from comment_server.importers.records import ImportedComment, ImportedThread
from comment_server.importers.replies import parents_first, reattach_replies
from comment_server.importers.thread_ids import THREAD_ID, pelican_slug, url_thread_id
from tests.support.corpora import corpus_path, naughty_strings
from tests.support.isso_and_wordpress import ISSO_COMMENTS, make_isso_db, wp_comment
from tests.support.live_server import run_command


def isso_fixture(name: str) -> Path:
    """Return one of Isso's test fixtures (in ../shared/corpora; the test skips without it)."""
    return corpus_path(f"comments-isso-fixtures/isso/tests/{name}")


def remark42_fixture(name: str) -> Path:
    """Return one of remark42's migrator fixtures (in ../shared/corpora)."""
    return corpus_path(f"comments-remark42-fixtures/backend/app/migrator/testdata/{name}")


def by_thread(threads: list[ImportedThread]) -> dict[str, ImportedThread]:
    """Return the threads by id, checking each id is valid and appears once."""
    assert len({t.thread for t in threads}) == len(threads)
    assert all(THREAD_ID.match(t.thread) for t in threads)
    return {t.thread: t for t in threads}


def check_links(thread: ImportedThread) -> None:
    """Assert every parent is an earlier comment of the same thread and times are UTC."""
    seen: set[str] = set()
    for comment in thread.comments:
        assert comment.parent_source_id is None or comment.parent_source_id in seen
        assert comment.created.tzinfo is UTC or comment.created.utcoffset().total_seconds() == 0
        seen.add(comment.source_id)


def warnings_of(caplog) -> list[str]:
    """Return the importers' warning messages."""
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "comment_server.importers" and r.levelno >= logging.WARNING
    ]


def no_email_outside_email_field(threads: list[ImportedThread], emails: set[str]) -> None:
    """Assert no email address appears in a field that can be published."""
    for thread in threads:
        for comment in thread.comments:
            public = " ".join(
                str(v) for v in (comment.author, comment.text, comment.website, thread.title)
            )
            assert not any(email in public for email in emails)


# Isso


def test_isso_database_imports_threads_statuses_and_replies(tmp_path, caplog):
    threads = by_thread(read_isso(make_isso_db(tmp_path / "comments.db")))

    assert set(threads) == {"cafe-au-lait", "une-journee"}
    cafe = threads["cafe-au-lait"]
    assert cafe.title == "Café au lait"
    assert [c.source_id for c in cafe.comments] == ["1", "2", "4", "5"]
    first, reply, orphan, pending = cafe.comments
    assert first.author == "Agnès 🌟" and first.text == "First! *Lovely* post."
    assert first.created == datetime(2023, 11, 14, 22, 13, 20, 500000, tzinfo=UTC)
    assert first.stars == 3 and first.email == "agnes@example.org"
    assert first.website == "https://agnes.example" and first.status == "approved"
    assert reply.parent_source_id == "1" and reply.edited == datetime.fromtimestamp(1700000160, UTC)
    assert reply.website == "http://bob.example"  # Isso keeps bare hosts
    # The deleted comment 3 is left out; its reply moves up a level, and a javascript: site goes.
    assert orphan.parent_source_id is None and orphan.website is None
    assert pending.status == "pending" and pending.author == "Anonymous"
    for thread in threads.values():
        check_links(thread)
    assert threads["une-journee"].comments[0].text == "Très bien"
    [problem] = warnings_of(caplog)
    assert "comments.db:thread 2:" in problem and "'/'" in problem and "1 comment(s)" in problem


def test_isso_reads_a_database_isso_still_has_open_in_wal_mode(tmp_path):
    path = make_isso_db(tmp_path / "comments.db")
    with closing(sqlite3.connect(path)) as writer:
        writer.execute("PRAGMA journal_mode=WAL")
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE comments SET likes = 9 WHERE id = 1")  # not committed: not seen
        threads = by_thread(read_isso(path))
        writer.rollback()
    assert threads["cafe-au-lait"].comments[0].stars == 3


def test_isso_bad_rows_are_reported_and_the_rest_imports(tmp_path, caplog):
    comments = [
        *ISSO_COMMENTS,
        (1, 8, None, "yesterday", None, 1, "", "bad time", "Eve", None, None, 0),
        (9, 9, None, 1700000000.0, None, 1, "", "no thread", "Eve", None, None, 0),
        (1, 10, 10, 1700000000.0, None, 7, "", "odd mode, own parent", "Eve", None, None, 0),
    ]
    threads = by_thread(read_isso(make_isso_db(tmp_path / "c.db", comments=comments)))

    comments = {c.source_id: c for c in threads["cafe-au-lait"].comments}
    assert set(comments) == {"1", "2", "4", "5", "10"}
    assert comments["10"].status == "pending" and comments["10"].parent_source_id is None
    problems = warnings_of(caplog)
    assert any("comment 8: created is 'yesterday', not a Unix time; skipped" in p for p in problems)
    assert any("comment 9: its thread 9 is not in the threads table" in p for p in problems)
    assert any("comment 10: mode 7 is not 1, 2 or 4; imported as pending" in p for p in problems)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is not an SQLite database"),
        (b"<?xml version='1.0'?><disqus/>", "is not an SQLite database"),
        (None, "is not an Isso database (no such table: threads)"),
    ],
)
def test_isso_refuses_a_file_that_is_not_an_isso_database(tmp_path, content, expected):
    path = tmp_path / "not-isso.db"
    if content is None:
        with closing(sqlite3.connect(path)) as db:
            db.execute("CREATE TABLE other (x)")
    else:
        path.write_bytes(content)
    with pytest.raises(ImportFileError, match=r"not-isso\.db: ") as error:
        read_isso(path)
    assert expected in str(error.value)


def test_isso_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ImportFileError, match=r"missing\.db: cannot be read"):
        read_isso(tmp_path / "missing.db")


# Disqus


def test_disqus_isso_fixture(caplog):
    path = isso_fixture("disqus.xml")
    threads = by_thread(read_disqus(path))

    # Thread 2's link is the site's root: its disqus_identifier names it. Thread 7's link ends in
    # /redacted/index.html: the folder names it.
    assert set(threads) == {"some-id", "redacted"}
    hello = threads["some-id"]
    assert hello.title == "Hello, World!"
    assert [(c.source_id, c.parent_source_id) for c in hello.comments] == [
        ("4", None),
        ("5", "4"),
        ("11", None),  # its parent 9 was deleted: it moves up a level
    ]
    assert hello.comments[1].text == "<p>Hello, World.</p>"
    assert hello.comments[0].created == datetime(2013, 10, 10, 19, 20, 29, tzinfo=UTC)
    assert hello.comments[1].author == "user" and hello.comments[1].email == "foo@bar.com"
    assert [c.author for c in threads["redacted"].comments] == ["Empty"]
    for thread in threads.values():
        check_links(thread)
    no_email_outside_email_field(list(threads.values()), {"foo@bar.com", "baz@email.foo"})
    [problem] = warnings_of(caplog)
    assert f"{path}:66: " in problem
    assert '<post dsq:id="6">: its thread (dsq:id "1337") is not in the file' in problem


def test_disqus_export_with_a_stray_backtick_and_a_broken_record(caplog):
    path = remark42_fixture("disqus.xml")
    threads = by_thread(read_disqus(path))

    assert {t: len(thread.comments) for t, thread in threads.items()} == {
        "229_8880": 2,
        "podcast-229": 3,
    }
    podcast = threads["podcast-229"]
    assert podcast.title == "Радио-Т: Радио-Т 229"
    assert [c.status for c in podcast.comments] == ["approved", "approved", "spam"]
    assert podcast.comments[1].text.startswith("<p>Microsoft показал проводник Windows 8")
    assert podcast.comments[0].email is None  # <email/> is empty
    # The post without dsq:id is still a reader's comment.
    no_id = threads["229_8880"].comments[1]
    assert no_id.text == "This comment had no ID" and no_id.source_id == "id-12345678890"
    problems = warnings_of(caplog)
    assert problems[0].startswith(f"comment_server: {path}:1: stray text '`' before the XML")
    assert problems[1].startswith(f'comment_server: {path}:135: <post dsq:id="x299986073">')
    assert "(lines 135-148) is broken XML" in problems[1] and "line 147, column 23" in problems[1]
    assert len(problems) == 2


@pytest.mark.parametrize(
    ("name", "counts"),
    [
        ("disqus-deleted-post.xml", {"229_8880": 2, "podcast-229": 2}),
        ("disqus-deleted-thread.xml", {"229_8880": 2}),
    ],
)
def test_disqus_leaves_out_deleted_posts_and_threads(name, counts):
    threads = by_thread(read_disqus(remark42_fixture(name)))
    assert {t: len(thread.comments) for t, thread in threads.items()} == counts
    assert all(c.source_id != "299619020" for t in threads.values() for c in t.comments)


DISQUS_HEAD = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">\n'
    '<thread dsq:id="1"><link>https://blog.example/posts/hello/</link><title>Hi</title></thread>\n'
)


def disqus_post(dsq_id: str, created: str = "2020-01-02T03:04:05Z", extra: str = "") -> str:
    """Return one Disqus post record on one line."""
    return (
        f'<post dsq:id="{dsq_id}"><message><![CDATA[<p>post {dsq_id}</p>]]></message>'
        f"<createdAt>{created}</createdAt><isDeleted>false</isDeleted><isSpam>false</isSpam>"
        f"<author><name>A {dsq_id}</name><email>a{dsq_id}@example.org</email></author>"
        f'<thread dsq:id="1"/>{extra}</post>\n'
    )


def test_disqus_bad_fields_name_the_record_and_the_rest_imports(tmp_path, caplog):
    path = tmp_path / "export.xml"
    path.write_text(
        DISQUS_HEAD
        + disqus_post("10")
        + disqus_post("11", created="2011-x09-30T22:48:43Z")
        + disqus_post("12").replace("<isSpam>false", "<isSpam>123")
        + disqus_post("13", extra='<parent dsq:id="10"/>')
        + disqus_post("13")
        + "</disqus>\n",
        encoding="utf-8",
    )
    [thread] = read_disqus(path)

    assert thread.thread == "hello"
    assert [(c.source_id, c.parent_source_id) for c in thread.comments] == [
        ("10", None),
        ("13", "10"),
    ]
    assert warnings_of(caplog) == [
        f"comment_server: {path}:5: <post dsq:id=\"11\">: createdAt '2011-x09-30T22:48:43Z' is not "
        "a date like 2013-10-10T19:20:29Z; skipped: fix it and import again",
        f"comment_server: {path}:6: <post dsq:id=\"12\">: <isSpam> is '123', not true or false; "
        "skipped: fix it and import again",
        f'comment_server: {path}:8: <post dsq:id="13"> appears twice; the second was skipped',
    ]


def test_disqus_recovers_from_several_broken_records(tmp_path, caplog):
    path = tmp_path / "export.xml"
    path.write_text(
        DISQUS_HEAD
        + disqus_post("20").replace('dsq:id="20"', "dsq:id=20")  # unquoted, in the record's tag
        + disqus_post("21")
        + "stray & text\n"
        + disqus_post("22").replace("<message>", "<message>&nbsp;")  # an undefined entity
        + disqus_post("23").replace("post 23", "a </post> inside CDATA is fine")
        + disqus_post("24").replace("</author>", "")  # a mismatched tag
        + disqus_post("25")
        + "</disqus>\n",
        encoding="utf-8",
    )
    [thread] = read_disqus(path)

    assert [c.source_id for c in thread.comments] == ["21", "23", "25"]
    assert "a </post> inside CDATA is fine" in thread.comments[1].text
    problems = warnings_of(caplog)
    assert [p.split(": ")[1] for p in problems] == [f"{path}:{n}" for n in (4, 6, 7, 9)]
    assert "(lines 4-4) is broken XML (not well-formed (invalid token)" in problems[0]
    assert "undefined entity" in problems[2] and "mismatched tag" in problems[3]


def test_disqus_truncated_file_keeps_the_records_before_the_cut(tmp_path, caplog):
    path = tmp_path / "export.xml"
    path.write_text(DISQUS_HEAD + disqus_post("30") + disqus_post("31")[:50], encoding="utf-8")
    [thread] = read_disqus(path)
    assert [c.source_id for c in thread.comments] == ["30"]
    [problem] = warnings_of(caplog)
    assert "nothing after it was read" in problem


def test_disqus_stops_after_a_hundred_broken_records(tmp_path, caplog):
    path = tmp_path / "export.xml"
    broken = "".join(disqus_post(str(n)).replace("<isSpam>", "<isSpam>&") for n in range(120))
    path.write_text(DISQUS_HEAD + disqus_post("ok") + broken + "</disqus>\n", encoding="utf-8")
    [thread] = read_disqus(path)
    assert [c.source_id for c in thread.comments] == ["ok"]
    problems = warnings_of(caplog)
    assert len(problems) == 101
    assert "more than 100 broken records, the last not well-formed" in problems[-1]


def test_disqus_thread_ids_from_links_and_identifiers(tmp_path, caplog):
    path = tmp_path / "export.xml"
    threads = [
        ("1", "https://blog.example/", "my-first-post"),
        ("2", "https://blog.example/?p=42", "42 https://blog.example/?p=42"),
        ("3", "https://blog.example/?p=43", "https://blog.example/posts/third/"),
    ]
    path.write_text(
        DISQUS_HEAD.split("<thread")[0]
        + "".join(
            f'<thread dsq:id="{n}"><link>{link}</link><id>{ident}</id></thread>\n'
            for n, link, ident in threads
        )
        + "".join(
            disqus_post(f"{n}0").replace('thread dsq:id="1"', f'thread dsq:id="{n}"') for n in "123"
        )
        + "</disqus>\n",
        encoding="utf-8",
    )
    assert [t.thread for t in read_disqus(path)] == ["my-first-post", "third"]
    [problem] = warnings_of(caplog)
    assert '<thread dsq:id="2">: neither its link' in problem and "1 comment(s)" in problem


def test_disqus_refuses_other_files(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text("<rss><channel/></rss>", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"feed\.xml: is not a Disqus export.*found <rss>"):
        read_disqus(path)
    path.write_text("not xml at all", encoding="utf-8")
    with pytest.raises(ImportFileError, match="found no XML element"):
        read_disqus(path)


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<disqus><post><message>&lol3;</message></post></disqus>
"""
XXE = """<?xml version="1.0"?>
<!DOCTYPE disqus [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
<disqus xmlns:dsq="http://disqus.com/disqus-internals"><thread dsq:id="1"><link>/a/</link></thread>
<post dsq:id="2"><message>&secret;</message><createdAt>2020-01-01T00:00:00Z</createdAt>
<thread dsq:id="1"/></post></disqus>
"""


@pytest.mark.parametrize("document", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "xxe"])
@pytest.mark.parametrize("reader", [read_disqus, read_wxr])
def test_entity_attacks_are_refused(tmp_path, document, reader):
    path = tmp_path / "attack.xml"
    path.write_text(document, encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"attack\.xml: .*remove the <!DOCTYPE"):
        reader(path)


# WordPress


def test_wordpress_export(caplog):
    path = isso_fixture("wordpress.xml")
    threads = by_thread(read_wxr(path))

    assert set(threads) == {"test"}
    test = threads["test"]
    assert test.title == "Hello, World…"
    assert [(c.source_id, c.parent_source_id) for c in test.comments] == [
        ("2", None),
        ("6", None),
        ("7", "6"),
        ("8", "7"),
        ("9", "7"),
        ("10", None),
        ("11", None),
    ]
    first, *_, multiline, _ = test.comments
    assert first.author == "Ohai" and first.website == "http://example.tld/"
    assert first.email == "test@example.org"  # the export's trailing newline is gone
    assert test.comments[2].text == "Drölfter!"
    assert test.comments[2].created == datetime(2014, 4, 29, 15, 21, 35, tzinfo=UTC)
    assert multiline.created == datetime(2022, 6, 6, 2, 13, 14, tzinfo=UTC)  # the GMT date
    assert multiline.text == (
        "When you have a comment with multiple lines:  \nWordPress exports it like this."
    )
    assert all(c.status == "approved" for c in test.comments)
    check_links(test)
    no_email_outside_email_field([test], {"test@example.org", "info@posativ.org"})
    [problem] = warnings_of(caplog)
    assert f"{path}:136: <item> '...': it has no wp:post_name" in problem
    assert "'http://example.tld/?p=4'" in problem and "1 comment(s) were skipped" in problem


def test_wordpress_statuses_trash_and_pingbacks(tmp_path, caplog):
    path = tmp_path / "wordpress.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>\n'
        "<title>Blog</title>\n"
        "<item><title>Ünïcode post</title><link>https://blog.example/?p=1</link>\n"
        "<wp:post_name>%c3%bcn%c3%afcode-post</wp:post_name>\n"
        + wp_comment("1")
        + wp_comment("2", approved="0", parent="1")
        + wp_comment("3", approved="spam")
        + wp_comment("4", approved="trash", parent="1")
        + wp_comment("5", parent="4")
        + wp_comment("6", kind="pingback")
        + wp_comment("7", approved="maybe")
        + "</item>\n</channel></rss>\n",
        encoding="utf-8",
    )
    [thread] = read_wxr(path)

    assert thread.thread == "unicode-post"  # WordPress keeps percent-encoded slugs
    assert [(c.source_id, c.parent_source_id, c.status) for c in thread.comments] == [
        ("1", None, "approved"),
        ("2", "1", "pending"),
        ("3", None, "spam"),
        ("5", "1", "approved"),  # its parent 4 was trashed: it moves up a level
    ]
    [problem] = warnings_of(caplog)
    assert "<wp:comment> 7 of item 'Ünïcode post': <wp:comment_approved> is 'maybe'" in problem


def wp_reply(cid: str, user: str, parent: str = "0") -> str:
    """Return one wp:comment entry written by the WordPress user *user* ("0": a visitor)."""
    return wp_comment(cid, parent=parent).replace(
        "</wp:comment>", f"<wp:comment_user_id>{user}</wp:comment_user_id></wp:comment>"
    )


def test_wordpress_author_replies_come_in_as_the_author_s(tmp_path, store):
    # Every comment came in as a reader's: the blogger's old replies were thanked in
    # `invoke thanks`, earned badges, and every comment they answered was "unanswered".
    path = tmp_path / "wordpress.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>\n'
        "<wp:author><wp:author_id>1</wp:author_id><wp:author_login>maya</wp:author_login>"
        "</wp:author>\n"
        "<item><title>Jars</title><wp:post_name>jars</wp:post_name>\n"
        + wp_reply("1", user="0")
        + wp_reply("2", user="1", parent="1")  # the blogger answers it
        + wp_reply("3", user="7")  # a registered reader (a subscriber), not an author
        + wp_reply("4", user="")
        + "</item>\n</channel></rss>\n",
        encoding="utf-8",
    )
    [thread] = read_wxr(path)
    assert [(c.source_id, c.by_author) for c in thread.comments] == [
        ("1", False),
        ("2", True),
        ("3", False),
        ("4", False),
    ]
    store.import_threads([thread], waiting_days=100_000)  # 2020: all waiting, to see which
    unanswered = store.admin_comments("approved", unanswered=True)
    assert sorted(c["author"] for c in unanswered) == ["Reader 3", "Reader 4"]
    # An export of WordPress before 3.0 (WXR 1.0) names no authors: nothing is the author's.
    assert not any(c.by_author for c in read_wxr(isso_fixture("wordpress.xml"))[0].comments)


def test_wordpress_refuses_other_files(tmp_path):
    with pytest.raises(ImportFileError, match=r"is not a WordPress export \(WXR\).*<disqus>"):
        read_wxr(isso_fixture("disqus.xml"))


# Isso's generic JSON (`isso import -t generic`)


def test_isso_generic_json_fixture_imports_as_isso_would_show_it(caplog):
    threads = by_thread(read_isso_json(isso_fixture("generic.json")))

    # Isso shows /posts/0001/ and /posts/0007/, one accepted top-level comment each.
    assert set(threads) == {"0001", "0007"}
    [poker] = threads["0001"].comments
    assert poker.author == "texas holdem" and poker.website == "http://www.tigerspice.com"
    assert poker.text == "Great men can't be ruled. by free online poker"
    assert poker.created == datetime(2005, 2, 24, 4, 3, 37, tzinfo=UTC)
    assert poker.status == "approved" and poker.parent_source_id is None and poker.email is None
    [richard] = threads["0007"].comments
    assert richard.author == "Richard Crinshaw" and richard.email == "105421439@87750645.com"
    assert richard.website is None and threads["0007"].title == "Nat+%26+Miguel"
    assert warnings_of(caplog) == []


def test_isso_generic_json_bad_records_are_named_and_the_rest_imports(tmp_path, caplog):
    path = tmp_path / "generic.json"
    good = {"id": 2, "author": "Ann", "email": "", "website": "", "created": "2020-01-02 03:04:05"}
    threads = [
        {
            "id": "/posts/kept/",
            "title": "Kept",
            "comments": [
                {**good, "text": "second by id"},
                {**good, "id": 1, "text": "first by id"},
                {**good, "id": 3, "text": "bad date", "created": "2020-02-30 00:00:00"},
                "not a comment",
            ],
        },
        {"id": "/", "title": "Home", "comments": [{**good, "text": "on the home page"}]},
        ["not a thread"],
    ]
    path.write_text(json.dumps(threads), encoding="utf-8")

    [kept] = read_isso_json(path)

    assert [c.text for c in kept.comments] == ["first by id", "second by id"]
    problems = warnings_of(caplog)
    assert len(problems) == 4
    bad_date = f"{path}:thread 0 ('/posts/kept/') comment 2: created is '2020-02-30 00:00:00'"
    assert bad_date in problems[0]
    assert f"{path}:thread 0 ('/posts/kept/') comment 3: is not a JSON object" in problems[1]
    assert f"{path}:thread 1: its id '/' names no page, so its 1 comment(s)" in problems[2]
    assert f"{path}:thread 2: is not" in problems[3]


def test_isso_generic_json_that_is_not_json_names_its_line(tmp_path):
    path = tmp_path / "generic.json"
    path.write_text('[{"id": "/posts/a/",\n "comments": [}]\n', encoding="utf-8")

    with pytest.raises(ImportFileError, match=r"generic\.json:2: is not valid JSON .* line 2"):
        read_isso_json(path)


def test_isso_generic_json_comments_sharing_an_id_are_all_imported(tmp_path, caplog):
    # Once two of the three were taken for duplicates: "imported 1 comments (2 already there)".
    path = tmp_path / "generic.json"
    one = {"id": 1, "author": "Ann", "created": "2020-01-02 03:04:05"}
    threads = [
        {"id": "/p/a/", "comments": [{**one, "text": "first"}, {**one, "text": "second"}]},
        {"id": "/p/a/", "comments": [{**one, "text": "third"}]},
    ]
    path.write_text(json.dumps(threads), encoding="utf-8")

    [thread] = read_isso_json(path)

    assert [c.text for c in thread.comments] == ["first", "second", "third"]
    assert len({c.source_id for c in thread.comments}) == 3
    assert len(warnings_of(caplog)) == 2 and "has the id of an earlier comment" in caplog.text


@pytest.mark.parametrize(
    "document",
    ['[{"id": "/p/a/", "comments": [{"id": ' + "9" * 5000 + "}]}]", "[" * 100_000 + "]" * 100_000],
    ids=["a 5,000-digit id", "lists nested 100,000 deep"],
)
def test_isso_generic_json_too_odd_to_read_names_the_file(tmp_path, document):
    path = tmp_path / "generic.json"
    path.write_text(document, encoding="utf-8")

    with pytest.raises(ImportFileError, match=r"generic\.json: cannot be read as JSON"):
        read_isso_json(path)


def test_a_json_file_of_another_system_says_what_can_be_imported(tmp_path, unmigrated_database):
    done = cli("import", str(remark42_fixture("commento.json")), database_url=unmigrated_database)

    assert done.returncode == 1
    assert "commento.json: not a Goldstar comments export" in done.stderr
    assert "an Isso database or generic JSON file, a Disqus or a WordPress XML" in done.stderr


@pytest.mark.slow
def test_isso_generic_json_end_to_end_imports_once(tmp_path, unmigrated_database):
    source = isso_fixture("generic.json")
    for already in (0, 2):
        done = cli("import", str(source), database_url=unmigrated_database)
        assert done.returncode == 0, done.stderr
        assert f"(isso-json; {already} already there)" in done.stderr
    out = tmp_path / "export"
    assert cli("export", str(out), database_url=unmigrated_database).returncode == 0

    files = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in out.glob("*.json")}
    assert {thread: len(doc["comments"]) for thread, doc in files.items()} == {"0001": 1, "0007": 1}
    [richard] = files["0007"]["comments"]
    assert richard["author"] == "Richard Crinshaw" and richard["created"] == "2005-05-08T06:50:26Z"
    published = "\n".join(path.read_text(encoding="utf-8") for path in out.glob("*.json"))
    assert "105421439@87750645.com" not in published and "0.0.0.0" not in published


# A comment with no text is one bad record, not a failed import


def test_a_comment_with_no_text_is_skipped_by_every_importer(tmp_path, caplog):
    isso_rows = [
        *ISSO_COMMENTS,
        (1, 8, 1, 1700000700.0, None, 1, "", " \u202e \n ", "Eve", None, None, 0),
    ]
    isso = by_thread(read_isso(make_isso_db(tmp_path / "comments.db", comments=isso_rows)))
    disqus = tmp_path / "export.xml"
    empty_post = disqus_post("11").replace("<p>post 11</p>", "   ")
    disqus.write_text(DISQUS_HEAD + disqus_post("10") + empty_post + "</disqus>\n", "utf-8")
    wordpress = tmp_path / "wordpress.xml"
    wordpress.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>\n'
        "<item><title>Post</title><link>https://blog.example/?p=1</link>\n"
        "<wp:post_name>post</wp:post_name>\n"
        + wp_comment("1")
        + wp_comment("2").replace("Comment 2", "\t")
        + "</item>\n</channel></rss>\n",
        encoding="utf-8",
    )

    assert "8" not in [c.source_id for c in isso["cafe-au-lait"].comments]
    assert [c.source_id for c in read_disqus(disqus)[0].comments] == ["10"]
    assert [c.source_id for c in read_wxr(wordpress)[0].comments] == ["1"]
    problems = [p for p in warnings_of(caplog) if "is empty" in p]
    assert len(problems) == 3
    assert f"{tmp_path / 'comments.db'}:comment 8: its text is empty" in problems[0]
    assert f'{disqus}:5: <post dsq:id="11">: its <message> is empty' in problems[1]
    assert "<wp:comment> 2 of item 'Post': its <wp:comment_content> is empty" in problems[2]


@pytest.mark.slow
def test_an_export_with_an_empty_comment_imports_the_rest(tmp_path, unmigrated_database):
    path = tmp_path / "export.xml"
    empty_post = disqus_post("11").replace("<p>post 11</p>", "")
    path.write_text(DISQUS_HEAD + disqus_post("10") + empty_post + "</disqus>\n", "utf-8")

    done = cli("import", str(path), database_url=unmigrated_database)

    assert done.returncode == 0, done.stderr
    assert f'{path}:5: <post dsq:id="11">: its <message> is empty' in done.stderr
    assert "imported 1 comments in 1 threads" in done.stderr


# Which reader a file needs


def test_guess_format_reads_the_file_not_only_its_name(tmp_path):
    isso = make_isso_db(tmp_path / "comments")  # Isso's dbpath needs no suffix
    wordpress = tmp_path / "export.xml"
    wordpress.write_text(
        '<?xml version="1.0"?>\n<!-- a blog that left disqus.com -->\n<rss><channel>'
        "<description>We moved from https://disqus.com</description></channel></rss>\n",
        encoding="utf-8",
    )
    assert guess_format(isso) == "isso"
    assert guess_format(wordpress) == "wxr"
    assert guess_format(isso_fixture("wordpress.xml")) == "wxr"
    assert guess_format(isso_fixture("disqus.xml")) == "disqus"
    assert guess_format(remark42_fixture("disqus.xml")) == "disqus"  # after its stray backtick
    assert guess_format(isso_fixture("generic.json")) == "isso-json"  # a JSON list
    assert guess_format(remark42_fixture("commento.json")) == "goldstar"  # an object: says so


# Thread ids and reply links


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://blog.example/posts/hello-world/", "hello-world"),
        ("https://blog.example/posts/hello-world.html?utm=1#comments", "hello-world"),
        ("http://localhost:4000/blog/2013/02/12/redacted/index.html", "redacted"),
        ("/2011/03/229_8880.html", "229_8880"),
        ("/posts/Caf%C3%A9 Crème/", "cafe-creme"),
        ("/posts/v1.2-notes/", "v12-notes"),
        ("http://example.tld/?p=4", None),
        ("/", None),
        ("/index.html", None),
        ("/posts/%E2%9C%A8/", None),
        ("", None),
    ],
)
def test_url_thread_id(url, expected):
    assert url_thread_id(url) == expected


def test_slugs_are_pelicans_own():
    # The server installs without Pelican, yet an imported thread must be the post's Pelican slug.
    from pelican.settings import DEFAULT_CONFIG
    from pelican.utils import slugify

    titles = [
        *naughty_strings(),
        "Café <em>Crème</em> ",
        "  v1.2 — notes!  ",
        "Ｆｕｌｌ ｗｉｄｔｈ",
    ]
    subs = DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"]
    differ = [t for t in titles if pelican_slug(t) != slugify(t, regex_subs=subs)]
    assert differ == []
    assert pelican_slug("Café <em>Crème</em> ") == "cafe-creme"


def comment(source_id: str, parent: str | None, minute: int) -> ImportedComment:
    """Return a minimal imported comment."""
    created = datetime(2020, 1, 1, 0, minute, tzinfo=UTC)
    return ImportedComment(source_id, parent, "A", "text", created)


def test_reattach_replies_walks_up_removed_ancestors_and_breaks_loops():
    comments = [comment("1", None, 0), comment("4", "3", 4), comment("5", "5", 5)]
    comments += [comment("6", "7", 6), comment("7", "6", 7), comment("8", "99", 8)]
    result = reattach_replies(comments, {"3": "2", "2": "1"})
    parents = {c.source_id: c.parent_source_id for c in result}
    assert parents["4"] == "1"  # 3 and 2 were removed
    assert parents["5"] is None  # its own parent
    assert parents["8"] is None  # a parent that never existed
    assert (parents["6"] is None) != (parents["7"] is None)  # the loop is cut once


def test_parents_first_puts_each_parent_before_its_replies():
    comments = [comment("2", "1", 0), comment("1", None, 5), comment("3", None, 1)]
    assert [c.source_id for c in parents_first(comments)] == ["1", "2", "3"]


# End to end: `python -m comment_server import`, then `export`


def cli(*args: str, database_url: str) -> subprocess.CompletedProcess:
    """Run one command of the comment server's command line."""
    env = {
        **os.environ,
        "COMMENT_SERVER_SECRET": "importers-test-secret-" + "0123456789abcdef" * 2,
        "COMMENT_SERVER_DATABASE_URL": database_url,
    }
    return run_command(list(args), env)


@pytest.mark.slow
def test_import_then_export_end_to_end(tmp_path, unmigrated_database):
    sources = [
        make_isso_db(tmp_path / "isso.db"),
        isso_fixture("disqus.xml"),
        remark42_fixture("disqus.xml"),
        isso_fixture("wordpress.xml"),
    ]
    logs = {}
    for source in sources:
        done = cli("import", str(source), database_url=unmigrated_database)
        assert done.returncode == 0, done.stderr
        logs[source] = done.stderr
    # Records that cannot be imported are named on the way, file and line; the rest imports.
    remark42 = logs[remark42_fixture("disqus.xml")]
    assert f'{remark42_fixture("disqus.xml")}:135: <post dsq:id="x299986073">' in remark42
    assert "imported 5 comments in 2 threads" in remark42
    assert f"{isso_fixture('wordpress.xml')}:136: <item> '...'" in logs[sources[-1]]
    out = tmp_path / "export"
    done = cli("export", str(out), database_url=unmigrated_database)
    assert done.returncode == 0, done.stderr

    files = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in out.glob("*.json")}
    counts = {thread: len(document["comments"]) for thread, document in files.items()}
    assert counts == {
        "cafe-au-lait": 3,  # Isso: the pending one waits in the queue, the deleted one is gone
        "une-journee": 1,
        "some-id": 3,
        "redacted": 1,
        "229_8880": 2,
        "podcast-229": 2,  # the spam is not published
        "test": 7,
    }
    cafe = files["cafe-au-lait"]["comments"]
    assert [c["author"] for c in cafe] == ["Agnès 🌟", "Bob", "Chloé"]
    assert cafe[0]["html"] == "<p>First! <em>Lovely</em> post.</p>" and cafe[0]["stars"] == 3
    assert cafe[1]["parent"] == cafe[0]["id"] and cafe[2]["parent"] is None
    wordpress = {c["markdown"]: c for c in files["test"]["comments"]}
    assert wordpress["Yet another reply."]["parent"] == wordpress["Drölfter!"]["id"]
    assert wordpress["Drölfter!"]["parent"] == wordpress["Zweiter."]["id"]
    podcast = files["podcast-229"]["comments"]
    assert "Microsoft показал проводник Windows 8" in podcast[1]["html"]
    # The links of the Disqus HTML come out with the server's rel.
    assert 'rel="nofollow ugc noopener"' in podcast[0]["html"]
    # No email and no address from any source is published.
    published = "\n".join(path.read_text(encoding="utf-8") for path in out.glob("*.json"))
    for source in sources[1:]:
        text = source.read_text(encoding="utf-8")
        for secret in re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", text) + re.findall(
            r"\b\d+\.\d+\.\d+\.\d+\b", text
        ):
            assert secret not in published, secret
    for row in ISSO_COMMENTS:
        assert row[6] not in published and (row[9] or "@") not in published
