"""The JSON Schemas of the server's answers: the response components of the OpenAPI document.

What the server receives is described where it is checked (bodies.py, params.py); what it sends
is described here, beside shapes.py and store/serialize.py which build it.
"""

from typing import Any

from comment_contract import EXPORT_FORMAT, EXPORT_VERSION, TONES
from comment_server.errors import ERROR_CODES
from comment_server.validation import COMMENTER_KEY


def ref(name: str) -> dict[str, str]:
    """Return a JSON Schema reference to the component *name*."""
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
HELD = {
    "type": "string",
    "description": "why the comment waits for the author though its commenter is trusted",
}
HELD_REASON = {
    "type": "string",
    "enum": ["hostile", "spam", "edited"],
    "description": "the code of `held`, to word it in the page's language: it reads as harsh "
    "toward a person, it reads like an advertisement, an edit changed more than a typo",
}

COMMENT_FIELDS = {
    "id": INT,
    "parent": NULLABLE_ID,
    "reply_to": NULLABLE_ID
    | {
        "description": "the comment it answers when that is not its parent (a reply too deep to "
        "nest under it hangs from an ancestor), else null"
    },
    "thread": STR,
    "author": STR,
    "website": {"type": ["string", "null"], "description": "an http or https address"},
    "created": TIME,
    "edited": NULLABLE_TIME,
    "updated": TIME,
    "html": {"type": "string", "description": "nh3-sanitized HTML of the Markdown"},
    "stars": INT,
    "gold_stars": INT,
    "by_author": BOOL,
    "commenter": {"type": "string", "pattern": COMMENTER_KEY.pattern},
}
EXPORT_COMMENT = {k: v for k, v in COMMENT_FIELDS.items() if k != "thread"} | {
    "markdown": STR,
    "tone": {**ref("Tone"), "description": "what the server read in it (export version 2)"},
    "guarded": {
        "const": True,
        "description": "written only when true: words a reader at risk may write, read as "
        "another tone (export version 3)",
    },
}
# `reply_to` and `guarded` are written only when set.
EXPORT_REQUIRED = [name for name in EXPORT_COMMENT if name not in ("reply_to", "guarded")]

