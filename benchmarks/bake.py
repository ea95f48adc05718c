"""How long from a changed comment export to the pages that show it? The bake against a full build.

Generates (once) comments_build.py's site of real sentences, N posts (default 10,000) with 10
comments each, copies it under /dev/shm (or benchmarks/.work/), builds it once with every plugin of
pelicanconf.py in this process and keeps it (`bake.Site`, as `invoke regenerate` does), then
changes one thread's export at a time, the way `invoke comments-export` rewrites a file, and bakes:

- "new comment": a first comment by a new reader (that post's page and the wall);
- "regular's comment": a comment by someone who has commented before (their badges can change on
  every page they commented on);
- "gold star": the author's gold star on a comment (the post's gold stars show in the listings:
  the index page, archives, its tags', category's and period's pages are written again too).

In the same run, the full build a changed export cost before (`pelican -r` builds everything
again) is timed, in a fresh process with the same settings and content: of this checkout, or of
the --baseline checkout (the code before the bake step; its own .venv). Figures: median and range
of --rounds bakes of each kind, in wall-clock and CPU seconds (the steadier figure on a shared
machine); the full builds' (--builds of them) median and range; their ratio.

    .venv/bin/python benchmarks/bake.py [--posts 10000] [--rounds 3] [--builds 2]
        [--baseline CHECKOUT]
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

from comments_build import generate, machine

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pelican.settings import read_settings  # noqa: E402

from bake import Site  # noqa: E402

RAM = Path("/dev/shm")
WORK = (RAM if RAM.is_dir() else ROOT / "benchmarks" / ".work") / "goldstar-bake"
KINDS = ("new comment", "regular's comment", "gold star")


def settings_for(content: Path, output: Path, cache: Path) -> dict:
    """Return pelicanconf.py's settings for *content*, built into *output* from scratch."""
    overrides = {"PATH": str(content), "OUTPUT_PATH": str(output), "CACHE_PATH": str(cache)}
    overrides.update(CACHE_CONTENT=False, LOAD_CONTENT_CACHE=False)
    return read_settings(str(ROOT / "pelicanconf.py"), override=overrides)


def change(export: Path, kind: str, serial: int) -> None:
    """Rewrite *export* as the next export would after one change of *kind*."""
    data = json.loads(export.read_text(encoding="utf-8"))
    comments = data["comments"]
    if kind == "gold star":
        comments[0]["gold_stars"] += 1
    else:
        new = dict(comments[0], id=10_000_000 + serial, parent=None, stars=0, gold_stars=0)
        new["created"] = new["updated"] = f"2030-01-01T00:{serial % 60:02d}:00Z"
        if kind == "new comment":
            new.update(author=f"New reader {serial}", commenter=f"{serial:016x}", website=None)
        else:
            regular = next(c for c in comments if not c["by_author"])
            new.update(author=regular["author"], commenter=regular["commenter"])
        comments.append(new)
    text = json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    export.write_text(text, encoding="utf-8")


def full_build(content: Path, checkout: Path) -> tuple[float, float]:
    """Build *content* with every plugin in a fresh process of *checkout*; return its wall-clock
    and CPU seconds."""
    output, cache = WORK / "full-output", WORK / "full-cache"
    shutil.rmtree(output, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    python = checkout / ".venv" / "bin" / "python"
    command = [str(python), "-m", "pelican", str(content), "-o", str(output), "-q"]
    command += ["-s", "pelicanconf.py", "-e", "CACHE_CONTENT=false", "LOAD_CONTENT_CACHE=false"]
    command += [f"CACHE_PATH={json.dumps(str(cache))}"]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=checkout)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"the full build of {checkout} failed")
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime


def spread(values: list[float]) -> str:
    """Return the median and range of *values*, in seconds."""
    return f"{statistics.median(values):.2f} s ({min(values):.2f}–{max(values):.2f})"


def main() -> None:
    """Build once, bake each kind of change --rounds times, time full builds; print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--builds", type=int, default=2, help="full builds to time")
    parser.add_argument("--baseline", type=lambda p: Path(p).resolve(), default=ROOT)
    args = parser.parse_args()
    source = generate(args.posts, 10, real_text=True)
    shutil.rmtree(WORK, ignore_errors=True)
    content = WORK / "content"
    shutil.copytree(source, content)
    started = time.perf_counter()
    site = Site.build(settings_for(content, WORK / "output", WORK / "cache"))
    print(f"full build, kept in this process: {time.perf_counter() - started:.1f} s", flush=True)
    exports = sorted((content / "comments").glob("*.json"))
    bakes: dict[str, list[float]] = {kind: [] for kind in KINDS}
    cpu: dict[str, list[float]] = {kind: [] for kind in KINDS}
    pages: dict[str, list[int]] = {kind: [] for kind in KINDS}
    for serial in range(args.rounds * len(KINDS)):
        kind = KINDS[serial % len(KINDS)]
        change(exports[(serial * 997) % len(exports)], kind, serial)
        started, started_cpu = time.perf_counter(), time.process_time()
        written = site.bake()
        bakes[kind].append(time.perf_counter() - started)
        cpu[kind].append(time.process_time() - started_cpu)
        pages[kind].append(len(written))
        print(
            f"bake, {kind}: {bakes[kind][-1]:.2f} s, {cpu[kind][-1]:.2f} s CPU, "
            f"{len(written)} pages",
            flush=True,
        )
    builds = []
    for _ in range(args.builds):
        builds.append(full_build(content, args.baseline))
        print(f"full build ({args.baseline.name}): {builds[-1]}", flush=True)
    print()
    print(f"machine: {machine()}, {datetime.now():%Y-%m-%d %H:%M}, load {os.getloadavg()[0]:.1f}")
    print(f"site: {args.posts} posts x 10 comments, every plugin")
    print(
        "| a changed export | pages written | wall: median (range) | CPU: median (range) "
        "| CPU / full build |"
    )
    print("| --- | ---: | ---: | ---: | ---: |")
    full_cpu = statistics.median(c for _, c in builds)
    for kind in KINDS:
        ratio = statistics.median(cpu[kind]) / full_cpu
        shown = f"{min(pages[kind])}–{max(pages[kind])}"
        print(
            f"| bake: {kind} | {shown} | {spread(bakes[kind])} | {spread(cpu[kind])} "
            f"| {ratio:.3f} |"
        )
    walls, cpus = [w for w, _ in builds], [c for _, c in builds]
    print(
        f"| full build ({args.baseline.name}) | every page | {spread(walls)} | {spread(cpus)} | 1 |"
    )


if __name__ == "__main__":
    main()
