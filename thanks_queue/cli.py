"""`invoke thanks` (or `python -m thanks_queue`): thank each commenter the author has not answered.

First sends the comment server the blog's latest build facts (titles, related posts, support posts,
the author's own templates), so its drafts are this build's. Then lists the approved comments
without an author reply, oldest first, each with the server's draft (the very draft the inbox
shows), and asks: [a]ccept (post the draft, and award the gold stars it promises), [e]dit (in
$VISUAL or $EDITOR, then post), [s]kip, [g]old star (award one, no reply), [q]uit. A comment that
reads as spam or as an attack has no draft: the advice says why, and [e]dit writes your own reply.
`--list` prints the queue and `--json` prints it as JSON, for scripts. Comments waiting for
approval are counted above the queue (on standard error with `--json`), a reader who may be at
risk among them shown with their words.

Environment: COMMENT_SERVER_URL (default http://127.0.0.1:8001), COMMENT_SERVER_ADMIN_PASSWORD
(asked for when unset and a terminal is attached).
"""

import argparse
import getpass
import json
import os
import shlex
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reply_drafts.plain import plain_name
from reply_drafts.site_facts import parse_site_facts
from thanks_queue.client import DEFAULT_URL, AdminClient, AdminError

PROG = "invoke thanks"
CHOICES = "[a]ccept  [e]dit  [s]kip  [g]old star  [q]uit"
SHOWN_LINES = 12
NOTHING_WAITS = "No comments are waiting for a reply. Lovely!"


@dataclass(frozen=True)
class QueueItem:
    """One unanswered comment as the admin API gives it, with the server's draft."""

    comment: dict

    @property
    def id(self) -> int:
        """Return the comment's id."""
        return int(self.comment["id"])

    @property
    def draft(self) -> dict:
        """Return the server's draft (text "" when the comment gets none)."""
        return self.comment.get("draft") or {"text": "", "template": "", "gold_stars": 0}

    @property
    def author(self) -> str:
        """Return the commenter's name as inert text."""
        return plain_name(str(self.comment.get("author") or ""))

    @property
    def post(self) -> str:
        """Return the post's title as the build knows it, else what is known of it."""
        if self.comment.get("post_title"):
            return str(self.comment["post_title"])
        hint = self.comment.get("thread_title")
        return f"{hint} (a reader's title)" if hint else str(self.comment.get("thread") or "")


def terminal_safe(text: str) -> str:
    """Return untrusted *text* without control or direction characters a terminal would obey."""
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if char in "\n\t" or category not in {"Cc", "Cf"} or char in "\u200c\u200d":
            kept.append(char)
    return "".join(kept)


def _indent(text: str, prefix: str, limit: int | None = None) -> str:
    lines = terminal_safe(text).strip().splitlines() or [""]
    if limit and len(lines) > limit:
        lines = [*lines[:limit], f"… ({len(lines) - limit} more lines)"]
    return "\n".join((prefix + line).rstrip() for line in lines)


def _stars(count: int) -> str:
    return f"{count} gold star" + ("" if count == 1 else "s")


def describe(item: QueueItem, position: int, total: int) -> str:
    """Return the screen text for one comment of the queue and its draft."""
    comment, draft = item.comment, item.draft
    count = int(comment.get("commenter_comments") or 1)
    who = "first comment" if count <= 1 else f"{count} comments"
    head = (
        f"({position}/{total}) {item.author} on “{terminal_safe(item.post)}” · {who} · "
        f"#{item.id} · {terminal_safe(str(comment.get('created') or ''))}"
    )
    body = _indent(str(comment.get("markdown") or ""), "  │ ", SHOWN_LINES)
    tone = draft.get("tone", "")
    label = "May be at risk" if draft.get("crisis") else f"Tone: {tone}"
    advice = f"{label}. {terminal_safe(draft['advice'])}\n" if draft.get("advice") else ""
    if not draft["text"]:
        return f"{head}\n{body}\n\n{advice}No draft: [e]dit to write your own reply, or [s]kip.\n"
    promise = f", promises {_stars(draft['gold_stars'])}" if draft["gold_stars"] else ""
    return (
        f"{head}\n{body}\n\n{advice}"
        f"Draft ({draft['template']}{promise}):\n{_indent(draft['text'], '    ')}\n"
    )


