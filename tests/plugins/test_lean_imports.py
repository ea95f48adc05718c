"""A build loads only what it uses: libraries a default blog never needs wait until first use.

Issue 17, item 5: a small blog pays nothing noticeable for Goldstar's plugins, and imports were
most of what it paid (`python -X importtime`).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.support import ROOT
from tests.support.posts import write_post

PLUGINS = ["front_matter", "embeds", "comments", "gold_stars", "thank_you", "promote_related"]
# Module -> why a default build (no friends' feeds, no drafting) does without it.
NOT_AT_IMPORT = {
    "httpx": "fetches friends' feeds, which most blogs do not list",
    "feedparser": "parses friends' feeds",
    "latex2mathml": "turns math into MathML, which few blogs write",
    "reply_drafts.compose": "drafts replies: the build only checks the author's templates",
    "reply_drafts.quote": (
        "picks the sentence a draft quotes back; a build's hard-day reading splits sentences with "
        "reply_drafts.sentences alone"
    ),
    "reply_drafts.tone": (
        "reads a comment's tone (0.1 s of word lists to compile); a build reads only whether a "
        "post tells of a hard day (reply_drafts.grief, a sixth of that)"
    ),
}
# Module -> why a build whose posts all come from the caches (the usual `invoke build`, nothing
# changed) does without it.
NOT_FROM_THE_CACHE = {
    "numpy": "relates posts: the related posts are cached",
    "scipy": "relates posts",
    "lxml": "reads a post's HTML for promote_related: its words are cached",
    "stopwordsiso": "reads a post's words in its language",
    "snowballstemmer": "stems a post's words",
    "yaml": "reads YAML front matter: the posts come from Pelican's content cache",
    "promote_related.feeds": "fetches friends' feeds, which the demo does not list",
}


def test_loading_every_plugin_imports_no_library_a_default_build_does_not_use():
    script = (
        "import importlib, json, sys\n"
        f"for name in {PLUGINS!r}: importlib.import_module(name).register()\n"
        f"print(json.dumps(sorted(set({sorted(NOT_AT_IMPORT)!r}) & set(sys.modules))))\n"
    )
    path = os.pathsep.join([str(ROOT), str(ROOT / "plugins")])
    run = subprocess.run(
        [sys.executable, "-c", script],
        env=dict(os.environ, PYTHONPATH=path),
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(run.stdout) == []


def test_loading_every_plugin_compiles_no_grief_word_list():
    # 50 ms or more at every build; a build whose posts did not change needs none (hard_days.py)
    script = (
        "import importlib, json\n"
        f"for name in {PLUGINS!r}: importlib.import_module(name).register()\n"
        "from reply_drafts import grief\n"
        "print(json.dumps(sorted(vars(grief._LISTS))))\n"
    )
    path = os.pathsep.join([str(ROOT), str(ROOT / "plugins")])
    run = subprocess.run(
        [sys.executable, "-c", script],
        env=dict(os.environ, PYTHONPATH=path),
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(run.stdout) == []


def test_the_drafting_library_still_offers_its_names_at_the_package():
    import reply_drafts
    from reply_drafts import CommentFacts, Draft, draft_replies, draft_reply
    from reply_drafts.compose import draft_reply as composed

    assert draft_reply is composed
    assert {CommentFacts, Draft, draft_replies, draft_reply} == {
        getattr(reply_drafts, name) for name in reply_drafts.__all__
    }


def test_a_build_whose_posts_did_not_change_imports_nothing_only_reading_them_needs(tmp_path):
    for slug, tags in (("bread", "baking, kindness"), ("soup", "cooking, kindness")):
        write_post(tmp_path / "content", slug, tags=tags)
    (tmp_path / "content" / "yaml.md").write_text(
        "---\ntitle: Front matter\ndate: 2026-01-06\ntags: [baking]\n---\n\nA post.\n", "utf-8"
    )
    first = imported_by_a_build(tmp_path, "first", NOT_FROM_THE_CACHE)
    assert set(first) == set(NOT_FROM_THE_CACHE) - {"promote_related.feeds"}  # what it does read
    assert imported_by_a_build(tmp_path, "second", NOT_FROM_THE_CACHE) == []


def test_a_blog_of_pelican_style_posts_imports_no_yaml(tmp_path):
    write_post(tmp_path / "content", "bread", tags="baking")
    assert imported_by_a_build(tmp_path, "output", ["yaml"]) == []


def imported_by_a_build(tmp_path: Path, output: str, names) -> list[str]:
    """Build tmp_path/content (cache on, in tmp_path/cache) in a fresh process, as `invoke build`
    does; return which of the modules *names* it imported."""
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from tests.support.builds import build_site\n"
        "content, output, cache = sys.argv[1:]\n"
        "build_site(Path(content), Path(output), CACHE_CONTENT=True, LOAD_CONTENT_CACHE=True,"
        " CACHE_PATH=cache)\n"
        f"print(json.dumps(sorted(set({sorted(names)!r}) & set(sys.modules))))\n"
    )
    folders = [tmp_path / "content", tmp_path / output, tmp_path / "cache"]
    run = subprocess.run(
        [sys.executable, "-c", script, *map(str, folders)],
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(run.stdout.splitlines()[-1])  # Pelican's summary comes before
