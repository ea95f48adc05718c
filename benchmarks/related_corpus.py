"""Generate a blog of N Markdown posts made of real sentences, for the related-posts benchmarks.

The sentences come from two real Pelican blogs in the shared corpora (blog-bossylobster,
Apache-2.0; site-fullstackpython, MIT), read in place. Each generated post takes a real post as its
topic: about 70% of its sentences come from that post, the rest from any post, so posts on one topic
share words the way real posts on one subject do. Tags are the topic post's tags (or words of its
title), categories are one of eight, and one post in five links to an older post with `{filename}`.
The same seed always gives the same blog.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
SOURCES = (
    (CORPORA / "blog-bossylobster" / "content", "*.md"),
    (CORPORA / "site-fullstackpython" / "content" / "posts", "*.markdown"),
)
CATEGORIES = ("Notes", "Code", "Maths", "Web", "Data", "Ops", "Talks", "Life")
WORDS_PER_POST = 640
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_NOISE = re.compile(
    r"<html-literal>.*?</html-literal>|\[ref\].*?\[/ref\]|`[^`]*`|!\[[^\]]*\]\([^)]*\)"
)
_LINK = re.compile(r"\[([^\]]+)\]\[?\(?[^\])]*[\])]?")
_STOP = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "how", "what", "why"}


@dataclass(frozen=True)
class Source:
    """A real post reduced to what the generator needs."""

    title: str
    tags: tuple[str, ...]
    sentences: tuple[str, ...]


def read_sources() -> list[Source]:
    """Return the real posts of the shared corpora, split into sentences."""
    sources = []
    for folder, pattern in SOURCES:
        for path in sorted(folder.glob(pattern)):
            source = _read_source(path.read_text(encoding="utf-8"))
            if source is not None:
                sources.append(source)
    return sources


def _read_source(text: str) -> Source | None:
    head, body = _split_front_matter(text)
    title = head.get("title", "").strip()
    tags = tuple(t.strip() for t in head.get("tags", "").split(",") if t.strip())
    if not tags:
        tags = tuple(w for w in re.findall(r"[A-Za-z]+", title.lower()) if w not in _STOP)[:3]
    prose = []
    for block in body.split("\n\n"):
        block = block.strip()
        if not block or block.startswith(("```", "    ", "<", "|", "#", "[", "{%")):
            continue
        block = _LINK.sub(r"\1", _NOISE.sub("", " ".join(block.split())))
        prose.extend(s for s in _SENTENCE.split(block) if len(s.split()) >= 4)
    if not title or len(prose) < 5:
        return None
    return Source(title, tags, tuple(prose))


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    lines = text.splitlines()
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        head_lines, body = lines[1:end], "\n".join(lines[end + 1 :])
    else:
        end = lines.index("") if "" in lines else 0
        head_lines, body = lines[:end], "\n".join(lines[end + 1 :])
    head = {}
    for line in head_lines:
        key, _, value = line.partition(":")
        head[key.strip().lower()] = value.strip()
    return head, body


def generate_once(count: int, folder: Path) -> Path:
    """Write *count* posts into *folder* unless a whole run already did; return *folder*.

    A `.complete` mark, written last, tells a whole blog from one a stopped run left half written.
    """
    if not (folder / ".complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        generate(count, folder)
        (folder / ".complete").write_text("", encoding="utf-8")
    return folder


def generate(count: int, folder: Path, seed: int = 6) -> list[Path]:
    """Write *count* posts into *folder* and return their paths."""
    rng = random.Random(seed)
    sources = read_sources()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        topic = rng.randrange(len(sources))
        path = folder / f"post-{number:05d}.md"
        path.write_text(_post(rng, sources, topic, number, paths), encoding="utf-8")
        paths.append(path)
    return paths


def _post(rng: random.Random, sources: list[Source], topic: int, number: int, older: list) -> str:
    source = sources[topic]
    words, paragraphs, paragraph = 0, [], []
    while words < WORDS_PER_POST:
        pick = source if rng.random() < 0.7 else sources[rng.randrange(len(sources))]
        sentence = rng.choice(pick.sentences)
        paragraph.append(sentence)
        words += len(sentence.split())
        if len(paragraph) >= rng.randint(3, 6):
            paragraphs.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        paragraphs.append(" ".join(paragraph))
    if older and rng.random() < 0.2:
        target = older[rng.randrange(len(older))].name
        paragraphs.append(f"I wrote about this [before]({{filename}}/{target}).")
    title_words = rng.sample(source.title.split(), k=min(4, len(source.title.split())))
    title = f"{' '.join(title_words).strip(':,.')} {number}".replace("\n", " ")
    day = number % 28 + 1
    month = (number // 28) % 12 + 1
    year = 2000 + number // 336
    tags = ", ".join(rng.sample(source.tags, k=min(len(source.tags), rng.randint(1, 3))))
    header = (
        f"Title: {title}\nDate: {year}-{month:02d}-{day:02d} 10:00\n"
        f"Category: {CATEGORIES[topic % len(CATEGORIES)]}\nTags: {tags}\n"
        f"Slug: post-{number:05d}\nSummary: {paragraphs[0][:140]}\n\n"
    )
    return header + "\n\n".join(paragraphs) + "\n"


def main() -> None:
    """Write a generated blog: `related_corpus.py COUNT FOLDER`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    generate(args.count, args.folder)


if __name__ == "__main__":
    main()
