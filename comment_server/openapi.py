"""The OpenAPI 3.1 document of the API, made from what the server checks (docs/api.md sums it up).

Request bodies and parameters come from bodies.py and params.py, the very fields the handlers clean
with; answers from answers.py. Each operation lists every status the server can answer it with:
the refusals follow from what the operation reads (a body, an admin credential, a path id...).
`openapi_document(routes, bodies)` refuses to build a document that misses a route, so the two
cannot drift; tests/server/test_schemathesis.py checks the rest against the running server.
"""

from typing import Any

from starlette.routing import Route

from comment_server import idempotency, params
from comment_server.answers import SCHEMAS, STR, ref
from comment_server.bodies import RequestBodies
from comment_server.fields import Field, Fields
from comment_server.inbox_page import FILE_NAME
from comment_server.jsonio import dumps

REFUSALS = {
    "400": "the body is not JSON",
    "401": "the admin credential is missing or wrong",
    "403": "not allowed: another site's Origin, a blocked address, commenter or browser, an edit "
    "token that is not this comment's or has expired",
    "404": "no such comment, or nothing at this path",
    "413": "the body is too large",
    "415": "the body is not application/json",
    "422": "a field is invalid (fields names each): it breaks the schema, or it is a form token "
    "or a reader token this server did not sign, a form token sent too fast or already used for "
    "a comment, or the comment breaks the blog's spam rules (links, blocked words, blocked "
    "websites)",
    "409": "a state that does not allow it: the comment was not kept apart from another "
    "commenter (nothing to join), or this Idempotency-Key was sent with another request",
    "429": "rate limited (see Retry-After), or too many new threads from this address",
}
HEADERS = {
    "429": {"Retry-After": {"schema": STR, "description": "seconds to wait"}},
    "401": {"WWW-Authenticate": {"schema": STR, "description": "Bearer"}},
}
PATH_PARAMETERS: dict[str, tuple[Field, str]] = {
    # name: (its field, what a bad value is answered with: 404 when it matches no route)
    "thread": (params.THREAD, "404 422"),
    "id": (params.COMMENT_ID, "404"),
    "commenter": (params.COMMENTER, "404 422"),
}


def _refusal(code: str) -> dict[str, Any]:
    answer: dict[str, Any] = {
        "description": REFUSALS[code],
        "content": {"application/json": {"schema": ref("Error")}},
    }
    if code in HEADERS:
        answer["headers"] = HEADERS[code]
    return answer


def _parameters(path: tuple[str, ...], query: Fields | None) -> list[dict[str, Any]]:
    found = [_parameter(name, "path", PATH_PARAMETERS[name][0]) for name in path]
    if query is not None:
        found += [_parameter(name, "query", one) for name, one in query.fields.items()]
    return found


def _parameter(name: str, where: str, one: Field) -> dict[str, Any]:
    schema = dict(one.schema)
    return {
        "name": name,
        "in": where,
        "required": one.required,
        "description": schema.pop("description", name),
        "schema": schema,
    }


def _refusals(
    body: str | None, path: tuple[str, ...], query: Fields | None, admin: bool, also: str
) -> list[str]:
    codes = set(also.split())
    if body:
        codes |= {"400", "403", "413", "415", "422"}
    if admin:
        codes |= {"401", "429"}  # 429: too many wrong passwords from this address
    for name in path:
        codes |= set(PATH_PARAMETERS[name][1].split())
    if query is not None:
        codes.add("422")
    return sorted(codes)


def _op(
    summary: str,
    answer: tuple[str, str, str] | None,
    body: str | None = None,
    path: tuple[str, ...] = (),
    query: Fields | None = None,
    admin: bool = False,
    also: str = "",
) -> dict[str, Any]:
    """Return an operation: *answer* (status, schema, description; None: 204), the request *body*
    schema's name, the *path* parameters, the *query* fields, whether it needs the admin
    credential, and refusals *also* answered besides the ones those imply."""
    status, schema, description = answer or ("204", "", "done")
    done: dict[str, Any] = {"description": description}
    if schema:
        done["content"] = {"application/json": {"schema": ref(schema)}}
    responses = {status: done}
    for code in _refusals(body, path, query, admin, also):
        responses[code] = _refusal(code)
    operation: dict[str, Any] = {"summary": summary, "responses": responses}
    if path or query:
        operation["parameters"] = _parameters(path, query)
    if body:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": ref(body)}},
        }
    if admin:
        operation["security"] = [{"bearer": []}, {"session": []}]
    return operation


