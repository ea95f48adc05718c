"""The contract between the comment server, the build and the embed, in one place (stdlib only).

The server writes its export in this format (one file per thread, named by `export_file_name`) and
sanitizes comments with this allowlist; the comments plugin reads the export and sanitizes its HTML
again with the same allowlist; the embed (`theme/static/js/comments.js`) rebuilds comment HTML from
the same tags and nests live replies no deeper than the build does. `tests/test_contract.py` reads
comments.js and fails when it disagrees. docs/contracts.md describes every field.
"""

import hashlib

EXPORT_FORMAT = "goldstar-comments"
# What the server writes (2: each comment's `tone`; 3: `guarded`, words a reader at risk may write)
EXPORT_VERSION = 3
EXPORT_VERSIONS = (1, 2, 3)  # what the build and the importer read

# The labels of a comment's `tone` (reply_drafts.tone.LABELS; tests/test_contract.py checks they
# agree): what the server reads in a comment when it is stored, edited or imported.
TONES = ("spam", "hostile", "grief", "critical", "question", "praise", "neutral")

# The HTML a comment may carry: what Python-Markdown makes of a comment, minus images and raw HTML.
ALLOWED_TAGS = frozenset(
    {"a", "blockquote", "br", "code", "del", "em", "hr", "li", "ol", "p", "pre", "strong", "ul"}
)
ALLOWED_ATTRIBUTES = {"a": frozenset({"href"}), "*": frozenset()}  # no generic title, lang, class
URL_SCHEMES = frozenset({"http", "https"})
LINK_REL = "nofollow ugc noopener"


def cleaner_settings() -> dict:
    """Return the keyword arguments of the `nh3.Cleaner` that keeps a comment to the allowlist.

    The server sanitizes with it when it stores a comment, the build again when it reads an
    export (a hand-edited file cannot put a script on a page): one policy, written once here.
    Links keep only absolute http(s) URLs; HTML comments are dropped. A new dict each call, so no
    caller can change another's.
    """
    return {
        "tags": set(ALLOWED_TAGS),
        "attributes": {tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        "url_schemes": set(URL_SCHEMES),
        "url_relative": "deny",
        "link_rel": LINK_REL,
        "strip_comments": True,
    }


# How deep replies nest on the page: a reply deeper than this is shown at this depth, answering its
# parent ("in reply to ..."), on the static page and in the embed alike.
MAX_REPLY_DEPTH = 3

# Names Windows keeps for devices, whatever follows the first dot: `con.json` cannot be checked out.
WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul"} | {f"{port}{n}" for port in ("com", "lpt") for n in range(10)}
)


def export_file_name(thread: str) -> str:
    """Return the name of *thread*'s export file, distinct and safe on every file system.

    A lower-case thread id that names no Windows device is its own name (`welcome.json`); any
    other id is written in lower case with `~` and 8 hex digits of its SHA-256 after its first
    part (`welcome~0e2226b5.json` for `Welcome`, `con~a3dbc4b6.json` for `CON`): thread ids
    never hold `~`, so no two threads share a name, even on file systems where `A` is `a`.
    """
    head, dot, tail = thread.lower().partition(".")
    if thread == thread.lower() and head not in WINDOWS_DEVICES:
        return f"{thread}.json"
    digest = hashlib.sha256(thread.encode("utf-8")).hexdigest()[:8]
    return f"{head}~{digest}{dot}{tail}.json"
