"""Profile where a new comment's time goes on the live server: CPU time per comment, by step.

    .venv/bin/python benchmarks/profile_comments.py [--duration 10] [--connections 10]
        [--moderation on] [--checkout ../other-checkout]

Runs the comment server in this process (uvicorn with uvloop and httptools, as `serve` does, on a
fresh SQLite file under benchmarks/.work/profile_comments/, moderation and rate limits off), with
cProfile on every thread (the event loop, the thread pool, the SQLite writer) timing CPU time
(`time.thread_time`: a thread waiting for the disk or for another costs nothing). wrk posts new
comments (benchmarks/wrk/comment.lua, the text and fields server_vs_isso.py posts) for --duration
seconds. It prints the CPU milliseconds per acknowledged comment of each step (Markdown and
sanitizing, the tone reader, spam rules, the form token, the database work, the commit) and the
functions that cost the most themselves, and saves the whole profile as comments.prof. With
--checkout it profiles another checkout's server code (the code before a change) the same way.
"""

import argparse
import cProfile
import json
import pstats
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import uvicorn

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.server_vs_isso import SECRET, comment_template, wrk_result  # noqa: E402
from tests.support.network import free_port, wait_until  # noqa: E402

WORK = ROOT / "benchmarks" / ".work" / "profile_comments"
WRK_SCRIPTS = ROOT / "benchmarks" / "wrk"
THREAD = "profiled"
# (step, file suffix, function name): the step's CPU time is that function's, callees included.
STEPS = [
    ("whole request (route handler)", "comment_server/readers.py", "post_comment"),
    ("reading the JSON body", "comment_server/guards.py", "read_json"),
    ("checking the fields", "comment_server/fields.py", "clean"),
    ("form token (signature check)", "comment_server/tokens.py", "form_age"),
    ("Markdown and sanitizing (render)", "comment_server/render.py", "render"),
    ("sanitizing (nh3)", "comment_server/render.py", "sanitize"),
    ("spam rules", "comment_server/spam.py", "spam_problems"),
    ("tone reader", "comment_server/tone_check.py", "check_tone"),
    ("keyed hashes (commenter, address)", "comment_server/keys.py", "_digest"),
    ("edit token", "comment_server/tokens.py", "edit_token"),
    ("storing it (SQL in its savepoint)", "comment_server/store/batcher.py", "_attempt"),
    (
        "commit (CPU only: the fsync wait is none)",
        "~",
        "<method 'commit' of 'sqlite3.Connection' objects>",
    ),
    ("answer JSON", "comment_server/jsonio.py", "json_response"),
]


def main() -> int:
    """Profile the server under new comments; print the breakdown."""
    options = parse_arguments()
    sys.path.insert(0, str(options.checkout))  # its comment_server and reply_drafts
    from comment_server.app import create_app
    from comment_server.keys import Keys
    from comment_server.settings import Settings
    from comment_server.store.store import Store

    print("profiling the server code of", options.checkout, flush=True)
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    settings = Settings.from_env(
        {
            "COMMENT_SERVER_SECRET": SECRET,
            "COMMENT_SERVER_DATABASE_URL": f"sqlite:///{WORK / 'comments.sqlite3'}",
            "COMMENT_SERVER_RATE_LIMITS": "off",
            "COMMENT_SERVER_MODERATION": options.moderation,
            "COMMENT_SERVER_MIN_SUBMIT_SECONDS": "0",
        }
    )
    store = Store(settings.database_url, Keys(settings.secret))
    store.migrate()
    store.close()
    port = free_port()
    app = create_app(settings)
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, loop="uvloop", http="httptools", log_level="warning"
    )
    server = uvicorn.Server(config)
    profiles: list[cProfile.Profile] = []
    outcome: dict = {}
    load = threading.Thread(target=drive, args=(server, port, options, outcome), daemon=True)
    threading.setprofile(lambda *_: profile_this_thread(profiles))
    main_profile = cProfile.Profile(time.thread_time)
    profiles.append(main_profile)
    load.start()
    main_profile.enable()
    server.run()
    main_profile.disable()
    threading.setprofile(None)
    load.join()
    if "result" not in outcome:
        sys.exit(f"the load did not finish: {outcome.get('error')}")
    report(profiles, outcome["result"], options)
    return 0


