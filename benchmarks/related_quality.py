"""Precision@5 of related posts on a real blog with hand-labelled topics, ours against two peers.

The corpus is the real Pelican blog blog-bossylobster (84 posts with their own tags, Apache-2.0),
read in place from shared/corpora and converted to Pelican's Markdown metadata under
benchmarks/.work/.
Every plugin sees the same posts with their real tags. The labels (related_quality_labels.json)
were assigned by hand from each post's title and description, before any plugin ran; a related link
is relevant when both posts share a topic. Precision@5 is averaged over the posts whose topic has at
least six posts (so five relevant links exist); a plugin that returns fewer than five links scores
the missing ones as misses.

    .venv/bin/python benchmarks/related_quality.py
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from machine_facts import cpu_model
from related_peers import WORK, run_variant

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpora" / "blog-bossylobster" / "content"
LABELS = HERE / "related_quality_labels.json"
# (row name, variant, extra settings): ours as shipped, then two ablations, then the peers
RUNS = (
    ("promote_related (ours, defaults)", "ours", {}),
    ("promote_related, boost off", "ours", {"PROMOTE_RELATED_BOOST": 0.0}),
    (
        "promote_related, text only (tags and category weight 0)",
        "ours",
        {"PROMOTE_RELATED_WEIGHTS": {"tags": 0.0, "category": 0.0}},
    ),
    ("pelican-related-posts 1.0.0", "related", {}),
    ("pelican-similar-posts 1.0.0", "similar", {}),
)
_LITERAL = re.compile(r"<html-literal>([0-9a-f]*)</html-literal>")


def prepare_corpus(target: Path) -> list[str]:
    """Write the blog's posts with Pelican metadata into *target*; return their slugs."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    slugs = []
    for path in sorted(CORPUS.glob("20*.md")):
        text = path.read_text(encoding="utf-8")
        _, head, body = text.split("---\n", 2)
        meta = dict(line.split(": ", 1) for line in head.strip().splitlines() if ": " in line)
        # the blog stores pre-rendered KaTeX as hex: decode it back to the HTML it publishes
        body = _LITERAL.sub(lambda m: bytes.fromhex(m.group(1)).decode("utf-8"), body)
        lines = [f"Title: {meta['title']}", f"Date: {meta['date']}", f"Slug: {meta['slug']}"]
        if meta.get("tags"):
            lines.append(f"Tags: {meta['tags']}")
        if meta.get("description"):
            lines.append(f"Summary: {meta['description']}")
        (target / path.name).write_text("\n".join(lines) + "\n\n" + body, encoding="utf-8")
        slugs.append(meta["slug"])
    return slugs


def topics_of() -> dict[str, set[str]]:
    """Return each post's hand-assigned topics."""
    topics: dict[str, set[str]] = {}
    for topic, slugs in json.loads(LABELS.read_text())["topics"].items():
        for slug in slugs:
            topics.setdefault(slug, set()).add(topic)
    return topics


def precision_at_5(related: dict[str, list[str]], topics: dict[str, set[str]]) -> float:
    """Return the mean precision@5 over the posts whose topic has five other posts."""
    sizes: dict[str, int] = {}
    for labels in topics.values():
        for topic in labels:
            sizes[topic] = sizes.get(topic, 0) + 1
    queries = [slug for slug, labels in topics.items() if max(sizes[t] for t in labels) >= 6]
    total = 0.0
    for slug in queries:
        found = related.get(slug, [])[:5]
        total += sum(1 for other in found if topics[other] & topics[slug]) / 5
    return total / len(queries)


def machine() -> str:
    """Return the machine's cores and CPU model, and the date."""
    model = cpu_model(platform.processor())
    load = os.getloadavg()[0]
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    return f"{os.cpu_count()} cores, {model}, load average {load:.1f}, {today}"


def main() -> None:
    """Run every plugin on the corpus and print the precision table as Markdown."""
    content = WORK / "quality" / "content"
    prepare_corpus(content)
    topics = topics_of()
    rows = []
    for name, variant, settings in RUNS:
        result = run_variant(variant, content, "quality", "time", timeout=600, settings=settings)
        if "error" in result:
            rows.append(f"| {name} | — ({result['error']}) | |")
            continue
        links = sum(len(v) for v in result["related"].values()) / max(result["posts"], 1)
        score = precision_at_5(result["related"], topics)
        rows.append(f"| {name} | {score:.3f} | {links:.1f} |")
    print(f"Machine: {machine()}\n")
    print("| plugin | precision@5 | links per post |")
    print("| --- | --- | --- |")
    print("\n".join(rows))
    subprocess.run(["rm", "-rf", str(WORK / "runs" / "quality")], check=False)


if __name__ == "__main__":
    main()
