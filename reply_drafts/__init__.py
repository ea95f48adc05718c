"""Warm, personal, varied thank-you drafts for blog comments.

Pure Python and data files, no Pelican, Starlette or SQLAlchemy: the comment server's inbox, the
`thank_you` Pelican plugin and `invoke thanks` all call `draft_reply(CommentFacts(...))`, or
`draft_replies([...])` for a batch (varied across each thread and each commenter).
"""

from reply_drafts.compose import draft_replies, draft_reply
from reply_drafts.facts import CommentFacts, Draft

__all__ = ["CommentFacts", "Draft", "draft_replies", "draft_reply"]