def awaiting_approval(pending: list[dict], url: str) -> str:
    """Return a note on the comments waiting for approval in the inbox, each reader who may be
    at risk shown with their words and the advice; "" when none waits.

    The queue holds approved comments only, and with moderation on a first comment waits: a
    reader at risk who wrote for the first time was in no queue, and an empty one said "Lovely!".
    """
    if not pending:
        return ""
    count = len(pending)
    waits = "1 comment waits" if count == 1 else f"{count} comments wait"
    inbox = f"{url.rstrip('/')}/admin"
    lines = [f"{waits} for your approval in the inbox ({inbox}), not in this queue."]
    for item in (QueueItem(comment) for comment in pending if _at_risk(comment)):
        lines += [
            "",
            f"May be at risk: {item.author} on “{terminal_safe(item.post)}” · #{item.id}",
            _indent(str(item.comment.get("markdown") or ""), "  │ ", SHOWN_LINES),
            terminal_safe(str(item.draft.get("advice") or "")),
        ]
    return "\n".join(lines) + "\n"


def queue_as_json(queue: list[QueueItem]) -> str:
    """Return the queue as JSON: each comment's id, thread, author, text and draft."""
    rows = [
        {
            "id": item.id,
            "thread": item.comment.get("thread"),
            "author": item.comment.get("author"),
            "post_title": item.comment.get("post_title"),
            "markdown": item.comment.get("markdown"),
            "commenter_comments": item.comment.get("commenter_comments"),
            "draft": item.draft,
        }
        for item in queue
    ]
    return json.dumps(rows, ensure_ascii=False, indent=2)


def edit_text(text: str) -> str | None:
    """Open *text* in the author's editor; return the saved text, or None when the editor failed."""
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    handle, name = tempfile.mkstemp(prefix="thanks-", suffix=".md")
    path = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text + "\n")
        try:
            finished = subprocess.run([*shlex.split(editor), str(path)], check=False)
        except OSError as error:
            print(f"{PROG}: cannot start the editor {editor!r}: {error}; set EDITOR")
            return None
        if finished.returncode != 0:
            print(f"{PROG}: the editor exited with {finished.returncode}; nothing was posted")
            return None
        return path.read_text(encoding="utf-8").strip()
    finally:
        path.unlink(missing_ok=True)


class Session:
    """One pass through the queue: the server and what was done."""

    def __init__(self, client: AdminClient) -> None:
        self.client = client
        self.done = {"replied": 0, "stars": 0, "skipped": 0}

    def send(self, item: QueueItem, text: str) -> None:
        """Post *text* as the author's reply, with the gold stars its star line promises."""
        draft = item.draft
        unchanged = text == draft["text"]
        self.client.reply(item.id, text, draft["template"] if unchanged else "")
        self.done["replied"] += 1
        star_line = draft.get("star_line") or ""
        stars = draft["gold_stars"] if star_line and star_line in text else 0
        if stars:
            self.client.gold_stars(item.id, stars)
            self.done["stars"] += stars
        extra = f" and gave {_stars(stars)}" if stars else ""
        print(f"Replied to {item.author}{extra}.")

    def star(self, item: QueueItem) -> None:
        """Award one gold star to the comment, without a reply."""
        self.client.gold_stars(item.id, 1)
        self.done["stars"] += 1
        print(f"Gave {item.author} a gold star.")

    def edit(self, item: QueueItem) -> str | None:
        """Let the author edit the draft, then post it; return "next", or None to ask again."""
        text = edit_text(item.draft["text"])
        if text is None:
            return None
        if not text:
            print("The reply is empty; skipped.")
            self.done["skipped"] += 1
        else:
            self.send(item, text)
        return "next"

    def handle(self, item: QueueItem, answer: str) -> str | None:
        """Do what *answer* asks for *item*; return "next", "quit", or None to ask again."""
        if answer in {"a", "accept"}:
            if not item.draft["text"]:
                print("There is no draft to accept: [e]dit to write your own reply, or [s]kip.")
                return None
            self.send(item, item.draft["text"])
        elif answer in {"e", "edit"}:
            return self.edit(item)
        elif answer in {"s", "skip"}:
            self.done["skipped"] += 1
        elif answer in {"g", "gold", "star"}:
            self.star(item)
        elif answer in {"q", "quit"}:
            return "quit"
        else:
            print(f"Please answer with one letter: {CHOICES}")
            return None
        return "next"

    def summary(self) -> str:
        """Return one line saying what the session did."""
        replied, stars, skipped = self.done["replied"], self.done["stars"], self.done["skipped"]
        return f"Done: {replied} replied, {_stars(stars)} given, {skipped} skipped."


