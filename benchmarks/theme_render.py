"""The theme's cost in a build: compiling its templates, and rendering the pages, side by side.

In one process, alternating in each round between this checkout (or --checkout) and --baseline
(another checkout; each needs its pelicanconf.py, theme/ and plugins/):

- "compile": every template of the checkout's theme compiled on a fresh Environment built like
  Pelican's (its loaders, the checkout's JINJA_ENVIRONMENT), as each build does once;
- "write": a whole build (the checkout's pelicanconf.py, theme and PLUGINS) of --content,
  timing only the writing stage: the time spent in Pelican's `Writer.write_file` (rendering each
  page, compiling each template on its first use, writing the file);
- "build": the same build, whole.

Both checkouts build in this one process, and Pelican loads a plugin module once per process: the
plugins' code of both sides is the first checkout's to load (and reply_drafts is this one's), so
"write" and "build" compare the themes and settings, not the plugins' code. For that, compare
whole builds in fresh processes (build_vs_plain.py --baseline).

CPU time (`time.process_time()`) is the figure: the machine is shared. Prints medians and ranges.

    .venv/bin/python benchmarks/theme_render.py --baseline ../wt-base [--checkout DIR]
        [--content benchmarks/.work/build_vs_plain/content-1000] [--rounds 10] [--compile-only]
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from pelican import Pelican, writers
from pelican.settings import read_settings

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = Path("/dev/shm") / f"goldstar-theme-render-{os.getpid()}"


def settings_of(checkout: Path, content: Path) -> dict:
    """Return the settings of *checkout*'s pelicanconf.py for a fresh build of *content*."""
    override = {
        "PATH": str(content),
        "OUTPUT_PATH": str(OUTPUT / "output"),
        "CACHE_CONTENT": False,
        "LOAD_CONTENT_CACHE": False,
        "CACHE_PATH": str(OUTPUT / "cache"),
        "THEME": str(checkout / "theme"),
    }
    return read_settings(str(checkout / "pelicanconf.py"), override=override)


def compile_seconds(settings: dict) -> float:
    """Return the CPU seconds to compile every template of the theme of *settings*."""
    templates = Path(settings["THEME"]) / "templates"
    started = time.process_time()
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader([str(templates)])]),
        **settings["JINJA_ENVIRONMENT"],
    )
    for name in env.list_templates():
        env.get_template(name)
    return time.process_time() - started


def build_seconds(settings: dict) -> tuple[float, float]:
    """Build with *settings*; return the CPU seconds (writing stage, whole build)."""
    shutil.rmtree(OUTPUT, ignore_errors=True)
    spent = [0.0]
    write_file = writers.Writer.write_file

    def timed_write_file(self, *args, **kwargs):
        started = time.process_time()
        try:
            return write_file(self, *args, **kwargs)
        finally:
            spent[0] += time.process_time() - started

    writers.Writer.write_file = timed_write_file
    try:
        started = time.process_time()
        Pelican(settings).run()
        whole = time.process_time() - started
    finally:
        writers.Writer.write_file = write_file
    return spent[0], whole


def main() -> None:
    """Measure both checkouts --rounds times, alternating; print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=lambda p: Path(p).resolve(), required=True)
    parser.add_argument("--checkout", type=lambda p: Path(p).resolve(), default=ROOT)
    parser.add_argument(
        "--content", type=Path, default=ROOT / "benchmarks/.work/build_vs_plain/content-1000"
    )
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--compile-only", action="store_true")
    args = parser.parse_args()
    logging.getLogger("pelican").setLevel(logging.ERROR)
    sys.path.insert(0, str(ROOT))
    sides = {"baseline": args.baseline, "this checkout": args.checkout}
    runs = {(side, figure): [] for side in sides for figure in ("compile", "write", "build")}
    for round_number in range(args.rounds):
        order = list(sides.items()) if round_number % 2 == 0 else list(sides.items())[::-1]
        for side, checkout in order:
            settings = settings_of(checkout, args.content.resolve())
            runs[side, "compile"].append(compile_seconds(settings))
            if not args.compile_only:
                write, whole = build_seconds(settings)
                runs[side, "write"].append(write)
                runs[side, "build"].append(whole)
        print(f"round {round_number + 1}: done", flush=True)
    shutil.rmtree(OUTPUT, ignore_errors=True)
    print(f"load {os.getloadavg()[0]:.1f}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print("| figure | baseline, CPU s | this checkout | change in a round, median (range) |")
    print("| --- | ---: | ---: | ---: |")
    for figure in ("compile", "write", "build"):
        before, after = runs["baseline", figure], runs["this checkout", figure]
        if before:
            changes = [b / a - 1 for a, b in zip(before, after, strict=True)]
            print(
                f"| {figure} | {span(before)} | {span(after)} | {statistics.median(changes):+.1%} "
                f"({min(changes):+.1%} to {max(changes):+.1%}) |"
            )


def span(seconds: list[float]) -> str:
    """Return the median of *seconds* and their range."""
    return f"{statistics.median(seconds):.3f} ({min(seconds):.3f}–{max(seconds):.3f})"


if __name__ == "__main__":
    main()