def _mail_page(shown: str, done: str) -> dict[str, Any]:
    token = {
        "name": "token",
        "in": "path",
        "required": True,
        "description": "the signed token of the mail's link",
        "schema": {"type": "string"},
    }
    html = {"text/html": {}}
    answers = {
        "200": {"description": "the page", "content": html},
        "404": {"description": "the link is not (or no longer) valid", "content": html},
    }
    form = {"type": "object", "properties": {"List-Unsubscribe": {"const": "One-Click"}}}
    return {
        "get": {"summary": shown, "parameters": [token], "responses": answers},
        "post": {
            "summary": done,
            "parameters": [token],
            "requestBody": {
                "required": False,
                "content": {"application/x-www-form-urlencoded": {"schema": form}},
            },
            "responses": answers,
        },
    }


PATHS: dict[str, dict[str, Any]] = {
    "/api/threads/{thread}/comments": {
        "get": _op(
            "Approved comments of a thread (updated at or after `since` when given); ETag, 304.",
            ("200", "Thread", "the thread"),
            path=("thread",),
            query=params.COMMENTS_QUERY,
        ),
        "post": _op(
            "Leave a comment: pending unless the commenter is trusted or moderation is off.",
            ("201", "Created", "stored"),
            "NewComment",
            ("thread",),
            also="429",
        ),
    },
    "/api/threads/{thread}/stars": {
        "get": _op(
            "Star counts of the post and its comments, and what this reader starred.",
            ("200", "Stars", "the counts"),
            path=("thread",),
            query=params.STARS_QUERY,
        ),
        "put": _op(
            "Star the post (comment null) or a comment; a second star changes nothing.",
            ("200", "StarState", "starred"),
            "StarRequest",
            ("thread",),
            also="429",
        ),
        "delete": _op(
            "Take a star back.",
            ("200", "StarState", "unstarred"),
            "StarRequest",
            ("thread",),
            also="429",
        ),
    },
    "/api/comments/{id}": {
        "patch": _op(
            "Edit one's own comment within the edit window (needs its edit token).",
            ("200", "Edited", "changed"),
            "EditRequest",
            ("id",),
            also="429",
        ),
        "delete": _op(
            "Delete one's own comment within the edit window (needs its edit token), as the "
            "author deletes one: its replies are kept, re-attached to its parent. Done too when "
            "it is already gone.",
            None,
            "DeleteRequest",
            ("id",),
            also="429",
        ),
    },
    "/api/readers": {
        "post": _op(
            "A new reader token, signed by this server: the browser keeps it and sends it with "
            "its stars and comments. A few per address and hour (COMMENT_SERVER_RATE_READERS).",
            ("201", "ReaderToken", "a new reader token"),
            "Empty",
            also="429",
        )
    },
    "/api/form": {
        "get": _op(
            "A signed form token; a comment sent sooner than min_seconds after it is refused.",
            ("200", "FormToken", "a new token"),
        )
    },
    "/api/tone": {
        "post": _op(
            "How a comment about to be posted reads, and the nudge to show before a harsh one.",
            ("200", "ToneAnswer", "its tone"),
            "ToneRequest",
            also="429",
        )
    },
    "/api/admin/site-facts": {
        "put": _op(
            "Keep the blog's build facts (titles, related posts, support posts, own templates) "
            "that every draft is made from.",
            ("200", "SiteFactsSaved", "kept"),
            "SiteFacts",
            admin=True,
        )
    },
    "/api/admin/comments": {
        "get": _op(
            "The inbox: comments of a status (pending by default), newest first, with drafts.",
            ("200", "AdminList", "the comments"),
            query=params.INBOX_QUERY,
            admin=True,
        )
    },
    "/api/admin/comments/{id}/approve": {
        "post": _op(
            "Approve (idempotent); the commenter becomes trusted.",
            ("200", "AdminAnswer", "approved"),
            "Empty",
            ("id",),
            admin=True,
        )
    },
    "/api/admin/comments/{id}/reject": {
        "post": _op(
            "Reject (idempotent).",
            ("200", "AdminAnswer", "rejected"),
            "Empty",
            ("id",),
            admin=True,
        )
    },
    "/api/admin/comments/{id}/spam": {
        "post": _op(
            "Mark as spam (idempotent).",
            ("200", "AdminAnswer", "marked"),
            "Empty",
            ("id",),
            admin=True,
        )
    },
    "/api/admin/comments/{id}/reply": {
        "post": _op(
            "Reply as the author (approves the comment replied to).",
            ("201", "AdminAnswer", "the reply"),
            "Reply",
            ("id",),
            admin=True,
        )
    },
    "/api/admin/comments/{id}/same-commenter": {
        "post": _op(
            "Say a kept-apart comment (claimed_commenter) is by the commenter whose email it "
            "gives: it, its commenter's other comments and their browser join that commenter. "
            "409 when it was not kept apart.",
            ("200", "AdminAnswer", "joined"),
            "Empty",
            ("id",),
            admin=True,
            also="409",
        )
    },
    "/api/admin/comments/{id}/gold-stars": {
        "post": _op(
            "Award 1 to 5 more gold stars.",
            ("200", "AdminAnswer", "awarded"),
            "GoldStars",
            ("id",),
            admin=True,
        )
    },
    "/api/admin/comments/{id}": {
        "delete": _op(
            "Delete a comment (idempotent: 204 when it is already gone); its replies move up to "
            "its parent.",
            None,
            "Empty",
            ("id",),
            admin=True,
        )
    },
    "/api/admin/commenters": {
        "get": _op(
            "The blocked commenters, each with the name and time of their latest comment.",
            ("200", "Blocked", "the blocked commenters"),
            admin=True,
        )
    },
    "/api/admin/commenters/{commenter}/block": {
        "post": _op(
            "Block a commenter: pending comments become spam, later ones are refused.",
            None,
            "Empty",
            ("commenter",),
            admin=True,
        )
    },
    "/api/admin/commenters/{commenter}/unblock": {
        "post": _op(
            "Let a blocked commenter comment again (moderated: trust is earned again); what "
            "their block turned into spam stays spam.",
            None,
            "Empty",
            ("commenter",),
            admin=True,
        )
    },
    "/api/admin/export": {
        "get": _op(
            "Every thread's export document, as `export DIR` writes them.",
            ("200", "Export", "the documents"),
            admin=True,
        )
    },
    "/api/admin/forget": {
        "post": _op(
            "Forget an email address (a data deletion request): its copies on comments, its "
            "reply-mail subscriptions and queued mail; only a keyed hash stays, which keeps "
            "mail from being sent to it for 30 days.",
            ("200", "Forgotten", "forgotten"),
            "Forget",
            admin=True,
        )
    },
    "/mail/confirm/{token}": _mail_page(
        "The confirmation link of reply mail: a page with a button that confirms.",
        "Confirm the address (double opt-in); its commenter becomes verified.",
    ),
    "/mail/stop/{token}": _mail_page(
        "An unsubscribe link: a page with buttons to stop mail about one post, or all mail.",
        "Stop the mail the link names (RFC 8058 one-click: List-Unsubscribe=One-Click); "
        "stopping all mail forgets the address.",
    ),
    "/admin": {
        "get": {
            "summary": "The moderation inbox page (strict Content-Security-Policy).",
            "responses": {"200": {"description": "the page", "content": {"text/html": {}}}},
        }
    },
    "/admin/static/{path}": {
        "get": {
            "summary": "A file of the inbox (script, style, icon).",
            "parameters": [
                {
                    "name": "path",
                    "in": "path",
                    "required": True,
                    "description": "file path under the inbox folder",
                    "schema": {"type": "string", "pattern": FILE_NAME.pattern},
                }
            ],
            "responses": {"200": {"description": "the file"}, "404": _refusal("404")},
        }
    },
    "/admin/session": {
        "post": _op(
            "Sign in to the inbox: sets an HttpOnly SameSite=Strict session cookie.",
            None,
            "SignIn",
            also="401 429",
        ),
        "delete": _op(
            "Sign out: ends this session on the server (a copy of its cookie stops working) "
            "and clears the cookie.",
            None,
            "Empty",
        ),
    },
    "/api/admin/sessions": {
        "delete": _op(
            "Sign out everywhere: ends every inbox session, on every device.",
            None,
            "Empty",
            admin=True,
        )
    },
    "/api/openapi.json": {
        "get": {
            "summary": "This document.",
            "responses": {
                "200": {"description": "OpenAPI 3.1", "content": {"application/json": {}}}
            },
        }
    },
    "/api/health": {
        "get": _op("200 when the server and its database answer.", ("200", "Health", "healthy"))
    },
}

