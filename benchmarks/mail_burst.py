"""Readers during a burst of 1,000 reply mails: how long a reader waits for a thread while the
sender drains the outbox, side by side with the same server with mail off, in one run.

Each round copies one prepared SQLite database: a thread of 20 comments the readers read, and
1,000 confirmed subscribers whose comments the author has just answered, so 1,000 reply mails
wait in the outbox. A real server (`python -m comment_server serve`) starts on a copy with mail
on (to an SMTP sink in a process of its own, aiosmtpd's Sink; COMMENT_SERVER_SMTP_RATE from
--rate, by default its maximum, so the burst is as dense as it can be) and four readers read the
thread until the outbox is empty (or for --seconds); then a server with mail off starts on another
copy and the readers read for as long. Each --sender is a round of its own: `serve` (the server's
own task), `separate` (COMMENT_SERVER_MAIL_SENDER=separate and `python -m comment_server
send-mail` beside it, under `nice -n N` with --nice). Rounds alternate them. Medians over rounds;
the spread is the range of the rounds' p99. With --baseline, other checkouts' servers (each with
its own .venv) drain a copy too in each round, beside ours: "on (<folder>)". The sender's CPU per
mail is the CPU time (user + system) of the server process, and of send-mail, in a round with mail
on, less what the reads cost at the rate of the round with mail off, divided by the mails sent.

Run: .venv/bin/python benchmarks/mail_burst.py [--baseline ../before ...] [--mails N] [--rounds N]
    [--rate PER_MINUTE] [--sender serve separate] [--nice N] [--seconds S]
"""

import argparse
import asyncio
import os
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
from machine_facts import machine_under_load

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the test suite's support: its live server

from comment_server.keys import Keys  # noqa: E402
from comment_server.store.store import Store  # noqa: E402
from comment_server.store.writes import NewComment  # noqa: E402
from tests.support.api import SECRET  # noqa: E402
from tests.support.live_server import server_env, start_sender, start_server  # noqa: E402
from tests.support.network import free_port, wait_until  # noqa: E402

READERS = 4
COMMENTS = 20


@dataclass(frozen=True)
class Mail:
    """How a round sends: not at all (*sender* None), or by `serve` or `separate` at *rate* a
    minute, send-mail under `nice -n` *nice*, with the checkout at *root*."""

    sender: str | None
    rate: int = 10_000
    nice: int = 0
    root: Path = ROOT

    def label(self) -> str:
        """Return the round's name in the table."""
        if self.sender is None:
            return "off"
        if self.root != ROOT:
            return f"on ({self.root.name})"
        if self.sender == "separate" and self.nice:
            return f"separate (nice {self.nice})"
        return self.sender


@dataclass
class Round:
    """One measured round: mail on or off (and whose server), the readers' latencies, the window,
    mails sent, the server's CPU seconds."""

    mail: str
    latencies: list[float]
    seconds: float
    sent: int
    cpu: float


def main() -> int:
    options = parse_arguments()
    rounds: list[Round] = []
    with tempfile.TemporaryDirectory(prefix="mail-burst-") as tmp:
        work = Path(tmp)
        template = prepare(work / "template.sqlite3", options.mails)
        sink_port = free_port()
        sink = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "aiosmtpd",
                "-n",
                "-c",
                "aiosmtpd.handlers.Sink",
                "-l",
                f"127.0.0.1:{sink_port}",
            ],
        )
        ours = [Mail(sender, options.rate, options.nice) for sender in options.sender]
        theirs = [Mail("serve", options.rate, 0, path.resolve()) for path in options.baseline]
        try:
            for n in range(options.rounds):
                on = [measure(work, template, n, sink_port, mail, options.seconds) for mail in ours]
                window = options.seconds or on[0].seconds
                rounds += [*on, measure(work, template, n, sink_port, Mail(None), window)]
                for mail in theirs:
                    rounds.append(measure(work, template, n, sink_port, mail, options.seconds))
        finally:
            sink.terminate()
            sink.wait()
    report(rounds, options)
    return 0


