"""Twenty posts, each with a picture pasted as `<img>` without `alt`: Pelican's log limiter let
the first four warnings through and said "more posts with pictures without alt text" for the
rest, so the blogger learned where four were. Every post is named now, with its line: one
warning each for a few, one warning listing them all for many."""

import re

import pytest

from tests.support.builds import build_site
from tests.support.sources import write_source

pytestmark = pytest.mark.slow

POST = """\
Title: Trip day {day}
Date: 2024-06-{day:02d}
Category: travel

What we saw on day {day}.

<img src="/images/day-{day}.jpg" width="600">
"""

PAGE = """\
Title: Place {number}

<p><img src="/images/place-{number}.jpg"></p>
"""


def _write(content, posts: int, pages: int = 0) -> None:
    for day in range(1, posts + 1):
        write_source(content, f"trip-day-{day}.md", POST.format(day=day))
        write_source(content, f"images/day-{day}.jpg", b"GIF89a")
    for number in range(1, pages + 1):
        write_source(content, f"pages/place-{number}.md", PAGE.format(number=number))
        write_source(content, f"images/place-{number}.jpg", b"GIF89a")


def test_each_of_twenty_posts_is_named_with_its_line(tmp_path) -> None:
    _write(tmp_path / "content", 20)
    built = build_site(tmp_path / "content", tmp_path / "output")
    said = "\n".join(w for w in built.warnings() if "alt text" in w)
    named = re.findall(r"\b(trip-day-\d+\.md):(\d+): the picture `/images/day-\d+\.jpg` has", said)
    assert sorted(name for name, _ in named) == sorted(f"trip-day-{d}.md" for d in range(1, 21))
    assert {line for _, line in named} == {"7"}
    assert "more posts with pictures without alt text" not in said
    assert 'say what it shows with alt="…"' in said


def test_a_few_posts_and_a_few_pages_are_each_named_in_a_warning_of_their_own(tmp_path) -> None:
    # Near miss: three posts and three pages, six warnings in all, more than the limiter let by.
    _write(tmp_path / "content", 3, pages=3)
    built = build_site(tmp_path / "content", tmp_path / "output")
    warned = sorted(w.split(": the picture")[0] for w in built.warnings() if "alt text" in w)
    assert warned == [
        "front_matter: pages/place-1.md:3",
        "front_matter: pages/place-2.md:3",
        "front_matter: pages/place-3.md:3",
        "front_matter: trip-day-1.md:7",
        "front_matter: trip-day-2.md:7",
        "front_matter: trip-day-3.md:7",
    ]
