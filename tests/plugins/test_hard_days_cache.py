"""What a build found of hard days is kept (plugins/comments/hard_days_cache.py): a later build
reads only the posts whose opening changed, and compiles no grief word list when none did (issue
17, item 5)."""

import json
import os
import subprocess
import sys
from pathlib import Path

from plugins.comments.hard_days_cache import KnownHardDays, reader_hash
from tests.support import ROOT
from tests.support.builds import cached_build
from tests.support.posts import article_of, write_text_post

LOSS = "My father passed away in March. This is his bread."
BREAD = "Flour, water, salt and time. This is my bread."


def kept(tmp_path: Path) -> dict:
    """Return the kept file of what the builds found."""
    return json.loads((tmp_path / "cache" / "comments" / "hard_days.json").read_text("utf-8"))


def test_a_hard_day_is_still_marked_and_named_when_its_words_come_from_the_cache(tmp_path):
    write_text_post(tmp_path / "content", "for-dad", LOSS, title="Dad")
    write_text_post(tmp_path / "content", "bread", BREAD, title="Bread")
    first = cached_build(tmp_path, "first")
    second = cached_build(tmp_path, "second")
    assert second.warnings() == first.warnings()
    assert "for-dad.md: reads as a hard day (“passed away”)" in second.warnings()[0]
    assert article_of(second, "for-dad").metadata["support"] == "true"
    assert "support" not in article_of(second, "bread").metadata
    assert sorted(kept(tmp_path)["cues"].values()) == [[], ["passed away"]]


def test_a_post_whose_opening_changed_is_read_again(tmp_path):
    write_text_post(tmp_path / "content", "bread", BREAD, title="Bread")
    assert cached_build(tmp_path, "first").warnings() == []
    write_text_post(tmp_path / "content", "bread", LOSS, title="Bread")
    edited = cached_build(tmp_path, "second")
    assert article_of(edited, "bread").metadata["support"] == "true"
    assert list(kept(tmp_path)["cues"].values()) == [["passed away"]]  # the old reading is gone


def test_what_another_reader_found_is_not_used(tmp_path):
    write_text_post(tmp_path / "content", "bread", BREAD, title="Bread")
    cached_build(tmp_path, "first")
    (key,) = kept(tmp_path)["cues"]
    path = tmp_path / "cache" / "comments" / "hard_days.json"
    stale = {"reader": "older word lists", "cues": {key: ["died"]}}
    path.write_text(json.dumps(stale), encoding="utf-8")
    assert cached_build(tmp_path, "stale").warnings() == []
    # the same file from this reader is used as it is: the cache is what decides
    path.write_text(json.dumps({**stale, "reader": reader_hash()}), encoding="utf-8")
    (warning,) = cached_build(tmp_path, "kept").warnings()
    assert "bread.md: reads as a hard day (“died”)" in warning


def test_a_broken_cache_file_is_read_as_empty_and_written_again(tmp_path):
    write_text_post(tmp_path / "content", "for-dad", LOSS, title="Dad")
    path = tmp_path / "cache" / "comments" / "hard_days.json"
    path.parent.mkdir(parents=True)
    for broken in ("{not json", '{"reader": 1}', "[]", json.dumps({"cues": {"k": "text"}})):
        path.write_text(broken, encoding="utf-8")
        (warning,) = cached_build(tmp_path, "output").warnings()
        assert "reads as a hard day" in warning
        assert list(kept(tmp_path)["cues"].values()) == [["passed away"]]


def test_a_word_list_that_is_not_a_list_of_words_is_read_afresh(tmp_path):
    # this reader's file, with the post's own key: only the value is wrong (a string had read
    # as its letters, "d", "i", "e", "d")
    write_text_post(tmp_path / "content", "for-dad", LOSS, title="Dad")
    cached_build(tmp_path, "first")
    (key,) = kept(tmp_path)["cues"]
    path = tmp_path / "cache" / "comments" / "hard_days.json"
    for wrong in ("died", ["died", 1], {"died": 1}):
        path.write_text(json.dumps({"reader": reader_hash(), "cues": {key: wrong}}), "utf-8")
        (warning,) = cached_build(tmp_path, "output").warnings()
        assert "for-dad.md: reads as a hard day (“passed away”)" in warning
        assert kept(tmp_path)["cues"] == {key: ["passed away"]}


def test_a_file_nested_too_deep_to_read_is_read_as_empty(tmp_path):
    # json.loads raised RecursionError, which stopped the build
    write_text_post(tmp_path / "content", "for-dad", LOSS, title="Dad")
    path = tmp_path / "cache" / "comments" / "hard_days.json"
    path.parent.mkdir(parents=True)
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    settings = {"CACHE_PATH": str(tmp_path / "cache"), "CACHE_CONTENT": True}
    assert KnownHardDays(settings).known == {}
    (warning,) = cached_build(tmp_path, "output").warnings()
    assert "reads as a hard day" in warning
    assert list(kept(tmp_path)["cues"].values()) == [["passed away"]]


def test_without_the_content_cache_nothing_is_kept(tmp_path):
    write_text_post(tmp_path / "content", "for-dad", LOSS, title="Dad")
    cached_build(tmp_path, "output", CACHE_CONTENT=False)
    assert not (tmp_path / "cache" / "comments").exists()
    assert KnownHardDays({"CACHE_PATH": str(tmp_path), "CACHE_CONTENT": False}).path is None


def test_a_build_whose_posts_did_not_change_compiles_no_grief_word_list(tmp_path):
    write_text_post(tmp_path / "content", "for-dad", LOSS, title="Dad")
    write_text_post(tmp_path / "content", "bread", BREAD, title="Bread")
    assert grief_read_by_a_build(tmp_path, "first")
    assert not grief_read_by_a_build(tmp_path, "second")


def grief_read_by_a_build(tmp_path: Path, output: str) -> bool:
    """Build tmp_path/content (cache in tmp_path/cache) in a fresh process, as `invoke build`
    does; return whether it imported the grief word lists (importing them compiles them)."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from tests.support.builds import build_site\n"
        "content, output, cache = sys.argv[1:]\n"
        "build_site(Path(content), Path(output), CACHE_CONTENT=True, LOAD_CONTENT_CACHE=True,"
        " CACHE_PATH=cache)\n"
        "print(json.dumps('reply_drafts.grief' in sys.modules))\n"
    )
    folders = [tmp_path / "content", tmp_path / output, tmp_path / "cache"]
    run = subprocess.run(
        [sys.executable, "-c", "import json\n" + script, *map(str, folders)],
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(run.stdout.splitlines()[-1])  # Pelican's summary comes before


def test_the_build_reads_four_times_the_opening_grief_reads_in_html():
    from plugins.comments import hard_days
    from reply_drafts import grief

    assert hard_days.OPENING_HTML == 4 * grief.OPENING


def test_a_rebuild_that_ignores_the_cache_reads_every_post_afresh(tmp_path):
    write_text_post(tmp_path / "content", "for-dad", LOSS, title="Dad")
    cached_build(tmp_path, "first")
    kept = tmp_path / "cache" / "comments" / "hard_days.json"
    data = json.loads(kept.read_text("utf-8"))
    data["cues"] = {key: ["planted"] for key in data["cues"]}  # what a stale cache would say
    kept.write_text(json.dumps(data), "utf-8")
    rebuilt = cached_build(tmp_path, "second", LOAD_CONTENT_CACHE=False)
    assert not [w for w in rebuilt.warnings() if "planted" in w]
