"""Pelican lets four warnings of one kind through, says the kind's "more …" line, and drops the
rest: a blog with nine posts whose `[ref]` footnotes no plugin reads learned where four were.
Four are said in full now, and the kind's line, at the end of the build, lists the file and line
of each of the others."""

import re

import pytest

from tests.support.builds import build_site
from tests.support.sources import write_source

pytestmark = pytest.mark.slow

POST = """\
Title: Notes {number}
Date: 2024-07-{number:02d}

A claim worth a source.

Another claim[ref]Source number {number}.[/ref] and more.
"""


def _write(content, posts: int) -> None:
    for number in range(1, posts + 1):
        write_source(content, f"notes-{number}.md", POST.format(number=number))


def _footnote_warnings(built) -> list[str]:
    return [w for w in built.warnings() if "footnote" in w]


def test_each_of_nine_posts_is_named_with_its_line(tmp_path) -> None:
    _write(tmp_path / "content", 9)
    built = build_site(tmp_path / "content", tmp_path / "output")
    warned = _footnote_warnings(built)
    full, listed = warned[:4], warned[4:]
    assert all("1 footnote shown as written, `[ref]Source number" in w for w in full)
    assert len(listed) == 1
    lines = listed[0].split("\n")
    assert lines[0] == (
        "front_matter: more posts with `[ref]` footnotes as written (5), each said as the ones "
        "above:"
    )
    named = [re.match(r"front_matter: (notes-\d\.md:6): ", w).group(1) for w in full]
    named += [line.strip() for line in lines[1:]]
    assert sorted(named) == [f"notes-{number}.md:6" for number in range(1, 10)]


def test_four_posts_are_said_in_full_with_no_list(tmp_path) -> None:
    # Near miss: as many as Pelican let through are each said in full, and no more line.
    _write(tmp_path / "content", 4)
    built = build_site(tmp_path / "content", tmp_path / "output")
    warned = sorted(w.split(": 1 footnote")[0] for w in _footnote_warnings(built))
    assert warned == [f"front_matter: notes-{number}.md:6" for number in range(1, 5)]
