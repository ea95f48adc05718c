"""The comment objects of docs/api.md built from the store's rows."""

from typing import Any

from comment_server.drafts import draft_for
from comment_server.store.serialize import public_comment


def own_comment(row: dict[str, Any]) -> dict[str, Any]:
    """Return the public comment plus its status (what its commenter sees)."""
    comment = public_comment(row, row["stars"], row["parent_id"])
    comment["status"] = row["status"]
    return comment


def admin_comment(row: dict[str, Any]) -> dict[str, Any]:
    """Return the inbox's comment: public fields, status, Markdown, email, reply facts, draft."""
    comment = own_comment(row)
    comment.update(
        markdown=row["markdown"],
        email=row["email"],
        replied=bool(row["replied"]),
        commenter_comments=row["commenter_comments"],
        thread_title=row["thread_title"],
    )
    if not row["by_author"]:
        draft = draft_for(row)
        if draft is not None:
            comment["draft"] = draft
    return comment
