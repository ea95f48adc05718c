"""Where a first build's CPU goes, sampled in the build's own process (py-spy is not installed).

Runs one build of a generated blog (related_corpus.py, as build_vs_plain.py does: empty output and
cache, the caches off) with this checkout's pelicanconf.py and every plugin, or with --plain as
plain Pelican's default build. A SIGPROF timer fires at each millisecond of the process's CPU time
(the kernel may round it up to its tick) and counts the Python stack it interrupts. Prints each
function's share of the samples, counted once per sample however deep it recurs (its inclusive
time), for the functions whose "file:line(name)" matches --grep; a share times the build's CPU time
(build_vs_plain.py) gives seconds. C code is counted in the Python function that called it.

    .venv/bin/python benchmarks/build_samples.py [--size 100] [--plain] [--grep REGEX] [--top 60]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import runpy
import shutil
import signal
import sys
from collections import Counter
from pathlib import Path

import related_corpus

ROOT = Path(__file__).resolve().parent.parent
# build_vs_plain.py's blogs (not imported from it: its imports load the tone reader, which the
# sampled build must load itself)
WORK = ROOT / "benchmarks" / ".work" / "build_vs_plain"
OUTPUT = Path("/dev/shm") / f"goldstar-build-samples-{os.getpid()}"
SITE_PACKAGES = re.compile(r"^.*/site-packages/")


def sampled_build(command: list[str]) -> Counter:
    """Run `pelican` with *command*'s arguments in this process; return its sampled stacks."""
    stacks: Counter = Counter()

    def count(_signum, frame) -> None:
        stack = []
        while frame is not None:
            code = frame.f_code
            stack.append(f"{code.co_filename}:{code.co_firstlineno}({code.co_name})")
            frame = frame.f_back
        stacks[tuple(stack)] += 1

    signal.signal(signal.SIGPROF, count)
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    sys.argv = ["pelican", *command]
    try:
        runpy.run_module("pelican", run_name="__main__", alter_sys=True)
    except SystemExit as stopped:
        if stopped.code:
            raise
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    return stacks


def inclusive(stacks: Counter) -> Counter:
    """Return each function's samples, once per sample it is anywhere in."""
    shares: Counter = Counter()
    for stack, samples in stacks.items():
        for function in set(stack):
            shares[SITE_PACKAGES.sub("", function.replace(f"{ROOT}/", ""))] += samples
    return shares


def content_of(size: int) -> Path:
    """Write (once) and return a blog of *size* posts of real sentences."""
    return related_corpus.generate_once(size, WORK / f"content-{size}")


def pelican_arguments(size: int, plain: bool) -> list[str]:
    """Return the arguments of a first build of *size* posts, plain Pelican's or Goldstar's."""
    arguments = [str(content_of(size)), "-o", str(OUTPUT / "output"), "-q"]
    if plain:
        return arguments
    cache = json.dumps(str(OUTPUT / "cache"))
    settings = ["-s", str(ROOT / "pelicanconf.py"), "-e", f"CACHE_PATH={cache}"]
    return arguments + settings + ["CACHE_CONTENT=false", "LOAD_CONTENT_CACHE=false"]


def main() -> None:
    """Sample one build and print the functions' shares."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--plain", action="store_true", help="plain Pelican's default build")
    parser.add_argument("--grep", default="", help="only functions matching this regex")
    parser.add_argument("--top", type=int, default=60)
    args = parser.parse_args()
    arguments = pelican_arguments(args.size, args.plain)
    shutil.rmtree(OUTPUT, ignore_errors=True)
    OUTPUT.mkdir(parents=True)
    os.chdir(OUTPUT if args.plain else ROOT)
    try:
        stacks = sampled_build(arguments)
    finally:
        shutil.rmtree(OUTPUT, ignore_errors=True)
    total = sum(stacks.values())
    print(f"{total} samples")
    matching = re.compile(args.grep)
    shown = [(name, samples) for name, samples in inclusive(stacks).most_common()]
    for name, samples in [item for item in shown if matching.search(item[0])][: args.top]:
        print(f"{samples / total:6.1%} {samples:6d}  {name}")


if __name__ == "__main__":
    main()