def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--baseline", type=Path, nargs="*", default=[], help="other checkouts, each with a .venv"
    )
    parser.add_argument("--mails", type=int, default=1000, help="reply mails queued (1000)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of each (3)")
    parser.add_argument(
        "--rate", type=int, default=10_000, help="COMMENT_SERVER_SMTP_RATE, mails a minute (10000)"
    )
    parser.add_argument(
        "--sender",
        nargs="+",
        choices=("serve", "separate"),
        default=["serve"],
        help="who sends, a round each: the server (serve) or send-mail (separate)",
    )
    parser.add_argument("--nice", type=int, default=0, help="run send-mail under nice -n N (0)")
    parser.add_argument(
        "--seconds",
        type=float,
        default=None,
        help="read for this window (default: until the outbox is empty)",
    )
    return parser.parse_args()


def prepare(path: Path, mails: int) -> Path:
    """Make the database every round copies: the readers' thread and *mails* queued replies."""
    store = Store(f"sqlite:///{path}", Keys(SECRET), "Mira", mail_batch=0)
    store.migrate()
    for n in range(COMMENTS):
        store.create_comment(comment(f"Reader {n}", "welcome", None, f"r{n:020d}"))
    for n in range(mails):
        row = store.create_comment(comment(f"Subscriber {n}", "mail", f"s{n}@example.org", None))
        store.add_reply(row["id"], f"Thank you, subscriber {n}!", f"<p>Thank you, {n}!</p>", None)
    store.close()
    db = sqlite3.connect(path)
    with db:  # confirmed (their replies now due), confirmations sent
        db.execute("UPDATE mail_addresses SET confirmed = created")
        db.execute("UPDATE mail_outbox SET sent = created WHERE kind = 'confirm'")
    queued = db.execute("SELECT count(*) FROM mail_outbox WHERE sent IS NULL").fetchone()[0]
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # all in the file the rounds copy
    db.close()
    assert queued == mails, queued
    return path


def comment(author: str, thread: str, email: str | None, reader: str | None) -> NewComment:
    keys = Keys(SECRET)
    return NewComment(
        thread=thread,
        title=None,
        parent=None,
        author=author,
        website=None,
        email=email,
        markdown="Kind words.",
        html="<p>Kind words.</p>",
        commenter=keys.commenter_from_email(email) if email else keys.commenter_from_reader(reader),
        address_hash=None,
        edit_secret=None,
        moderation=False,
        notify="author" if email else None,
    )


def measure(
    work: Path, template: Path, n: int, sink_port: int, mail: Mail, seconds: float | None
) -> Round:
    """Serve a copy of *template* as *mail* says (sending to the sink at *sink_port*); read until
    the outbox is empty, or for *seconds*; return the round."""
    root = mail.root
    python = sys.executable if root == ROOT else str(root / ".venv" / "bin" / "python")
    name = "".join(c if c.isalnum() else "-" for c in mail.label())
    database = work / f"round{n}-{name}.sqlite3"
    shutil.copyfile(template, database)
    env = server_env(f"sqlite:///{database}", **round_settings(mail, sink_port))
    log = database.with_suffix(".log")
    server = start_server(env, log, cwd=root, python=python)
    sender = None
    try:
        if mail.sender == "separate":
            sender = start_sender(env, log, nice=mail.nice)
        done = (lambda: waiting(database) == 0) if mail.sender and seconds is None else None
        latencies, lasted = asyncio.run(read(server.base, done, seconds))
        if done is not None:
            assert wait_until(done, 300), "the outbox did not drain"
        cpu = cpu_seconds(server.process.pid)
        if sender is not None:
            cpu += cpu_seconds(sender.process.pid)
            sender.process.send_signal(signal.SIGTERM)
            assert sender.process.wait(timeout=60) == 0, log.read_text()
    finally:
        if sender is not None:
            sender.stop()
        server.stop()
    return Round(mail.label(), latencies, lasted, sent(database), cpu)


def round_settings(mail: Mail, sink_port: int) -> dict[str, object]:
    """Return the COMMENT_SERVER_* settings of a round of *mail*."""
    settings: dict[str, object] = {"moderation": "off"}
    if mail.sender:
        settings |= {
            "smtp_host": "127.0.0.1",
            "smtp_port": sink_port,
            "smtp_security": "none",
            "smtp_from": "blog@blog.example",
            "public_url": "https://comments.blog.example",
            "smtp_rate": mail.rate,
            "smtp_batch_seconds": 0,
        }
    if mail.sender == "separate":
        settings["mail_sender"] = "separate"
    return settings


