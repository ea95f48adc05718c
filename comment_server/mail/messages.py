"""The mails themselves: rendered from templates (the author's in COMMENT_SERVER_MAIL_TEMPLATES,
`content/mail/` by default, else ours beside this module) into a plain-text and an HTML part, with
headers no reader's text can break: every value that goes into a header is one line (CR, LF and
other controls become spaces) and the recipient is a checked address, never a name."""

import functools
import logging
import re
from dataclasses import dataclass
from email.headerregistry import Address, HeaderRegistry
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, parseaddr
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
)
from markupsafe import Markup

from comment_server.settings import Settings, SettingsError
from comment_server.store.outbox import Batch
from comment_server.tokens import Tokens
from reply_drafts.site_facts import SiteFacts

logger = logging.getLogger("comment_server")

DEFAULTS = Path(__file__).resolve().parent / "templates"
NAMES = ("confirm.subject.txt", "confirm.txt", "confirm.html")
NAMES += ("reply.subject.txt", "reply.txt", "reply.html")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")
MAX_SUBJECT = 200


class _HeaderClasses(HeaderRegistry):
    """The standard registry, making each header's class once: the standard one makes a new
    class (a `type()` call) for every header of every message, half the cost of a mail."""

    @functools.cache  # noqa: B019  (one instance, kept for the process's life)
    def __getitem__(self, name: str) -> type:
        return super().__getitem__(name)


# email.policy.SMTP, its header classes made once.
POLICY = SMTP.clone(header_factory=_HeaderClasses())


class MalformedAddress(ValueError):
    """The address of a batch cannot be mailed (it would break the envelope or a header)."""


@dataclass(frozen=True)
class Letter:
    """A rendered mail: its subject line and its two bodies."""

    subject: str
    text: str
    html: str


def one_line(value: str, limit: int = MAX_SUBJECT) -> str:
    """Return *value* as one header-safe line: controls (CR, LF...) become a space."""
    return " ".join(_CONTROLS.sub(" ", value).split())[:limit]


def mailbox(value: str) -> str:
    """Return *value* as a bare, checked address; raise MalformedAddress otherwise."""
    if _CONTROLS.search(value) or value.count("@") != 1:
        raise MalformedAddress("the address is malformed (a control character or not one @)")
    try:
        return str(Address(addr_spec=value.strip()))
    except (ValueError, IndexError) as error:
        raise MalformedAddress(f"the address is malformed ({error})") from None


class MailTemplates:
    """The six templates, the author's override first; text autoescaped only in HTML."""

    def __init__(self, folder: str) -> None:
        self.folder = Path(folder)
        loader = ChoiceLoader([FileSystemLoader(self.folder), FileSystemLoader(DEFAULTS)])
        # Compiled once, at the start's check: no look at the files' times for every mail.
        options = {"loader": loader, "undefined": StrictUndefined, "auto_reload": False}
        self._text = Environment(autoescape=False, **options)
        self._html = Environment(autoescape=True, **options)

    def check(self) -> None:
        """Compile every template; raise SettingsError naming a broken file and line."""
        for name in NAMES:
            try:
                self._environment(name).get_template(name)
            except TemplateError as error:
                where = f"{getattr(error, 'filename', None) or name}"
                line = getattr(error, "lineno", None)
                raise SettingsError(
                    f"mail template {where}{f', line {line}' if line else ''}: {error}. Fix it, "
                    f"or delete it to use the default ({DEFAULTS / name})."
                ) from None

    def render(self, kind: str, values: dict[str, Any]) -> Letter:
        """Render the *kind* (confirm or reply) mail; a template that fails falls back to ours."""
        parts = []
        for name in (f"{kind}.subject.txt", f"{kind}.txt", f"{kind}.html"):
            environment = self._environment(name)
            try:
                parts.append(environment.get_template(name).render(values))
            except TemplateError as error:
                logger.error(
                    "comment_server: mail template %s: %s; used the default one instead",
                    self.folder / name,
                    error,
                )
                default = environment.overlay(loader=FileSystemLoader(DEFAULTS))
                parts.append(default.get_template(name).render(values))
        return Letter(one_line(parts[0]), parts[1], parts[2])

    def _environment(self, name: str) -> Environment:
        return self._html if name.endswith(".html") else self._text


