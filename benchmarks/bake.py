"""How long from a changed comment to the pages that show it? The export and the bake.

Generates (once) comments_build.py's site of real sentences, N posts (default 10,000) with 10
comments each, copies it under /dev/shm (or benchmarks/.work/), imports its comments into a SQLite
database of the comment server (once per content: later runs copy it) and exports them again
(`python -m comment_server export`), builds the site once with every plugin of pelicanconf.py in
this process and keeps it (`bake.Site`, as `invoke regenerate` does), then changes one thread at a
time in the database, exports in this process (`bake.export.Exporter`, as `invoke regenerate
--export` does: one look at the database, then only the changed thread is written) and bakes the
files the export changed:

- "new comment": a first comment by a new reader (that post's page and the wall);
- "regular's comment": a comment by someone who has commented before (their badges can change on
  every page they commented on);
- "gold star": the author's gold star on a comment (the post's gold stars show in the listings:
  the index page, archives, its tags', category's and period's pages are written again too).

In the same run, the export of the --baseline checkout in a fresh process (`invoke
comments-export`, its own .venv) and the full build a changed export cost before the bake step
(`pelican -r` builds everything again), in a fresh process with the same settings and content, are
timed. Figures: median and range of --rounds exports and bakes of each kind, in wall-clock and CPU
seconds (the steadier figure on a shared machine); the full builds' (--builds of them) median and
range; their ratio.

CPU seconds are the process's (every thread's: the store's writer thread is idle by then, each
write is answered after its commit). They include the garbage collector's: `Site.build` keeps the
built site out of its reach (bake/site.py), else a full collection of its objects (0.6–0.8 CPU s at
10,000 posts) fell on whichever export or bake allocated past its threshold, in this run's fixed
order of changes mostly the regular's comment's export, as it would in `invoke regenerate`.

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
from bake.export import Exporter  # noqa: E402

RAM = Path("/dev/shm")
# Per process: a run beside another (the baseline checkout's) never shares it.
WORK = (RAM if RAM.is_dir() else ROOT / "benchmarks" / ".work") / f"goldstar-bake-{os.getpid()}"
KINDS = ("new comment", "regular's comment", "gold star")
# Databases seeded by an earlier run, by content (delete one to import it again).
SEEDED = ROOT / "benchmarks" / ".work" / "bake-seeded"
SECRET = "benchmark-secret-benchmark-secret-benchmark"
NEW_READERS = 1 << 60  # the first new reader's key, far above comments_build.py's commenters'


def settings_for(content: Path, output: Path, cache: Path) -> dict:
    """Return pelicanconf.py's settings for *content*, built into *output* from scratch."""
    overrides = {"PATH": str(content), "OUTPUT_PATH": str(output), "CACHE_PATH": str(cache)}
    overrides.update(CACHE_CONTENT=False, LOAD_CONTENT_CACHE=False)
    return read_settings(str(ROOT / "pelicanconf.py"), override=overrides)


