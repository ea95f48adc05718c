"""What a small blog pays for related posts on a cold start: the import and a first build.

A 100-post blog (related_corpus.py) is built from scratch (no cache) in a fresh process, with
the plugin and without it, and, with --baseline, by another checkout (the code before a change),
rounds interleaved; each figure is the median of the rounds. The import is the plugin module's
(and its libraries') import time in a fresh interpreter, as `python -X importtime` would count it.

    .venv/bin/python benchmarks/related_cold_start.py [--rounds 5] [--baseline ../other-checkout]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import time
from pathlib import Path

from related_corpus import generate
from related_peers import WORK, run_variant
from related_quality import machine

ROOT = Path(__file__).resolve().parent.parent
IMPORT = (
    "import sys, time; sys.path.insert(0, 'plugins'); start = time.perf_counter(); "
    "import promote_related.promote_related; print(time.perf_counter() - start)"
)


def import_seconds(checkout: Path) -> float:
    """Return the plugin's import time in a fresh interpreter of *checkout*."""
    python = checkout / ".venv" / "bin" / "python"
    done = subprocess.run(
        [str(python), "-c", IMPORT], cwd=checkout, capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip())


def main() -> None:
    """Print the medians: import, relating step and whole first build, per checkout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--baseline", type=lambda path: Path(path).resolve())
    args = parser.parse_args()
    content = WORK / "corpus-100"
    if len(list(content.glob("*.md"))) != 100:
        generate(100, content)
    runs: dict[str, list[dict]] = {}
    checkouts = {"ours": ROOT, **({"baseline": args.baseline} if args.baseline else {})}
    for _ in range(args.rounds):
        runs.setdefault("plain", []).append(run_variant("plain", content, "cold", "time", 600))
        for name, checkout in checkouts.items():
            started = time.perf_counter()
            found = run_variant(
                "ours",
                content,
                "cold",
                "time",
                600,
                checkout=checkout if name == "baseline" else None,
            )
            found["process_s"] = time.perf_counter() - started
            found["import_s"] = import_seconds(checkout)
            runs.setdefault(name, []).append(found)
    print(f"Machine: {machine()}\n")
    print("| 100 posts, cold | plugin import | relating step | whole build | process |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, each in runs.items():
        cells = []
        for key in ("import_s", "relate_s", "build_s", "process_s"):
            values = [run[key] for run in each if key in run]
            cells.append(f"{statistics.median(values):.2f} s" if values else "—")
        print(f"| {name} | {' | '.join(cells)} |")


if __name__ == "__main__":
    main()