@dataclass(frozen=True)
class Composer:
    """Make the mail of a batch: its letter, its links, its headers."""

    settings: Settings
    tokens: Tokens
    templates: MailTemplates

    def compose(self, batch: Batch, site: SiteFacts) -> EmailMessage:
        """Return the message for *batch* (raise MalformedAddress for an address unfit to mail)."""
        recipient = mailbox(batch.email)
        if batch.kind == "author":
            return self._author_message(batch, recipient, site)
        stop_all = self._link("stop", self.tokens.stop_token(batch.address_id, batch.digest, None))
        values: dict[str, Any] = {"blog": self.settings.author_name, "stop_all_url": stop_all}
        if batch.kind == "confirm":
            token = self.tokens.confirm_token(batch.address_id, batch.digest)
            values |= {"confirm_url": self._link("confirm", token), "stop_url": stop_all}
        else:
            values["replies"] = [self._reply(batch, reply, site) for reply in batch.replies]
        letter = self.templates.render(batch.kind, values)
        return self._message(batch, recipient, letter, stop_all)

    def _author_message(self, batch: Batch, recipient: str, site: SiteFacts) -> EmailMessage:
        """Return the author's mail about new comments: plain text, no unsubscribe link (the
        setting COMMENT_SERVER_AUTHOR_EMAIL turns it off)."""
        from comment_server.mail.author import author_letter  # it imports Letter from here

        letter = author_letter(self.settings, batch.comments, site)
        return self._message(batch, recipient, letter, None)

    def _reply(self, batch: Batch, reply: dict[str, Any], site: SiteFacts) -> dict[str, Any]:
        thread = site.thread(reply["thread_id"])
        post_url = thread.url or (self.settings.origins[0] + "/" if self.settings.origins else "")
        stop = self.tokens.stop_token(batch.address_id, batch.digest, reply["thread_id"])
        return {
            "author": one_line(reply["author"], 200),
            "by_author": bool(reply["by_author"]),
            "text": reply["markdown"],
            "html": Markup(reply["html"]),  # sanitized (nh3) when it was stored
            "your_text": reply["answered_markdown"],  # the comment it answers
            "post_title": one_line(thread.title or reply["thread_id"], 200),
            "post_url": post_url,
            "url": f"{post_url}#comment-{reply['id']}",
            "stop_url": self._link("stop", stop),
        }

    def _link(self, action: str, token: str) -> str:
        return f"{self.settings.public_url}/mail/{action}/{token}"

    def _message(
        self, batch: Batch, recipient: str, letter: Letter, stop_all: str | None
    ) -> EmailMessage:
        message = EmailMessage(policy=POLICY)
        message["Subject"] = letter.subject
        message["From"] = self.settings.smtp_from
        message["To"] = recipient
        if self.settings.smtp_reply_to:
            message["Reply-To"] = self.settings.smtp_reply_to
        message["Date"] = formatdate(usegmt=True)
        # The same for every attempt: a mail sent twice (RFC 1047's window) can be told apart.
        domain = parseaddr(self.settings.smtp_from)[1].rpartition("@")[2]
        message["Message-ID"] = f"<goldstar-{batch.kind}-{batch.rows[0]}@{domain}>"
        message["Auto-Submitted"] = "auto-generated"
        if stop_all:
            # RFC 8058: one-click unsubscribe (a POST with List-Unsubscribe=One-Click to this URL).
            message["List-Unsubscribe"] = f"<{stop_all}>"
            message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        message.set_content(letter.text)
        if letter.html:
            message.add_alternative(letter.html, subtype="html")
        return message
