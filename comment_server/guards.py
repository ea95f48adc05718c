"""The checks every write passes before its handler looks at the body: origin, content type, size,
rate limits, blocked addresses, and the admin credential. Each raises ApiError."""

import hmac
import ipaddress
import json
from typing import Any

import anyio
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from comment_server import params, validation
from comment_server.context import Context
from comment_server.credential import verify_password
from comment_server.errors import ApiError
from comment_server.fields import Field
from comment_server.settings import Rate
from comment_server.times import how_long
from comment_server.tokens import hash_secret

SESSION_COOKIE = "goldstar_admin"
MAX_PASSWORD_CHECKS = 8  # at once: one running, the others waiting their turn; more get 429


def check_origin(request: Request, ctx: Context) -> None:
    """Refuse a browser request from an origin that is neither configured nor the server's own."""
    origin = request.headers.get("origin")
    if origin is None:
        return
    own = f"{request.url.scheme}://{request.headers.get('host', '')}".lower()
    if origin.lower() in ctx.settings.origins or origin.lower() == own:
        return
    raise ApiError(
        403,
        "This site may not send to this server: add its origin to COMMENT_SERVER_ORIGINS.",
        {"origin": f"{origin[:200]} is not an allowed origin"},
    )


async def read_json(request: Request, ctx: Context, limit: int | None = None) -> dict[str, Any]:
    """Return the JSON object of a write, after the origin, content-type and size checks
    (*limit* bytes, the server's COMMENT_SERVER_MAX_BODY unless given)."""
    check_origin(request, ctx)
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/json":
        raise ApiError(
            415,
            "Send the body as JSON with Content-Type: application/json.",
            {"content-type": f"{media_type or 'nothing'} is not application/json"},
        )
    body = await _read_body(request, limit or ctx.settings.max_body)
    if not body.strip():
        return {}
    try:
        value = json.loads(body, parse_constant=_not_json)
    except (ValueError, RecursionError):
        raise ApiError(400, "The body is not valid JSON; send one JSON object.") from None
    if not isinstance(value, dict):
        raise ApiError(422, "The body must be a JSON object.", {"body": "must be an object"})
    return value


def _not_json(name: str) -> None:
    """Refuse NaN and Infinity, which Python's json reads but JSON does not have."""
    raise ValueError(f"{name} is not JSON")


async def _read_body(request: Request, limit: int) -> bytes:
    too_large = ApiError(
        413,
        f"The body is larger than {limit} bytes; send a shorter comment.",
        {"body": f"must be at most {limit} bytes"},
    )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def client_address(request: Request) -> str:
    """Return the client's address (uvicorn has applied the trusted proxies' headers)."""
    return request.client.host if request.client else "unknown"


def rate_limit(
    ctx: Context, kind: str, key: str, rate: Rate, what: str, count: bool = True
) -> None:
    """Refuse with 429 and Retry-After past *rate*; else count one *kind* event for *key*.

    With *count* False the event is only checked; `count_event` records it once it succeeded.
    """
    if not ctx.settings.rate_limits:
        return
    wait = ctx.limiter.wait(f"{kind}\0{key}", rate)
    if not wait and count:
        ctx.limiter.add(f"{kind}\0{key}", rate)
    if wait:
        raise ApiError(
            429,
            f"Too many {what}; wait {how_long(wait)} and try again.",
            headers={"Retry-After": str(wait)},
        )


def count_event(ctx: Context, kind: str, key: str, rate: Rate) -> None:
    """Record one *kind* event for *key* (after rate_limit checked it with count False)."""
    if ctx.settings.rate_limits:
        ctx.limiter.add(f"{kind}\0{key}", rate)


async def check_new_thread(ctx: Context, thread: str, address: str) -> bool:
    """Return whether a write would open a thread neither the database nor the built site knows;
    refuse it with 429 past COMMENT_SERVER_RATE_NEW_THREADS for this address.

    Anyone can name any thread, so without this a script could fill the database (and the
    export) with threads of pages that do not exist. `count_event(ctx, "threads", ...)` counts
    one once the write succeeded.
    """
    if not ctx.settings.rate_limits or await run_in_threadpool(_thread_known, ctx, thread):
        return False
    rate = ctx.settings.rate_new_threads
    wait = ctx.limiter.wait(f"threads\0{address}", rate)
    if wait:
        raise ApiError(
            429,
            f"Too many new comment threads from you: this server opens at most {rate.count} "
            f"in {how_long(rate.seconds)} for pages the blog has not published. Comment on a "
            f"published post, or wait {how_long(wait)} and try again.",
            headers={"Retry-After": str(wait)},
        )
    return True


