"""What reading each post for a hard day costs a build, and how many posts of a real blog it marks.

plugins/comments/hard_days.py reads every post's title, summary and opening with the tone reader's
grief word lists at every build. This generates the posts of related_corpus.py (sentences of two
real Pelican blogs), renders them with Markdown as Pelican would, and times `hard_day_cues` on each
(CPU time, the steadier figure on a shared machine); it also counts the posts it would mark as hard
days, which for these blogs (code, maths, talks) should be none.

    .venv/bin/python benchmarks/hard_days.py [--posts 10000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import markdown
from related_corpus import generate
from related_quality import machine

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "plugins")]

from comments.hard_days import hard_day_cues  # noqa: E402

WORK = ROOT / "benchmarks" / ".work" / "hard_days"


def posts(count: int) -> list[SimpleNamespace]:
    """Return *count* generated posts as the articles the plugin reads: metadata and HTML."""
    found = []
    for path in generate(count, WORK / f"corpus-{count}"):
        head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        fields = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
        metadata = {key.lower(): value for key, value in fields.items()}
        found.append(SimpleNamespace(metadata=metadata, _content=markdown.markdown(body)))
    return found


def main() -> int:
    """Time the reading of every post, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=10_000, help="posts to read (10,000)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds (3)")
    options = parser.parse_args()
    articles = posts(options.posts)
    seconds, marked = [], []
    for _ in range(options.rounds):
        start = time.process_time()
        marked = [article for article in articles if hard_day_cues(article)]
        seconds.append(time.process_time() - start)
    print(machine())
    print(
        f"{options.posts} posts: {statistics.median(seconds):.2f} CPU s "
        f"({min(seconds):.2f}–{max(seconds):.2f}, {options.rounds} rounds), "
        f"{1000 * statistics.median(seconds) / options.posts:.3f} ms a post; "
        f"{len(marked)} marked as hard days"
    )
    for article in marked[:10]:
        print("  marked:", article.metadata.get("title"), hard_day_cues(article))
    return 0


if __name__ == "__main__":
    sys.exit(main())
