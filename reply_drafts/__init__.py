"""Warm, personal, varied thank-you drafts for blog comments.

Pure Python and data files, no Pelican, Starlette or SQLAlchemy: the comment server's inbox, the
`thank_you` Pelican plugin and `invoke thanks` all call `draft_reply(CommentFacts(...))`, or
`draft_replies([...])` for a batch (varied across each thread and each commenter).
"""

import importlib

__all__ = ["CommentFacts", "Draft", "draft_replies", "draft_reply"]

# Imported on first use (PEP 562), not with the package: the build's thank_you plugin needs only
# `reply_drafts.library`, and `compose` brings the tone reader, whose word lists take 0.1 s to
# compile (issue 17, item 5).
_HOMES = {
    "CommentFacts": "reply_drafts.facts",
    "Draft": "reply_drafts.facts",
    "draft_replies": "reply_drafts.compose",
    "draft_reply": "reply_drafts.compose",
}


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module 'reply_drafts' has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
