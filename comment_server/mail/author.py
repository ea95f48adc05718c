"""The author's mail about new comments (COMMENT_SERVER_AUTHOR_EMAIL): one plain-text letter for
the comments of a batch, that reads the room.

A reader who may be at risk comes first, marked, and their mail says so in its subject, with the
draft advice's own words (reply_drafts.compose.ADVICE["crisis"]) and the draft's line on where help
is; a harsh comment says so plainly; nothing cheers. The commenter's text is quoted as the plain
text they typed (the mail has no HTML part), and every name and title in the subject is one line
(messages.one_line). A harsh comment's text (or an ad's, should one come) is not quoted: the mail
says what it is and links to the inbox, where the author reads it when they choose to, not in
their mail between two others. A crisis is always quoted: the author must read it.
"""

from typing import Any

from comment_server.mail.messages import Letter, one_line
from comment_server.settings import Settings
from reply_drafts.compose import ADVICE
from reply_drafts.language_lines import ENGLISH
from reply_drafts.site_facts import SiteFacts

CRISIS_ADVICE = ADVICE["crisis"].replace(" ({cues})", "")
CRISIS_HELP = f"The line the draft ends with, where help is: {ENGLISH.crisis}"
HARSH = "This comment reads as harsh; it waits for you in the inbox."
HARSH_PUBLISHED = "This comment reads as harsh; it is published (moderation is off)."
# Spam queues no mail (store/author_mail.py); said plainly should a comment read as an ad later.
SPAM = "This comment reads like an advertisement; it waits for you in the inbox."
WAITS = "It waits for your approval in the inbox."
EDITED = "It was edited after you approved it and waits for you again (the inbox shows the change)."
NOT_QUOTED = "Its text is not quoted here; read it in your inbox when you choose to: {inbox}"
# Tones whose text the mail does not quote (a comment of a reader at risk always is).
UNQUOTED_TONES = ("hostile", "spam")
NAME_LIMIT = 60


def author_letter(settings: Settings, new: list[dict[str, Any]], site: SiteFacts) -> Letter:
    """Return the author's letter about the *new* comments (crises first, as the outbox gives)."""
    inbox = f"{settings.public_url}/admin"
    parts = [_section(comment, site, inbox) for comment in new]
    text = "\n\n".join([*parts, f"Your inbox: {inbox}", ""])
    return Letter(_subject(new, site), text, "")


def _subject(new: list[dict[str, Any]], site: SiteFacts) -> str:
    """Return the subject: the first comment's, with how many more there are."""
    first = new[0]
    title = _title(first, site)
    if first["crisis"]:
        subject = f"A reader may be at risk: comment on “{title}”"
    else:
        subject = f"{_what(first).capitalize()} on “{title}” from {_name(first)}"
    more = len(new) - 1
    return one_line(subject + (f" (and {more} more)" if more else ""))


def _section(comment: dict[str, Any], site: SiteFacts, inbox: str) -> str:
    """Return the lines about one comment: whose, on what, what it needs, its text (or, for a
    harsh one or an ad, where to read it)."""
    mark = "A READER MAY BE AT RISK" if comment["crisis"] else _what(comment).capitalize()
    lines = [f"{mark}: {_name(comment)} on “{_title(comment, site)}”", _post_url(comment, site)]
    lines += _needs(comment)
    if comment["tone"] in UNQUOTED_TONES and not comment["crisis"]:
        lines.append(NOT_QUOTED.format(inbox=inbox))
    else:
        lines += ["", _quoted(comment["markdown"])]
    return "\n".join(line for line in lines if line is not None)


def _needs(comment: dict[str, Any]) -> list[str]:
    """Return what the comment asks of the author: help for a reader at risk, a word on a harsh
    one, the approval it waits for."""
    pending = comment["status"] == "pending"
    if comment["crisis"]:
        return [CRISIS_ADVICE, CRISIS_HELP]
    if comment["tone"] == "hostile":
        return [HARSH if pending else HARSH_PUBLISHED]
    if comment["tone"] == "spam":
        return [SPAM]
    if pending:
        return [EDITED if _edited(comment) else WAITS]
    return []


def _what(comment: dict[str, Any]) -> str:
    return "edited comment" if _edited(comment) else "new comment"


def _edited(comment: dict[str, Any]) -> bool:
    """Return whether an edit sent the comment back to moderation (the inbox shows the change)."""
    return comment["status"] == "pending" and comment["before_edit"] is not None


def _quoted(text: str) -> str:
    """Return the commenter's text as a quote, line by line (plain text: nothing is rendered)."""
    return "\n".join(f"> {line}".rstrip() for line in text.splitlines())


def _name(comment: dict[str, Any]) -> str:
    return one_line(comment["author"], NAME_LIMIT) or "someone"


def _title(comment: dict[str, Any], site: SiteFacts) -> str:
    thread = site.thread(comment["thread_id"])
    return one_line(thread.title or comment["thread_title"] or comment["thread_id"], 120)


def _post_url(comment: dict[str, Any], site: SiteFacts) -> str | None:
    url = site.thread(comment["thread_id"]).url
    return f"{url}#comment-{comment['id']}" if url and comment["status"] == "approved" else url
