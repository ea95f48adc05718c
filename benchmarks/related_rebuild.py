"""A rebuild with nothing changed (every plugin, a warm cache), this checkout against another.

Builds build_vs_plain.py's blog of --size posts once per checkout to fill its own CACHE_PATH, then
rebuilds it --rounds times, checkouts interleaved (order swapped each round), each in a fresh
process with the project's pelicanconf.py. The related posts then come from the plugin's cache.
CPU time (user + system) of the build's process is the figure compared, as in build_vs_plain.py.

    .venv/bin/python benchmarks/related_rebuild.py --baseline CHECKOUT [--size 100] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
from datetime import datetime
from pathlib import Path

from build_vs_plain import content_of
from comments_build import machine

ROOT = Path(__file__).resolve().parent.parent
RAM = Path("/dev/shm")
OUTPUT = (RAM if RAM.is_dir() else ROOT / "benchmarks" / ".work") / "goldstar-related-rebuild"


def rebuild(content: Path, checkout: Path, folder: Path) -> float:
    """Build *content* with *checkout* into *folder* (its cache kept); return CPU seconds."""
    shutil.rmtree(folder / "output", ignore_errors=True)
    python = str(checkout / ".venv" / "bin" / "python")
    command = [python, "-m", "pelican", str(content), "-o", str(folder / "output"), "-q"]
    command += ["-s", "pelicanconf.py", "-e", "CACHE_CONTENT=false", "LOAD_CONTENT_CACHE=false"]
    command += [f"CACHE_PATH={json.dumps(str(folder / 'cache'))}"]
    process = subprocess.Popen(command, cwd=checkout, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"the build {command} failed")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    """Warm each checkout's cache, rebuild --rounds times, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=lambda p: Path(p).resolve(), required=True)
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    content = content_of(args.size)
    checkouts = {"the code before": args.baseline, "this checkout": ROOT}
    shutil.rmtree(OUTPUT, ignore_errors=True)
    for number, checkout in enumerate(checkouts.values()):
        rebuild(content, checkout, OUTPUT / str(number))
    runs: dict[str, list[float]] = {name: [] for name in checkouts}
    for round_number in range(args.rounds):
        order = list(enumerate(checkouts.items()))
        for number, (name, checkout) in order if round_number % 2 == 0 else order[::-1]:
            runs[name].append(rebuild(content, checkout, OUTPUT / str(number)))
            print(f"round {round_number + 1}, {name}: {runs[name][-1]:.2f} s CPU", flush=True)
    shutil.rmtree(OUTPUT, ignore_errors=True)
    before = statistics.median(runs["the code before"])
    print(f"\nmachine: {machine()}, {datetime.now():%Y-%m-%d %H:%M}, load {os.getloadavg()[0]:.1f}")
    print(f"| {args.size:,} posts, rebuild, nothing changed | CPU s, median (range) | ratio |")
    print("| --- | ---: | ---: |")
    for name, cpus in runs.items():
        median, spread = statistics.median(cpus), f"{min(cpus):.2f}–{max(cpus):.2f}"
        print(f"| {name} | {median:.2f} ({spread}) | {median / before:.2f} |")


if __name__ == "__main__":
    main()
