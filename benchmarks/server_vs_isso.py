"""Benchmark Goldstar's comment server against Isso: reads of a 50-comment thread, star writes,
reads beside a trickle of stars, and new comments.

    .venv/bin/python benchmarks/server_vs_isso.py [--duration 10] [--connections 50] [--threads 2]
        [--comment-connections 10] [--rounds 3] [--baseline ../other-checkout]

On first run it makes Isso's own virtual environment, benchmarks/.peers/isso (Isso and gunicorn
from PyPI, never in the project's venv). Each run starts afresh in
benchmarks/.work/server_vs_isso/: it seeds a thread of 50 comments through Isso's API, imports that
Isso database into our server with `python -m comment_server import`, then drives each server in
turn with wrk (Debian's) on 127.0.0.1:

- reads: ours `GET /api/threads/{thread}/comments`, Isso `GET /?uri=...`;
- writes: ours `PUT /api/threads/{thread}/stars` (a new reader each time), Isso `POST /id/<id>/like`
  (a new address each time);
- reads beside writes: the same reads while 6 more connections each write a star (a vote), wait
  400 ms, and write the next: 10 to 12 a second whether a star takes 5 ms or 100 ms beside the
  reads (wrk cannot pace by the clock; the table gives the rate reached);
- new comments: ours `POST /api/threads/{thread}/comments`, Isso `POST /new?uri=...`, each a new
  commenter's 300-character Markdown comment into a second thread, from --comment-connections
  connections (10: a busy blog's worst minute, not a flood; more connections only queue);

for Isso's built-in server, Isso under gunicorn with 2 workers, and ours under uvicorn (`serve`, one
process: SQLite is served by one).
With --baseline, ours is also run from another checkout of this repository (a git worktree of the
code before a change, with its own .venv), beside this checkout's, on a copy of the same data. Ours
(and the baseline) run --rounds times (3), each round starting with the other checkout; Isso runs
once (its reads take minutes). The table gives each row's median and range over its runs.
Around each run it reads the server's CPU time from /proc (all its processes: Isso's gunicorn
workers too), per answer or acknowledged write: a figure a busy shared machine skews less than the
rates. After each write run it counts what each server stored and checks every acknowledged write
is there. It prints a Markdown table (for docs/benchmarks.md) and writes results.json beside the
work files.
"""

import argparse
import json
import os
import platform
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.network import free_port  # noqa: E402

PEER = ROOT / "benchmarks" / ".peers" / "isso"
WORK = ROOT / "benchmarks" / ".work" / "server_vs_isso"
WRK_SCRIPTS = ROOT / "benchmarks" / "wrk"
ISSO_PACKAGES = ["isso==0.14.0", "gunicorn==27.0.1"]
OURS = "Goldstar"
PROCESS = "uvicorn, 1 process"
THREAD = "bench-thread"
READERS_PER_THREAD = 100_000  # new readers each wrk thread may star with (a few times its writes)
COMMENT_READERS = 20_000  # new readers each wrk thread may comment as
ISSO_URI = f"/posts/{THREAD}/"
# The process answering each base URL while it runs: its CPU time is measured around each run.
SERVING: dict[str, int] = {}
NEW_THREAD = "bench-new"  # where the new comments go, so the read thread stays as it is
# 6 writers, each waiting 400 ms after an answer: 12 to 15 stars a second by the clock, but wrk's
# own pacing adds to the pause (5 writers reached 8.3-9.2 a second beside 50 readers, 7.6-8.0 with
# a 450 ms pause), so the goal below also checks the rate the writers reached.
WRITERS_BESIDE = 6
WRITER_PAUSE_MS = 400
COMMENTS = 50
SECRET = "benchmark-secret-" + "0123456789abcdef" * 2
# Paragraphs like readers write: a little Markdown, a link, about 300 characters.
TEXT = (
    "Thank you for writing this, it *really* helped me this week. I tried the second idea on "
    "my own blog and the first reply I got was from someone I had not heard from in years.\n\n"
    "One question: do you keep the drafts somewhere, or start fresh? See "
    "[my notes](https://reader.example/notes) - comment {n}."
)


