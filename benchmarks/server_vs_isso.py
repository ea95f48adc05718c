"""Benchmark Goldstar's comment server against Isso: reads of a 50-comment thread, and star writes.

    .venv/bin/python benchmarks/server_vs_isso.py [--duration 10] [--connections 50] [--threads 2]
        [--baseline ../other-checkout]

On first run it makes Isso's own virtual environment, benchmarks/.peers/isso (Isso and gunicorn
from PyPI, never in the project's venv). Each run starts afresh in
benchmarks/.work/server_vs_isso/: it seeds a thread of 50 comments through Isso's API, imports that
Isso database into our server with `python -m comment_server import`, then drives each server in
turn with wrk (Debian's) on 127.0.0.1:

- reads: ours `GET /api/threads/{thread}/comments`, Isso `GET /?uri=...`;
- writes: ours `PUT /api/threads/{thread}/stars` (a new reader each time), Isso `POST /id/<id>/like`
  (a new address each time);

for Isso's built-in server, Isso under gunicorn with 2 workers, and ours under uvicorn (`serve`).
With --baseline, ours is also run from another checkout of this repository (a git worktree of the
code before a change, with its own .venv), right after this checkout's, on a copy of the same data.
After each write run it counts what each server stored and checks every acknowledged write is
there. It prints a Markdown table (for docs/benchmarks.md) and writes results.json beside the work
files.
"""

import argparse
import json
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEER = ROOT / "benchmarks" / ".peers" / "isso"
WORK = ROOT / "benchmarks" / ".work" / "server_vs_isso"
WRK_SCRIPTS = ROOT / "benchmarks" / "wrk"
ISSO_PACKAGES = ["isso==0.14.0", "gunicorn==27.0.1"]
OURS = "Goldstar"
WORKERS = {1: "uvicorn, 1 process", 2: "uvicorn, 2 workers"}
THREAD = "bench-thread"
READERS_PER_THREAD = 100_000  # new readers each wrk thread may star with (a few times its writes)
ISSO_URI = f"/posts/{THREAD}/"
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
    for name, start in (("Isso 0.14 (built-in server)", isso_builtin),
                        ("Isso 0.14 (gunicorn, 2 workers)", isso_gunicorn)):  # fmt: skip
        db = WORK / f"{start.__name__}.db"
        shutil.copy(seed_db, db)
        with start(isso_bin, db) as base:
            ok &= bench_isso(name, base, options, results)
    checkouts = {OURS: ROOT}
    if options.baseline:
        checkouts[baseline_name(options.baseline)] = options.baseline
    for name, root in checkouts.items():
        import_into_ours(seed_db, WORK / f"{name}.sqlite3", root)
    for workers in (1, 2):
        for name, root in checkouts.items():
            with goldstar_server(WORK / f"{name}.sqlite3", workers, root) as base:
                ok &= bench_ours(f"{name} ({WORKERS[workers]})", base, options, results)
    report(results, options)
    return 0 if ok else 1


def parse_arguments() -> argparse.Namespace:
    """Return the command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run (10)")
    parser.add_argument("--connections", type=int, default=50, help="open connections (50)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (2)")
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


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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


def goldstar_env(db: Path) -> dict[str, str]:
    """Return the environment our server runs with: no rate limits or moderation, SQLite *db*."""
    return {
        "COMMENT_SERVER_SECRET": SECRET,
        "COMMENT_SERVER_DATABASE_URL": f"sqlite:///{db}",
        "COMMENT_SERVER_RATE_LIMITS": "off",
        "COMMENT_SERVER_MODERATION": "off",
        "COMMENT_SERVER_MIN_SUBMIT_SECONDS": "0",
    }


@contextmanager
def goldstar_server(db: Path, workers: int, root: Path = ROOT) -> Iterator[str]:
    """Run the checkout *root*'s `python -m comment_server serve` on *db*; yield its base URL."""
    port = free_port()
    command = [python_of(root), "-m", "comment_server", "serve", "--port", str(port)]
    command += ["--workers", str(workers)]
    probe = f"/api/threads/{THREAD}/comments"
    with running(command, port, probe, db, goldstar_env(db), cwd=root) as base:
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
        yield base
    finally:
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


def wrk(server: str, load: str, url: str, script: str, args: list[str], options) -> Result:
    """Run wrk once against *url* with *script* and return its figures."""
    command = wrk_command(url, script, args, options)
    done = subprocess.run(
        command, cwd=WRK_SCRIPTS, capture_output=True, text=True, timeout=options.duration + 60
    )
    return wrk_result(server, load, done.returncode, done.stdout, done.stderr)


