"""Goldstar's whole build (every plugin) against plain Pelican's default build, side by side.

For each size (default 100 and 1,000 posts of real sentences, related_corpus.py; no comments, as
a blog arrives from another Pelican site), builds in fresh processes, alternating in each round:

- "plain Pelican": `pelican content -o output`, no settings file (Pelican 4.12's defaults: the
  notmyidea theme, the whole-site and per-category Atom feeds);
- "Goldstar": the project's pelicanconf.py (its theme, every plugin) of this checkout;
- "Goldstar, no plugins" (with --parts): the same settings and theme, `pelican.plugins.sitemap`
  alone; and "Goldstar, all but promote_related": to see where the extra time goes;
- "Goldstar, without PLUGIN" (with --each), for each plugin: what that plugin costs the build;
- "Goldstar, baseline": the same of the --baseline checkout (another worktree with its .venv), if
  given.

Every build starts from an empty output and an empty CACHE_PATH. With --rebuild, the timed build is
the second of two over the same output and CACHE_PATH, with the settings' caches on (pelicanconf.py
keeps CACHE_CONTENT; plain Pelican's default has no cache): the usual `invoke build` after the
first, nothing changed. CPU time (user + system, of the build's process) is the figure compared:
these machines are shared, and other jobs add to the wall time, not to it. Prints medians, ranges
and the ratios to plain Pelican, ready for docs/benchmarks.md.

    .venv/bin/python benchmarks/build_vs_plain.py [--sizes 100 1000] [--rounds 3]
        [--baseline CHECKOUT] [--parts] [--each] [--rebuild]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import related_corpus
from comments_build import machine

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "benchmarks" / ".work" / "build_vs_plain"
RAM = Path("/dev/shm")
# two runs never share it
OUTPUT = (RAM if RAM.is_dir() else WORK) / f"goldstar-build-vs-plain-{os.getpid()}"
PLUGINS = ["front_matter", "embeds", "comments", "gold_stars", "thank_you", "promote_related"]


def content_of(size: int) -> Path:
    """Write (once) and return a blog of *size* posts of real sentences."""
    return related_corpus.generate_once(size, WORK / f"content-{size}")


def build(
    content: Path, checkout: Path | None, plugins: list | None, rebuild: bool = False
) -> tuple[float, float]:
    """Build *content* in a fresh process; return (wall, CPU) seconds.

    *checkout* None is plain Pelican (no settings file); else that checkout's pelicanconf.py, with
    *plugins* as PLUGINS if given. With *rebuild*, a first build (not timed) fills the caches.
    """
    output, cache = OUTPUT / "output", OUTPUT / "cache"
    shutil.rmtree(output, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    python = sys.executable if checkout is None else str(checkout / ".venv" / "bin" / "python")
    command = [python, "-m", "pelican", str(content), "-o", str(output), "-q"]
    if checkout is not None:
        command += ["-s", "pelicanconf.py", "-e", f"CACHE_PATH={json.dumps(str(cache))}"]
        command += [] if rebuild else ["CACHE_CONTENT=false", "LOAD_CONTENT_CACHE=false"]
        command += [f"PLUGINS={json.dumps(plugins)}"] if plugins is not None else []
    if rebuild:
        subprocess.run(command, cwd=checkout or OUTPUT, check=True)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=checkout or OUTPUT)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"the build {command} failed")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    """Build each size with each variant --rounds times; print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline", type=lambda p: Path(p).resolve())
    parser.add_argument("--parts", action="store_true", help="also without (some) plugins")
    parser.add_argument("--each", action="store_true", help="also without each plugin in turn")
    parser.add_argument("--rebuild", action="store_true", help="time a second build, caches on")
    args = parser.parse_args()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    variants: list[tuple[str, Path | None, list | None]] = [
        ("plain Pelican", None, None),
        ("Goldstar", ROOT, None),
    ]
    if args.parts:
        sitemap, plugins = ["pelican.plugins.sitemap"], PLUGINS[:-1]
        variants.append(("Goldstar, no plugins", ROOT, sitemap))
        variants.append(("Goldstar, all but promote_related", ROOT, sitemap + plugins))
    if args.each:
        every = ["pelican.plugins.sitemap", *PLUGINS]
        for left_out in PLUGINS:
            others = [plugin for plugin in every if plugin != left_out]
            variants.append((f"Goldstar, without {left_out}", ROOT, others))
    if args.baseline:
        variants.append(("Goldstar, baseline", args.baseline, None))
    runs = {(size, name): [] for size in args.sizes for name, _, _ in variants}
    for size in args.sizes:
        content = content_of(size)
        for round_number in range(args.rounds):
            order = variants if round_number % 2 == 0 else variants[::-1]
            for name, checkout, plugins in order:
                runs[size, name].append(build(content, checkout, plugins, args.rebuild))
                wall, cpu = runs[size, name][-1]
                print(f"{size} posts, {name}: {wall:.2f} s wall, {cpu:.2f} s CPU", flush=True)
    shutil.rmtree(OUTPUT, ignore_errors=True)
    print()
    kind = "rebuilds (the second build, caches on)" if args.rebuild else "builds from scratch"
    print(f"machine: {machine()}, {datetime.now():%Y-%m-%d %H:%M}, load {os.getloadavg()[0]:.1f}")
    print(f"{kind}, {args.rounds} rounds")
    print("| posts | build | CPU s, median (range) | wall s, median | CPU / plain |")
    print("| ---: | --- | ---: | ---: | ---: |")
    for size in args.sizes:
        plain = statistics.median(cpu for _, cpu in runs[size, "plain Pelican"])
        for name, _, _ in variants:
            cpus = [cpu for _, cpu in runs[size, name]]
            wall = statistics.median(w for w, _ in runs[size, name])
            cpu = statistics.median(cpus)
            print(
                f"| {size:,} | {name} | {cpu:.2f} ({min(cpus):.2f}–{max(cpus):.2f}) | "
                f"{wall:.2f} | {cpu / plain:.2f} |"
            )


if __name__ == "__main__":
    main()