SCHEMAS: dict[str, Any] = {
    "Error": _obj(
        ["error", "fields", "code"],
        error={"type": "string", "description": "one sentence saying what to fix (English)"},
        fields={"type": "object", "additionalProperties": STR},
        code={
            "type": "string",
            "enum": list(ERROR_CODES),
            "description": "the refusal as a stable word, to say it in the reader's language: "
            "the status's (`too_many` for 429...), or for a 403 `blocked` (the address, "
            "commenter or browser), `edit_closed` (the edit window is over) or `editing_off`, "
            "for a 422 `stale` (only the page's reader or form token was refused)",
        },
    ),
    "Comment": _obj(list(COMMENT_FIELDS), **COMMENT_FIELDS),
    "OwnComment": {"allOf": [ref("Comment"), _obj(["status"], status=STATUS)]},
    "Tone": {"type": "string", "enum": list(TONES)},
    "Draft": _obj(
        ["text", "template", "gold_stars", "tone"],
        text={"type": "string", "description": "empty for spam and for a severe attack"},
        template=STR,
        gold_stars=INT,
        star_line={"type": "string", "description": "the sentence promising the gold stars"},
        quote=STR,
        phrases={"type": "array", "items": STR},
        tone=ref("Tone"),
        advice={"type": "string", "description": "a note for the author, not the commenter"},
        personal={"type": "string", "description": "the line to make one's own"},
        cues={"type": "array", "items": STR, "description": "the words that decided the tone"},
        crisis={
            "type": "boolean",
            "description": "the commenter may be thinking of ending their life or of hurting "
            "themselves: listed first",
        },
    ),
    "AdminComment": {
        "allOf": [
            ref("OwnComment"),
            _obj(
                ["markdown", "subscribed", "replied", "commenter_comments", "thread_title"],
                markdown=STR,
                subscribed={
                    "type": "boolean",
                    "description": "the commenter gets reply mail for this comment (confirmed); "
                    "their address is never shown",
                },
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
                claimed_commenter={
                    "type": ["string", "null"],
                    "pattern": COMMENTER_KEY.pattern,
                    "description": "the commenter whose email it gives, when it came from a "
                    "browser never seen with that email and was kept apart (no trust, no badges) "
                    "until the author says it is them (POST .../same-commenter)",
                },
                draft=ref("Draft"),
                changes={
                    "type": ["object", "null"],
                    "description": "what an edit changed since the author approved the comment "
                    "(it waits again): `text`, a word diff as [op, text] pairs (op `=`, `-` or "
                    "`+`, plain text), and `author` and `website` as {before, after} when changed",
                    "properties": {
                        "text": {
                            "type": "array",
                            "items": {
                                "type": "array",
                                "prefixItems": [{"enum": ["=", "-", "+"]}, STR],
                                "minItems": 2,
                                "maxItems": 2,
                            },
                        },
                        "author": {"$ref": "#/components/schemas/Change"},
                        "website": {"$ref": "#/components/schemas/Change"},
                    },
                },
            ),
        ]
    },
    "Change": _obj(["before", "after"], before=NULLABLE_STR, after=NULLABLE_STR),
    "Thread": _obj(
        ["thread", "stars", "comments"],
        thread=STR,
        stars=INT,
        comments={"type": "array", "items": ref("ThreadComment")},
    ),
    "ThreadComment": {
        "allOf": [
            ref("Comment"),
            {
                "type": "object",
                "properties": {
                    "cheer": {
                        "type": "string",
                        "enum": ["quiet", "none"],
                        "description": "written only on a gold-starred comment whose gold stars "
                        "are not cheered, as the build says them: `quiet` (said plainly: it tells "
                        "of a hard time, holds words a reader at risk may write, or replies under "
                        "one that does), `none` (not shown: it reads as harsh or an ad)",
                    }
                },
            },
        ]
    },
    "StarState": _obj(["count", "starred"], count=INT, starred=BOOL),
    "Stars": _obj(
        ["thread", "post", "comments"],
        thread=STR,
        post=ref("StarState"),
        comments={"type": "object", "additionalProperties": ref("StarState")},
    ),
    "ReaderToken": _obj(
        ["reader"],
        reader={"type": "string", "description": "keep it (localStorage) and send it as reader"},
    ),
    "FormToken": _obj(["token", "min_seconds"], token=STR, min_seconds=INT),
    "Created": _obj(
        ["comment", "edit_token", "edit_until"],
        comment=ref("OwnComment"),
        edit_token=STR,
        edit_until=TIME,
        held=HELD,
        held_reason=HELD_REASON,
    ),
    "ToneAnswer": _obj(
        ["tone", "nudge"],
        tone=ref("Tone"),
        nudge={"type": ["string", "null"], "description": "the note to show before posting"},
        guarded={
            "const": True,
            "description": "written only when true: words a reader at risk may write, though "
            'they read as another tone ("I have the pills saved up lol. Love this blog!" reads '
            'as praise): once the comment is in, the embed meets it plainly, no "Thank you!"',
        },
    ),
    "SiteFactsSaved": _obj(["threads", "templates"], threads=INT, templates=INT),
    "Edited": _obj(
        ["comment", "edit_until"],
        comment=ref("OwnComment"),
        edit_until=TIME,
        held=HELD,
        held_reason=HELD_REASON,
    ),
    "AdminList": _obj(["comments"], comments={"type": "array", "items": ref("AdminComment")}),
    "AdminAnswer": _obj(["comment"], comment=ref("AdminComment")),
    "ExportDocument": _obj(
        ["format", "version", "thread", "stars", "comments"],
        format={"const": EXPORT_FORMAT},
        version={"const": EXPORT_VERSION},
        thread=STR,
        stars=INT,
        comments={"type": "array", "items": _obj(EXPORT_REQUIRED, **EXPORT_COMMENT)},
    ),
    "Export": _obj(
        ["threads"], threads={"type": "object", "additionalProperties": ref("ExportDocument")}
    ),
    "Health": _obj(["ok"], ok=BOOL),
    "Forgotten": _obj(
        ["forgotten"],
        forgotten={"type": "boolean", "description": "whether anything held the address"},
    ),
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
}