@dataclass
class Figures:
    """The runs of one server and load over the rounds: medians, and the range of each."""

    server: str
    load: str
    runs: int
    rps: float
    rps_range: tuple[float, float]
    p50_ms: float
    p99_ms: float
    p99_range: tuple[float, float]
    errors: int
    acked: int
    stored: int | None
    cpu_ms: float | None


@dataclass
class Result:
    """One wrk run: what was asked, what came back, what was stored."""

    server: str
    load: str
    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    errors: int
    acked: int = 0
    refused: int = 0
    stored: int | None = None
    cpu_ms: float | None = None  # the server's CPU time per answer (reads) or write acknowledged


def main() -> int:
    """Run the benchmark and print the figures; return 1 if a stored-write check failed."""
    options = parse_arguments()
    for tool in ("wrk",):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is not installed: apt-get install {tool}")
    isso_bin = ensure_isso()
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    seed_db = WORK / "isso-seed.db"
    print("seeding Isso with", COMMENTS, "comments", flush=True)
    with isso_builtin(isso_bin, seed_db) as base:
        seed_isso(base)
    results: list[Result] = []
    ok = True
    peers = [("Isso 0.14 (built-in server)", isso_builtin)]
    peers.append(("Isso 0.14 (gunicorn, 2 workers)", isso_gunicorn))
    for name, start in [] if options.skip_isso else peers:
        db = WORK / f"{start.__name__}.db"
        shutil.copy(seed_db, db)
        with start(isso_bin, db) as base:
            ok &= bench_isso(name, base, options, results)
    checkouts = {OURS: ROOT}
    if options.baseline:
        checkouts[baseline_name(options.baseline)] = options.baseline
    for name, root in checkouts.items():
        import_into_ours(seed_db, WORK / f"{name}.sqlite3", root)
    for round_ in range(options.rounds):
        # Each round in turn starts with the other checkout: drift on a shared machine is shared.
        order = list(checkouts.items())[:: 1 if round_ % 2 == 0 else -1]
        for name, root in order:
            db = WORK / f"{name}.sqlite3"
            with goldstar_server(db, root) as base:
                ok &= bench_ours(f"{name} ({PROCESS})", base, db, options, results)
            # With moderation on (the default) a new comment also goes past the tone reader.
            with goldstar_server(db, root, moderation="on") as base:
                load = "new comments, moderation on"
                ok &= bench_our_comments(f"{name} ({PROCESS})", base, db, options, results, load)
    report(results, options)
    return 0 if ok else 1


