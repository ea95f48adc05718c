"""The `Idempotency-Key` header of writes: a retry with the same key gets the first answer.

A client that lost an answer (a dropped connection, a server killed after its commit) sends the
same request again with the same key; the server answers with the status and body it kept, in the
write's own transaction, and does nothing more. Keys are scoped per endpoint and per reader, and
kept for a day (store/once.py). A key sent again with another body is refused (409).
"""

import hashlib
import json
import re
from collections.abc import Callable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from comment_server.context import Context
from comment_server.errors import ApiError
from comment_server.jsonio import json_response, raw_json_response
from comment_server.store.once import AlreadyAnswered, Answer

HEADER = "Idempotency-Key"
KEY = re.compile(r"^[\x21-\x7e]{8,200}$")
SCHEMA = {"type": "string", "pattern": KEY.pattern}
DESCRIPTION = (
    "a random value (8 to 200 visible ASCII characters) naming this write: sent again with the "
    "same body, within a day, it gets the first answer and changes nothing"
)


def answer_for(
    request: Request, ctx: Context, who: Any, body: dict[str, Any], status: int, make: Callable
) -> Answer:
    """Return how to answer this write: kept under its Idempotency-Key when it has one.

    *who* names the reader (their reader token or edit token), so keys are theirs alone.
    """
    key = request.headers.get(HEADER)
    if key is None:
        return Answer(status, make)
    if not KEY.fullmatch(key):
        raise ApiError(
            422,
            f"Send {HEADER} as 8 to 200 visible ASCII characters, a new random value per write.",
            {HEADER: "must be 8 to 200 visible ASCII characters"},
        )
    endpoint = f"{request.method} {request.url.path}"
    scope = ctx.keys.idempotency(endpoint, json.dumps(who), key)
    sent = json.dumps(body, sort_keys=True, ensure_ascii=True).encode("ascii")
    return Answer(status, make, scope, hashlib.sha256(sent).hexdigest())


async def kept_response(ctx: Context, answer: Answer) -> Response | None:
    """Return the first answer of a write sent again with the same key, else None."""
    if answer.key is None:
        return None
    kept = await run_in_threadpool(ctx.store.kept_answer, answer.key)
    if kept is None:
        return None
    if kept.request != answer.request:
        raise ApiError(
            409,
            f"This {HEADER} was sent with another request: use a new key for a new write.",
            {HEADER: "was used for another request"},
        )
    return raw_json_response(kept.body, kept.status, {"Idempotent-Replayed": "true"})


async def answered(ctx: Context, answer: Answer, write, *args) -> tuple[Response, dict]:
    """Await the store's *write* with its answer; return the response and the body it carries.

    A twin request with the same Idempotency-Key that committed first wins: its answer is sent
    (and the body returned is empty: this request changed nothing).
    """
    try:
        status, body = await write(*args, answer)
    except AlreadyAnswered:
        kept = await kept_response(ctx, answer)
        if kept is None:  # kept, then expired at once: only with a clock gone backwards
            raise ApiError(
                409, "This write was answered already; send it with a new key."
            ) from None
        return kept, {}
    return json_response(body, status=status), body
