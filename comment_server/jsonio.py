"""JSON in and out: compact UTF-8 bytes, and the response that carries them."""

import json
from collections.abc import Mapping
from typing import Any

from starlette.responses import Response

JSON = "application/json"
# Every answer of the API: never sniffed as HTML, never framed.
BASE_HEADERS = {"X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"}


def dumps(value: Any) -> bytes:
    """Return *value* as compact UTF-8 JSON."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def json_response(
    value: Any, status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    """Return a JSON response of *value*."""
    return raw_json_response(dumps(value), status, headers)


def raw_json_response(
    body: bytes, status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    """Return a response carrying JSON *body* bytes as they are."""
    merged = dict(BASE_HEADERS)
    merged.update(headers or {})
    return Response(body, status_code=status, media_type=JSON, headers=merged)