def parse_arguments() -> argparse.Namespace:
    """Return the command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run (10)")
    parser.add_argument("--connections", type=int, default=50, help="open connections (50)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (2)")
    parser.add_argument(
        "--comment-connections", type=int, default=10, help="connections posting comments (10)"
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="rounds of ours (and the baseline's) runs (3)"
    )
    parser.add_argument(
        "--skip-isso",
        action="store_true",
        help="measure only ours and the baseline (Isso still seeds the data)",
    )
    parser.add_argument(
        "--baseline",
        type=lambda path: Path(path).resolve(),
        help="another checkout of this repository, with its .venv, to measure ours beside",
    )
    return parser.parse_args()


def baseline_name(root: Path) -> str:
    """Return the name the rows of the baseline checkout at *root* go by: its commit."""
    commit = subprocess.run(
        ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return f"{OURS} at {commit}"


def python_of(root: Path) -> str:
    """Return the Python that runs the checkout at *root*: this one's, or its own .venv's."""
    return sys.executable if root == ROOT else str(root / ".venv" / "bin" / "python")


# Peers and servers


def ensure_isso() -> Path:
    """Return Isso's bin folder, creating its virtual environment from PyPI on first use."""
    bin_dir = PEER / "bin"
    if not (bin_dir / "isso").exists() or not (bin_dir / "gunicorn").exists():
        print("installing", " ".join(ISSO_PACKAGES), "into", PEER, flush=True)
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(PEER)], check=True)
        pip = [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", *ISSO_PACKAGES]
        subprocess.run(pip, check=True)
    return bin_dir


def isso_config(db: Path, port: int) -> Path:
    """Write an Isso config for *db* on *port*: no moderation, no guard, X-Forwarded-For trusted."""
    config = db.with_suffix(".cfg")
    # The host is a closed local port: Isso only warns that it cannot reach the blog.
    config.write_text(
        f"[general]\ndbpath = {db}\nhost = http://127.0.0.1:9/\n"
        f"log-file = {db.with_suffix('.log')}\n"
        "[moderation]\nenabled = false\n"
        f"[server]\nlisten = http://127.0.0.1:{port}/\ntrusted-proxies = 127.0.0.1\n"
        "[guard]\nenabled = false\n"
        "[admin]\nenabled = false\n",
        encoding="utf-8",
    )
    return config


@contextmanager
def isso_builtin(bin_dir: Path, db: Path) -> Iterator[str]:
    """Run Isso's own server (`isso run`) on *db*; yield its base URL."""
    port = free_port()
    config = isso_config(db, port)
    with running([str(bin_dir / "isso"), "-c", str(config), "run"], port, "/?uri=/", db) as base:
        yield base


@contextmanager
def isso_gunicorn(bin_dir: Path, db: Path) -> Iterator[str]:
    """Run Isso under gunicorn with 2 workers on *db*, as Isso's docs show; yield its base URL."""
    port = free_port()
    config = isso_config(db, port)
    command = [str(bin_dir / "gunicorn"), "--workers", "2", "--bind", f"127.0.0.1:{port}"]
    command += ["--preload", "--log-level", "warning", "isso.run"]
    with running(command, port, "/?uri=/", db, {"ISSO_SETTINGS": str(config)}) as base:
        yield base


def goldstar_env(db: Path, moderation: str = "off") -> dict[str, str]:
    """Return the environment our server runs with: no rate limits, no moderation unless
    *moderation* is "on", SQLite *db*."""
    return {
        "COMMENT_SERVER_SECRET": SECRET,
        "COMMENT_SERVER_DATABASE_URL": f"sqlite:///{db}",
        "COMMENT_SERVER_RATE_LIMITS": "off",
        "COMMENT_SERVER_MODERATION": moderation,
        "COMMENT_SERVER_MIN_SUBMIT_SECONDS": "0",
    }


@contextmanager
def goldstar_server(db: Path, root: Path = ROOT, moderation: str = "off") -> Iterator[str]:
    """Run the checkout *root*'s `python -m comment_server serve` on *db*; yield its base URL."""
    port = free_port()
    command = [python_of(root), "-m", "comment_server", "serve", "--port", str(port)]
    probe = f"/api/threads/{THREAD}/comments"
    with running(command, port, probe, db, goldstar_env(db, moderation), cwd=root) as base:
        yield base


def import_into_ours(isso_db: Path, db: Path, root: Path = ROOT) -> None:
    """Import Isso's database into ours with the import command of the checkout *root*."""
    command = [python_of(root), "-m", "comment_server", "import", str(isso_db)]
    env = {**os.environ, **goldstar_env(db)}
    subprocess.run(command, check=True, cwd=root, env=env, timeout=120)


@contextmanager
def running(
    command: list[str],
    port: int,
    probe: str,
    db: Path,
    env: dict[str, str] | None = None,
    cwd: Path = ROOT,
) -> Iterator[str]:
    """Start *command* in *cwd*, wait until GET *probe* answers, yield the base URL, stop it."""
    log = db.with_suffix(".out").open("ab")
    process = subprocess.Popen(
        command, cwd=cwd, env={**os.environ, **(env or {})}, stdout=log, stderr=log
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"{command[0]} exited with {process.returncode}: see {log.name}")
            try:
                with urllib.request.urlopen(base + probe, timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
                if time.monotonic() > deadline:
                    message = f"{command[0]} did not answer in 30 s: see {log.name}"
                    raise RuntimeError(message) from error
                time.sleep(0.2)
        SERVING[base] = process.pid
        yield base
    finally:
        SERVING.pop(base, None)
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


# HTTP helpers


def call(method: str, url: str, body: dict | None = None, headers: dict | None = None) -> dict:
    """Send one JSON request and return the JSON answer."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    if data is not None:
        request.add_header("Content-Type", "application/json")
    # Long: a server may still be working through what wrk left queued when it stopped.
    with urllib.request.urlopen(request, timeout=120) as answer:
        return json.loads(answer.read())


def seed_isso(base: str) -> None:
    """Post the thread's 50 comments through Isso's API; every fifth replies to the one before."""
    parent = None
    for n in range(1, COMMENTS + 1):
        body = {
            "text": TEXT.format(n=n),
            "author": f"Reader {n}",
            "email": f"reader{n}@example.org",
            "website": f"https://reader{n}.example",
            "title": "A benchmark thread",
            "parent": parent if n % 5 == 0 else None,
        }
        headers = {"X-Forwarded-For": f"10.200.{n}.1"}  # Isso limits comments per address
        parent = call("POST", f"{base}/new?uri={ISSO_URI}", body, headers)["id"]
    assert isso_comment_ids(base) and len(isso_comment_ids(base)) == COMMENTS


def isso_comments(base: str) -> list[dict]:
    """Return every comment of the thread from Isso, replies included."""
    answer = call("GET", f"{base}/?uri={ISSO_URI}")
    flat, stack = [], list(answer["replies"])
    while stack:
        comment = stack.pop()
        flat.append(comment)
        stack.extend(comment.get("replies", []))
    return flat


def isso_comment_ids(base: str) -> list[int]:
    """Return the ids of the thread's comments in Isso."""
    return sorted(comment["id"] for comment in isso_comments(base))


def isso_count(base: str, uri: str) -> int:
    """Return how many comments Isso shows on *uri* (0 before the first)."""
    try:
        answer = call("GET", f"{base}/?uri={uri}&limit=1")
    except urllib.error.HTTPError as error:
        if error.code == 404:  # Isso's answer for a thread with no comments yet
            return 0
        raise
    return answer["total_replies"]


def isso_likes(base: str) -> int:
    """Return the sum of the likes of the thread's comments in Isso."""
    return sum(comment["likes"] for comment in isso_comments(base))


def our_comment_ids(base: str) -> list[int]:
    """Return the ids of the thread's approved comments on our server."""
    answer = call("GET", f"{base}/api/threads/{THREAD}/comments")
    return [comment["id"] for comment in answer["comments"]]


def our_stars(base: str) -> int:
    """Return all stars of the thread on our server: the post's and its comments'."""
    answer = call("GET", f"{base}/api/threads/{THREAD}/stars")
    return answer["post"]["count"] + sum(item["count"] for item in answer["comments"].values())


# Runs


def wrk_command(url: str, script: str, args: list[str], options, connections: int = 0) -> list:
    """Return the wrk command line for one run (*connections* 0: the options' own)."""
    connections = connections or options.connections
    threads = min(options.threads, connections)
    command = ["wrk", "--threads", str(threads), "--connections", str(connections)]
    command += ["--duration", f"{options.duration}s", "--timeout", "5s", "--script", script, url]
    return command + (["--", *args] if args else [])


def wrk(
    server: str, load: str, url: str, script: str, args: list[str], options, connections: int = 0
) -> Result:
    """Run wrk once against *url* with *script*; return its figures and the server's CPU time
    per answer (per acknowledged write)."""
    command = wrk_command(url, script, args, options, connections)
    pid = SERVING.get(url[: url.index("/", len("http://"))])
    before = tree_cpu_seconds(pid) if pid else 0.0
    done = subprocess.run(
        command, cwd=WRK_SCRIPTS, capture_output=True, text=True, timeout=options.duration + 60
    )
    result = wrk_result(server, load, done.returncode, done.stdout, done.stderr)
    if pid:
        answers = result.acked or result.requests
        result.cpu_ms = round(1000 * (tree_cpu_seconds(pid) - before) / max(1, answers), 3)
    return result


def tree_cpu_seconds(pid: int) -> float:
    """Return the CPU time (user and system) of process *pid* and of all its descendants (Isso's
    gunicorn workers)."""
    parents, times = {}, {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # gone meanwhile
            continue
        fields = text[text.rindex(")") + 2 :].split()  # after the command, which may hold spaces
        child = int(stat.parent.name)
        parents[child] = int(fields[1])
        times[child] = int(fields[11]) + int(fields[12])
    tree, grew = {pid}, True
    while grew:
        more = {child for child, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    return sum(times.get(member, 0) for member in tree) / os.sysconf("SC_CLK_TCK")


def wrk_beside_writer(
    server: str, read_url: str, write: tuple[str, str, list[str]], options
) -> tuple[Result, Result]:
    """Run the reads while WRITERS_BESIDE connections write (*write*: url, script, args, with
    the pause between writes); return both."""
    url, script, args = write
    writer = subprocess.Popen(
        wrk_command(url, script, args, options, connections=WRITERS_BESIDE),
        cwd=WRK_SCRIPTS,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    reads = wrk(server, "read, 10 stars/s beside", read_url, "read.lua", [], options)
    out, err = writer.communicate(timeout=options.duration + 60)
    return reads, wrk_result(server, "stars beside the reads", writer.returncode, out, err)


def wrk_result(server: str, load: str, returncode: int, stdout: str, stderr: str) -> Result:
    """Return the figures a wrk run printed with the JSON line of report.lua."""
    line = next((ln for ln in stdout.splitlines() if ln.startswith("WRK_JSON ")), None)
    if returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed ({returncode}): {stdout}\n{stderr}")
    figures = json.loads(line.removeprefix("WRK_JSON "))
    print(f"{server}, {load}: {figures}", flush=True)
    seconds = figures["duration_us"] / 1e6
    errors = sum(figures[k] for k in figures if k.startswith("errors_"))
    return Result(
        server=server,
        load=load,
        requests=figures["requests"],
        seconds=round(seconds, 2),
        rps=round(figures["requests"] / seconds, 1),
        p50_ms=figures["p50_us"] / 1000,
        p90_ms=figures["p90_us"] / 1000,
        p99_ms=figures["p99_us"] / 1000,
        max_ms=figures["max_us"] / 1000,
        errors=errors,
        acked=figures["acked"],
        refused=figures["refused"],
    )


def warm_up(url: str, options) -> None:
    """Run wrk briefly so both servers start measured runs warm (imports, caches, connections)."""
    command = ["wrk", "--threads", "1", "--connections", "4", "--duration", "2s", url]
    subprocess.run(command, capture_output=True, timeout=60, check=True)


def bench_isso(name: str, base: str, options, results: list[Result]) -> bool:
    """Measure Isso's reads and votes; return whether every acknowledged vote was stored."""
    read_url = f"{base}/?uri={ISSO_URI}"
    warm_up(read_url, options)
    results.append(wrk(name, "read", read_url, "read.lua", [], options))
    ids = ",".join(map(str, isso_comment_ids(base)))
    before = isso_likes(base)
    result = wrk(name, "write", base + "/", "vote_isso.lua", [ids, "10"], options)
    result.stored = settled(lambda: isso_likes(base)) - before
    results.append(result)
    ok = check_stored(result, options.connections)
    before = isso_likes(base)
    write = (base + "/", "vote_isso.lua", [ids, "100", str(WRITER_PAUSE_MS)])
    reads, writes = wrk_beside_writer(name, read_url, write, options)
    writes.stored = settled(lambda: isso_likes(base)) - before
    results += [reads, writes]
    ok = ok and check_stored(writes, WRITERS_BESIDE)
    template = json.dumps(
        {
            "text": TEXT.format(n="@N@"),
            "author": "Reader @N@",
            "email": "reader@N@@example.org",
            "website": "https://reader.example/@N@",
            "title": "New comments",
        }
    )
    path = f"/new?uri=/posts/{NEW_THREAD}/"
    comments = wrk_comments(name, "new comments", base + path, [path, template, "201"], options)
    comments.stored = settled(lambda: isso_count(base, f"/posts/{NEW_THREAD}/"))
    results.append(comments)
    return ok and check_stored(comments, options.comment_connections)


def bench_ours(name: str, base: str, db: Path, options, results: list[Result]) -> bool:
    """Measure our reads, star writes and new comments; return whether every acknowledged write
    was stored."""
    read_url = f"{base}/api/threads/{THREAD}/comments"
    ids = our_comment_ids(base)
    if len(ids) != COMMENTS:
        raise RuntimeError(f"our server shows {len(ids)} comments after the import, not {COMMENTS}")
    warm_up(read_url, options)
    results.append(wrk(name, "read", read_url, "read.lua", [], options))
    before = our_stars(base)
    stars_path = f"/api/threads/{THREAD}/stars"
    tag = datetime.now(UTC).strftime("%H%M%S")
    per = READERS_PER_THREAD
    tokens = reader_tokens(f"{name}-{tag}", per * options.threads)
    args = [stars_path, ",".join(map(str, ids)), str(tokens), str(per)]
    result = wrk(name, "write", base + stars_path, "star_ours.lua", args, options)
    result.stored = settled(lambda: our_stars(base)) - before
    results.append(result)
    check_accepted(result)
    ok = check_stored(result, options.connections)
    before = our_stars(base)
    more = reader_tokens(f"{name}-{tag}b", per * options.threads)
    pause = str(WRITER_PAUSE_MS)
    write = (base + stars_path, "star_ours.lua", [*args[:2], str(more), str(per), pause])
    reads, writes = wrk_beside_writer(name, read_url, write, options)
    writes.stored = settled(lambda: our_stars(base)) - before
    results += [reads, writes]
    check_accepted(writes)
    ok = ok and check_stored(writes, WRITERS_BESIDE)
    return ok and bench_our_comments(name, base, db, options, results, "new comments")


def comment_template(token: str, email: str = "reader@N@@example.org") -> str:
    """Return the JSON body of a new comment on our server for wrk's comment.lua, which numbers
    @N@ and signs @READER@; *token* is the form's token."""
    return json.dumps(
        {
            "text": TEXT.format(n="@N@"),
            "author": "Reader @N@",
            "email": email,
            "website": "https://reader.example/@N@",
            "reader": "@READER@",
            "form_token": token,
            "homepage": "",
        }
    )


def bench_our_comments(
    name: str, base: str, db: Path, options, results: list[Result], load: str
) -> bool:
    """Measure our new comments (*load* names the row); return whether all acknowledged were
    stored."""
    tag = f"{datetime.now(UTC):%H%M%S}{len(results)}"
    token = call("GET", f"{base}/api/form")["token"]
    template = comment_template(token, email=f"reader{tag}-@N@@example.org")  # a new commenter
    path = f"/api/threads/{NEW_THREAD}/comments"
    before = our_comment_count(db)
    readers = reader_tokens(f"{name}-{tag}c", COMMENT_READERS * options.threads)
    args = [path, template, "201", str(readers), str(COMMENT_READERS)]
    comments = wrk_comments(name, load, base + path, args, options)
    comments.stored = settled(lambda: our_comment_count(db)) - before
    results.append(comments)
    check_accepted(comments)
    return check_stored(comments, options.comment_connections)


def our_comment_count(db: Path) -> int:
    """Return how many comments our database holds in the new comments' thread, any status (a
    held comment is not shown to readers)."""
    with closing(sqlite3.connect(db, timeout=30)) as connection:
        query = "SELECT count(*) FROM comments WHERE thread_id = ?"
        return connection.execute(query, (NEW_THREAD,)).fetchone()[0]


def wrk_comments(server: str, load: str, url: str, args: list[str], options) -> Result:
    """Post new comments with comment.lua from --comment-connections connections."""
    connections = options.comment_connections
    return wrk(server, load, url, "comment.lua", args, options, connections)


def reader_tokens(tag: str, count: int) -> Path:
    """Write *count* reader tokens signed with SECRET (as POST /api/readers issues them) to a file
    of their own; return its path. wrk's Lua cannot sign, and each star needs a new reader."""
    sys.path.insert(0, str(ROOT))
    from comment_server.tokens import Tokens

    tokens = Tokens(SECRET)
    path = WORK / f"readers-{tag}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    nonce = re.sub(r"[^A-Za-z0-9]+", "-", tag)  # a token is visible ASCII without spaces
    lines = (tokens.reader_token(f"wrk-{nonce}-{n:08d}") for n in range(count))
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    return path


def settled(count: Callable[[], int]) -> int:
    """Return *count* once it stops moving: a server may still be answering what wrk left queued."""
    last = count()
    for _ in range(60):
        time.sleep(0.5)
        now = count()
        if now == last:
            return now
        last = now
    raise RuntimeError("the stored count kept moving for 30 s after wrk stopped")


def check_accepted(result: Result) -> None:
    """Stop when our server refused writes: the run would measure refusals (a setup error)."""
    if result.refused:
        raise RuntimeError(
            f"{result.server} refused {result.refused} of {result.requests} writes "
            f"({result.load}): see its log in {WORK}"
        )


def check_stored(result: Result, connections: int) -> bool:
    """Say whether every acknowledged write is stored, and nothing beyond what was in flight.

    When wrk stops, each connection may have one request the server stored but wrk never counted.
    """
    assert result.stored is not None
    in_flight = result.stored - result.acked
    ok = 0 <= in_flight <= connections + result.errors
    verdict = "ok" if ok else ("LOST WRITES" if in_flight < 0 else "MORE STORED THAN SENT")
    print(
        f"{result.server}: {result.acked} writes acknowledged, {result.stored} stored "
        f"({in_flight} more, answered after wrk stopped): {verdict}",
        flush=True,
    )
    return ok


# Report


def machine() -> dict[str, str]:
    """Return what the figures depend on: cores, CPU model, date, versions."""
    cpu = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    wrk_version = subprocess.run(["wrk", "--version"], capture_output=True, text=True).stdout
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "python": platform.python_version(),
        "wrk": wrk_version.split("[")[0].strip(),
        # Other work on the machine skews every figure: say how busy it was.
        "load": " ".join(f"{value:.1f}" for value in os.getloadavg()),
    }


def summarize(results: list[Result]) -> list[Figures]:
    """Return the medians and ranges of each server's load over the rounds, in first-run order."""
    groups: dict[tuple[str, str], list[Result]] = {}
    for r in results:
        groups.setdefault((r.server, r.load), []).append(r)
    figures = []
    for (server, load), runs in groups.items():
        rps, p99 = [r.rps for r in runs], [r.p99_ms for r in runs]
        stored = [r.stored for r in runs if r.stored is not None]
        cpu = [r.cpu_ms for r in runs if r.cpu_ms is not None]
        figures.append(
            Figures(
                server=server,
                load=load,
                runs=len(runs),
                rps=statistics.median(rps),
                rps_range=(min(rps), max(rps)),
                p50_ms=statistics.median(r.p50_ms for r in runs),
                p99_ms=statistics.median(p99),
                p99_range=(min(p99), max(p99)),
                errors=sum(r.errors for r in runs),
                acked=sum(r.acked for r in runs),
                stored=sum(stored) if stored else None,
                cpu_ms=statistics.median(cpu) if cpu else None,
            )
        )
    return figures


def rate(value: float) -> str:
    """Return a request rate as the table shows it."""
    return f"{value:,.{0 if value >= 100 else 1}f}"


def report(results: list[Result], options) -> None:
    """Print the figures as a Markdown table with ratios, and save them as JSON."""
    facts = machine()
    print(
        f"\n{facts['date']}, {facts['nproc']} cores ({facts['cpu']}), Python {facts['python']}, "
        f"{facts['wrk']}: {options.threads} wrk threads, {options.connections} connections "
        f"({options.comment_connections} for new comments), {options.duration} s per run, "
        f"{options.rounds} rounds of ours, on 127.0.0.1; load average {facts['load']} at the end.\n"
    )
    figures = summarize(results)
    print(
        "| server | load | runs | req/s, median (range) | p50 ms | p99 ms, median (range) "
        "| server CPU ms each | errors | acknowledged | stored |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for f in figures:
        stored = "" if f.stored is None else str(f.stored)
        acked = "" if f.load.startswith("read") else str(f.acked)
        low, high = f.rps_range
        spread = f" ({rate(low)}–{rate(high)})" if f.runs > 1 else ""
        p99_spread = f" ({f.p99_range[0]:.1f}–{f.p99_range[1]:.1f})" if f.runs > 1 else ""
        cpu = "" if f.cpu_ms is None else f"{f.cpu_ms:.2f}"
        print(
            f"| {f.server} | {f.load} | {f.runs} | {rate(f.rps)}{spread} | {f.p50_ms:.1f} "
            f"| {f.p99_ms:.1f}{p99_spread} | {cpu} | {f.errors} | {acked} | {stored} |"
        )
    # The goals are for one process, as `serve` runs by default.
    ours = {f.load: f for f in figures if f.server == f"{OURS} ({PROCESS})"}
    print()
    for f in figures:
        if f.server.startswith("Isso") and f.rps:
            ratio = ours[f.load].rps / f.rps
            cpu = ""
            if ours[f.load].cpu_ms and f.cpu_ms:
                cpu = f", server CPU {ours[f.load].cpu_ms:.2f} against {f.cpu_ms:.2f} ms each"
            print(f"- {OURS}, 1 process / {f.server}, {f.load}: {ratio:.1f}x req/s{cpu}")
    for f in figures:
        if f.server.startswith(f"{OURS} at ") and f.rps:  # the baseline's row
            mine = ours[f.load]
            cpu = ""
            if mine.cpu_ms and f.cpu_ms:
                cpu = f", server CPU {mine.cpu_ms:.2f} against {f.cpu_ms:.2f} ms each"
            print(
                f"- {mine.server} / {f.server}, {f.load}: {mine.rps / f.rps:.2f}x req/s "
                f"(medians), p99 {mine.p99_ms:.1f} against {f.p99_ms:.1f} ms{cpu}"
            )

    def isso_best(load: str) -> float:
        return max(f.rps for f in figures if f.server.startswith("Isso") and f.load == load)

    reads, beside = ours["read"], ours["read, 10 stars/s beside"]
    stars_beside, comments = ours["stars beside the reads"], ours["new comments"]
    goals = {
        "reads >= 5,000 req/s": reads.rps >= 5000,
        "read p99 < 20 ms": reads.p99_ms < 20,
        "read p99 < 20 ms beside 10 stars/s": beside.p99_ms < 20 and stars_beside.rps >= 10,
        "new comment p99 < 50 ms": comments.p99_ms < 50,
        "no acknowledged write lost": all(r.stored is None or r.stored >= r.acked for r in results),
    }
    if not options.skip_isso:
        goals["reads >= 5x Isso's best"] = reads.rps >= 5 * isso_best("read")
        goals["more writes/s than Isso's best"] = ours["write"].rps > isso_best("write")
        goals["new comments >= 2x Isso's best"] = comments.rps >= 2 * isso_best("new comments")
    for goal, met in goals.items():
        print(f"- goal {goal}: {'met' if met else 'MISSED'}")
    output = {"machine": facts, "options": vars(options), "results": [asdict(r) for r in results]}
    output["figures"] = [asdict(f) for f in figures]
    output["goals"] = goals
    (WORK / "results.json").write_text(
        json.dumps(output, indent=2, default=str) + "\n", encoding="utf-8"
    )
    print(f"\nsaved {WORK / 'results.json'}")


if __name__ == "__main__":
    sys.exit(main())
