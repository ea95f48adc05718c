"""One JSON error shape for every refusal: `{"error": "<what to fix>", "fields": {...}, "code"}`.

Handlers raise ApiError (an HTTPException); the store's and the validators' exceptions are mapped
here too, so no handler builds an error response itself. The sentence is English, for API
clients; `code` is a stable word for the same refusal, which the embed words in the page's
language (docs/api.md).
"""

import logging
from collections.abc import Mapping

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match

from comment_server.jsonio import json_response
from comment_server.store.errors import (
    Conflict,
    Forbidden,
    ImportFailed,
    Invalid,
    NotFound,
    StoreError,
)
from comment_server.validation import FieldErrors

logger = logging.getLogger(__name__)

_DEFAULT_MESSAGES = {
    404: "There is nothing at this address; check the path against /api/openapi.json.",
    405: "This method is not allowed here; check /api/openapi.json for the methods of this path.",
}


# A refusal's code by its status, unless it names a closer one (ApiError's or StoreError's code).
STATUS_CODES = {
    400: "bad_json",
    401: "sign_in",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "not_json",
    422: "invalid",
    429: "too_many",
    500: "server_error",
}
# The closer codes of some 403s and 422s, which a reader is better told apart.
CLOSER_CODES = ("blocked", "edit_closed", "editing_off", "stale")
# The tokens a page keeps: refused alone (forged, expired), the page is stale ("stale"), not the
# reader's words; a new page, or a second try, gets new ones.
PAGE_TOKENS = frozenset({"reader", "form_token"})
ERROR_CODES = tuple(dict.fromkeys([*STATUS_CODES.values(), *CLOSER_CODES]))


class ApiError(HTTPException):
    """A refusal with its status, a sentence saying what to fix, the fields at fault, and its code
    when the status's own (STATUS_CODES) says too little."""

    def __init__(
        self,
        status_code: int,
        error: str,
        fields: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(status_code=status_code, detail=error, headers=headers)
        self.fields = dict(fields or {})
        self.code = code


def error_response(
    status: int,
    error: str,
    fields: Mapping[str, str] | None = None,
    headers=None,
    code: str | None = None,
) -> Response:
    """Return the JSON error response; its code is *code*, else its status's."""
    body = {"error": error, "fields": dict(fields or {}), "code": code or STATUS_CODES[status]}
    return json_response(body, status=status, headers=headers)


async def http_error(request: Request, exc: Exception) -> Response:
    """Answer an HTTPException (ours or Starlette's: 404, 405) with the JSON error shape."""
    assert isinstance(exc, HTTPException)
    fields = getattr(exc, "fields", {})
    message = exc.detail if isinstance(exc, ApiError) else _DEFAULT_MESSAGES.get(exc.status_code)
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = allowed_methods(request)
    code = getattr(exc, "code", None)
    return error_response(exc.status_code, message or str(exc.detail), fields, headers, code)


def allowed_methods(request: Request) -> str:
    """Return the Allow header of the request's path: the methods of every route on that path.

    Starlette's 405 names the methods of the first route whose path matched, but ROUTES has one
    route per method, so a path's other methods would be left out.
    """
    methods: set[str] = set()
    for route in request.app.routes:
        match, _ = route.matches(request.scope)
        if match is not Match.NONE:
            methods |= getattr(route, "methods", None) or set()
    return ", ".join(sorted(methods))


async def field_errors(request: Request, exc: Exception) -> Response:
    """Answer invalid fields with 422, every field and its problem listed."""
    assert isinstance(exc, FieldErrors)
    names = ", ".join(exc.fields)
    code = "stale" if set(exc.fields) <= PAGE_TOKENS else None
    return error_response(422, f"Fix these fields and send again: {names}.", exc.fields, code=code)


async def store_error(request: Request, exc: Exception) -> Response:
    """Answer what the store refused: 404 missing, 403 forbidden, 409 conflict, 422 invalid."""
    assert isinstance(exc, StoreError)
    status = 500
    if isinstance(exc, NotFound):
        status = 404
    elif isinstance(exc, Forbidden):
        status = 403
    elif isinstance(exc, Conflict):
        status = 409
    elif isinstance(exc, Invalid | ImportFailed):
        status = 422
    fields = {exc.field: exc.problem} if exc.field else {}
    return error_response(status, exc.message, fields, code=exc.code)


async def server_error(request: Request, exc: Exception) -> Response:
    """Answer an unexpected failure with 500 (Starlette logs it and re-raises to the server)."""
    return error_response(500, "The server failed to answer; try again in a moment.")


EXCEPTION_HANDLERS = {
    HTTPException: http_error,
    FieldErrors: field_errors,
    StoreError: store_error,
    Exception: server_error,
}