def server_env(database: Path) -> dict[str, str]:
    """Return the environment of a comment server command on the SQLite file *database*."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMMENT_SERVER_")}
    env.update(COMMENT_SERVER_SECRET=SECRET, COMMENT_SERVER_DATABASE_URL=f"sqlite:///{database}")
    return env


def timed(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Run *command*; return its wall-clock and CPU seconds (it must succeed)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed")
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime


def seed(folder: Path, database: Path, kept: Path) -> None:
    """Copy the database *kept* of an earlier run into *database*, or import *folder* into it and
    keep a copy: the import of 100,000 comments takes longer than the rest of the run."""
    if not kept.exists():
        kept.parent.mkdir(parents=True, exist_ok=True)
        fresh = kept.with_suffix(".importing")
        fresh.unlink(missing_ok=True)
        python = str(ROOT / ".venv" / "bin" / "python")
        command = [python, "-m", "comment_server", "import", str(folder)]
        print(f"import: {timed(command, server_env(fresh), ROOT)[0]:.1f} s", flush=True)
        fresh.rename(kept)
    shutil.copyfile(kept, database)


def export(checkout: Path, folder: Path, database: Path, *options: str) -> tuple[float, float]:
    """Export *database* into *folder* with *checkout*'s comment server; return its wall-clock
    and CPU seconds."""
    python = checkout / ".venv" / "bin" / "python"
    command = [str(python), "-m", "comment_server", "export", str(folder), *options]
    return timed(command, server_env(database), checkout)


def change(store, export_file: Path, kind: str, serial: int) -> None:
    """Make one change of *kind* in the thread of *export_file* through the comment server's
    store, as a reader or the author would."""
    from tests.support.exports import add_comment

    data = json.loads(export_file.read_text(encoding="utf-8"))
    comments = data["comments"]
    if kind == "gold star":
        store.add_gold_stars(comments[0]["id"], 1)
        return
    regular = next(c for c in comments if not c["by_author"])
    author, commenter = regular["author"], regular["commenter"]
    if kind == "new comment":
        # A key no commenter of the site has (theirs are 0 to 1999, the author's 0): a new reader.
        author, commenter = f"New reader {serial}", f"{NEW_READERS + serial:016x}"
    add_comment(store, data["thread"], author, f"Thank you, {serial}.", commenter)


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
    """Export and build once, then change, export and bake each kind of change --rounds times;
    time the baseline's export and full builds; print the table."""
    from comment_server.keys import Keys
    from comment_server.store.store import Store

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--builds", type=int, default=2, help="full builds to time")
    parser.add_argument("--baseline", type=lambda p: Path(p).resolve(), default=ROOT)
    args = parser.parse_args()
    source = generate(args.posts, 10, real_text=True)
    shutil.rmtree(WORK, ignore_errors=True)
    content, database = WORK / "content", WORK / "comments.sqlite3"
    shutil.copytree(source, content)
    folder = content / "comments"
    seed(folder, database, SEEDED / f"{source.name}.sqlite3")
    print(f"export, every thread: {export(ROOT, folder, database, '--full')}", flush=True)
    print(f"export, nothing changed: {export(ROOT, folder, database)}", flush=True)
    started = time.perf_counter()
    site = Site.build(settings_for(content, WORK / "output", WORK / "cache"))
    print(f"full build, kept in this process: {time.perf_counter() - started:.1f} s", flush=True)
    store = Store(f"sqlite:///{database}", Keys(SECRET))
    exporter = Exporter(folder, f"sqlite:///{database}")
    exporter.export()  # its first look at the database: nothing changed since the export above
    exports = sorted(folder.glob("*.json"))
    walls: dict[str, list[float]] = {kind: [] for kind in KINDS}
    cpu: dict[str, list[float]] = {kind: [] for kind in KINDS}
    pages: dict[str, list[int]] = {kind: [] for kind in KINDS}
    for serial in range(args.rounds * len(KINDS)):
        kind = KINDS[serial % len(KINDS)]
        change(store, exports[(serial * 997) % len(exports)], kind, serial)
        started, started_cpu = time.perf_counter(), time.process_time()
        files = exporter.export()  # as `invoke regenerate --export` does, in this process
        wall, export_cpu = time.perf_counter() - started, time.process_time() - started_cpu
        started, started_cpu = time.perf_counter(), time.process_time()
        written = site.bake(files)
        bake_wall, bake_cpu = time.perf_counter() - started, time.process_time() - started_cpu
        walls[kind].append(wall + bake_wall)
        cpu[kind].append(export_cpu + bake_cpu)
        pages[kind].append(len(written))
        print(
            f"{kind}: export {wall:.2f} s, {export_cpu:.2f} s CPU; bake {bake_wall:.2f} s, "
            f"{bake_cpu:.2f} s CPU, {len(written)} pages",
            flush=True,
        )
    store.close()
    exporter.close()
    before = [export(args.baseline, folder, database) for _ in range(args.rounds)]
    print(f"export ({args.baseline.name}): {before}", flush=True)
    builds = []
    for _ in range(args.builds):
        builds.append(full_build(content, args.baseline))
        print(f"full build ({args.baseline.name}): {builds[-1]}", flush=True)
    shutil.rmtree(WORK, ignore_errors=True)
    print()
    print(f"machine: {machine()}, {datetime.now():%Y-%m-%d %H:%M}, load {os.getloadavg()[0]:.1f}")
    print(f"site: {args.posts} posts x 10 comments, every plugin")
    print(
        "| a changed thread, exported and baked | pages written | wall: median (range) "
        "| CPU: median (range) | CPU / full build |"
    )
    print("| --- | ---: | ---: | ---: | ---: |")
    full_cpu = statistics.median(c for _, c in builds) if builds else float("nan")
    for kind in KINDS:
        ratio = statistics.median(cpu[kind]) / full_cpu
        shown = f"{min(pages[kind])}–{max(pages[kind])}"
        print(f"| {kind} | {shown} | {spread(walls[kind])} | {spread(cpu[kind])} | {ratio:.3f} |")
    print(
        f"| export alone ({args.baseline.name}) | – | {spread([w for w, _ in before])} "
        f"| {spread([c for _, c in before])} | |"
    )
    if builds:
        walls_, cpus = [w for w, _ in builds], [c for _, c in builds]
        print(
            f"| full build ({args.baseline.name}) | every page | {spread(walls_)} "
            f"| {spread(cpus)} | 1 |"
        )


if __name__ == "__main__":
    main()
