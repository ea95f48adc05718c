"""The OpenAPI 3.1 document of the API, written as data beside ROUTES (docs/api.md summarises it).

`openapi_document(routes)` refuses to build a document that misses a route, so the two cannot drift.
"""

from typing import Any

from starlette.routing import Route

from comment_server.jsonio import dumps


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _obj(required: list[str], **properties: Any) -> dict[str, Any]:
    return {"type": "object", "required": required, "properties": properties}


STR = {"type": "string"}
INT = {"type": "integer"}
BOOL = {"type": "boolean"}
TIME = {"type": "string", "format": "date-time", "example": "2026-01-02T10:00:00Z"}
NULLABLE_STR = {"type": ["string", "null"]}
NULLABLE_TIME = {"type": ["string", "null"], "format": "date-time"}
NULLABLE_ID = {"type": ["integer", "null"], "minimum": 1}
STATUS = {"type": "string", "enum": ["pending", "approved", "rejected", "spam"]}
TONES = ("grief", "hostile", "critical", "spam", "question", "praise", "neutral")
HELD = {
    "type": "string",
    "description": "why the comment waits for the author though its commenter is trusted",
}

COMMENT_FIELDS = {
    "id": INT,
    "parent": NULLABLE_ID,
    "thread": STR,
    "author": STR,
    "website": {"type": ["string", "null"], "format": "uri"},
    "created": TIME,
    "edited": NULLABLE_TIME,
    "updated": TIME,
    "html": {"type": "string", "description": "nh3-sanitized HTML of the Markdown"},
    "stars": INT,
    "gold_stars": INT,
    "by_author": BOOL,
    "commenter": {"type": "string", "pattern": "^[0-9a-f]{16}$"},
}
EXPORT_COMMENT = {k: v for k, v in COMMENT_FIELDS.items() if k != "thread"} | {"markdown": STR}

