"""Readers during a sign-in flood: how long a reader waits for a thread while 300 wrong passwords
arrive at once, from one address and from 300 (forwarded by a trusted proxy).

A real comment server (`python -m comment_server serve`, SQLite, the admin credential at scrypt's
real cost, the default login limit of 10 per 300 s per address) serves a thread of 20 comments.
Four readers read it in a loop while the flood lasts; their latencies are compared with the same
readers on a quiet server. With --baseline, another checkout's server runs the same rounds in the
same run (its own .venv), so the change shows as a ratio.

Run: .venv/bin/python benchmarks/login_flood.py [--baseline ../before] [--burst 300] [--rounds 3]
"""

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
from machine_facts import machine_under_load

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the test suite's support: its live server

from comment_server.credential import hash_password  # noqa: E402
from tests.support.api import PASSWORD, reader_token  # noqa: E402
from tests.support.live_server import server_env, start_server  # noqa: E402

READERS = 4
COMMENTS = 20


@dataclass
class Round:
    """One measured round: whose server, which flood, the readers' latencies and the sign-ins."""

    checkout: str
    flood: str
    latencies: list[float]
    statuses: list[int]  # of the sign-ins; 0 when the connection failed
    seconds: float
    failed_reads: int = 0


def main() -> int:
    options = parse_arguments()
    checkouts = {"ours": ROOT}
    if options.baseline:
        checkouts["before"] = options.baseline.resolve()
    credential = hash_password(PASSWORD)  # the real cost, as a blogger's server has
    rounds: list[Round] = []
    for _ in range(options.rounds):
        for name, root in checkouts.items():
            rounds += measure(name, root, credential, options.burst)
    report(rounds, options)
    return 0


def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, help="another checkout, with its own .venv")
    parser.add_argument("--burst", type=int, default=300, help="sign-ins sent at once (300)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per checkout (3)")
    return parser.parse_args()


def measure(name: str, root: Path, credential: str, burst: int) -> list[Round]:
    """Run one server of the checkout at *root*; return its quiet and flooded rounds."""
    python = sys.executable if root == ROOT else str(root / ".venv" / "bin" / "python")
    with tempfile.TemporaryDirectory(prefix="login-flood-") as tmp:
        work = Path(tmp)
        env = server_env(
            f"sqlite:///{work / 'comments.sqlite3'}",
            admin_credential=credential,
            rate_limits="on",
            rate_login="10/300",
            moderation="off",
        )
        server = start_server(env, work / "server.log", cwd=root, python=python)
        try:
            seed(server.base)
            return [
                asyncio.run(flooded(name, server.base, "none", 0)),
                asyncio.run(flooded(name, server.base, "one address", burst)),
                asyncio.run(flooded(name, server.base, f"{burst} addresses", burst)),
            ]
        finally:
            server.stop()


def seed(base: str) -> None:
    """Post COMMENTS comments on the thread the readers read."""
    with httpx.Client(base_url=base, timeout=30) as client:
        for n in range(COMMENTS):
            token = client.get("/api/form").json()["token"]
            body = {
                "author": f"Reader {n}",
                "text": f"Comment {n}, kind words.",
                "reader": reader_token(f"r{n:020d}"),
            }
            headers = {"X-Forwarded-For": f"192.0.2.{n + 1}"}  # each from its own reader
            answer = client.post(
                "/api/threads/welcome/comments", json={**body, "form_token": token}, headers=headers
            )
            assert answer.status_code == 201, answer.text


async def flooded(name: str, base: str, flood: str, burst: int) -> Round:
    """Read the thread with READERS readers while *burst* sign-ins arrive; a quiet round without.

    The readers have connections of their own, as readers' browsers do.
    """
    attackers = httpx.AsyncClient(
        base_url=base, timeout=120, limits=httpx.Limits(max_connections=burst or 1)
    )
    async with attackers, httpx.AsyncClient(base_url=base, timeout=120) as readers:
        started = time.perf_counter()
        if burst:
            many = flood != "one address"
            attempts = asyncio.gather(*(sign_in(attackers, n, many) for n in range(burst)))
        else:
            attempts = asyncio.ensure_future(asyncio.sleep(2))
        reads = await asyncio.gather(*(read_until(readers, attempts) for _ in range(READERS)))
        latencies = [t for found, _ in reads for t in found]
        statuses = list(await attempts) if burst else []
        failed = sum(failures for _, failures in reads)
        return Round(name, flood, latencies, statuses, time.perf_counter() - started, failed)


async def sign_in(client: httpx.AsyncClient, n: int, many_addresses: bool) -> int:
    """Send one wrong password; return the answer's status, 0 when the connection failed."""
    headers = {"X-Forwarded-For": f"10.{n // 250}.{n % 250}.1"} if many_addresses else {}
    try:
        answer = await client.post("/admin/session", json={"password": f"g{n}"}, headers=headers)
    except httpx.TransportError:
        return 0
    return answer.status_code


async def read_until(client: httpx.AsyncClient, flood: asyncio.Future) -> tuple[list[float], int]:
    """Read the thread again and again until *flood* is over; return the seconds of each read
    answered 200, and how many reads failed."""
    latencies, failed = [], 0
    while not flood.done() or not latencies:
        started = time.perf_counter()
        try:
            answer = await client.get("/api/threads/welcome/comments")
        except httpx.TransportError:
            failed += 1
            continue
        if answer.status_code != 200:
            failed += 1
            continue
        latencies.append(time.perf_counter() - started)
    return latencies, failed


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def report(rounds: list[Round], options) -> None:
    """Print the Markdown for docs/benchmarks.md: medians over rounds of each figure."""
    print(f"Machine: {machine_under_load()}; burst {options.burst}, {options.rounds} rounds\n")
    print(
        "| server | flood | reader p50 | reader p99 | reader max | failed reads "
        "| sign-ins 401 / 429 / dropped | flood lasted |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for key in dict.fromkeys((r.checkout, r.flood) for r in rounds):
        mine = [r for r in rounds if (r.checkout, r.flood) == key]
        p50 = statistics.median(percentile(r.latencies, 0.5) for r in mine) * 1000
        p99 = statistics.median(percentile(r.latencies, 0.99) for r in mine) * 1000
        worst = max(max(r.latencies) for r in mine) * 1000
        refused = statistics.median(r.statuses.count(401) for r in mine)
        limited = statistics.median(r.statuses.count(429) for r in mine)
        dropped = statistics.median(r.statuses.count(0) for r in mine)
        lasted = statistics.median(r.seconds for r in mine)
        failed = sum(r.failed_reads for r in mine)
        outcome = f"{refused:.0f} / {limited:.0f} / {dropped:.0f}" if mine[0].statuses else "—"
        print(
            f"| {key[0]} | {key[1]} | {p50:.1f} ms | {p99:.1f} ms | {worst:.0f} ms | {failed} "
            f"| {outcome} | {lasted:.1f} s |"
        )


if __name__ == "__main__":
    sys.exit(main())
