"""Sign-in floods: guesses sent all at once to a real server process never get past the login
limit, and while a password check runs only a few more wait; the rest are answered at once."""

import asyncio
from dataclasses import replace

import httpx
import pytest

from comment_server import create_app
from comment_server.guards import MAX_PASSWORD_CHECKS
from tests.support.api import PASSWORD
from tests.support.live_server import live_server

GUESSES = 40


async def sign_ins(base: str, count: int, addresses: bool) -> list[httpx.Response]:
    """Send *count* wrong passwords at once (each from its own forwarded address if asked)."""
    limits = httpx.Limits(max_connections=count)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:

        def attempt(n: int):
            headers = {"X-Forwarded-For": f"198.51.100.{n % 250 + 1}"} if addresses else {}
            return client.post("/admin/session", json={"password": f"guess {n}"}, headers=headers)

        return await asyncio.gather(*(attempt(n) for n in range(count)))


@pytest.mark.slow
def test_guesses_sent_at_once_from_one_address_never_pass_the_limit(tmp_path):
    database = f"sqlite:///{tmp_path / 'comments.sqlite3'}"
    limits = {"rate_limits": "on", "rate_login": "10/300"}
    with live_server(database, tmp_path / "server.log", **limits) as server:
        answers = asyncio.run(sign_ins(server.base, GUESSES, addresses=False))
        statuses = [answer.status_code for answer in answers]
        assert statuses.count(401) <= 10 and statuses.count(429) == GUESSES - statuses.count(401)
        # The limit holds for the right password too, until it passes; the next address is free.
        again = httpx.post(f"{server.base}/admin/session", json={"password": PASSWORD})
        assert again.status_code == 429 and int(again.headers["retry-after"]) > 0
        other = {"X-Forwarded-For": "203.0.113.9"}
        signed = httpx.post(
            f"{server.base}/admin/session", json={"password": PASSWORD}, headers=other
        )
        assert signed.status_code == 204


async def flood_while_a_check_runs(app, count: int) -> list[httpx.Response]:
    """Hold the one password check, send *count* wrong passwords at once, then let it go."""
    checks = app.state.context.password_checks
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8000") as client:
        await checks.acquire()  # a check that takes its time
        attempts = [
            asyncio.ensure_future(client.post("/admin/session", json={"password": f"g{n}"}))
            for n in range(count)
        ]
        queued = MAX_PASSWORD_CHECKS
        while (
            checks.statistics().tasks_waiting < queued
            or sum(a.done() for a in attempts) < count - queued
        ):
            await asyncio.sleep(0.01)
        checks.release()
        return await asyncio.gather(*attempts)


def test_a_flood_queues_few_password_checks_and_answers_the_rest_at_once(settings, store):
    app = create_app(replace(settings, rate_limits=False), store=store)
    answers = asyncio.run(asyncio.wait_for(flood_while_a_check_runs(app, 20), 60))
    statuses = [answer.status_code for answer in answers]
    assert (
        statuses.count(401) == MAX_PASSWORD_CHECKS
        and statuses.count(429) == 20 - MAX_PASSWORD_CHECKS
    )
    busy = [a for a in answers if a.status_code == 429]
    assert all(a.json()["error"].startswith("Too many sign-in attempts right now") for a in busy)
    assert all(int(a.headers["retry-after"]) > 0 for a in busy)
