"""Sign-in floods against a real server process: guesses sent all at once never get past the
login limit, and a flood from many addresses queues few password checks, readers still served."""

import asyncio

import httpx
import pytest

from comment_server.credential import hash_password
from tests.support.api import PASSWORD
from tests.support.live_server import live_server

pytestmark = pytest.mark.slow
GUESSES = 40


async def sign_ins(base: str, count: int, addresses: bool) -> list[httpx.Response]:
    """Send *count* wrong passwords at once (each from its own forwarded address if asked)."""
    limits = httpx.Limits(max_connections=count)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:

        def attempt(n: int):
            headers = {"X-Forwarded-For": f"198.51.100.{n % 250 + 1}"} if addresses else {}
            return client.post("/admin/session", json={"password": f"guess {n}"}, headers=headers)

        return await asyncio.gather(*(attempt(n) for n in range(count)))


async def flood_beside_a_reader(base: str) -> tuple[list[httpx.Response], list[int]]:
    """Flood sign-ins from many addresses while a reader reads a thread; return both outcomes."""
    async with httpx.AsyncClient(base_url=base, timeout=60) as reader:
        flood = asyncio.ensure_future(sign_ins(base, GUESSES, addresses=True))
        reads = []
        while not flood.done():
            reads.append((await reader.get("/api/threads/welcome/comments")).status_code)
        return flood.result(), reads


def test_guesses_sent_at_once_from_one_address_never_pass_the_limit(tmp_path):
    database = f"sqlite:///{tmp_path / 'comments.sqlite3'}"
    limits = {"rate_limits": "on", "rate_login": "10/300"}
    with live_server(database, tmp_path / "server.log", **limits) as server:
        answers = asyncio.run(sign_ins(server.base, GUESSES, addresses=False))
        statuses = [answer.status_code for answer in answers]
        assert statuses.count(401) == 10 and statuses.count(429) == GUESSES - 10
        # The limit holds for the right password too, until it passes; the next address is free.
        again = httpx.post(f"{server.base}/admin/session", json={"password": PASSWORD})
        assert again.status_code == 429 and int(again.headers["retry-after"]) > 0
        other = {"X-Forwarded-For": "203.0.113.9"}
        signed = httpx.post(
            f"{server.base}/admin/session", json={"password": PASSWORD}, headers=other
        )
        assert signed.status_code == 204


def test_a_flood_from_many_addresses_queues_few_checks_and_readers_are_served(tmp_path):
    database = f"sqlite:///{tmp_path / 'comments.sqlite3'}"
    slow = hash_password(PASSWORD)  # the real cost: each check takes tens of milliseconds
    settings = {"rate_limits": "on", "admin_credential": slow}
    with live_server(database, tmp_path / "server.log", **settings) as server:
        answers, reads = asyncio.run(flood_beside_a_reader(server.base))
        statuses = [answer.status_code for answer in answers]
        assert set(statuses) <= {401, 429} and statuses.count(429) > 0, statuses
        busy = [a.json()["error"] for a in answers if a.status_code == 429]
        assert all(error.startswith("Too many sign-in attempts right now") for error in busy)
        assert reads and set(reads) == {200}
