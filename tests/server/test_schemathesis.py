"""The running server does what its OpenAPI document says, as schemathesis reads the document.

A real `python -m comment_server serve` on 127.0.0.1 (its own SQLite file under tmp_path) answers
requests that schemathesis generates from the document, valid ones and ones that break it, for
every operation (examples, coverage and fuzzing phases, all its checks), sent with an allowed
Origin and the admin's bearer password. Any server error or disagreement fails: a valid request
refused, an invalid one accepted, an undocumented status, an answer that breaks its schema, a 405
without the path's methods in Allow. The server runs as a reader finds it but for what no document
can say: no rate limits, no minimum time before a comment, room for more links and a larger body
than anything generated. The examples are few and drawn the same way on every run.

Schemathesis makes one test per operation when this module is collected, before the server runs,
so it reads the document as the server makes it, and `test_the_document_is_the_served_one` checks
that it is the one the server serves. (Its loader for a schema from a fixture,
`schemathesis.pytest.from_fixture`, reads `request.node._nodeid`, which pytest 9 no longer has.)

A form token is signed by the server, so the document says that a token it did not sign is refused
(422, field form_token): each valid request to post a comment gets a fresh token from
GET /api/form first, as the embed does; an invalid one keeps the token it was generated with.

docs/api.md says how to run schemathesis by hand (`st run http://127.0.0.1:8001/api/openapi.json`).
"""

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import Case
from schemathesis.config import SchemathesisConfig

from comment_server import ROUTES, Settings
from comment_server.bodies import request_bodies
from comment_server.credential import hash_password
from comment_server.openapi import openapi_document
from comment_server.tokens import Tokens
from tests.conftest import ROOT, free_port

pytestmark = pytest.mark.slow

PASSWORD = "schemathesis admin password"
ORIGIN = "http://127.0.0.1:8000"
EXAMPLES = 12  # per operation and phase: the whole run stays well under a minute
ENVIRONMENT = {  # the server's settings, but for its database
    "COMMENT_SERVER_SECRET": "schemathesis-tests-" + "s" * 32,
    "COMMENT_SERVER_ORIGINS": ORIGIN,
    "COMMENT_SERVER_ADMIN_CREDENTIAL": hash_password(PASSWORD, n=2**8),
    "COMMENT_SERVER_MIN_SUBMIT_SECONDS": "0",
    "COMMENT_SERVER_RATE_LIMITS": "off",
    "COMMENT_SERVER_MAX_LINKS": "100",
    "COMMENT_SERVER_MAX_BODY": "1048576",
}


def served_document() -> dict[str, Any]:
    """Return the document a server with ENVIRONMENT makes, as create_app makes it."""
    settings = Settings.from_env(ENVIRONMENT)
    return json.loads(openapi_document(ROUTES, request_bodies(settings, Tokens(settings.secret))))


schema = schemathesis.openapi.from_dict(
    served_document(),
    config=SchemathesisConfig.from_dict(
        {
            "headers": {"Origin": ORIGIN, "Authorization": f"Bearer {PASSWORD}"},
            "generation": {"deterministic": True, "database": "none"},
            "phases": {"stateful": {"enabled": False}},
        }
    ),
)


def wait_until_up(process: subprocess.Popen, base: str, log: Path) -> None:
    """Return once the server answers; fail with its log if it stops or takes 30 s."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the comment server exited with {process.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    pytest.fail(f"the comment server did not answer within 30 s:\n{log.read_text()}")


@pytest.fixture(scope="module")
def live_server(tmp_path_factory) -> Iterator[str]:
    """Run `python -m comment_server serve` on a free port; return its base URL."""
    work = tmp_path_factory.mktemp("schemathesis")
    port = free_port()
    log = work / "server.log"
    database = {"COMMENT_SERVER_DATABASE_URL": f"sqlite:///{work / 'comments.sqlite3'}"}
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "comment_server", "serve", "--port", str(port)],
            cwd=ROOT,
            env={**os.environ, **ENVIRONMENT, **database},
            stdout=output,
            stderr=output,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(process, base, log)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_the_document_is_the_served_one(live_server: str) -> None:
    assert httpx.get(f"{live_server}/api/openapi.json").json() == served_document()


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_the_server_does_what_its_document_says(case: Case, live_server: str) -> None:
    if case.method == "POST" and case.path == "/api/threads/{thread}/comments":
        with_a_real_form_token(case, live_server)
    case.call_and_validate(base_url=live_server)


def with_a_real_form_token(case: Case, base: str) -> None:
    """Give a valid request to post a comment a token of GET /api/form, as the embed does."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or not isinstance(case.body, dict):
        return
    if "form_token" in case.body:
        case.body["form_token"] = httpx.get(f"{base}/api/form", timeout=10).json()["token"]
