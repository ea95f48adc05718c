"""Time and peak memory of relating 1,000 and 10,000 posts: ours, two peers and plain Pelican.

Each size is a generated blog (related_corpus.py: real sentences from the shared corpora). Every
variant builds the same blog in its own subprocess and venv (related_peers.py), with the project's
pelicanconf.py and theme and only its own plugin:

- relating step: the plugin's handler, timed with perf_counter in a run without tracing, and its
  peak memory traced with tracemalloc in a second run (tracing slows Python code down);
- whole build: Pelican's run, against plain Pelican (no related plugin) built in the same round;
- ours again on an unchanged blog with the cache of the first run (a rebuild: no index work).

Rounds interleave the variants so load on a shared machine hits them alike; figures are medians.
Each run is bounded by a timeout, and a peer that fails or times out is reported as such.

    .venv/bin/python benchmarks/related_speed.py [--sizes 1000 10000] [--rounds 3]
        [--variants plain ours related similar]
"""

from __future__ import annotations

import argparse
import json
import statistics

from related_corpus import generate
from related_peers import WORK, run_variant
from related_quality import machine

NAMES = {
    "plain": "plain Pelican 4.12",
    "ours": "promote_related (ours)",
    "related": "pelican-related-posts 1.0.0",
    "similar": "pelican-similar-posts 1.0.0",
}


def bench_size(posts: int, rounds: int, timeout: float, variants: list[str]) -> dict:
    """Run every variant on a blog of *posts* posts; return the runs by variant and kind."""
    content = WORK / f"corpus-{posts}"
    if len(list(content.glob("*.md"))) != posts:
        generate(posts, content)
    runs: dict[str, list[dict]] = {}
    for number in range(rounds):
        for variant in variants:
            name = f"speed-{posts}"
            timed = run_variant(variant, content, name, "time", timeout)
            runs.setdefault(f"{variant}/time", []).append(timed)
            if variant == "ours" and "error" not in timed:
                warm = WORK / "runs" / name / "cache-ours-time"
                again = run_variant(variant, content, name, "time", timeout, cache=warm)
                runs.setdefault("ours/warm", []).append(again)
            if number == 0 and variant != "plain":
                runs.setdefault(f"{variant}/memory", []).append(
                    run_variant(variant, content, name, "memory", timeout)
                )
            print(f"{posts} posts, round {number + 1}: {variant} done", flush=True)
    return runs


def median(runs: list[dict], key: str) -> float | None:
    """Return the median of *key* over the runs that have it."""
    values = [run[key] for run in runs if key in run]
    return statistics.median(values) if values else None


def row(posts: int, name: str, timed: list, traced: list | None, plain: float | None) -> str:
    """Return one line of the table: medians of the timed runs, peak of the traced run."""
    relate = median(timed, "relate_s")
    relate_text = "—" if relate is None else f"{relate:.2f} s"
    errors = [run["error"] for run in traced or [] if "error" in run]
    memory = median(traced or [], "relate_peak_mb")
    memory_text = errors[0] if errors else "—" if memory is None else f"{memory:.0f} MB"
    workers = median(traced or [], "workers_max_rss_mb")
    if workers:
        memory_text += f" + a worker's {workers:.0f} MB RSS"
    build = median(timed, "build_s")
    ratio = f"{build / plain:.2f}" if plain else "—"
    return (
        f"| {posts:,} | {name} | {relate_text} | {memory_text} | {build:.1f} s "
        f"| {ratio} | {median(timed, 'max_rss_mb'):.0f} MB |"
    )


def table(results: dict[int, dict]) -> str:
    """Return the figures as a Markdown table."""
    lines = [
        "| posts | plugin | relating step | its peak memory | whole build | build / plain "
        "| build max RSS |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for posts, runs in results.items():
        plain = median(runs.get("plain/time", []), "build_s")
        for variant in ("plain", "ours", "related", "similar"):
            timed = runs.get(f"{variant}/time", [])
            if not timed:  # not asked for (--variants)
                continue
            errors = [run["error"] for run in timed if "error" in run]
            if len(errors) == len(timed):
                lines.append(f"| {posts:,} | {NAMES[variant]} | {errors[0]} | | | | |")
                continue
            lines.append(row(posts, NAMES[variant], timed, runs.get(f"{variant}/memory"), plain))
        warm = runs.get("ours/warm", [])
        if warm and median(warm, "relate_s") is not None:
            lines.append(row(posts, "ours, rebuild with nothing changed", warm, None, plain))
    return "\n".join(lines)


def paired_ratios(results: dict[int, dict]) -> str:
    """Return each variant's whole build over plain Pelican's of the same round, round by round.

    Rounds interleave the variants, so a pair shares the machine's load of the moment: a steadier
    figure than the ratio of medians.
    """
    lines = []
    for posts, runs in results.items():
        plain = [run.get("build_s") for run in runs.get("plain/time", [])]
        for variant in ("ours", "related", "similar"):
            builds = [run.get("build_s") for run in runs.get(f"{variant}/time", [])]
            ratios = [b / p for b, p in zip(builds, plain, strict=False) if b and p]
            if ratios:
                each = ", ".join(f"{ratio:.3f}" for ratio in ratios)
                middle = statistics.median(ratios)
                lines.append(
                    f"{posts:,} posts, {NAMES[variant]} / plain, per round: {each} "
                    f"(median {middle:.3f})"
                )
    return "\n".join(lines)


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=1200)
    parser.add_argument("--variants", nargs="+", choices=list(NAMES), default=list(NAMES))
    args = parser.parse_args()
    results = {
        size: bench_size(size, args.rounds, args.timeout, args.variants) for size in args.sizes
    }
    (WORK / "speed-results.json").write_text(json.dumps(results, indent=1))
    print(f"\nMachine: {machine()}\n")
    print(table(results))
    print()
    print(paired_ratios(results))


if __name__ == "__main__":
    main()
