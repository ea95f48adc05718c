"""gold_stars reads the room with the tone the export carries (version 2): no badge earned by, or
shown beside, an insult, an ad or a reader's hard time, and the build reads no tone itself where
no gold star is at stake (test_gold_stars_read_again.py: a gold star on a comment the server read
as cheerful is read again). An export of version 1 keeps the reading of gold-starred comments
alone, and the build says so once."""

import json
import os
import subprocess
import sys

from tests.support import ROOT
from tests.support.posts import (
    AGNES,
    KIM,
    SAM,
    TOMAS,
    award,
    badge_ids,
    page_of,
    said,
    write_export,
    write_post,
)
from tests.support.room import CRISIS, INSULT, KIND, MOTHER, write_garden_and_roses


def hard_times(content, version: int = 2) -> None:
    """Write two posts: on Garden, a starred insult, a loss, a reader in crisis and a kind word,
    each with twelve readers' stars; on Roses, a kind question from the first three."""
    tones = {"tone": "hostile"}, {"tone": "grief"}, {"tone": "grief"}
    if version == 1:
        tones = {}, {}, {}
    question = {"tone": "question"} if version == 2 else {}
    write_garden_and_roses(
        content,
        garden=[
            said(1, "Troll", INSULT, TOMAS, stars=12, gold_stars=1, **tones[0]),
            said(2, "Agnès", MOTHER, AGNES, stars=12, **tones[1]),
            said(3, "Sam", CRISIS, SAM, stars=12, **tones[2]),
            said(7, "Kim", KIND, KIM, stars=12, **({"tone": "praise"} if version == 2 else {})),
        ],
        roses=[
            said(4, "Troll", "Which rose is the red one?", TOMAS, **question),
            said(5, "Agnès", "Which rose smells the sweetest?", AGNES, **question),
            said(6, "Sam", "How tall do they grow?", SAM, **question),
        ],
        stars=30,
        version=version,
    )


def test_a_starred_insult_earns_no_badge_and_no_place_on_the_wall(tmp_path, site_builder):
    content = tmp_path / "content"
    hard_times(content)
    result = site_builder(content)
    (warning,) = result.warnings()
    assert "comment 1 reads as harsh toward a person (as the comment server read it)" in warning
    garden, roses = page_of(result, "garden"), page_of(result, "roses")
    assert award(garden, 1) is None and badge_ids(garden, 1) == []
    # Its twelve stars and its gold star count for nothing: the troll's first comment that
    # counts is the question on Roses, and no favourite, no bright idea.
    assert badge_ids(roses, 4) == ["first-comment"]
    wall = result.read("gold-stars/index.html")
    assert "idiot" not in wall and "Troll" not in wall


def test_a_readers_loss_or_crisis_throws_no_party(tmp_path, site_builder):
    content = tmp_path / "content"
    hard_times(content)
    result = site_builder(content)
    garden, roses = page_of(result, "garden"), page_of(result, "roses")
    # Twelve readers starred each: the kind word makes a readers' favourite...
    assert badge_ids(garden, 7) == ["readers-favourite", "first-comment"]
    # ...but a loss and a crisis make none, and wear no badge, though their writers' first
    # comment is the one that tells of it, all the same.
    assert garden.select_one("#comment-2") and garden.select_one("#comment-3")
    assert badge_ids(garden, 2) == badge_ids(garden, 3) == []
    assert badge_ids(roses, 5) == badge_ids(roses, 6) == []
    for cid in (5, 6):
        assert "readers-favourite" not in badge_ids(roses, cid)
    wall = result.read("gold-stars/index.html")
    assert "mother died" not in wall and "kill myself" not in wall


def test_an_export_of_version_1_reads_only_the_starred_and_says_so_once(tmp_path, site_builder):
    content = tmp_path / "content"
    hard_times(content, version=1)
    result = site_builder(content)
    toneless, hidden = sorted(result.warnings())
    assert toneless.startswith("comments: ") and "2 of its 2 export files are of version 1" in (
        toneless
    )
    assert str(content / "comments") in toneless or "content/comments" in toneless
    assert "python -m comment_server export" in toneless
    # As before: the starred insult is read here (its words named) and earns nothing...
    assert "comment 1 reads as harsh toward a person (“idiot”, “garbage”)" in hidden
    garden, roses = page_of(result, "garden"), page_of(result, "roses")
    assert award(garden, 1) is None and badge_ids(roses, 4) == ["first-comment"]
    # ...and the comments with no gold star are not read: a loss with twelve stars makes a
    # readers' favourite, shown beside it, as the code before did.
    assert badge_ids(garden, 2) == ["readers-favourite", "first-comment"]


BUILD_AND_LIST_IMPORTS = """
import json, sys
from pathlib import Path
from tests.support.builds import build_site
result = build_site(Path(sys.argv[1]), Path(sys.argv[2]))
print(json.dumps(["reply_drafts.tone" in sys.modules, result.warnings()]))
"""


def test_the_build_reads_no_tone_when_the_export_carries_them(tmp_path):
    content = tmp_path / "content"
    hard_times(content)
    run = subprocess.run(
        [sys.executable, "-c", BUILD_AND_LIST_IMPORTS, str(content), str(tmp_path / "output")],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        check=True,
    )
    tone_loaded, warnings = json.loads(run.stdout.strip().splitlines()[-1])
    assert len(warnings) == 1 and "comment 1 reads as harsh" in warnings[0]
    assert tone_loaded is False


def test_scorn_on_a_hard_day_counts_for_nothing(tmp_path, site_builder):
    # On a hard day the build reads again what it cheers; scorn with no gold star had slipped
    # through as "no tone to go by" and counted as the troll's first comment.
    content = tmp_path / "content"
    write_post(content, "hard", date="2026-01-01 09:00", title="A hard week", support="true")
    write_post(content, "roses", date="2026-01-02 09:00", title="Roses")
    scorn = "Nobody wants to read about your sad life."
    write_export(content, "hard", [said(1, "Troll", scorn, TOMAS, stars=12, tone="hostile")])
    question = said(2, "Troll", "Which rose is the red one?", TOMAS, tone="question")
    write_export(content, "roses", [question])
    result = site_builder(content)
    assert badge_ids(page_of(result, "roses"), 2) == ["first-comment"]
