"""What do plugins/comments and plugins/gold_stars add to a build? Side by side, in one run.

Generates a site of N posts (default 10,000) with C comments each (default 10) under
benchmarks/.work/, then builds it with Pelican, the project's pelicanconf.py and theme, alternately
without and with the two plugins (each build in a fresh process: Pelican's signals outlive a build;
odd rounds build without the plugins first, even rounds with them first). Prints the best
wall-clock and CPU times of each and their ratio, with the machine and the date, ready for
docs/benchmarks.md.

With --all-plugins the builds with plugins have every plugin of pelicanconf.py (front_matter,
embeds, comments, gold_stars, thank_you, promote_related), and the posts are real sentences
(related_corpus.py: the made-up ones share one vocabulary of 60 words, so every post would relate
to every other). With --baseline, each round also builds with the plugins
of another checkout of this repository (a git worktree of the code before a change, with its own
.venv; with --baseline-v1 it builds the same comments exported in version 1, without tones, as a
checkout before EXPORT_VERSION 2 reads no other). Every build without --cached starts from an
empty CACHE_PATH, so nothing is reused.

The output goes to a RAM folder (/dev/shm) when there is one. On a disk, deleting the previous
build's 20,000 files slows the creation of the next build's files (ext4 skips inodes freed in the
last minutes when it allocates new ones), and that cost grew with each build of a run, whatever its
plugins: it charged the second build of a pair 3 to 7 s of system time that had nothing to do with
what it built.

    .venv/bin/python benchmarks/comments_build.py [--posts 10000] [--comments 10] [--rounds 2]
        [--all-plugins] [--baseline ../other-checkout [--baseline-v1]]
    .venv/bin/python benchmarks/comments_build.py --profile    # where the plugins' time goes
    .venv/bin/python benchmarks/comments_build.py --phases     # CPU seconds by phase, each build
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import related_corpus
from machine_facts import cpu_model

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script: the repository's packages, not an installed copy

from reply_drafts.tone import read_tone  # noqa: E402

WORK = ROOT / "benchmarks" / ".work" / "comments_build"
RAM = Path("/dev/shm")
OUTPUT_ROOT = RAM / "goldstar-comments-build" if RAM.is_dir() else WORK
BASE_PLUGINS = ["pelican.plugins.sitemap"]
OUR_PLUGINS = ["comments", "gold_stars"]
ALL_PLUGINS = ["front_matter", "embeds", "comments", "gold_stars", "thank_you", "promote_related"]
CONTENT_VERSION = "v3"  # change it when the generator changes, so old content is not reused
V1_COMMENTS = "comments-v1"  # the same comments in export version 1 (no tones), for --baseline-v1
VOCABULARY = (
    "kind small thank reader comment gold star post write reply notice name next jar blog web "
    "quiet letter friend stranger help morning coffee garden library page story question answer "
    "remember share gentle warm light evening train window note teacher class child grandmother "
    "button tin soup doorstep typo fix link archive moderate welcome first regular idea bright"
)
WORDS = VOCABULARY.split()
# Run in the build's process with --phases: the CPU seconds of each Pelican signal's receivers (the
# plugins' reading and badges), of writing the pages (their rendering), and of garbage collection.
# Phases do not add up to the total: the reading of posts is left out, and it is the same in both.
PHASE_TIMER = """
import atexit, gc, sys, time
import blinker.base
from pelican import main
from pelican.generators import ArticlesGenerator
clock, spent, gc_started = time.process_time, {}, [0.0]
def add(key, since):
    spent[key] = spent.get(key, 0.0) + clock() - since
def timed(method, key):
    def run(*args, **kwargs):
        since = clock()
        try:
            return method(*args, **kwargs)
        finally:
            add(key(args), since)
    return run
blinker.base.Signal.send = timed(blinker.base.Signal.send, lambda args: args[0].name)
ArticlesGenerator.generate_output = timed(ArticlesGenerator.generate_output, lambda _: "writing")
def collected(phase, info):
    if phase == "start":
        gc_started[0] = clock()
    else:
        add("garbage collection", gc_started[0])
gc.callbacks.append(collected)
def show():
    shown = ", ".join(f"{key} {value:.2f}" for key, value in spent.items() if value >= 0.05)
    print(f"  CPU s by phase: {shown}", file=sys.stderr, flush=True)