def run_queue(session: Session, queue: list[QueueItem], ask: Callable[[str], str] = input) -> int:
    """Walk the author through *queue*; return the exit status."""
    for position, item in enumerate(queue, 1):
        print(describe(item, position, len(queue)))
        outcome = None
        while outcome is None:
            try:
                answer = ask(f"{CHOICES} > ").strip().lower()
            except EOFError:
                answer = "q"
            try:
                outcome = session.handle(item, answer)
            except AdminError as error:
                print(f"{PROG}: {error}")
                if error.fatal:
                    return 1
                outcome = "next"
        if outcome == "quit":
            break
        print()
    print(session.summary())
    return 0


def _password() -> str | None:
    password = os.environ.get("COMMENT_SERVER_ADMIN_PASSWORD")
    if password:
        return password
    if sys.stdin.isatty():
        return getpass.getpass("Comment server admin password: ") or None
    return None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__.split("\n\n")[0])
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--list", action="store_true", help="print the queue with drafts and exit")
    shown.add_argument("--json", action="store_true", help="print the queue as JSON and exit")
    parser.add_argument("--url", default=os.environ.get("COMMENT_SERVER_URL") or DEFAULT_URL)
    parser.add_argument("--facts", type=Path, help="the build's facts file to send first")
    return parser


def send_facts(client: AdminClient, path: Path | None) -> None:
    """Send the build's facts file at *path* to the server; a missing or bad one is a note."""
    if path is None:
        return
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        parse_site_facts(document, str(path))
    except FileNotFoundError:
        print(f"{PROG}: note: {path} does not exist yet; build the site first", file=sys.stderr)
        return
    except (OSError, UnicodeDecodeError, ValueError) as error:
        print(f"{PROG}: note: {path}: {error}; build the site again", file=sys.stderr)
        return
    client.send_site_facts(document)


def _at_risk_then_oldest(comments: list[dict]) -> list[QueueItem]:
    """Return the queue oldest first, a reader who may be at risk before anyone else."""
    usable = [c for c in comments if isinstance(c.get("id"), int)]
    usable.sort(key=lambda c: (not _at_risk(c), str(c.get("created") or ""), c["id"]))
    return [QueueItem(comment) for comment in usable]


def _at_risk(comment: dict) -> bool:
    draft = comment.get("draft")
    return isinstance(draft, dict) and draft.get("crisis") is True


def main(argv: list[str] | None = None) -> int:
    """Run the thank-you queue with command-line *argv*; return the exit status, quietly when
    what reads the output stops early (`invoke thanks --list | head`)."""
    try:
        status = run_queue_command(argv)
        sys.stdout.flush()  # a pipe closed after the last print is found here, not at exit
    except BrokenPipeError:
        # Python's documented idiom (the `signal` module's "Note on SIGPIPE"): point standard
        # output at /dev/null, so that the interpreter's flush at exit raises nothing more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return status


def run_queue_command(argv: list[str] | None = None) -> int:
    """Run the thank-you queue with command-line *argv*; return the exit status."""
    args = _parser().parse_args(argv)
    password = _password()
    if not password:
        print(
            f"{PROG}: set COMMENT_SERVER_ADMIN_PASSWORD (no terminal to ask for it)",
            file=sys.stderr,
        )
        return 1
    with AdminClient(args.url, password) as client:
        try:
            send_facts(client, args.facts)
            queue = _at_risk_then_oldest(client.unanswered())
            note = awaiting_approval(client.pending(), args.url)
        except AdminError as error:
            print(f"{PROG}: {error}", file=sys.stderr)
            return 1
        if note:  # on standard error beside --json, which scripts read
            print(note, file=sys.stderr if args.json else sys.stdout)
        if args.json:
            print(queue_as_json(queue))
            return 0
        if args.list:
            print("\n".join(describe(item, n, len(queue)) for n, item in enumerate(queue, 1)))
            return 0
        if not queue:
            # No cheer while a comment waits: it may be a reader at risk's.
            print("No approved comment waits for a reply." if note else NOTHING_WAITS)
            return 0
        try:
            return run_queue(Session(client), queue)
        except KeyboardInterrupt:
            print(f"\n{PROG}: stopped.")
            return 130


def settings_argv(settings: dict, root: Path) -> list[str]:
    """Return the arguments that point the queue at the blog's build facts."""
    cache = root / settings.get("CACHE_PATH", "cache")
    facts = settings.get("THANK_YOU_FACTS") or cache / "thank_you" / "facts.json"
    return ["--facts", str(root / facts)]


def run_from_settings(
    settings: dict, root: Path, list_only: bool = False, as_json: bool = False
) -> int:
    """Run the queue for the blog whose Pelican *settings* (project folder *root*) are given."""
    argv = settings_argv(settings, root)
    argv += ["--list"] if list_only else []
    argv += ["--json"] if as_json else []
    return main(argv)