def cpu_seconds(pid: int) -> float:
    """Return the CPU time (user + system, all its threads) the process *pid* has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def count(database: Path, where: str) -> int:
    db = sqlite3.connect(database)
    try:
        return db.execute(f"SELECT count(*) FROM mail_outbox WHERE {where}").fetchone()[0]
    finally:
        db.close()


def waiting(database: Path) -> int:
    return count(database, "sent IS NULL AND failed IS NULL")


def sent(database: Path) -> int:
    return count(database, "kind = 'reply' AND sent IS NOT NULL")


async def read(base: str, done, seconds: float | None) -> tuple[list[float], float]:
    """Read the thread with READERS readers until done() (checked in a thread) or *seconds*."""
    started = time.perf_counter()
    finished = asyncio.Event()

    async def watch() -> None:
        while True:
            over = (
                await asyncio.to_thread(done) if done else time.perf_counter() - started >= seconds
            )
            if over:
                finished.set()
                return
            await asyncio.sleep(0.05)

    async def reader(client: httpx.AsyncClient) -> list[float]:
        found = []
        while not finished.is_set():
            began = time.perf_counter()
            answer = await client.get("/api/threads/welcome/comments")
            assert answer.status_code == 200, answer.text
            found.append(time.perf_counter() - began)
        return found

    clients = [httpx.AsyncClient(base_url=base, timeout=60) for _ in range(READERS)]
    try:
        watcher = asyncio.create_task(watch())
        results = await asyncio.gather(*(reader(client) for client in clients))
        await watcher
    finally:
        for client in clients:
            await client.aclose()
    return [t for found in results for t in found], time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def report(rounds: list[Round], options) -> None:
    """Print the Markdown for docs/benchmarks.md."""
    window = f"the first {options.seconds:g} s" if options.seconds else "the whole burst"
    print(
        f"Machine: {machine_under_load()}; {options.mails} mails, {options.rounds} rounds, "
        f"{options.rate} mails a minute, {window}\n"
    )
    print(
        "| mail | reader p50 | reader p99 (rounds' range) | reader max | reads/s | window "
        "| reply mails sent | mails/s | sender CPU per mail |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    off = [r for r in rounds if r.mail == "off"]
    cpu_per_read = statistics.median(r.cpu / len(r.latencies) for r in off)
    p99s = {}
    for mail in dict.fromkeys(r.mail for r in sorted(rounds, key=lambda r: r.mail != "off")):
        mine = [r for r in rounds if r.mail == mail]
        if not mine:
            continue
        p50 = statistics.median(percentile(r.latencies, 0.5) for r in mine) * 1000
        each = [percentile(r.latencies, 0.99) * 1000 for r in mine]
        p99s[mail] = statistics.median(each)
        worst = max(max(r.latencies) for r in mine) * 1000
        rate = statistics.median(len(r.latencies) / r.seconds for r in mine)
        window = statistics.median(r.seconds for r in mine)
        mails = statistics.median(r.sent for r in mine)
        per_second = statistics.median(r.sent / r.seconds for r in mine)
        sender = "–"
        if mail != "off" and all(r.sent for r in mine):
            each_cpu = [(r.cpu - cpu_per_read * len(r.latencies)) / r.sent * 1000 for r in mine]
            sender = f"{statistics.median(each_cpu):.1f} ms"
        print(
            f"| {mail} | {p50:.1f} ms | {p99s[mail]:.1f} ms ({min(each):.1f}–{max(each):.1f}) "
            f"| {worst:.0f} ms | {rate:.0f} | {window:.1f} s | {mails:.0f} | "
            f"{per_second:.0f} | {sender} |"
        )
    print()
    for mail in p99s:
        if mail != "off":
            print(f"reader p99, mail {mail} / mail off: {p99s[mail] / p99s['off']:.2f}")


if __name__ == "__main__":
    sys.exit(main())