def parse_arguments() -> argparse.Namespace:
    """Return the command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds of comments (10)")
    parser.add_argument("--connections", type=int, default=10, help="wrk connections (10)")
    parser.add_argument(
        "--moderation", choices=("on", "off"), default="off", help="moderation (off, as Isso's)"
    )
    parser.add_argument(
        "--checkout",
        type=lambda path: Path(path).resolve(),
        default=ROOT,
        help="the checkout whose server code to profile (this one)",
    )
    return parser.parse_args()


def profile_this_thread(profiles: list[cProfile.Profile]) -> None:
    """Start a CPU-time profile in the thread that just began (the first event it sees)."""
    sys.setprofile(None)
    profile = cProfile.Profile(time.thread_time)
    profiles.append(profile)
    profile.enable()


def drive(server: uvicorn.Server, port: int, options, outcome: dict) -> None:
    """Wait for the server, post comments with wrk, then stop the server."""
    import urllib.request

    base = f"http://127.0.0.1:{port}"
    try:
        if not wait_until(lambda: server.started, 30):
            raise RuntimeError("the server did not start in 30 s")
        with urllib.request.urlopen(base + "/api/form", timeout=10) as answer:
            token = json.loads(answer.read())["token"]
        template = comment_template(token)
        path = f"/api/threads/{THREAD}/comments"
        command = ["wrk", "--threads", "2", "--connections", str(options.connections)]
        command += ["--duration", f"{options.duration}s", "--timeout", "5s"]
        readers = signed_readers(10_000 * 2)
        command += ["--script", "comment.lua", base + path, "--", path, template, "201"]
        command += [str(readers), "10000"]
        done = subprocess.run(
            command, cwd=WRK_SCRIPTS, capture_output=True, text=True, timeout=options.duration + 60
        )
        outcome["result"] = wrk_result("profiled", "new comments", done.returncode, done.stdout, "")
    except Exception as error:  # reported by main, after the server stopped
        outcome["error"] = error
    finally:
        server.should_exit = True


def signed_readers(count: int) -> str:
    """Return the path of a file of *count* reader tokens signed by this checkout's code (a
    checkout being profiled may be one that has no signed tokens: it takes any)."""
    script = (
        f"from benchmarks.server_vs_isso import reader_tokens; print(reader_tokens('p', {count}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def report(profiles: list[cProfile.Profile], result, options) -> None:
    """Print CPU ms per comment for each step and the costliest functions; save the profile."""
    stats = None
    for profile in profiles:
        profile.create_stats()
        if profile.stats:  # type: ignore[attr-defined]
            stats = pstats.Stats(profile) if stats is None else stats.add(profile)
    assert stats is not None
    stats.dump_stats(WORK / "comments.prof")
    comments = result.acked
    total = sum(tt for _, _, tt, _, _ in stats.stats.values())  # type: ignore[attr-defined]
    print(
        f"\n{comments} comments acknowledged in {result.seconds} s ({result.rps} /s, p99 "
        f"{result.p99_ms:.1f} ms) from {options.connections} connections, under cProfile; "
        f"CPU time of every thread: {1000 * total / comments:.2f} ms per comment "
        f"(cProfile adds its own).\n"
    )
    print("| step | CPU ms per comment | share |")
    print("| --- | ---: | ---: |")
    for step, suffix, name in STEPS:
        spent = sum(
            ct
            for (path, _, function), (_, _, _, ct, _) in stats.stats.items()  # type: ignore[attr-defined]
            if function == name and path.endswith(suffix)
        )
        print(f"| {step} | {1000 * spent / comments:.3f} | {100 * spent / total:.1f}% |")
    print("\nCostliest functions by their own time:")
    stats.sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    sys.exit(main())