for _read in ("/api/threads/{thread}/comments", "/api/threads/{thread}/stars"):
    _etag = {"ETag": {"schema": STR, "description": "send it back in If-None-Match for a 304"}}
    PATHS[_read]["get"]["responses"]["200"]["headers"] = _etag
    PATHS[_read]["get"]["responses"]["304"] = {"description": "unchanged since If-None-Match"}


# Where a new comment leads (OpenAPI links): its commenter edits or deletes it with its edit
# token, the author moderates it. A stateful client (schemathesis) follows these.
_NEW_ID = {"id": "$response.body#/comment/id"}
_OWN = {"edit_token": "$response.body#/edit_token"}
_LINKS = {
    "EditIt": ("/api/comments/{id}", "patch", {**_OWN, "text": "Edited."}),
    "DeleteIt": ("/api/comments/{id}", "delete", _OWN),
    "ApproveIt": ("/api/admin/comments/{id}/approve", "post", {}),
    "RejectIt": ("/api/admin/comments/{id}/reject", "post", {}),
    "MarkItSpam": ("/api/admin/comments/{id}/spam", "post", {}),
    "ReplyToIt": ("/api/admin/comments/{id}/reply", "post", {"text": "Thank you!"}),
    "StarIt": ("/api/admin/comments/{id}/gold-stars", "post", {"count": 1}),
    "JoinIt": ("/api/admin/comments/{id}/same-commenter", "post", {}),
    "DeleteItAsAuthor": ("/api/admin/comments/{id}", "delete", {}),
}
PATHS["/api/threads/{thread}/comments"]["post"]["responses"]["201"]["links"] = {
    name: {
        "operationRef": "#/paths/" + path.replace("/", "~1") + "/" + method,
        "parameters": _NEW_ID,
        "requestBody": body,
    }
    for name, (path, method, body) in _LINKS.items()
}

