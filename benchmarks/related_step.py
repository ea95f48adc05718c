"""The relating step alone at 10,000 posts, this checkout against another, side by side.

Each round runs, in a fresh process of each checkout (its own .venv), the plugin's three stages
on the same 10,000 generated posts (related_corpus.py; HTML paragraphs, no Pelican build): reading
and counting the words, fitting the index, relating the posts (top-k, feedback, boost, reasons).
Rounds interleave the checkouts, so load on a shared machine hits them alike; it prints each run
and the medians, and the ratio of the medians. A quicker, steadier figure than related_speed.py's
whole builds, which also render every page.

    .venv/bin/python benchmarks/related_step.py --baseline ../other-checkout [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from related_corpus import generate
from related_peers import WORK
from related_quality import machine

ROOT = Path(__file__).resolve().parent.parent


def run_stages(checkout: Path, folder: Path) -> dict:
    """Time the three stages in the checkout's plugin code; return seconds by stage."""
    sys.path.insert(0, str(checkout / "plugins"))
    from promote_related import corpus, index, relate

    sources = []
    for path in sorted(folder.glob("*.md")):
        head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        meta = dict(line.split(": ", 1) for line in head.splitlines())
        html = "".join(f"<p>{paragraph}</p>" for paragraph in body.split("\n\n"))
        tags = tuple(tag.strip() for tag in meta.get("Tags", "").split(","))
        sources.append(corpus.Source(meta["Title"], tags, meta["Category"], html))
    count = len(sources)
    current = hasattr(relate, "Readable")  # the code of issue 19 on, or the code before
    weights = {"title": 3.0, "tags": 3.0, "category": 1.0, "body": 1.0}
    weights |= {"code": 0.1} if current else {}
    start = time.perf_counter()
    words = corpus.read_corpus(sources, weights).words
    read = time.perf_counter()
    model = index.fit_index(words, weights, 64, False)
    fitted = time.perf_counter()
    how = model.terms  # the code before issue 19
    if current:  # with the posts' headline terms where the index has them (the reasons' subjects)
        subjects = [model.headline] if getattr(model, "headline", None) is not None else []
        how = relate.Readable(model.langs, model.readable, *subjects)
    tags = [source.tags for source in sources]
    relate.relate_own(
        model.matrix, how, tags, [0.5] * count, [[] for _ in range(count)], 5, 0.05, 0.2
    )
    done = time.perf_counter()
    return {
        "read": read - start,
        "fit": fitted - read,
        "relate": done - fitted,
        "total": done - start,
    }


def measure(checkout: Path, folder: Path) -> dict:
    """Run the stages in a fresh process of *checkout*; return its figures."""
    python = checkout / ".venv" / "bin" / "python"
    code = (
        f"import sys, json; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
        "from related_step import run_stages; from pathlib import Path; "
        f"print(json.dumps(run_stages(Path({str(checkout)!r}), Path({str(folder)!r}))))"
    )
    done = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    """Print the runs and the medians of both checkouts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=lambda path: Path(path).resolve(), required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--posts", type=int, default=10_000)
    args = parser.parse_args()
    folder = WORK / f"corpus-{args.posts}"
    if len(list(folder.glob("*.md"))) != args.posts:
        generate(args.posts, folder)
    runs: dict[str, list[dict]] = {"baseline": [], "ours": []}
    for number in range(args.rounds):
        for name, checkout in (("baseline", args.baseline), ("ours", ROOT)):
            figures = measure(checkout, folder)
            runs[name].append(figures)
            cells = ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in figures.items())
            print(f"round {number + 1}, {name}: {cells}", flush=True)
    print(f"\nMachine: {machine()}\n")
    print("| checkout | read and count | fit | relate | total (median) | spread |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, each in runs.items():
        medians = {k: statistics.median(run[k] for run in each) for k in each[0]}
        totals = sorted(run["total"] for run in each)
        print(
            f"| {name} | {medians['read']:.2f} s | {medians['fit']:.2f} s | "
            f"{medians['relate']:.2f} s | {medians['total']:.2f} s | "
            f"{totals[0]:.2f}–{totals[-1]:.2f} s |"
        )
    ours = statistics.median(run["total"] for run in runs["ours"])
    base = statistics.median(run["total"] for run in runs["baseline"])
    print(f"\nours / baseline, total: {ours / base:.2f}")


if __name__ == "__main__":
    main()
