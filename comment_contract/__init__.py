"""The contract between the comment server, the build and the embed, in one place (stdlib only).

The server writes its export in this format and sanitizes comments with this allowlist; the comments
plugin reads the export and sanitizes its HTML again with the same allowlist; the embed
(`theme/static/js/comments.js`) rebuilds comment HTML from the same tags and nests live replies no
deeper than the build does. `tests/test_contract.py` reads comments.js and fails when it disagrees.
docs/contracts.md describes every field.
"""

EXPORT_FORMAT = "goldstar-comments"
EXPORT_VERSION = 1  # what the server writes
EXPORT_VERSIONS = (1,)  # what the build and the importer read

# The HTML a comment may carry: what Python-Markdown makes of a comment, minus images and raw HTML.
ALLOWED_TAGS = frozenset(
    {"a", "blockquote", "br", "code", "del", "em", "hr", "li", "ol", "p", "pre", "strong", "ul"}
)
ALLOWED_ATTRIBUTES = {"a": frozenset({"href"}), "*": frozenset()}  # no generic title, lang, class
URL_SCHEMES = frozenset({"http", "https"})
LINK_REL = "nofollow ugc noopener"

# How deep replies nest on the page: a reply deeper than this is shown at this depth, answering its
# parent ("in reply to ..."), on the static page and in the embed alike.
MAX_REPLY_DEPTH = 3
