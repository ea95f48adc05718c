"""`invoke thanks` (or `python -m reply_drafts`): thank each commenter the author has not answered.

Lists the approved comments without an author reply, shows each with its draft and asks:
[a]ccept (post the draft, and award the gold stars it promises), [e]dit (in $VISUAL or $EDITOR,
then post), [s]kip, [g]old star (award one, no reply), [q]uit. `--list` prints the queue and
`--json` prints it as JSON, for scripts.

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
from pathlib import Path

from reply_drafts.admin_client import DEFAULT_URL, AdminClient, AdminError
from reply_drafts.plain import plain_name
from reply_drafts.queue import History, QueueItem, build_queue, load_history, save_history
from reply_drafts.site_facts import SiteFacts, load_site_facts

PROG = "invoke thanks"
CHOICES = "[a]ccept  [e]dit  [s]kip  [g]old star  [q]uit"
SHOWN_LINES = 12


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
    facts, draft = item.facts, item.draft
    who = (
        "first comment" if facts.commenter_comments <= 1 else f"{facts.commenter_comments} comments"
    )
    head = (
        f"({position}/{total}) {plain_name(facts.author)} on “{terminal_safe(facts.post_title)}”"
        f" · {who} · #{facts.comment_id} · {terminal_safe(str(item.comment.get('created') or ''))}"
    )
    promise = f", promises {_stars(draft.gold_stars)}" if draft.gold_stars else ""
    return (
        f"{head}\n{_indent(facts.text, '  │ ', SHOWN_LINES)}\n\n"
        f"Draft ({draft.template}{promise}):\n{_indent(draft.text, '    ')}\n"
    )


def queue_as_json(queue: list[QueueItem]) -> str:
    """Return the queue as JSON: each comment's id, thread, author, text and draft."""
    rows = [
        {
            "id": item.facts.comment_id,
            "thread": item.facts.thread,
            "author": item.facts.author,
            "post_title": item.facts.post_title,
            "markdown": item.facts.text,
            "commenter_comments": item.facts.commenter_comments,
            "draft": {
                "text": item.draft.text,
                "template": item.draft.template,
                "gold_stars": item.draft.gold_stars,
                "quote": item.draft.quote,
                "phrases": list(item.draft.phrases),
            },
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
    """One pass through the queue: the server, the history, and what was done."""

    def __init__(self, client: AdminClient, history_path: Path | None, history: History) -> None:
        self.client = client
        self.history_path = history_path
        self.history = history
        self.done = {"replied": 0, "stars": 0, "skipped": 0}

    def send(self, item: QueueItem, text: str) -> None:
        """Post *text* as the author's reply, with the gold stars its star line promises."""
        unchanged = text == item.draft.text
        self.client.reply(item.facts.comment_id, text, item.draft.template if unchanged else "")
        self.done["replied"] += 1
        self.history.record(item.facts.thread, item.facts.commenter, item.draft.template)
        if self.history_path:
            save_history(self.history_path, self.history)
        stars = (
            item.draft.gold_stars if item.draft.star_line and item.draft.star_line in text else 0
        )
        if stars:
            self.client.gold_stars(item.facts.comment_id, stars)
            self.done["stars"] += stars
        extra = f" and gave {_stars(stars)}" if stars else ""
        print(f"Replied to {plain_name(item.facts.author)}{extra}.")

    def star(self, item: QueueItem) -> None:
        """Award one gold star to the comment, without a reply."""
        self.client.gold_stars(item.facts.comment_id, 1)
        self.done["stars"] += 1
        print(f"Gave {plain_name(item.facts.author)} a gold star.")

    def handle(self, item: QueueItem, answer: str) -> str | None:
        """Do what *answer* asks for *item*; return "next", "quit", or None to ask again."""
        if answer in {"a", "accept"}:
            self.send(item, item.draft.text)
        elif answer in {"e", "edit"}:
            text = edit_text(item.draft.text)
            if text is None:
                return None
            if not text:
                print("The reply is empty; skipped.")
                self.done["skipped"] += 1
            else:
                self.send(item, text)
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
    parser.add_argument("--facts", type=Path, help="the thank_you plugin's facts file")
    parser.add_argument("--history", type=Path, help="where to remember the templates sent")
    parser.add_argument(
        "--templates", action="append", default=[], help="a folder of own templates"
    )
    parser.add_argument("--disable", action="append", default=[], help="an id to turn off")
    return parser


def _site(args: argparse.Namespace) -> SiteFacts:
    site = load_site_facts(args.facts) if args.facts else SiteFacts()
    if site.problem:
        print(f"{PROG}: note: {site.problem}; drafts suggest no related posts", file=sys.stderr)
    dirs = tuple(args.templates) or site.template_dirs
    disabled = frozenset(args.disable) | site.disabled
    return SiteFacts(site.language, dirs, disabled, site.threads)


def main(argv: list[str] | None = None) -> int:
    """Run the thank-you queue with command-line *argv*; return the exit status."""
    args = _parser().parse_args(argv)
    password = _password()
    if not password:
        print(
            f"{PROG}: set COMMENT_SERVER_ADMIN_PASSWORD (no terminal to ask for it)",
            file=sys.stderr,
        )
        return 1
    site = _site(args)
    history = load_history(args.history) if args.history else History()
    with AdminClient(args.url, password) as client:
        try:
            queue = build_queue(client.unanswered(), site, history)
        except AdminError as error:
            print(f"{PROG}: {error}", file=sys.stderr)
            return 1
        if args.json:
            print(queue_as_json(queue))
            return 0
        if args.list:
            print("\n".join(describe(item, n, len(queue)) for n, item in enumerate(queue, 1)))
            return 0
        if not queue:
            print("No comments are waiting for a reply. Lovely!")
            return 0
        try:
            return run_queue(Session(client, args.history, history), queue)
        except KeyboardInterrupt:
            print(f"\n{PROG}: stopped.")
            return 130


def settings_argv(settings: dict, root: Path) -> list[str]:
    """Return the arguments that point the queue at the blog's facts, templates and history."""
    cache = root / settings.get("CACHE_PATH", "cache")
    facts = settings.get("THANK_YOU_FACTS") or cache / "thank_you" / "facts.json"
    templates = root / settings.get("PATH", "content") / settings.get("THANK_YOU_PATH", "thank_you")
    argv = [
        "--facts",
        str(root / facts),
        "--history",
        str(Path(root / facts).parent / "history.json"),
    ]
    if templates.is_dir():
        argv += ["--templates", str(templates)]
    for key in settings.get("THANK_YOU_DISABLED") or []:
        argv += ["--disable", str(key)]
    return argv


def run_from_settings(
    settings: dict, root: Path, list_only: bool = False, as_json: bool = False
) -> int:
    """Run the queue for the blog whose Pelican *settings* (project folder *root*) are given."""
    argv = settings_argv(settings, root)
    argv += ["--list"] if list_only else []
    argv += ["--json"] if as_json else []
    return main(argv)
