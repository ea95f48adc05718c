"""The plugins in someone else's Pelican site: a `pelican-quickstart` site with Pelican's own
`notmyidea` theme, the wheel installed into an environment of its own, a comment server installed
with `goldstar[server]`, built with warnings fatal and read in Chromium (docs/existing-site.md)."""

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import expect

from tests.support.browser import Watch, open_comments, open_tab
from tests.support.demo import serve
from tests.support.live_server import LiveServer, server_env, start_server
from tests.support.packaging import PLUGINS, add_goldstar, build, installed_file, quickstart, run

pytestmark = [pytest.mark.slow, pytest.mark.browser]

POSTS = {
    "kind-words": ("Kind words in comment threads", "kindness, comments", "A kind reply"),
    "thank-you-notes": ("Writing thank-you notes to commenters", "kindness, comments", "A note"),
    "gold-stars": ("Gold stars for kind comments", "kindness, comments", "A star"),
    "sourdough": ("Baking sourdough bread at home", "bread", "Flour and water"),
}
TOPIC = (
    "Kind comments make a blog a conversation. A thank-you note to each commenter, a kind reply "
    "and a gold star for a thoughtful comment keep readers coming back to comment again. "
)


@dataclass
class QuietBlog:
    """The quickstart site, built and served, and the comment server it talks to."""

    site: Path
    url: str
    server: LiveServer
    build_log: str


def write_posts(content: Path) -> None:
    """Write four posts: three about kind comments, one about bread."""
    for slug, (title, tags, opening) in POSTS.items():
        body = "Sourdough needs flour, water and time. " * 20 if slug == "sourdough" else TOPIC * 8
        text = f"Title: {title}\nDate: 2026-01-0{len(slug) % 9 + 1} 10:00\nSlug: {slug}\n"
        category = "Kitchen" if slug == "sourdough" else "Blogging"
        text += f"Tags: {tags}\nCategory: {category}\n\n{opening}. {body}\n"
        (content / f"{slug}.md").write_text(text, encoding="utf-8")


def comment(server: LiveServer, thread: str, author: str, text: str) -> int:
    """Post a comment as a reader, approve it as the author; return its id."""
    with httpx.Client(base_url=server.base, timeout=10) as client:
        token = client.get("/api/form").json()["token"]
        reader = client.post("/api/readers", json={}).json()["reader"]
        body = {"author": author, "text": text, "reader": reader}
        answer = client.post(
            f"/api/threads/{thread}/comments",
            json=body | {"form_token": token, "homepage": ""},
        )
        assert answer.status_code == 201, answer.text
        cid = answer.json()["comment"]["id"]
        approve = client.post(
            f"/api/admin/comments/{cid}/approve", json={}, headers=server.admin_headers()
        )
        assert approve.status_code == 200, approve.text
    return cid


def award_gold_star(server: LiveServer, cid: int) -> None:
    """Give comment *cid* a gold star as the author."""
    answer = httpx.post(
        f"{server.base}/api/admin/comments/{cid}/gold-stars",
        json={"count": 1},
        headers=server.admin_headers(),
    )
    assert answer.status_code == 200, answer.text


@pytest.fixture(scope="module")
def quiet_blog(tmp_path_factory, plugins_python, server_python) -> Iterator[QuietBlog]:
    """Make, fill, build and serve the quickstart site, with its comment server running."""
    work = tmp_path_factory.mktemp("quiet-blog")
    site = quickstart(plugins_python, work / "site", "A Quiet Blog", "Ada")
    write_posts(site / "content")
    with serve(site / "output") as url:
        env = server_env(f"sqlite:///{work / 'comments.sqlite3'}", origins=url.rstrip("/"))
        server = start_server(env, work / "server.log", cwd=work, python=str(server_python))
        try:
            first = comment(server, "kind-words", "Grace", "This made my *day*.")
            comment(server, "kind-words", "Linus", "I will write more thank-you notes.")
            award_gold_star(server, first)
            export = [server_python, "-m", "comment_server", "export", site / "content/comments"]
            run(export, cwd=work, env=server.env)
            add_goldstar(site, server.base)
            done = build(plugins_python, site)
            yield QuietBlog(site, url, server, done.stdout + done.stderr)
        finally:
            server.stop()


def test_the_plugins_come_from_the_wheel(plugins_python):
    venv = plugins_python.parent.parent
    for name in [*(f"pelican.plugins.{p}" for p in PLUGINS), "comment_contract", "reply_drafts"]:
        assert venv in installed_file(plugins_python, name).parents, name
    package = installed_file(plugins_python, "pelican.plugins.goldstar_comments").parent
    assert (package / "static/js/comments.js").is_file()
    assert (package / "templates/goldstar/comments.html").is_file()


def test_the_site_builds_with_warnings_fatal(quiet_blog):
    output = quiet_blog.site / "output"
    assert "WARNING" not in quiet_blog.build_log and "ERROR" not in quiet_blog.build_log
    assert (output / "theme/css/main.css").is_file()  # notmyidea's own
    assert (output / "theme/js/comments.js").is_file()  # put there by the plugin
    assert (output / "theme/css/comments.css").is_file()
    assert (output / "gold-stars/index.html").is_file()


def test_a_post_shows_related_links_comments_stars_and_badges(quiet_blog, browser):
    with open_tab(browser) as tab:
        page, watch = tab.page, Watch()
        watch.attach(page)
        page.goto(f"{quiet_blog.url}kind-words.html")
        expect(page.locator("#banner")).to_contain_text("A Quiet Blog")  # notmyidea's header
        related = page.locator(".promote-related-own a")
        expect(related.first).to_be_visible()
        assert set(related.all_inner_texts()[:2]) == {
            "Writing thank-you notes to commenters",
            "Gold stars for kind comments",
        }
        comments = page.locator("#comments .comment")
        expect(comments).to_have_count(2)
        expect(comments.first).to_contain_text("This made my day.")
        expect(comments.first.locator(".badge")).to_contain_text(["Bright idea", "First comment"])
        expect(comments.first.locator(".gold-star-award")).to_contain_text("gold star")
        expect(page.locator(".gold-stars .badge--gold")).to_contain_text("1 gold star")
        assert page.evaluate(
            "getComputedStyle(document.querySelector('.badge')).borderRadius"
        ) not in ("", "0px")  # comments.css applies
        assert watch.errors == [] and watch.dialogs == []


def test_the_embed_stars_and_posts_a_comment(quiet_blog, browser):
    with open_tab(browser) as tab:
        page, watch = tab.page, Watch()
        watch.attach(page)
        page.goto(f"{quiet_blog.url}kind-words.html")
        open_comments(page)
        star = page.locator('#comments [data-stars="post"] button')
        star.click()
        expect(page.locator('#comments [data-stars="post"] .stars-count')).to_have_text("1")
        page.locator("#comment-author").fill("Hedy")
        page.locator("#comment-text").fill("Such a gentle post, thank you.")
        page.get_by_role("button", name="Post comment").click()
        expect(page.locator("#comments-status")).to_contain_text("awaiting approval")
        assert watch.errors == [] and watch.dialogs == []
    queue = httpx.get(
        f"{quiet_blog.server.base}/api/admin/comments",
        headers=quiet_blog.server.admin_headers(),
    ).json()["comments"]
    assert [(c["author"], c["thread"]) for c in queue] == [("Hedy", "kind-words")]


def test_the_wall_of_gold_stars_renders_in_notmyidea(quiet_blog):
    wall = (quiet_blog.site / "output/gold-stars/index.html").read_text(encoding="utf-8")
    assert 'id="banner"' in wall and "Grace" in wall and "Bright idea" in wall
