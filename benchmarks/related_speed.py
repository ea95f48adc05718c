"""Time and peak memory of relating 1,000 and 10,000 posts: ours, two peers and plain Pelican.

Each size is a generated blog (related_corpus.py: real sentences from the shared corpora). Every
variant builds the same blog in its own subprocess and venv (related_peers.py), with the project's
pelicanconf.py and theme and only its own plugin:

- relating step: the plugin's handler, timed with perf_counter in a run without tracing, and its
  peak memory traced with tracemalloc in a second run (tracing slows Python code down);
- whole build: Pelican's run, against plain Pelican (no related plugin) built in the same round;
- ours again on an unchanged blog with the cache of the first run (a rebuild: no index work);
- with --baseline, ours as another checkout of this repository builds it (a git worktree of the code
  before a change, with its own .venv), and whether it relates the same posts as this checkout.

Rounds interleave the variants so load on a shared machine hits them alike; figures are medians.
Each run is bounded by a timeout, and a peer that fails or times out is reported as such.

    .venv/bin/python benchmarks/related_speed.py [--sizes 1000 10000] [--rounds 3]
        [--variants plain ours related similar] [--baseline ../other-checkout]
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from related_corpus import generate
from related_peers import WORK, run_variant
from related_quality import machine

NAMES = {
    "plain": "plain Pelican 4.12",
    "ours": "promote_related (ours)",
    "baseline": "promote_related (baseline checkout)",
    "related": "pelican-related-posts 1.0.0",
    "similar": "pelican-similar-posts 1.0.0",
}


def bench_size(
    posts: int, rounds: int, timeout: float, variants: list[str], baseline: Path | None
) -> dict:
    """Run every variant on a blog of *posts* posts; return the runs by variant and kind."""
    content = WORK / f"corpus-{posts}"
    if len(list(content.glob("*.md"))) != posts:
        generate(posts, content)
    runs: dict[str, list[dict]] = {}
    for number in range(rounds):
        for variant in variants:
            name = f"speed-{posts}"
            # the baseline is ours, built by the other checkout
            plugin, checkout = ("ours", baseline) if variant == "baseline" else (variant, None)
            timed = run_variant(plugin, content, name, "time", timeout, checkout=checkout)
            runs.setdefault(f"{variant}/time", []).append(timed)
            if plugin == "ours" and "error" not in timed:
                warm = WORK / "runs" / name / f"cache-{variant}-time"
                again = run_variant(
                    plugin, content, name, "time", timeout, cache=warm, checkout=checkout
                )
                runs.setdefault(f"{variant}/warm", []).append(again)
            if number == 0 and variant != "plain":
                runs.setdefault(f"{variant}/memory", []).append(
                    run_variant(plugin, content, name, "memory", timeout, checkout=checkout)
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
        for variant in ("plain", "ours", "baseline", "related", "similar"):
            timed = runs.get(f"{variant}/time", [])
            if not timed:  # not asked for (--variants)
                continue
            errors = [run["error"] for run in timed if "error" in run]
            if len(errors) == len(timed):
                lines.append(f"| {posts:,} | {NAMES[variant]} | {errors[0]} | | | | |")
                continue
            lines.append(row(posts, NAMES[variant], timed, runs.get(f"{variant}/memory"), plain))
        for variant, name in (("ours", "ours"), ("baseline", "the baseline")):
            warm = runs.get(f"{variant}/warm", [])
            if warm and median(warm, "relate_s") is not None:
                lines.append(row(posts, f"{name}, rebuild with nothing changed", warm, None, plain))
    return "\n".join(lines)


def paired_ratios(results: dict[int, dict]) -> str:
    """Return each variant's whole build over plain Pelican's of the same round, round by round.

    Rounds interleave the variants, so a pair shares the machine's load of the moment: a steadier
    figure than the ratio of medians.
    """
    lines = []
    for posts, runs in results.items():
        plain = [run.get("build_s") for run in runs.get("plain/time", [])]
        for variant in ("ours", "baseline", "related", "similar"):
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


def against_baseline(results: dict[int, dict]) -> str:
    """Return, round by round, ours over the baseline (relating step, build) and same links or not.

    The links are compared post by post: the slugs each post links to as related, in order.
    """
    lines = []
    for posts, runs in results.items():
        pairs = zip(runs.get("ours/time", []), runs.get("baseline/time", []), strict=False)
        for number, (ours, baseline) in enumerate(pairs, start=1):
            if "error" in ours or "error" in baseline:
                continue
            theirs = baseline["related"]
            differ = [slug for slug, links in ours["related"].items() if links != theirs.get(slug)]
            same = "the same related posts" if not differ else f"{len(differ)} posts differ"
            lines.append(
                f"{posts:,} posts, round {number}: relating step ours / baseline "
                f"{ours['relate_s']:.2f} / {baseline['relate_s']:.2f} s "
                f"= {ours['relate_s'] / baseline['relate_s']:.3f}, whole build "
                f"{ours['build_s'] / baseline['build_s']:.3f}; {same} "
                f"({len(ours['related'])} posts)"
            )
    return "\n".join(lines)


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=1200)
    parser.add_argument("--variants", nargs="+", choices=list(NAMES), default=None)
    parser.add_argument(
        "--baseline",
        type=lambda path: Path(path).resolve(),
        help="another checkout of this repository, with its .venv: variant 'baseline'",
    )
    args = parser.parse_args()
    variants = args.variants or [v for v in NAMES if v != "baseline" or args.baseline]
    if "baseline" in variants and not args.baseline:
        parser.error("the variant baseline needs --baseline")
    results = {
        size: bench_size(size, args.rounds, args.timeout, variants, args.baseline)
        for size in args.sizes
    }
    (WORK / "speed-results.json").write_text(json.dumps(results, indent=1))
    print(f"\nMachine: {machine()}\n")
    print(table(results))
    print()
    print(paired_ratios(results))
    if args.baseline:
        print()
        print(against_baseline(results))


if __name__ == "__main__":
    main()
