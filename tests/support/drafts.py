"""The thank-you draft for one comment by Sam, as the tone and draft tests ask for it."""

from reply_drafts import CommentFacts, draft_reply
from reply_drafts.facts import Draft


def draft_of(
    text: str,
    language: str = "en",
    *,
    support: bool = False,
    number: int = 7,
    commenter_comments: int = 1,
    title: str = "My week of sourdough",
    thread: str = "sourdough",
) -> Draft:
    """Return the draft for *text*, comment *number* of Sam under the post *title*."""
    facts = CommentFacts(
        author="Sam",
        post_title=title,
        text=text,
        comment_id=number,
        thread=thread,
        commenter="",
        commenter_comments=commenter_comments,
        language=language,
        support=support,
    )
    return draft_reply(facts)
