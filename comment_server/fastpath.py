"""The hot path: `GET /api/threads/{thread}/comments` answered from the read cache before routing.

A thread's comments are what every page view of the embed asks for. When the answer is in memory and
needs no check against the database (see cache.py), this thin ASGI layer sends it at once with the
very response the route's handler would build (readers.read_answer), plus the CORS headers that
CORSMiddleware would add for an allowed origin. Anything else (a miss, a stale entry, a bad thread
id or `since`, another origin, another query) goes down the normal stack, which also gives errors.
"""

import re
from urllib.parse import unquote_plus

from starlette.types import ASGIApp, Receive, Scope, Send

from comment_server.cache import ThreadCache
from comment_server.params import since
from comment_server.readers import read_answer
from comment_server.validation import THREAD_ID

PATH = re.compile(r"^/api/threads/([^/]+)/comments$")
EXPOSE = "ETag, Retry-After"


class CachedThreadReads:
    """ASGI middleware answering fresh cached thread reads, delegating everything else."""

    def __init__(self, app: ASGIApp, cache: ThreadCache, origins: tuple[str, ...]) -> None:
        self.app = app
        self.cache = cache
        self.origins = origins

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer from memory when possible, else pass the request on."""
        if scope["type"] == "http" and scope["method"] == "GET":
            match = PATH.match(scope["path"])
            if match is not None and THREAD_ID.fullmatch(match.group(1)):
                response = self._answer(scope, match.group(1))
                if response is not None:
                    await response(scope, receive, send)
                    return
        await self.app(scope, receive, send)

    def _answer(self, scope: Scope, thread: str):
        since = _since(scope["query_string"])
        if since is False:
            return None
        headers = {name: value for name, value in scope["headers"]}
        origin = headers.get(b"origin")
        if origin is not None and origin.decode("latin-1") not in self.origins:
            return None
        body = self.cache.fresh(thread, since)
        if body is None:
            return None
        response = read_answer(
            body,
            headers.get(b"if-none-match", b"").decode("latin-1"),
            headers.get(b"accept-encoding", b"").decode("latin-1"),
        )
        response.headers["Vary"] = "Accept-Encoding, Origin"  # as CORSMiddleware says it
        if origin is not None:
            response.headers["Access-Control-Allow-Origin"] = origin.decode("latin-1")
            response.headers["Access-Control-Expose-Headers"] = EXPOSE
        return response


def _since(query: bytes) -> str | bool | None:
    """Return the normalized `since` of a query, None without one, False for any other query."""
    if not query:
        return None
    if not query.startswith(b"since=") or b"&" in query:
        return False
    try:
        return since(unquote_plus(query[6:].decode("latin-1")))
    except ValueError:
        return False