atexit.register(show)
sys.argv[0] = "pelican"
main()
"""


def sentence(rng: random.Random, low: int = 8, high: int = 18) -> str:
    """Return one made-up sentence."""
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random, sentences: int) -> str:
    """Return a paragraph of *sentences* made-up sentences."""
    return " ".join(sentence(rng) for _ in range(sentences))


def write_post(folder: Path, index: int, rng: random.Random) -> None:
    """Write post *index*: about 640 words (DESIGN.md's reference post), headings, a list."""
    date = datetime(2015, 1, 1, 9, 0) + timedelta(hours=7 * index)
    body = [paragraph(rng, 6), paragraph(rng, 6), f"## {sentence(rng, 3, 6)[:-1]}"]
    body += [paragraph(rng, 7), "\n".join(f"- {sentence(rng, 4, 9)}" for _ in range(5))]
    body += [f"Read *more* on [the archive](https://example.org/{index}/).", paragraph(rng, 7)]
    body += [f"## {sentence(rng, 3, 6)[:-1]}", paragraph(rng, 7), paragraph(rng, 6)]
    body += [f"> {sentence(rng)}", paragraph(rng, 5), f"Thanks, **{rng.choice(WORDS)}**."]
    meta = [
        f"Title: Post {index}: {sentence(rng, 3, 6)[:-1]}",
        f"Date: {date:%Y-%m-%d %H:%M}",
        f"Category: {rng.choice(['Notes', 'Stories', 'Practice', 'Links'])}",
        f"Tags: {', '.join(rng.sample(WORDS[:30], 3))}",
        f"Slug: post-{index}",
        f"Summary: {sentence(rng)}",
    ]
    text = "\n".join(meta) + "\n\n" + "\n\n".join(body) + "\n"
    (folder / f"post-{index}.md").write_text(text, encoding="utf-8")


def write_export(
    folder: Path, index: int, slug: str, per_post: int, rng: random.Random, next_id: int
) -> int:
    """Write the export of post *index* (*slug*) with *per_post* comments, in version 2 (each
    comment's tone, as the server reads it) and, in V1_COMMENTS beside it, in version 1; return
    the next id."""
    start = datetime(2015, 1, 2, tzinfo=UTC) + timedelta(hours=7 * index)
    comments = []
    for n in range(per_post):
        cid = next_id + n
        parent = None if n < per_post * 0.6 or not comments else rng.choice(comments)["id"]
        by_author = parent is not None and rng.random() < 0.3
        who = "0" * 16 if by_author else f"{rng.randrange(2000):016x}"
        created = start + timedelta(minutes=37 * n)
        text = " ".join(sentence(rng) for _ in range(rng.randint(1, 4)))
        comments.append(
            {
                "id": cid,
                "parent": parent,
                "author": "Maya Goldstar" if by_author else f"Reader {who[-4:]} ✿",
                "website": None if rng.random() < 0.7 else f"https://r{who[-4:]}.example",
                "created": f"{created:%Y-%m-%dT%H:%M:%SZ}",
                "edited": None,
                "updated": f"{created:%Y-%m-%dT%H:%M:%SZ}",
                "html": f"<p>{text}</p><p>Thank you for <em>this</em>.</p>",
                "markdown": f"{text}\n\nThank you for *this*.",
                "stars": rng.choice([0, 0, 1, 2, 3, 5, 12]),
                "gold_stars": 1 if rng.random() < 0.05 else 0,
                "by_author": by_author,
                "commenter": who,
            }
        )
    data = {"format": "goldstar-comments", "version": 1, "thread": slug}
    data.update({"stars": rng.randrange(120), "comments": comments})
    text = json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    (folder.parent / V1_COMMENTS / f"{slug}.json").write_text(text, encoding="utf-8")
    for item in comments:
        item["tone"] = read_tone(item["markdown"], item["author"], item["website"] or "").label
    text = json.dumps(data | {"version": 2}, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    (folder / f"{slug}.json").write_text(text, encoding="utf-8")
    return next_id + per_post


def generate(posts: int, per_post: int, real_text: bool = False) -> Path:
    """Write the benchmark site's content (once per size) and return its folder.

    With *real_text*, the posts are related_corpus.py's, of real sentences.
    """
    text = "real" if real_text else "made-up"
    content = WORK / f"content-{CONTENT_VERSION}-{text}-{posts}x{per_post}"
    if (content / ".complete").exists():
        return content
    shutil.rmtree(content, ignore_errors=True)
    (content / "comments").mkdir(parents=True)
    (content / V1_COMMENTS).mkdir()
    if real_text:
        related_corpus.generate(posts, content)
    rng = random.Random(5)
    next_id = 1
    for index in range(posts):
        if real_text:
            slug = f"post-{index:05d}"  # related_corpus.py's
        else:
            slug = f"post-{index}"
            write_post(content, index, rng)
        next_id = write_export(content / "comments", index, slug, per_post, rng, next_id)
    (content / ".complete").write_text("", encoding="utf-8")
    return content


@dataclass(frozen=True)
class Run:
    """What one build cost: wall-clock, user and system CPU seconds, peak memory."""

    wall: float
    user: float
    system: float
    peak_mb: float

    @property
    def cpu(self) -> float:
        """Return the CPU seconds, user and system."""
        return self.user + self.system


def build(
    content: Path,
    plugins: list[str],
    profile: Path | None = None,
    cache: Path | None = None,
    phases: bool = False,
    checkout: Path = ROOT,
    comments: str = "comments",
) -> Run:
    """Build *content* in a fresh process with *plugins*; return what it cost.

    With *cache*, Pelican's content cache (and the plugins' caches) live there, else in a folder
    emptied first; with *phases*, the build prints its CPU seconds by phase (PHASE_TIMER).
    *checkout* is the checkout of this repository whose code, settings and .venv build it;
    *comments*, the folder of *content* its export is read from.
    """
    output = OUTPUT_ROOT / "output"
    shutil.rmtree(output, ignore_errors=True)
    python = sys.executable if checkout == ROOT else str(checkout / ".venv" / "bin" / "python")
    command = [python]
    if profile:
        command += ["-m", "cProfile", "-o", str(profile)]
    command += ["-c", PHASE_TIMER] if phases else ["-m", "pelican"]
    command += [str(content), "-o", str(output), "-s", "pelicanconf.py", "-q"]
    command += ["--fatal", "warnings", "-e", f"PLUGINS={json.dumps(plugins)}"]
    command += [f"COMMENTS_PATH={json.dumps(comments)}"]
    if cache:
        command += [
            "CACHE_CONTENT=true",
            "LOAD_CONTENT_CACHE=true",
            f"CACHE_PATH={json.dumps(str(cache))}",
        ]
    else:
        cold = OUTPUT_ROOT / "cache"
        shutil.rmtree(cold, ignore_errors=True)
        command += ["CACHE_CONTENT=false", "LOAD_CONTENT_CACHE=false"]
        command += [f"CACHE_PATH={json.dumps(str(cold))}"]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=checkout)
    # CPU time is steadier than wall-clock time on a shared machine: other jobs do not add to it.
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"the build with {plugins} failed")
    return Run(wall, usage.ru_utime, usage.ru_stime, usage.ru_maxrss / 1024)