def _thread_known(ctx: Context, thread: str) -> bool:
    return thread in ctx.site_facts.current().threads or ctx.store.thread_exists(thread)


def check_address(ctx: Context, address: str) -> None:
    """Refuse writes from an address in COMMENT_SERVER_BLOCK_ADDRESSES."""
    if not ctx.settings.block_addresses:
        return
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return
    if any(ip in network for network in ctx.settings.block_addresses):
        raise ApiError(
            403, "Comments and stars from your address are not accepted.", code="blocked"
        )


def thread_param(request: Request) -> str:
    """Return the path's thread id, refused with 422 when invalid."""
    return path_param(request, "thread", params.THREAD)


def commenter_param(request: Request) -> str:
    """Return the path's commenter key, refused with 422 when invalid."""
    return path_param(request, "commenter", params.COMMENTER)


def path_param(request: Request, name: str, field: Field) -> Any:
    """Return the path parameter *name* as *field* cleans it, refused with 422 when invalid."""
    try:
        return field.check(request.path_params[name])
    except ValueError as error:
        raise validation.FieldErrors({name: str(error)}) from None


def id_param(request: Request) -> int:
    """Return the path's comment id (404 past what the database can hold)."""
    value = request.path_params["id"]
    try:
        return params.COMMENT_ID.check(value)
    except ValueError:
        raise ApiError(404, f"There is no comment {value}.", {"id": "no such comment"}) from None


def require_admin_credential(ctx: Context) -> str:
    """Return the admin credential; refuse with 401, saying how to set one, when there is none
    (the admin side is off)."""
    credential = ctx.settings.admin_credential
    if not credential:
        raise ApiError(
            401,
            "The admin side is off: set COMMENT_SERVER_ADMIN_CREDENTIAL to the value "
            "`python -m comment_server admin-credential` prints.",
        )
    return credential


async def require_admin(request: Request, ctx: Context) -> None:
    """Refuse with 401 unless the request carries the admin password or a live inbox session."""
    require_admin_credential(ctx)
    authorization = request.headers.get("authorization", "")
    if authorization[:7].lower() == "bearer ":
        if await password_matches(request, ctx, authorization[7:].strip()):
            return
    elif await session_live(request, ctx):
        return
    raise ApiError(
        401,
        "Sign in: send Authorization: Bearer <admin password>, or open /admin.",
        headers={"WWW-Authenticate": 'Bearer realm="goldstar"'},
    )


def session_hash(request: Request, ctx: Context) -> str | None:
    """Return the stored form of the session the request's cookie names (None: no valid cookie)."""
    cookie = request.cookies.get(SESSION_COOKIE)
    if not cookie or not ctx.settings.admin_credential:
        return None
    session_id = ctx.tokens.session_id(cookie, ctx.keys.session_tag(ctx.settings.admin_credential))
    return hash_secret(session_id) if session_id else None


async def session_live(request: Request, ctx: Context) -> bool:
    """Return whether the request's cookie names a session that is still stored (not signed out)."""
    found = session_hash(request, ctx)
    return found is not None and await anyio.to_thread.run_sync(ctx.store.session_live, found)


async def password_matches(request: Request, ctx: Context, password: str) -> bool:
    """Return whether *password* is the admin password.

    Every attempt counts toward the login limit before the check, so parallel guesses cannot all
    slip past it; the slow scrypt checks run one at a time, beside a short queue (429 past it), so
    a flood of sign-ins never takes the threads and cores that readers' requests need.
    """
    digest = hmac.new(
        ctx.settings.secret.encode(), password.encode("utf-8", "surrogatepass"), "sha256"
    ).hexdigest()
    if digest in ctx.verified_passwords:
        return True
    rate_limit(ctx, "login", client_address(request), ctx.settings.rate_login, "sign-in attempts")
    ok = await _check_password(ctx, password)
    if ok:
        ctx.verified_passwords.clear()  # only ever the current password
        ctx.verified_passwords.add(digest)
    return ok


async def _check_password(ctx: Context, password: str) -> bool:
    # Counted before the first await, so requests arriving together cannot all slip in.
    if ctx.password_checks_pending >= MAX_PASSWORD_CHECKS:
        raise ApiError(
            429,
            "Too many sign-in attempts right now; wait a few seconds and try again.",
            headers={"Retry-After": "5"},
        )
    credential = ctx.settings.admin_credential
    ctx.password_checks_pending += 1
    try:
        return await anyio.to_thread.run_sync(
            verify_password, credential, password, limiter=ctx.password_checks
        )
    finally:
        ctx.password_checks_pending -= 1