# Writes that take an Idempotency-Key: a retry with the same key and body gets the first answer.
IDEMPOTENT = (
    ("/api/threads/{thread}/comments", "post"),
    ("/api/threads/{thread}/stars", "put"),
    ("/api/threads/{thread}/stars", "delete"),
    ("/api/comments/{id}", "patch"),
    ("/api/admin/comments/{id}/reply", "post"),
    ("/api/admin/comments/{id}/gold-stars", "post"),
)
for _path, _method in IDEMPOTENT:
    _operation = PATHS[_path][_method]
    _operation["parameters"].append(
        {
            "name": idempotency.HEADER,
            "in": "header",
            "required": False,
            "description": idempotency.DESCRIPTION,
            "schema": idempotency.SCHEMA,
        }
    )
    _operation["responses"]["409"] = _refusal("409")
    _operation["responses"]["422"]["description"] += "; or a malformed Idempotency-Key"


def document_path(route: Route) -> str:
    """Return *route*'s path as the document writes it (`{id:int}` is `{id}`)."""
    return route.path.replace(":int}", "}").replace(":path}", "}")


def openapi_document(routes: list[Route], bodies: RequestBodies) -> bytes:
    """Return the OpenAPI document as JSON bytes; raise if a route of *routes* is not described."""
    missing = []
    for route in routes:
        path = document_path(route)
        for method in route.methods or ():
            if method != "HEAD" and method.lower() not in PATHS.get(path, {}):
                missing.append(f"{method} {path}")
    if missing:
        raise RuntimeError(f"comment_server/openapi.py does not describe: {', '.join(missing)}")
    document = {
        "openapi": "3.1.0",
        "info": {
            "title": "Goldstar comment server",
            "version": "1",
            "description": "Comments and stars for a static blog. Writes need application/json, "
            "an allowed Origin, and stay within size and rate limits; every refusal is "
            '{"error", "fields"}; a method a path does not take is 405, with Allow listing the '
            "methods it takes. See docs/api.md.",
        },
        "paths": PATHS,
        "components": {
            "schemas": SCHEMAS | bodies.schemas(),
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer", "description": "the admin password"},
                "session": {"type": "apiKey", "in": "cookie", "name": "goldstar_admin"},
            },
        },
    }
    return dumps(document)
