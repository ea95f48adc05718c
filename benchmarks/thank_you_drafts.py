"""What do thank-you drafts cost? Side by side, in one run.

1. Drafting: `draft_reply` over the tests' 100-comment fixture (5 passes, 500 drafts), next to
   rendering the same comments' Markdown as the server does for every comment it stores
   (`comment_server.render`: cmark-gfm, then nh3; python-markdown before 2026-12-04): the ratio
   says what a draft adds to an inbox listing. Also an inbox page of 50 drafted as one batch
   (`draft_replies`) and the library's cold load.
2. The build: a generated site of N posts (default 1,000) built alternately without and with the
   thank_you plugin, each build in a fresh process (Pelican's signals outlive a build).

    .venv/bin/python benchmarks/thank_you_drafts.py [--posts 1000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from machine_facts import cpu_model

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORK = ROOT / "benchmarks" / ".work" / "thank_you"
_VOCABULARY = (
    "kind small thank reader comment gold star post write reply notice name jar blog quiet "
    "letter friend stranger help morning coffee garden library page story question"
)
WORDS = _VOCABULARY.split()


def machine() -> str:
    """Return the CPU model and core count, for the figures' heading."""
    return f"{cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def bench_drafts() -> dict:
    """Time drafting next to Markdown rendering over the 100-comment fixture."""
    from comment_server.render import render
    from reply_drafts import CommentFacts, draft_replies, draft_reply
    from reply_drafts.library import _load
    from tests.support.comment_corpus import hundred_comments

    comments = hundred_comments()
    facts = [
        CommentFacts(
            c.author,
            c.title,
            c.text,
            c.id + 1000 * n,
            c.thread,
            c.commenter,
            c.commenter_comments,
            related=(("A Related Post", "https://b.example/r/"),),
        )
        for n in range(5)
        for c in comments
    ]
    _load.cache_clear()
    started = time.perf_counter()
    draft_reply(facts[0])
    cold = time.perf_counter() - started
    started = time.perf_counter()
    for item in facts:
        draft_reply(item)
    drafting = time.perf_counter() - started
    started = time.perf_counter()
    for item in facts:
        render(item.text)
    rendering = time.perf_counter() - started
    page = [dataclasses.replace(item, previous_templates=()) for item in facts[:50]]
    started = time.perf_counter()
    draft_replies(page)
    batch = time.perf_counter() - started
    return {
        "drafts": len(facts),
        "draft_ms": 1000 * drafting / len(facts),
        "markdown_ms": 1000 * rendering / len(facts),
        "ratio": drafting / rendering,
        "page_of_50_ms": 1000 * batch,
        "cold_library_ms": 1000 * cold,
    }


def write_site(content: Path, posts: int) -> None:
    """Write *posts* generated posts of about 300 words into *content*."""
    rng = random.Random(7)
    shutil.rmtree(content, ignore_errors=True)
    content.mkdir(parents=True)
    for index in range(posts):
        date = datetime(2015, 1, 1, 9, 0) + timedelta(hours=7 * index)
        body = " ".join(rng.choice(WORDS) for _ in range(300))
        meta = f"Title: Post {index} {rng.choice(WORDS)}\nDate: {date:%Y-%m-%d %H:%M}\n"
        (content / f"post-{index}.md").write_text(meta + "\n" + body + "\n", encoding="utf-8")


def build_once(content: Path, plugins: list[str], facts: Path) -> float:
    """Build *content* with *plugins* in a fresh process; return the wall time in seconds."""
    output = WORK / "output"
    shutil.rmtree(output, ignore_errors=True)
    overrides = [
        f"PLUGINS={json.dumps(plugins)}",
        f"THANK_YOU_FACTS={json.dumps(str(facts))}",
        "CACHE_CONTENT=false",
        "LOAD_CONTENT_CACHE=false",
        f"CACHE_PATH={json.dumps(str(WORK / 'cache'))}",
    ]
    command = [
        sys.executable,
        "-m",
        "pelican",
        str(content),
        "-s",
        "pelicanconf.py",
        "-o",
        str(output),
        "-q",
        "-e",
        *overrides,
    ]
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


_IN_PROCESS = """
import json, sys, time
from pelican import Pelican, signals
from pelican.settings import read_settings
sys.path.insert(0, "plugins")
from thank_you.thank_you import record_thank_you_facts
content, output, facts = sys.argv[1:4]
seen = {}
def keep(generator, writer=None):
    seen["generator"] = generator
signals.article_writer_finalized.connect(keep)
settings = read_settings("pelicanconf.py", override={
    "PATH": content, "OUTPUT_PATH": output, "PLUGINS": ["pelican.plugins.sitemap"],
    "THANK_YOU_FACTS": facts, "CACHE_CONTENT": False, "LOAD_CONTENT_CACHE": False})
started = time.perf_counter()
Pelican(settings).run()
build = time.perf_counter() - started
times = []
for _ in range(3):
    open(facts, "w").close()
    started = time.perf_counter()
    record_thank_you_facts(seen["generator"])
    times.append(time.perf_counter() - started)
print(json.dumps({"build_s": build, "handler_s": sorted(times)[1]}))
"""


def bench_handler(content: Path, facts: Path) -> dict:
    """Time the plugin's one handler next to the build it runs in, in one fresh process."""
    run = subprocess.run(
        [sys.executable, "-c", _IN_PROCESS, str(content), str(WORK / "output"), str(facts)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(run.stdout.strip().splitlines()[-1])


def bench_build(posts: int, rounds: int) -> dict:
    """Build the generated site alternately without and with thank_you; return the medians."""
    content = WORK / "content"
    write_site(content, posts)
    facts = WORK / "facts.json"
    without, with_plugin = [], []
    base = ["pelican.plugins.sitemap"]
    for _ in range(rounds):
        without.append(build_once(content, base, facts))
        facts.unlink(missing_ok=True)
        with_plugin.append(build_once(content, [*base, "thank_you"], facts))
    handler = bench_handler(content, facts)
    return {
        "posts": posts,
        "handler_s": handler["handler_s"],
        "handler_share": handler["handler_s"] / handler["build_s"],
        "without_s": statistics.median(without),
        "with_s": statistics.median(with_plugin),
        "ratio": statistics.median(with_plugin) / statistics.median(without),
        "facts_bytes": facts.stat().st_size,
    }


def main() -> None:
    """Run both benchmarks and print the figures for docs/benchmarks.md."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(f"{machine()}; {datetime.now(UTC):%Y-%m-%d}")
    drafts = bench_drafts()
    print(
        f"drafts: {drafts['drafts']} drafts, {drafts['draft_ms']:.2f} ms each; Markdown render of "
        f"the same comments {drafts['markdown_ms']:.2f} ms each; ratio {drafts['ratio']:.2f}x; "
        f"a page of 50 as one batch {drafts['page_of_50_ms']:.0f} ms; "
        f"cold library load {drafts['cold_library_ms']:.0f} ms"
    )
    build = bench_build(args.posts, args.rounds)
    print(
        f"build of {build['posts']} posts: {build['without_s']:.2f} s without thank_you, "
        f"{build['with_s']:.2f} s with it (ratio {build['ratio']:.3f}); "
        f"facts file {build['facts_bytes']:,} bytes; the plugin's handler alone "
        f"{1000 * build['handler_s']:.0f} ms = {100 * build['handler_share']:.1f}% of a build "
        "in the same process"
    )


if __name__ == "__main__":
    main()
