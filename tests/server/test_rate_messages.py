"""A rate-limited reader is told how long to wait in words they read at a glance, and Retry-After
gives the exact seconds, through a real server."""

import re

import httpx
import pytest

from comment_server.times import how_long
from tests.support.api import ORIGIN
from tests.support.live_server import live_server


@pytest.mark.parametrize(
    ("seconds", "said"),
    [
        (1, "1 second"),
        (45, "45 seconds"),
        (60, "1 minute"),
        (119, "119 seconds"),
        (121, "3 minutes"),
        (3599, "60 minutes"),
        (3600, "1 hour"),
        (7199, "2 hours"),
    ],
)
def test_a_wait_is_said_in_its_unit_never_shorter(seconds, said):
    assert how_long(seconds) == said


@pytest.mark.slow
def test_an_hour_long_limit_says_an_hour_and_retry_after_the_seconds(tmp_path):
    database = f"sqlite:///{tmp_path / 'comments.sqlite3'}"
    limits = {"rate_limits": "on", "rate_readers": "2/3600", "origins": ORIGIN}
    with (
        live_server(database, tmp_path / "server.log", **limits) as server,
        httpx.Client(base_url=server.base, timeout=10, headers={"Origin": ORIGIN}) as client,
    ):
        answers = [client.post("/api/readers", json={}) for _ in range(3)]

    assert [answer.status_code for answer in answers] == [201, 201, 429]
    refused = answers[-1]
    assert 3590 <= int(refused.headers["retry-after"]) <= 3600
    error = refused.json()["error"]
    assert re.search(r"; wait (1 hour|60 minutes) and try again\.$", error), error
    assert refused.headers["access-control-expose-headers"] == "ETag, Retry-After"
