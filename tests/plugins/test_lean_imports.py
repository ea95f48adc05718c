"""A build loads only what it uses: libraries a default blog never needs wait until first use.

Issue 17, item 5: a small blog pays nothing noticeable for Goldstar's plugins, and imports were
most of what it paid (`python -X importtime`).
"""

import json
import os
import subprocess
import sys

from tests.support import ROOT

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


def modules_after_loading_the_plugins(shown: str) -> list:
    """Register every plugin in a fresh process; return what the expression *shown* makes of
    that process's `sys.modules`."""
    script = (
        "import importlib, json, sys\n"
        f"for name in {PLUGINS!r}: importlib.import_module(name).register()\n"
        f"print(json.dumps({shown}))\n"
    )
    path = os.pathsep.join([str(ROOT), str(ROOT / "plugins")])
    run = subprocess.run(
        [sys.executable, "-c", script],
        env=dict(os.environ, PYTHONPATH=path),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(run.stdout)


def test_loading_every_plugin_imports_no_library_a_default_build_does_not_use():
    shown = f"sorted(set({sorted(NOT_AT_IMPORT)!r}) & set(sys.modules))"
    assert modules_after_loading_the_plugins(shown) == []


def test_loading_every_plugin_compiles_no_grief_word_list():
    # 50 ms or more at every build; a build whose posts did not change needs none (hard_days.py)
    shown = "sorted(name for name in sys.modules if name.endswith('grief'))"
    assert modules_after_loading_the_plugins(shown) == []


def test_the_drafting_library_still_offers_its_names_at_the_package():
    import reply_drafts
    from reply_drafts import CommentFacts, Draft, draft_replies, draft_reply
    from reply_drafts.compose import draft_reply as composed

    assert draft_reply is composed
    assert {CommentFacts, Draft, draft_replies, draft_reply} == {
        getattr(reply_drafts, name) for name in reply_drafts.__all__
    }
