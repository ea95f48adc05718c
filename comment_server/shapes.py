"""The comment objects of docs/api.md built from the store's rows."""

import json
from typing import Any

from comment_server.drafts import draft_for
from comment_server.edits import changes
from comment_server.store.serialize import answered, public_comment
from reply_drafts.site_facts import SiteFacts


def own_comment(row: dict[str, Any]) -> dict[str, Any]:
    """Return the public comment plus its status (what its commenter sees)."""
    parent = row["parent_id"]
    comment = public_comment(row, row["stars"], parent, answered(row, parent))
    comment["status"] = row["status"]
    return comment


def admin_comment(row: dict[str, Any], site: SiteFacts) -> dict[str, Any]:
    """Return the inbox's comment: public fields, status, Markdown, reply facts, draft.

    Never the commenter's email: `subscribed` says whether they get reply mail (confirmed).

    `post_title` is the built site's title of the post (None before a build sent its facts);
    `thread_title` is only a hint, the title the first commenter's page showed; `changes` is
    what an edit changed since the version the author approved (None when nothing waits).
    """
    comment = own_comment(row)
    comment.update(
        markdown=row["markdown"],
        subscribed=bool(row["subscribed"]),
        replied=bool(row["replied"]),
        commenter_comments=row["commenter_comments"],
        previous_templates=list(row["previous_templates"]),
        post_title=site.thread(row["thread_id"]).title or None,
        thread_title=row["thread_title"],
        changes=changes(json.loads(row["before_edit"]), row) if row["before_edit"] else None,
        claimed_commenter=row["claimed_commenter"],
    )
    if not row["by_author"]:
        comment["draft"] = draft_for(row, site)
    return comment


def admin_comments(rows: list[dict[str, Any]], site: SiteFacts) -> list[dict[str, Any]]:
    """Return the inbox's comments of *rows* (drafting takes about a millisecond each), those
    of a reader who may be at risk first, each group in the order of *rows*."""
    shown = [admin_comment(row, site) for row in rows]
    return sorted(shown, key=lambda comment: not comment.get("draft", {}).get("crisis"))
