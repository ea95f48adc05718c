"""The moderation inbox's page and files (comment_server/inbox/), and its sign-in session."""

import re
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, Response

from comment_server.context import context
from comment_server.errors import ApiError
from comment_server.guards import (
    SESSION_COOKIE,
    password_matches,
    read_json,
    require_admin,
    require_admin_credential,
    session_hash,
)
from comment_server.tokens import SESSION_MAX_AGE, hash_secret, new_session_id

INBOX = Path(__file__).resolve().parent / "inbox"
# Plain names only, in plain folders: no dot files, no "..", no NUL, nothing a file system rejects.
FILE_NAME = re.compile(
    r"^(?:[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}/){0,4}[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}$"
)
# The inbox runs only its own files: no inline script or style, no other origin, no framing.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
PAGE_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-cache",
}
MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".webmanifest": "application/manifest+json",
    ".json": "application/json",
}


async def inbox_page(request: Request) -> Response:
    """Serve the inbox page (comment_server/inbox/index.html)."""
    return _file(INBOX / "index.html")


async def inbox_file(request: Request) -> Response:
    """Serve one file of comment_server/inbox/ (scripts, styles, icons)."""
    relative = request.path_params["path"]
    if not FILE_NAME.match(relative):
        raise ApiError(404, "There is no such file of the inbox.")
    path = (INBOX / relative).resolve()
    if not path.is_relative_to(INBOX):
        raise ApiError(404, "There is no such file of the inbox.")
    return _file(path)


def _file(path: Path) -> Response:
    media_type = MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None or not path.is_file():
        raise ApiError(404, "There is no such file of the inbox.")
    return FileResponse(path, media_type=media_type, headers=PAGE_HEADERS)


async def sign_in(request: Request) -> Response:
    """Open an inbox session: the password in, an HttpOnly SameSite=Strict cookie out."""
    ctx = context(request)
    body = await read_json(request, ctx)
    credential = require_admin_credential(ctx)
    password = ctx.bodies.sign_in.clean(body)["password"]
    if not await password_matches(request, ctx, password):
        raise ApiError(401, "This is not the admin password.", {"password": "does not match"})
    session_id = new_session_id()
    await run_in_threadpool(ctx.store.open_session, hash_secret(session_id), SESSION_MAX_AGE)
    response = Response(status_code=204, headers={"Cache-Control": "no-store"})
    response.set_cookie(
        SESSION_COOKIE,
        ctx.tokens.session(ctx.keys.session_tag(credential), session_id),
        max_age=SESSION_MAX_AGE,
        path="/",
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    return response


async def sign_out(request: Request) -> Response:
    """End this inbox session on the server (a copy of its cookie stops working) and clear it."""
    ctx = context(request)
    await read_json(request, ctx)
    found = session_hash(request, ctx)
    if found is not None:
        await run_in_threadpool(ctx.store.close_session, found)
    return _signed_out(request)


async def sign_out_everywhere(request: Request) -> Response:
    """End every inbox session, on every device, and clear this one's cookie."""
    ctx = context(request)
    await require_admin(request, ctx)
    await read_json(request, ctx)
    await run_in_threadpool(ctx.store.close_every_session)
    return _signed_out(request)


def _signed_out(request: Request) -> Response:
    response = Response(status_code=204, headers={"Cache-Control": "no-store"})
    response.delete_cookie(
        SESSION_COOKIE,
        path="/",
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    return response