SCHEMAS: dict[str, Any] = {
    "Error": _obj(
        ["error", "fields"],
        error={"type": "string", "description": "one sentence saying what to fix"},
        fields={"type": "object", "additionalProperties": STR},
    ),
    "Comment": _obj(list(COMMENT_FIELDS), **COMMENT_FIELDS),
    "OwnComment": {"allOf": [_ref("Comment"), _obj(["status"], status=STATUS)]},
    "Tone": {"type": "string", "enum": list(TONES)},
    "Draft": _obj(
        ["text", "template", "gold_stars", "tone"],
        text={"type": "string", "description": "empty for spam and for a severe attack"},
        template=STR,
        gold_stars=INT,
        star_line={"type": "string", "description": "the sentence promising the gold stars"},
        quote=STR,
        phrases={"type": "array", "items": STR},
        tone=_ref("Tone"),
        advice={"type": "string", "description": "a note for the author, not the commenter"},
        personal={"type": "string", "description": "the line to make one's own"},
        cues={"type": "array", "items": STR, "description": "the words that decided the tone"},
    ),
    "AdminComment": {
        "allOf": [
            _ref("OwnComment"),
            _obj(
                ["markdown", "email", "replied", "commenter_comments", "thread_title"],
                markdown=STR,
                email=NULLABLE_STR,
                replied=BOOL,
                commenter_comments={
                    "type": "integer",
                    "description": "the commenter's approved comments up to this one, this one "
                    "included (1: a first comment)",
                },
                previous_templates={"type": "array", "items": STR},
                post_title={
                    "type": ["string", "null"],
                    "description": "the built site's title (null before a build sent its facts)",
                },
                thread_title={
                    "type": ["string", "null"],
                    "description": "a hint only: the title the first commenter's page showed",
                },
                draft=_ref("Draft"),
            ),
        ]
    },
    "Thread": _obj(
        ["thread", "stars", "comments"],
        thread=STR,
        stars=INT,
        comments={"type": "array", "items": _ref("Comment")},
    ),
    "StarState": _obj(["count", "starred"], count=INT, starred=BOOL),
    "Stars": _obj(
        ["thread", "post", "comments"],
        thread=STR,
        post=_ref("StarState"),
        comments={"type": "object", "additionalProperties": _ref("StarState")},
    ),
    "StarRequest": _obj(
        ["reader"],
        reader={"type": "string", "minLength": 16, "maxLength": 200},
        comment=NULLABLE_ID,
    ),
    "FormToken": _obj(["token", "min_seconds"], token=STR, min_seconds=INT),
    "NewComment": _obj(
        ["author", "text", "reader", "form_token"],
        author={"type": "string", "maxLength": 80},
        text=STR,
        email=NULLABLE_STR,
        website=NULLABLE_STR,
        parent=NULLABLE_ID,
        title=NULLABLE_STR,
        reader={"type": "string", "minLength": 16, "maxLength": 200},
        form_token=STR,
        homepage={"type": "string", "maxLength": 0, "description": "honeypot: leave empty"},
    ),
    "Created": _obj(
        ["comment", "edit_token", "edit_until"],
        comment=_ref("OwnComment"),
        edit_token=STR,
        edit_until=TIME,
        held=HELD,
    ),
    "ToneRequest": _obj(["text"], text=STR),
    "ToneAnswer": _obj(
        ["tone", "nudge"],
        tone=_ref("Tone"),
        nudge={"type": ["string", "null"], "description": "the note to show before posting"},
    ),
    "SiteFacts": {
        "type": "object",
        "required": ["format", "version", "threads"],
        "description": "the thank_you plugin's facts file (docs/thank-you.md)",
        "properties": {
            "format": {"const": "goldstar-thank-you-facts"},
            "version": {"const": 2},
            "threads": {"type": "object"},
        },
    },
    "SiteFactsSaved": _obj(["threads", "templates"], threads=INT, templates=INT),
    "EditRequest": _obj(
        ["edit_token", "text"], edit_token=STR, text=STR, author=STR, website=NULLABLE_STR
    ),
    "Edited": _obj(
        ["comment", "edit_until"], comment=_ref("OwnComment"), edit_until=TIME, held=HELD
    ),
    "AdminList": _obj(["comments"], comments={"type": "array", "items": _ref("AdminComment")}),
    "AdminAnswer": _obj(["comment"], comment=_ref("AdminComment")),
    "Reply": _obj(["text"], text=STR, template={"type": "string", "maxLength": 200}),
    "GoldStars": _obj(["count"], count={"type": "integer", "minimum": 1, "maximum": 5}),
    "Empty": {"type": "object"},
    "ExportDocument": _obj(
        ["format", "version", "thread", "stars", "comments"],
        format={"const": "goldstar-comments"},
        version={"const": 1},
        thread=STR,
        stars=INT,
        comments={"type": "array", "items": _obj(list(EXPORT_COMMENT), **EXPORT_COMMENT)},
    ),
    "Export": _obj(
        ["threads"], threads={"type": "object", "additionalProperties": _ref("ExportDocument")}
    ),
    "SignIn": _obj(["password"], password=STR),
    "Blocked": _obj(
        ["commenters"],
        commenters={
            "type": "array",
            "items": _obj(
                ["commenter", "name", "latest", "comments"],
                commenter=STR,
                name=NULLABLE_STR,
                latest=NULLABLE_TIME,
                comments=INT,
            ),
        },
    ),
    "Health": _obj(["ok"], ok=BOOL),
}


def _json(schema: str, description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ref(schema)}}}


ERRORS = {
    "400": "the body is not JSON",
    "401": "the admin credential is missing or wrong",
    "403": "origin not allowed, blocked, or the edit window has closed",
    "404": "no such thread item or comment",
    "413": "the body is too large",
    "415": "the body is not application/json",
    "422": "a field is invalid (see fields)",
    "429": "rate limited (see Retry-After)",
}


