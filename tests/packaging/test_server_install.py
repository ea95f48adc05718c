"""`pip install 'goldstar[server]'`: the comment server alone, without the blog's dependencies."""

import httpx
import pytest

from tests.support.live_server import server_env, start_server
from tests.support.packaging import clean_env, distributions, importable, installed_file, run

pytestmark = pytest.mark.slow

BLOG_ONLY = {"pelican", "scikit-learn", "scipy", "numpy", "beautifulsoup4", "lxml", "invoke"}


def test_the_server_installs_without_the_blogs_dependencies(server_python):
    installed = distributions(server_python)
    assert "goldstar" in installed and "sqlalchemy" in installed
    assert installed & BLOG_ONLY == set()
    assert importable(server_python, "sklearn", "numpy", "bs4") == []
    assert importable(server_python, "comment_server", "starlette", "psycopg") == [
        "comment_server",
        "starlette",
        "psycopg",
    ]
    assert server_python.parent.parent in installed_file(server_python, "comment_server").parents


def test_the_installed_server_answers_its_command_line(server_python, tmp_path):
    done = run([server_python, "-m", "comment_server", "--help"], cwd=tmp_path, env=clean_env())
    assert "serve" in done.stdout and "import" in done.stdout


def test_the_installed_server_takes_and_shows_a_comment(server_python, tmp_path):
    env = server_env(f"sqlite:///{tmp_path / 'comments.sqlite3'}", origins="https://blog.example")
    server = start_server(env, tmp_path / "server.log", cwd=tmp_path, python=str(server_python))
    try:
        with httpx.Client(base_url=server.base, timeout=10) as client:
            token = client.get("/api/form").json()["token"]
            reader = client.post("/api/readers", json={}).json()["reader"]
            body = {"author": "Ada", "text": "Lovely *post*.", "reader": reader}
            body |= {"form_token": token, "homepage": ""}
            posted = client.post("/api/threads/hello/comments", json=body)
            assert posted.status_code == 201, posted.text
            comment = posted.json()["comment"]
            approve = f"/api/admin/comments/{comment['id']}/approve"
            assert client.post(approve, json={}, headers=server.admin_headers()).status_code == 200
            shown = client.get("/api/threads/hello/comments").json()["comments"]
    finally:
        server.stop()
    assert [c["html"] for c in shown] == ["<p>Lovely <em>post</em>.</p>"]


def test_the_installed_server_imports_a_wordpress_blog_without_pelican(server_python, tmp_path):
    # Thread ids from WordPress slugs are Pelican's slugs, made here without Pelican installed.
    export = tmp_path / "wordpress.xml"
    export.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>\n'
        "<item><title>Café crème</title><link>https://blog.example/?p=1</link>\n"
        "<wp:post_name>caf%c3%a9-cr%c3%a8me</wp:post_name>\n"
        "<wp:comment><wp:comment_id>1</wp:comment_id>"
        "<wp:comment_author>Ada</wp:comment_author>"
        "<wp:comment_date_gmt>2020-05-06 07:08:09</wp:comment_date_gmt>"
        "<wp:comment_content>So good.</wp:comment_content>"
        "<wp:comment_approved>1</wp:comment_approved>"
        "<wp:comment_parent>0</wp:comment_parent></wp:comment>\n"
        "</item>\n</channel></rss>\n",
        encoding="utf-8",
    )
    env = server_env(f"sqlite:///{tmp_path / 'comments.sqlite3'}")
    run([server_python, "-m", "comment_server", "import", export], cwd=tmp_path, env=env)
    run([server_python, "-m", "comment_server", "export", tmp_path / "out"], cwd=tmp_path, env=env)
    assert [p.name for p in (tmp_path / "out").glob("*.json")] == ["cafe-creme.json"]
