"""The thank-you draft beside each comment of the inbox, from the `reply_drafts` package."""

import importlib.util
from typing import Any


def draft_for(row: dict[str, Any]) -> dict[str, Any] | None:
    """Return the draft `{"text", "template", "gold_stars"}` of a row (None if no reply_drafts)."""
    if importlib.util.find_spec("reply_drafts") is None:
        return None
    from reply_drafts import CommentFacts, draft_reply

    facts = CommentFacts(
        author=row["author"],
        post_title=row["thread_title"] or row["thread_id"],
        text=row["markdown"],
        comment_id=row["id"],
        thread=row["thread_id"],
        commenter=row["commenter"],
        commenter_comments=row["commenter_comments"],
        previous_templates=tuple(row["previous_templates"]),
    )
    draft = draft_reply(facts)
    return {"text": draft.text, "template": draft.template, "gold_stars": draft.gold_stars}