def wrk_beside_writer(
    server: str, read_url: str, write: tuple[str, str, list[str]], options
) -> tuple[Result, Result]:
    """Run the reads while one connection writes (*write*: url, script, args); return both."""
    url, script, args = write
    writer = subprocess.Popen(
        wrk_command(url, script, args, options, connections=1),
        cwd=WRK_SCRIPTS,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    reads = wrk(server, "read, 1 writer beside", read_url, "read.lua", [], options)
    out, err = writer.communicate(timeout=options.duration + 60)
    return reads, wrk_result(server, "write beside the reads", writer.returncode, out, err)


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
    write = (base + "/", "vote_isso.lua", [ids, "100"])
    reads, writes = wrk_beside_writer(name, read_url, write, options)
    writes.stored = settled(lambda: isso_likes(base)) - before
    results += [reads, writes]
    return ok and check_stored(writes, 1)


def bench_ours(name: str, base: str, options, results: list[Result]) -> bool:
    """Measure our reads and star writes; return whether every acknowledged star was stored."""
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
    ok = check_stored(result, options.connections)
    before = our_stars(base)
    more = reader_tokens(f"{name}-{tag}b", per)
    write = (base + stars_path, "star_ours.lua", [*args[:2], str(more), str(per)])
    reads, writes = wrk_beside_writer(name, read_url, write, options)
    writes.stored = settled(lambda: our_stars(base)) - before
    results += [reads, writes]
    return ok and check_stored(writes, 1)


def reader_tokens(tag: str, count: int) -> Path:
    """Write *count* reader tokens signed with SECRET (as POST /api/readers issues them) to a file
    of their own; return its path. wrk's Lua cannot sign, and each star needs a new reader."""
    sys.path.insert(0, str(ROOT))
    from comment_server.tokens import Tokens

    tokens = Tokens(SECRET)
    path = WORK / f"readers-{tag}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = (tokens.reader_token(f"wrk-{tag}-{n:08d}") for n in range(count))
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


def report(results: list[Result], options) -> None:
    """Print the figures as a Markdown table with ratios, and save them as JSON."""
    facts = machine()
    print(
        f"\n{facts['date']}, {facts['nproc']} cores ({facts['cpu']}), Python {facts['python']}, "
        f"{facts['wrk']}: {options.threads} wrk threads, {options.connections} connections, "
        f"{options.duration} s per run, on 127.0.0.1; load average {facts['load']} at the end.\n"
    )
    print("| server | load | req/s | p50 ms | p99 ms | errors | acknowledged | stored |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in results:
        stored = "" if r.stored is None else str(r.stored)
        acked = "" if r.load.startswith("read") else str(r.acked)
        print(
            f"| {r.server} | {r.load} | {r.rps:,.{0 if r.rps >= 100 else 1}f} "
            f"| {r.p50_ms:.1f} | {r.p99_ms:.1f} "
            f"| {r.errors} | {acked} | {stored} |"
        )
    # The goals are for one process, as `serve` runs by default.
    ours = {r.load: r for r in results if r.server == f"{OURS} ({WORKERS[1]})"}
    print()
    for r in results:
        if r.server.startswith("Isso") and r.rps:
            ratio = ours[r.load].rps / r.rps
            print(f"- {OURS}, 1 process / {r.server}, {r.load}: {ratio:.1f}x req/s")
    this = {(r.server, r.load): r for r in results if r.server.startswith(f"{OURS} (")}
    for r in results:
        name, _, processes = r.server.partition(" (")
        if name.startswith(f"{OURS} at ") and r.rps:  # the baseline's row
            mine = this[(f"{OURS} ({processes}", r.load)]
            print(
                f"- {mine.server} / {r.server}, {r.load}: {mine.rps / r.rps:.2f}x req/s, "
                f"p99 {mine.p99_ms:.1f} against {r.p99_ms:.1f} ms"
            )
    reads = ours["read"]
    isso_reads = max(r.rps for r in results if r.server.startswith("Isso") and r.load == "read")
    isso_writes = max(r.rps for r in results if r.server.startswith("Isso") and r.load == "write")
    goals = {
        "reads >= 5x Isso's best": reads.rps >= 5 * isso_reads,
        "reads >= 5,000 req/s": reads.rps >= 5000,
        "read p99 < 20 ms": reads.p99_ms < 20,
        "more writes/s than Isso's best": ours["write"].rps > isso_writes,
        "no acknowledged write lost": all(r.stored is None or r.stored >= r.acked for r in results),
    }
    for goal, met in goals.items():
        print(f"- goal {goal}: {'met' if met else 'MISSED'}")
    output = {"machine": facts, "options": vars(options), "results": [asdict(r) for r in results]}
    output["goals"] = goals
    (WORK / "results.json").write_text(
        json.dumps(output, indent=2, default=str) + "\n", encoding="utf-8"
    )
    print(f"\nsaved {WORK / 'results.json'}")


if __name__ == "__main__":
    sys.exit(main())
