"""`invoke regenerate` (bake.regenerate): a change to the comment export alone is baked, any other
change builds the whole site again; a real process watching a real folder."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT
from tests.support.builds import build_site
from tests.support.network import wait_until
from tests.support.posts import comment, three_posts, write_export, write_post

SETTINGS = """\
import sys
sys.path.insert(0, {root!r})
from pelicanconf import *  # noqa: F403
PATH = {content!r}
OUTPUT_PATH = {output!r}
CACHE_PATH = {cache!r}
THEME = {root!r} + "/theme"
PLUGIN_PATHS = [{root!r} + "/plugins"]
"""


@pytest.fixture
def regenerating(tmp_path):
    """Run `bake.regenerate` over a tiny site in tmp_path; yield its content, output and log."""
    content, output, log = tmp_path / "content", tmp_path / "output", tmp_path / "log.txt"
    three_posts(content)
    for static in ("images", "extra"):  # pelicanconf's STATIC_PATHS: Pelican warns if missing
        (content / static).mkdir()
    settings = tmp_path / "settings.py"
    text = SETTINGS.format(
        root=str(ROOT), content=str(content), output=str(output), cache=str(tmp_path / "cache")
    )
    settings.write_text(text, encoding="utf-8")
    command = [sys.executable, "-u", "-c", "import sys, bake; bake.regenerate(sys.argv[1])"]
    with log.open("w") as sink:
        process = subprocess.Popen(
            [*command, str(settings)], cwd=ROOT, stdout=sink, stderr=subprocess.STDOUT
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
    assert wait_until(lambda: "-> Baked the comment export into" in log.read_text(), 10)

    post = write_post(content, "five", date="2026-01-06 09:00")
    new_page = output / "2026" / "five" / "index.html"
    assert wait_until(lambda: shows(new_page, "Five", post), 60), log.read_text()
    assert wait_until(lambda: "Done: Processed 4 articles" in log.read_text(), 10)
    assert "Building again" in log.read_text()
    assert "Traceback" not in log.read_text() and "WARNING" not in log.read_text()

    full = build_site(content, tmp_path / "full")
    for name in ("2026/two/index.html", "2026/five/index.html", "gold-stars/index.html"):
        assert (output / name).read_bytes() == (full.output / name).read_bytes()
