"""`invoke regenerate` (bake.regenerate): a change to the comment export alone is baked, any other
change builds the whole site again; a real process watching a real folder."""

import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import pytest

from tests.support import ROOT
from tests.support.builds import build_site
from tests.support.exports import add_comment, seeded_store
from tests.support.live_server import server_env
from tests.support.network import wait_until
from tests.support.posts import comment, three_posts, write_export, write_post

SETTINGS = """\
import sys
sys.path.insert(0, {root!r})
from pelicanconf import *  # noqa: F403
PATH = {content!r}
OUTPUT_PATH = {output!r}
CACHE_PATH = {cache!r}
THEME = {theme!r}
PLUGIN_PATHS = [{root!r} + "/plugins"]
"""


@pytest.fixture
def regenerating(tmp_path):
    """Run `bake.regenerate` over a tiny site in tmp_path; yield its content, output and log."""
    with running_regenerate(tmp_path) as running:
        yield running


@contextmanager
def running_regenerate(
    tmp_path: Path, export: bool = False, env: dict | None = None, theme: Path = ROOT / "theme"
):
    """Write a tiny site into tmp_path and run `bake.regenerate` (with *export*, in an
    environment of *env* over this one, with *theme*) until the block ends; yield its content,
    output and log once its first build is done."""
    content, output, log = tmp_path / "content", tmp_path / "output", tmp_path / "log.txt"
    three_posts(content)
    for static in ("images", "extra"):  # pelicanconf's STATIC_PATHS: Pelican warns if missing
        (content / static).mkdir()
    settings = tmp_path / "settings.py"
    text = SETTINGS.format(
        root=str(ROOT),
        content=str(content),
        output=str(output),
        cache=str(tmp_path / "cache"),
        theme=str(theme),
    )
    settings.write_text(text, encoding="utf-8")
    code = f"import sys, bake; bake.regenerate(sys.argv[1], export={export})"
    with log.open("w") as sink:
        process = subprocess.Popen(
            [sys.executable, "-u", "-c", code, str(settings)],
            cwd=ROOT,
            env={**os.environ, **(env or {})},
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    try:
        assert wait_until(lambda: "Done: Processed" in log.read_text(), 60), log.read_text()
        yield content, output, log
    finally:
        process.terminate()
        process.wait(timeout=30)


def shows(page: Path, text: str, touch: Path) -> bool:
    """Return whether *page* shows *text*; if not yet, touch *touch* again (the watcher may have
    started after the first change)."""
    if page.is_file() and text in page.read_text(encoding="utf-8"):
        return True
    touch.touch()
    return False


@pytest.mark.slow
def test_regenerate_bakes_a_new_export_and_builds_other_changes(regenerating, tmp_path):
    content, output, log = regenerating
    export = write_export(
        content, "two", [comment(4, None, "Tomás"), comment(50, None, "Noor")], stars=9
    )
    page = output / "2026" / "two" / "index.html"
    assert wait_until(lambda: shows(page, "Comment number 50.", export), 30), log.read_text()
    assert wait_until(lambda: "-> Baked the comment export into" in log.read_text(), 60)

    post = write_post(content, "five", date="2026-01-06 09:00")
    new_page = output / "2026" / "five" / "index.html"
    assert wait_until(lambda: shows(new_page, "Five", post), 60), log.read_text()
    assert wait_until(lambda: "Done: Processed 4 articles" in log.read_text(), 60)
    assert "Building again" in log.read_text()
    assert "Traceback" not in log.read_text() and "WARNING" not in log.read_text()

    full = build_site(content, tmp_path / "full")

    def same(name: str) -> bool:
        return (output / name).read_bytes() == (full.output / name).read_bytes()

    for name in ("2026/two/index.html", "2026/five/index.html", "gold-stars/index.html"):
        # a touch above may have made the watcher write the page again: poll, with a deadline
        assert wait_until(partial(same, name), 30), name


@pytest.mark.slow
def test_regenerate_builds_again_with_an_edited_template(tmp_path):
    # pelicanconf.py turns Jinja's auto_reload off: the next build must read the theme afresh.
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    with running_regenerate(tmp_path, theme=theme) as (_, output, log):
        base = theme / "templates" / "base.html"
        base.write_text(base.read_text("utf-8").replace("Back to top", "Up we go"), "utf-8")
        page = output / "2026" / "two" / "index.html"
        assert wait_until(lambda: shows(page, "Up we go", base), 60), log.read_text()
        assert "Traceback" not in log.read_text() and "WARNING" not in log.read_text()


@pytest.mark.slow
def test_regenerate_export_exports_the_servers_changes_and_bakes_them(tmp_path):
    seeded = tmp_path / "seed"
    three_posts(seeded)
    database = tmp_path / "comments.sqlite3"
    store = seeded_store(seeded / "comments", database)
    env = server_env(f"sqlite:///{database}")
    try:
        with running_regenerate(tmp_path, export=True, env=env) as (content, output, log):
            add_comment(store, "two", "Noor", "Seen from the server.")
            page = output / "2026" / "two" / "index.html"
            # Within two looks at the database (POLL_SECONDS each) and the bake.
            assert wait_until(lambda: "Seen from the server." in page.read_text("utf-8"), 30), (
                log.read_text()
            )
            assert wait_until(lambda: "-> Baked the comment export into" in log.read_text(), 60)
            assert "Building again" not in log.read_text()
            assert "Traceback" not in log.read_text() and "WARNING" not in log.read_text()
    finally:
        store.close()
    full = build_site(content, tmp_path / "full")
    for name in ("2026/two/index.html", "gold-stars/index.html"):
        assert (output / name).read_bytes() == (full.output / name).read_bytes()
