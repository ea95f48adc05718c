"""plugins/front_matter/quiet_cache.py: what a post's reading warns about is said at every build
with Pelican's content cache on, while the post stays as it is (it had been said once, then the
cache served the post unread and `--fatal warnings` passed)."""

import gzip
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT
from tests.support.builds import build_again_in_one_process, cached_build

BROKEN_YAML = '---\ntitle: "Broken\ndate: 2024-01-02\n---\nBody text.\n'
CONTROL = "Title: Control\nDate: 2024-01-04\n\nA\x01B body.\n"
QUIET = "Title: Quiet\nDate: 2024-01-05\n\nA post with nothing wrong.\n"
NOT_UTF8 = "Title: Café\nDate: 2024-01-03\n\nCafé body.\n".encode("cp1252")


def write_posts(content: Path) -> None:
    """Write three posts whose reading warns (YAML, encoding, control) and a quiet one."""
    content.mkdir(parents=True)
    (content / "broken.md").write_text(BROKEN_YAML, encoding="utf-8")
    (content / "latin.md").write_bytes(NOT_UTF8)
    (content / "control.md").write_text(CONTROL, encoding="utf-8")
    (content / "quiet.md").write_text(QUIET, encoding="utf-8")


def cached_paths(tmp_path: Path) -> set[str]:
    """Return the names of the files Pelican's readers cache holds."""
    with gzip.open(tmp_path / "cache" / "ArticlesGenerator-Readers", "rb") as cache:
        return {os.path.basename(path) for path in pickle.load(cache)}


def test_a_broken_post_warns_again_at_the_next_cached_build(tmp_path) -> None:
    write_posts(tmp_path / "content")
    first = cached_build(tmp_path, "first")
    second = cached_build(tmp_path, "second")
    assert sorted(second.warnings()) == sorted(first.warnings())
    said = "\n".join(second.warnings())
    assert 'broken.md:2: broken YAML in `title: "Broken`' in said
    assert "latin.md:1: the file is not UTF-8" in said
    assert "control.md:4: 1 control character (U+0001) taken out" in said
    assert cached_paths(tmp_path) == {"quiet.md"}  # a quiet post is still served from the cache


def test_a_fixed_post_is_quiet_and_cached(tmp_path) -> None:
    write_posts(tmp_path / "content")
    cached_build(tmp_path, "first")
    (tmp_path / "content" / "broken.md").write_text(BROKEN_YAML.replace('"Broken', "Fixed"))
    fixed = cached_build(tmp_path, "fixed")
    assert not any("broken.md" in warning for warning in fixed.warnings())
    assert "broken.md" in cached_paths(tmp_path)


def test_a_broken_post_read_again_by_regenerate_is_still_kept_out_of_the_cache(tmp_path) -> None:
    # `invoke regenerate` builds again in one process, where Pelican's log de-duplication drops
    # the warning said at the first build: the post, read again in silence, was then cached, and
    # the next `invoke build` (a new process) said nothing about it.
    write_posts(tmp_path / "content")
    cache = {
        "CACHE_CONTENT": True,
        "LOAD_CONTENT_CACHE": True,
        "CACHE_PATH": str(tmp_path / "cache"),
    }
    build_again_in_one_process(tmp_path / "content", tmp_path / "regenerated", 2, **cache)
    assert cached_paths(tmp_path) == {"quiet.md"}
    later = cached_build(tmp_path, "later")
    assert any("broken.md:2: broken YAML" in warning for warning in later.warnings())


@pytest.mark.slow
def test_fatal_warnings_still_stop_the_second_build_of_a_broken_post(tmp_path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "broken.md").write_text(BROKEN_YAML, encoding="utf-8")
    command = [sys.executable, "-m", "pelican", str(content), "-s", str(ROOT / "pelicanconf.py")]
    command += ["-o", str(tmp_path / "out"), "-e", f'CACHE_PATH="{tmp_path / "cache"}"']
    wide = {**os.environ, "COLUMNS": "400"}  # one log record a line

    first = subprocess.run(command, cwd=ROOT, env=wide, capture_output=True, text=True, timeout=180)
    assert first.returncode == 0, first.stdout + first.stderr
    fatal = [*command, "--fatal", "warnings"]
    second = subprocess.run(fatal, cwd=ROOT, env=wide, capture_output=True, text=True, timeout=180)

    assert second.returncode != 0
    assert "broken.md:2: broken YAML" in second.stdout + second.stderr
