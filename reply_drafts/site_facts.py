"""The facts the blog's build recorded for the drafts (the thank_you plugin's facts file), and the
one way a comment and those facts become a draft's CommentFacts.

The comment server keeps the latest facts it was sent (`invoke thanks` and `python -m
comment_server site-facts` send them) and drafts every reply from them, for the inbox and for
`invoke thanks` alike: one engine, one set of facts, one draft per comment. Without facts, drafts
still work: they name the post "my post" and suggest no related post.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from reply_drafts.facts import CommentFacts

FORMAT = "goldstar-thank-you-facts"
VERSION = 2
MAX_TEMPLATE_TEXT = 200_000  # characters of the author's own template files, in all


@dataclass(frozen=True)
class ThreadFacts:
    """What the build knows about one thread's post."""

    title: str = ""
    url: str = ""
    related: tuple[tuple[str, str], ...] = ()
    support: bool = False
    language: str = ""  # the post's own language when it is not the site's ("Lang: fr")


@dataclass(frozen=True)
class SiteFacts:
    """The build's facts: the author's templates and settings, and each thread's post."""

    language: str = "en"
    templates: tuple[tuple[str, str], ...] = ()
    disabled: frozenset = frozenset()
    threads: dict = field(default_factory=dict)
    problem: str = ""

    def thread(self, thread: str) -> ThreadFacts:
        """Return the facts of *thread*, empty when the build did not see it."""
        return self.threads.get(thread, ThreadFacts())


def _thread(raw: object) -> ThreadFacts:
    if not isinstance(raw, dict):
        return ThreadFacts()
    related = tuple(
        (str(item["title"]), str(item["url"]))
        for item in raw.get("related") or []
        if isinstance(item, dict) and item.get("title") and item.get("url")
    )
    title, url = str(raw.get("title") or ""), str(raw.get("url") or "")
    language = raw.get("language") if isinstance(raw.get("language"), str) else ""
    return ThreadFacts(title, url, related, raw.get("support") is True, language)


def _strings(raw: object) -> tuple[str, ...]:
    return tuple(item for item in raw if isinstance(item, str)) if isinstance(raw, list) else ()


def _templates(raw: object) -> tuple[tuple[str, str], ...]:
    if not isinstance(raw, list):
        return ()
    found = tuple(
        (str(item["name"]), item["text"])
        for item in raw
        if isinstance(item, dict) and isinstance(item.get("text"), str) and item.get("name")
    )
    if sum(len(text) for _, text in found) > MAX_TEMPLATE_TEXT:
        raise ValueError(f"its templates are over {MAX_TEMPLATE_TEXT:,} characters")
    return found


def parse_site_facts(data: object, source: str = "the facts") -> SiteFacts:
    """Return the facts in the decoded JSON *data*; raise ValueError saying what is wrong."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"{source} is not a thank_you facts file (format {FORMAT!r})")
    if data.get("version") != VERSION:
        raise ValueError(
            f"{source} has version {data.get('version')!r}, not {VERSION}: build the site again "
            "with this version of Goldstar"
        )
    threads = data.get("threads") if isinstance(data.get("threads"), dict) else {}
    language = data.get("language")
    return SiteFacts(
        language=language if isinstance(language, str) and language else "en",
        templates=_templates(data.get("templates")),
        disabled=frozenset(_strings(data.get("disabled"))),
        threads={str(key): _thread(value) for key, value in threads.items()},
    )


def load_site_facts(path: str | Path) -> SiteFacts:
    """Return the facts in the file at *path*; a missing or broken file gives none and a problem."""
    path = Path(path)
    try:
        return parse_site_facts(json.loads(path.read_text(encoding="utf-8")), str(path))
    except FileNotFoundError:
        return SiteFacts(problem=f"{path} does not exist yet; build the site (invoke build) first")
    except (OSError, UnicodeDecodeError, ValueError) as error:
        return SiteFacts(problem=f"{path}: {error}; build the site again to rewrite it")


def _count(value: object) -> int:
    try:
        return max(int(value), 1)
    except (TypeError, ValueError):
        return 1


def comment_facts(comment: dict, site: SiteFacts) -> CommentFacts:
    """Return the draft facts of one comment of the admin API (docs/api.md) with the site's.

    The post's title and related posts are the built site's; a title a reader sent is never used
    (it is only a hint). The commenter's history is counted up to this comment, so the draft of a
    first comment stays a first comment's draft.
    """
    thread = str(comment.get("thread") or "")
    known = site.thread(thread)
    return CommentFacts(
        author=str(comment.get("author") or ""),
        post_title=known.title,
        text=str(comment.get("markdown") or ""),
        comment_id=int(comment["id"]),
        thread=thread,
        commenter=str(comment.get("commenter") or ""),
        commenter_comments=_count(comment.get("commenter_comments")),
        previous_templates=tuple(str(t) for t in comment.get("previous_templates") or ()),
        related=tuple(item for item in known.related if item[1] != known.url),
        language=known.language or site.language,
        disabled=site.disabled,
        support=known.support,
        website=str(comment.get("website") or ""),
        extra_templates=site.templates,
    )