def machine() -> str:
    """Return the core count and the CPU model."""
    return f"{os.cpu_count()} cores ({cpu_model(platform.processor() or 'unknown CPU')})"


def show_profile(path: Path) -> None:
    """Print the plugins' share of a profiled build."""
    import pstats

    stats = pstats.Stats(str(path))
    stats.sort_stats("cumulative").print_stats(r"plugins/(comments|gold_stars)", 25)


def main() -> None:
    """Generate the site, build it without and with the plugins, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--comments", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=2, help="0: only write the content")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--phases", action="store_true", help="print CPU seconds by phase")
    parser.add_argument("--cached", action="store_true", help="rebuilds with Pelican's cache warm")
    parser.add_argument("--all-plugins", action="store_true", help=f"with {', '.join(ALL_PLUGINS)}")
    parser.add_argument(
        "--baseline",
        type=lambda path: Path(path).resolve(),
        help="another checkout of this repository, with its .venv, to build with the plugins too",
    )
    parser.add_argument(
        "--baseline-v1",
        action="store_true",
        help="the baseline builds the comments exported in version 1 (a checkout before tones)",
    )
    args = parser.parse_args()

    started = time.perf_counter()
    content = generate(args.posts, args.comments, real_text=args.all_plugins)
    print(f"content: {content} ({time.perf_counter() - started:.1f} s to prepare)", flush=True)
    if args.rounds < 1:
        return  # content only
    ours = BASE_PLUGINS + (ALL_PLUGINS if args.all_plugins else OUR_PLUGINS)
    if args.profile:
        profile = WORK / "build.prof"
        build(content, ours, profile)
        show_profile(profile)
        return
    configs = [("without", BASE_PLUGINS, ROOT), ("with", ours, ROOT)]
    if args.baseline:
        configs.append(("baseline", ours, args.baseline))
    runs: dict[str, list[Run]] = {name: [] for name, _, _ in configs}
    folders = {name: "comments" for name, _, _ in configs}
    if args.baseline_v1:
        folders["baseline"] = V1_COMMENTS
    caches = {name: WORK / f"cache-{name}" if args.cached else None for name, _, _ in configs}
    for name, plugins, checkout in configs if args.cached else ():
        shutil.rmtree(caches[name], ignore_errors=True)
        # Fills it; not counted.
        build(content, plugins, cache=caches[name], checkout=checkout, comments=folders[name])
    for round_number in range(1, args.rounds + 1):
        # Alternate the order: what a build leaves behind (warm files, freed memory) helps the next.
        for name, plugins, checkout in configs if round_number % 2 else configs[::-1]:
            run = build(
                content,
                plugins,
                cache=caches[name],
                phases=args.phases,
                checkout=checkout,
                comments=folders[name],
            )
            runs[name].append(run)
            print(f"round {round_number}: {name:8} the plugins: {run}", flush=True)
    if OUTPUT_ROOT != WORK:
        shutil.rmtree(OUTPUT_ROOT, ignore_errors=True)  # give the RAM back
    report(runs, args)


def report(runs: dict[str, list[Run]], args: argparse.Namespace) -> None:
    """Print the best run of each kind as a Markdown table, and the ratios."""
    print()
    print(f"machine: {machine()}, {datetime.now():%Y-%m-%d}, Python {platform.python_version()}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    kind = "rebuilds with a warm cache" if args.cached else "cold builds"
    print(f"site: {args.posts} posts x {args.comments} comments, {kind}, best of {args.rounds}")
    print(f"output written to {OUTPUT_ROOT} (RAM)" if OUTPUT_ROOT != WORK else "output on disk")
    print("| build | wall s | CPU s (user + system) | CPU per post | peak memory |")
    print("| --- | --- | --- | --- | --- |")
    plugins = "every plugin" if args.all_plugins else "comments + gold_stars"
    names = {
        "without": "without the plugins",
        "with": f"with {plugins}",
        "baseline": f"with {plugins}, baseline checkout",
    }
    best = {}
    for key in runs:
        name = names[key]
        fastest = min(runs[key], key=lambda r: r.cpu)
        best[key] = (min(r.wall for r in runs[key]), fastest.cpu)
        print(
            f"| {name} | {best[key][0]:.1f} | {fastest.cpu:.1f} ({fastest.user:.1f} + "
            f"{fastest.system:.1f}) | {fastest.cpu / args.posts * 1000:.2f} ms | "
            f"{max(r.peak_mb for r in runs[key]):.0f} MB |"
        )
    for index, label in ((0, "wall"), (1, "CPU")):
        ratio = best["with"][index] / best["without"][index]
        print(f"the plugins add {(ratio - 1) * 100:+.1f}% {label} time (goal: at most +10%)")
        if "baseline" in best:
            over = best["baseline"][index] / best["without"][index]
            print(f"  the baseline's plugins add {(over - 1) * 100:+.1f}% {label} time")
    for key in ("with", "baseline") if "baseline" in runs else ("with",):
        pairs = zip(runs[key], runs["without"], strict=True)
        each = ", ".join(f"{run.wall / plain.wall:.3f}" for run, plain in pairs)
        print(f"{names[key]} / without, wall, round by round: {each}")


if __name__ == "__main__":
    main()
