"""Turn the server's unanswered comments into a queue of drafts; remember the templates sent.

The history file keeps, per commenter, the template of the last reply sent and, per thread, the
templates used there, so the next session's drafts do not repeat them.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from reply_drafts.compose import draft_replies
from reply_drafts.facts import CommentFacts, Draft
from reply_drafts.site_facts import SiteFacts

HISTORY_PER_THREAD = 20


@dataclass(frozen=True)
class QueueItem:
    """One unanswered comment (as the admin API gives it), its facts and its draft."""

    comment: dict
    facts: CommentFacts
    draft: Draft


@dataclass
class History:
    """The templates already sent: the last per commenter, the recent ones per thread."""

    commenters: dict = field(default_factory=dict)
    threads: dict = field(default_factory=dict)

    def previous(self, thread: str, commenter: str) -> tuple[str, ...]:
        """Return the templates to avoid for a comment, the commenter's last one last."""
        used = list(self.threads.get(thread, []))
        if commenter in self.commenters:
            used.append(self.commenters[commenter])
        return tuple(used)

    def record(self, thread: str, commenter: str, template: str) -> None:
        """Remember that *template* was sent to *commenter* on *thread*."""
        if commenter:
            self.commenters[commenter] = template
        recent = [*self.threads.get(thread, []), template]
        self.threads[thread] = recent[-HISTORY_PER_THREAD:]


def load_history(path: Path) -> History:
    """Return the history kept at *path*; a missing or unreadable file starts afresh."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return History()
    if not isinstance(data, dict):
        return History()
    commenters = data.get("commenters") if isinstance(data.get("commenters"), dict) else {}
    threads = data.get("threads") if isinstance(data.get("threads"), dict) else {}
    return History(
        {str(k): str(v) for k, v in commenters.items() if isinstance(v, str)},
        {
            str(k): [str(t) for t in v if isinstance(t, str)]
            for k, v in threads.items()
            if isinstance(v, list)
        },
    )


def save_history(path: Path, history: History) -> None:
    """Write *history* to *path* (atomically: a crash never leaves half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {"version": 1, "commenters": history.commenters, "threads": history.threads}
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(document, sort_keys=True, indent=2) + "\n", encoding="utf-8")
    temporary.replace(path)


def _count(value: object) -> int:
    try:
        return max(int(value), 1)
    except (TypeError, ValueError):
        return 1


def facts_for(comment: dict, site: SiteFacts, previous: tuple[str, ...] = ()) -> CommentFacts:
    """Return the draft facts of one admin-API *comment*, with what the build knows of it."""
    thread = str(comment.get("thread") or "")
    known = site.thread(thread)
    return CommentFacts(
        author=str(comment.get("author") or ""),
        post_title=str(comment.get("thread_title") or known.title or thread),
        text=str(comment.get("markdown") or ""),
        comment_id=int(comment["id"]),
        thread=thread,
        commenter=str(comment.get("commenter") or ""),
        commenter_comments=_count(comment.get("commenter_comments")),
        previous_templates=previous,
        related=tuple(item for item in known.related if item[1] != known.url),
        language=site.language,
        extra_template_dirs=site.template_dirs,
        disabled=site.disabled,
    )


def _order(comment: dict) -> tuple:
    return (str(comment.get("created") or ""), int(comment["id"]))


def build_queue(comments: list[dict], site: SiteFacts, history: History) -> list[QueueItem]:
    """Return the queue of *comments* (oldest first, so threads read in order) with their drafts."""
    usable = sorted((c for c in comments if isinstance(c.get("id"), int)), key=_order)
    batch = [
        facts_for(
            comment,
            site,
            history.previous(str(comment.get("thread") or ""), str(comment.get("commenter") or "")),
        )
        for comment in usable
    ]
    drafts = draft_replies(batch)
    return [QueueItem(c, f, d) for c, f, d in zip(usable, batch, drafts, strict=True)]
