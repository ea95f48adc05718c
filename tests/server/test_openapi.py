"""The OpenAPI document is valid OpenAPI 3 and describes every route of ROUTES."""

import json

import pytest
from openapi_spec_validator import validate

from comment_server import ROUTES
from comment_server.openapi import openapi_document


def test_the_document_is_valid_openapi_3_and_covers_every_route(client):
    answer = client.get("/api/openapi.json")
    assert answer.status_code == 200
    document = answer.json()
    validate(document)
    assert document["openapi"].startswith("3.")
    for route in ROUTES:
        path = route.path.replace(":int}", "}").replace(":path}", "}")
        for method in route.methods - {"HEAD"}:
            operation = document["paths"][path][method.lower()]
            assert operation["summary"] and operation["responses"], (method, path)


def test_a_route_missing_from_the_document_stops_the_app_from_building():
    from starlette.routing import Route

    async def extra(request):
        """Do nothing."""

    with pytest.raises(RuntimeError, match="does not describe: GET /api/extra"):
        openapi_document([*ROUTES, Route("/api/extra", extra, methods=["GET"])])


def test_errors_are_documented_with_the_one_shape(client):
    document = json.loads(client.get("/api/openapi.json").content)
    error = document["components"]["schemas"]["Error"]
    assert error["required"] == ["error", "fields"]
    post = document["paths"]["/api/threads/{thread}/comments"]["post"]["responses"]
    assert {"201", "403", "413", "415", "422", "429"} <= set(post)
