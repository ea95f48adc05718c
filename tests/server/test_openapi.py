"""The OpenAPI document is valid OpenAPI 3, describes every route of ROUTES, and says what the
checks do (tests/server/test_schemathesis.py then holds the running server to it)."""

import json
import sys

import pytest
from openapi_spec_validator import validate
from starlette.routing import Route

from comment_server import ROUTES, Settings, validation
from comment_server.bodies import request_bodies
from comment_server.openapi import document_path, openapi_document
from comment_server.tokens import Tokens
from tests.support.api import ADMIN, SECRET, new_comment


def test_the_document_is_valid_openapi_3_and_covers_every_route(client):
    answer = client.get("/api/openapi.json")
    assert answer.status_code == 200
    document = answer.json()
    validate(document)
    assert document["openapi"].startswith("3.")
    for route in ROUTES:
        for method in route.methods - {"HEAD"}:
            operation = document["paths"][document_path(route)][method.lower()]
            assert operation["summary"] and operation["responses"], (method, route.path)


def test_a_route_missing_from_the_document_stops_the_app_from_building():
    async def extra(request):
        """Do nothing."""

    bodies = request_bodies(Settings(secret=SECRET), Tokens(SECRET))
    with pytest.raises(RuntimeError, match="does not describe: GET /api/extra"):
        openapi_document([*ROUTES, Route("/api/extra", extra, methods=["GET"])], bodies)


def test_errors_are_documented_with_the_one_shape(client):
    document = json.loads(client.get("/api/openapi.json").content)
    error = document["components"]["schemas"]["Error"]
    assert error["required"] == ["error", "fields", "code"]
    assert {"too_many", "invalid", "blocked", "edit_closed"} <= set(
        error["properties"]["code"]["enum"]
    )
    post = document["paths"]["/api/threads/{thread}/comments"]["post"]["responses"]
    assert {"201", "400", "403", "404", "413", "415", "422", "429"} <= set(post)
    approve = document["paths"]["/api/admin/comments/{id}/approve"]["post"]["responses"]
    assert {"200", "400", "401", "403", "404", "413", "415", "422", "429"} <= set(approve)


def test_the_request_bodies_are_the_fields_the_server_checks(make_client):
    document = make_client(max_text=500).get("/api/openapi.json").json()
    schemas = document["components"]["schemas"]
    text = schemas["NewComment"]["properties"]["text"]
    assert text["maxLength"] == 500 and text["pattern"] == validation.VISIBLE.pattern
    assert schemas["NewComment"]["required"] == ["author", "text", "reader", "form_token"]
    assert schemas["GoldStars"]["properties"]["count"] == {
        "type": "integer",
        "minimum": 1,
        "maximum": 5,
        "description": "how many more gold stars",
    }
    since = document["paths"]["/api/threads/{thread}/comments"]["get"]["parameters"][1]
    assert since["schema"]["pattern"] == validation.TIME.pattern


def test_at_least_one_visible_character_means_the_same_in_the_document_and_the_checks():
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        visible = validation.VISIBLE.search(char) is not None
        assert (validation.plain_text(char, 10, required=False) is not None) == visible, hex(code)
        if not 0xD800 <= code <= 0xDFFF:  # the document's patterns cannot name lone surrogates
            assert _text_kept(char) == visible, hex(code)


def _text_kept(char: str) -> bool:
    try:
        validation.comment_text(char, 10)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("count", [2, 2.0])
def test_an_integral_number_is_a_whole_number_as_json_schema_says(client, count):
    created = new_comment(client)["comment"]
    answer = client.post(
        f"/api/admin/comments/{created['id']}/gold-stars", json={"count": count}, headers=ADMIN
    )
    assert answer.status_code == 200 and answer.json()["comment"]["gold_stars"] == 2
    refused = client.post(
        f"/api/admin/comments/{created['id']}/gold-stars", json={"count": 2.5}, headers=ADMIN
    )
    assert refused.status_code == 422