def _op(
    summary: str,
    answer: tuple[str, str, str] | None,
    body: str | None = None,
    errors: str = "",
    params: tuple[dict[str, Any], ...] = (),
    admin: bool = False,
) -> dict[str, Any]:
    status, schema, description = answer or ("204", "", "done")
    responses: dict[str, Any] = {
        status: _json(schema, description) if schema else {"description": description}
    }
    for code in errors.split():
        responses[code] = _json("Error", ERRORS[code])
    operation: dict[str, Any] = {"summary": summary, "responses": responses}
    if params:
        operation["parameters"] = list(params)
    if body:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": _ref(body)}},
        }
    if admin:
        operation["security"] = [{"bearer": []}, {"session": []}]
    return operation


def _path(name: str, schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "schema": schema,
        "description": description,
    }


def _query(name: str, schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": schema,
        "description": description,
    }


THREAD = _path(
    "thread", {"type": "string", "pattern": "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}$"}, "thread id"
)
ID = _path("id", {"type": "integer", "minimum": 1}, "comment id")
WRITE = "400 403 413 415 422 429"
ADMIN_WRITE = "401 403 404 415 422"
ETAG = {"ETag": {"schema": STR, "description": "send it back in If-None-Match for a 304"}}

PATHS: dict[str, dict[str, Any]] = {
    "/api/threads/{thread}/comments": {
        "get": _op(
            "Approved comments of a thread (updated after `since` when given); ETag and 304.",
            ("200", "Thread", "the thread"),
            errors="422",
            params=(THREAD, _query("since", TIME, "only comments updated after this time")),
        ),
        "post": _op(
            "Leave a comment: pending unless the commenter is trusted or moderation is off.",
            ("201", "Created", "stored"),
            "NewComment",
            WRITE,
            (THREAD,),
        ),
    },
    "/api/threads/{thread}/stars": {
        "get": _op(
            "Star counts of the post and its comments, and what this reader starred.",
            ("200", "Stars", "the counts"),
            errors="422",
            params=(THREAD, _query("reader", STR, "the reader token")),
        ),
        "put": _op(
            "Star the post (comment null) or a comment; a second star changes nothing.",
            ("200", "StarState", "starred"),
            "StarRequest",
            WRITE + " 404",
            (THREAD,),
        ),
        "delete": _op(
            "Take a star back.",
            ("200", "StarState", "unstarred"),
            "StarRequest",
            WRITE + " 404",
            (THREAD,),
        ),
    },
    "/api/comments/{id}": {
        "patch": _op(
            "Edit one's own comment within the edit window (needs its edit token).",
            ("200", "Edited", "changed"),
            "EditRequest",
            WRITE + " 404",
            (ID,),
        ),
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
            WRITE,
        )
    },
    "/api/admin/site-facts": {
        "put": _op(
            "Keep the blog's build facts (titles, related posts, support posts, own templates) "
            "that every draft is made from.",
            ("200", "SiteFactsSaved", "kept"),
            "SiteFacts",
            "401 403 413 415 422",
            admin=True,
        )
    },
    "/api/admin/comments": {
        "get": _op(
            "The inbox: comments of a status (pending by default), newest first, with drafts.",
            ("200", "AdminList", "the comments"),
            errors="401 422",
            params=(
                _query("status", STATUS, "which comments (default pending)"),
                _query(
                    "unanswered", {"type": "string", "enum": ["0", "1"]}, "1: approved, not replied"
                ),
                _query(
                    "limit", {"type": "integer", "minimum": 1, "maximum": 500}, "at most this many"
                ),
            ),
            admin=True,
        )
    },
    "/api/admin/comments/{id}/approve": {
        "post": _op(
            "Approve (idempotent); the commenter becomes trusted.",
            ("200", "AdminAnswer", "approved"),
            "Empty",
            ADMIN_WRITE,
            (ID,),
            True,
        )
    },
    "/api/admin/comments/{id}/reject": {
        "post": _op(
            "Reject (idempotent).",
            ("200", "AdminAnswer", "rejected"),
            "Empty",
            ADMIN_WRITE,
            (ID,),
            True,
        )
    },
    "/api/admin/comments/{id}/spam": {
        "post": _op(
            "Mark as spam (idempotent).",
            ("200", "AdminAnswer", "marked"),
            "Empty",
            ADMIN_WRITE,
            (ID,),
            True,
        )
    },
    "/api/admin/comments/{id}/reply": {
        "post": _op(
            "Reply as the author (approves the comment replied to).",
            ("201", "AdminAnswer", "the reply"),
            "Reply",
            ADMIN_WRITE,
            (ID,),
            True,
        )
    },
    "/api/admin/comments/{id}/gold-stars": {
        "post": _op(
            "Award 1 to 5 more gold stars.",
            ("200", "AdminAnswer", "awarded"),
            "GoldStars",
            ADMIN_WRITE,
            (ID,),
            True,
        )
    },
    "/api/admin/comments/{id}": {
        "delete": _op(
            "Delete a comment (idempotent); its replies move up to its parent.",
            None,
            None,
            "401 403 415",
            (ID,),
            True,
        )
    },
    "/api/admin/commenters/{commenter}/block": {
        "post": _op(
            "Block a commenter: pending comments become spam, later ones are refused.",
            None,
            "Empty",
            "401 403 415 422",
            (_path("commenter", {"type": "string", "pattern": "^[0-9a-f]{16}$"}, "commenter key"),),
            True,
        )
    },
    "/api/admin/commenters": {
        "get": _op(
            "The blocked commenters, each with the name and time of their latest comment.",
            ("200", "Blocked", "the blocked commenters"),
            errors="401",
            admin=True,
        )
    },
    "/api/admin/commenters/{commenter}/unblock": {
        "post": _op(
            "Let a blocked commenter comment again (their comments wait for approval again).",
            None,
            "Empty",
            "401 403 415 422",
            (_path("commenter", {"type": "string", "pattern": "^[0-9a-f]{16}$"}, "commenter key"),),
            True,
        )
    },
    "/api/admin/export": {
        "get": _op(
            "Every thread's export document, as `export DIR` writes them.",
            ("200", "Export", "the documents"),
            errors="401",
            admin=True,
        )
    },
    "/admin": {
        "get": {
            "summary": "The moderation inbox page (strict Content-Security-Policy).",
            "responses": {"200": {"description": "the page", "content": {"text/html": {}}}},
        }
    },
    "/admin/static/{path}": {
        "get": {
            "summary": "A file of the inbox (script, style, icon).",
            "parameters": [_path("path", STR, "file path under the inbox folder")],
            "responses": {
                "200": {"description": "the file"},
                "404": _json("Error", "no such file"),
            },
        }
    },
    "/admin/session": {
        "post": _op(
            "Sign in to the inbox: sets an HttpOnly SameSite=Strict session cookie.",
            None,
            "SignIn",
            "401 403 415 422 429",
        ),
        "delete": _op("Sign out: clears the session cookie.", None, None, "403 415"),
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
    PATHS[_read]["get"]["responses"]["200"]["headers"] = ETAG
    PATHS[_read]["get"]["responses"]["304"] = {"description": "unchanged since If-None-Match"}


def openapi_document(routes: list[Route]) -> bytes:
    """Return the OpenAPI document as JSON bytes; raise if a route of *routes* is not described."""
    missing = []
    for route in routes:
        path = route.path.replace(":int}", "}").replace(":path}", "}")
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
            '{"error", "fields"}. See docs/api.md.',
        },
        "paths": PATHS,
        "components": {
            "schemas": SCHEMAS,
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer", "description": "the admin password"},
                "session": {"type": "apiKey", "in": "cookie", "name": "goldstar_admin"},
            },
        },
    }
    return dumps(document)
