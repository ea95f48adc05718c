"""`invoke thanks` (or `python -m thanks_queue`): the author's thank-you queue in a terminal.

A client of the comment server's admin API (docs/api.md): the server drafts every reply with
`reply_drafts` from the blog's build facts, which this client sends it first, so the queue here and
the inbox show the same draft for the same comment.
"""
