"""The server's settings: one frozen dataclass read from `COMMENT_SERVER_*` environment variables.

Every variable, its default and its meaning is listed in docs/comment-server.md. A missing or bad
value raises SettingsError naming the variable and saying how to fix it.
"""

import difflib
import ipaddress
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

PREFIX = "COMMENT_SERVER_"
DEFAULT_DATABASE_URL = "sqlite:///var/comments.sqlite3"
_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


class SettingsError(ValueError):
    """A setting is missing or has a value the server cannot use."""


@dataclass(frozen=True)
class Rate:
    """At most *count* events per *seconds*, per key."""

    count: int
    seconds: int


@dataclass(frozen=True)
class Settings:
    """Everything the server reads from its environment, validated."""

    secret: str
    database_url: str = DEFAULT_DATABASE_URL
    origins: tuple[str, ...] = ()
    admin_credential: str = ""
    author_name: str = "Author"
    max_body: int = 16_384
    max_text: int = 10_000
    max_links: int = 3
    min_submit_seconds: int = 3
    edit_window: int = 900
    moderation: bool = True
    rate_limits: bool = True
    rate_comments: Rate = field(default_factory=lambda: Rate(5, 60))
    rate_thread: Rate = field(default_factory=lambda: Rate(30, 60))
    rate_stars: Rate = field(default_factory=lambda: Rate(60, 60))
    rate_login: Rate = field(default_factory=lambda: Rate(10, 300))
    rate_new_threads: Rate = field(default_factory=lambda: Rate(5, 3600))
    rate_readers: Rate = field(default_factory=lambda: Rate(20, 3600))
    block_words: tuple[str, ...] = ()
    block_addresses: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()
    block_websites: tuple[str, ...] = ()
    trusted_proxies: str = "127.0.0.1"
    cache_seconds: float = 1.0
    # Reply notifications (comment_server/mail): off unless smtp_host is set.
    public_url: str = ""
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_from: str = ""
    smtp_reply_to: str = ""
    smtp_rate: int = 30
    smtp_batch_seconds: int = 120
    smtp_retry_seconds: int = 60
    smtp_timeout: int = 30
    mail_templates: str = "content/mail"
    # The blog author's address: a mail for each new comment (comment_server/mail/author.py).
    author_email: str = ""
    # Who drains the outbox: the server's own task (serve) or `python -m comment_server send-mail`.
    mail_sender: str = "serve"

    @property
    def mail(self) -> bool:
        """Return whether the server sends reply notifications (an SMTP host is set)."""
        return bool(self.smtp_host)

    @property
    def author_mail(self) -> bool:
        """Return whether the author is mailed about new comments (an address and SMTP set)."""
        return bool(self.smtp_host and self.author_email)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Settings":
        """Read and validate the settings from *environ* (default: os.environ)."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for name, parse in _PARSERS.items():
            raw = env.get(PREFIX + name.upper())
            if raw is None or raw.strip() == "":
                continue
            values[name] = _parse(name, raw.strip(), parse)
        if "secret" not in values:
            raise SettingsError(
                f"{PREFIX}SECRET is not set: set it to a long random value, for example the output "
                "of "
                '`python -c "import secrets; print(secrets.token_hex(32))"`, and keep it the same '
                "across restarts (it keys the commenter hashes and signs tokens)."
            )
        check_mail(values)
        return cls(**values)


MAIL_NEEDS = ("smtp_from", "public_url")


def check_mail(values: Mapping[str, Any]) -> None:
    """Refuse mail settings that are incomplete: a host needs a From and the public URL, a user
    a password (and the other way round)."""
    if not values.get("smtp_host"):
        stray = [name for name in values if name.startswith("smtp_") or name == "author_email"]
        if stray:
            raise SettingsError(
                f"{PREFIX}{stray[0].upper()} is set but {PREFIX}SMTP_HOST is not: set the SMTP "
                "host to send reply notifications and the author's mail, or remove the SMTP "
                "settings."
            )
        return
    missing = [PREFIX + name.upper() for name in MAIL_NEEDS if not values.get(name)]
    if bool(values.get("smtp_user")) != bool(values.get("smtp_password")):
        missing.append(PREFIX + ("SMTP_PASSWORD" if values.get("smtp_user") else "SMTP_USER"))
    if missing:
        raise SettingsError(
            f"{PREFIX}SMTP_HOST is set, so reply notifications are on, but "
            f"{', '.join(missing)} {'is' if len(missing) == 1 else 'are'} not set: "
            "see docs/comment-server.md, Reply notifications."
        )


def check_workers(settings: Settings, workers: int) -> None:
    """Refuse a number of worker processes the database cannot serve correctly."""
    if workers < 1:
        raise SettingsError(f"--workers {workers} is not usable: use 1 or more worker processes.")
    if workers > 1 and settings.database_url.split(":", 1)[0].lower().startswith("sqlite"):
        raise SettingsError(
            f"--workers {workers} needs PostgreSQL: with several processes on one SQLite file "
            "a reader sent to another process sees an old answer for up to "
            f"{PREFIX}CACHE_SECONDS, and their writers queue on the file. Serve SQLite with one "
            "process (the default; it answers thousands of reads a second), or set "
            f"{PREFIX}DATABASE_URL=postgresql://user:password@host/database to run several."
        )


# Read by clients of the server (`invoke thanks`), not by the server itself.
CLIENT_VARIABLES = ("COMMENT_SERVER_URL", "COMMENT_SERVER_ADMIN_PASSWORD")


def unknown_variables(environ: Mapping[str, str] | None = None) -> list[str]:
    """Return a warning for each COMMENT_SERVER_* variable that is no setting (a typo?)."""
    env = os.environ if environ is None else environ
    known = [PREFIX + name.upper() for name in _PARSERS]
    warnings = []
    for variable in sorted(env):
        if variable.startswith(PREFIX) and variable not in known + list(CLIENT_VARIABLES):
            close = difflib.get_close_matches(variable, known, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            warnings.append(f"{variable} is not a setting of the server and is ignored{hint}")
    return warnings


def _parse(name: str, raw: str, parse: Callable[[str], Any]) -> Any:
    try:
        return parse(raw)
    except ValueError as error:
        raise SettingsError(f"{PREFIX}{name.upper()}={raw!r} is not usable: {error}") from None


def _secret(raw: str) -> str:
    if len(raw) < 32:
        raise ValueError("use at least 32 characters of random text")
    return raw


def _database_url(raw: str) -> str:
    scheme = raw.split(":", 1)[0].lower()
    if scheme in ("postgres", "postgresql"):
        # SQLAlchemy's plain postgresql:// means psycopg2; we ship psycopg 3.
        return "postgresql+psycopg:" + raw.split(":", 1)[1]
    if not (scheme.startswith("sqlite") or scheme.startswith("postgresql+")):
        raise ValueError("use sqlite:///path/to/file.sqlite3 or postgresql://user@host/database")
    return raw


def _origin(raw: str) -> str:
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/"):
        raise ValueError(
            f"{raw!r} is not an origin like https://blog.example (scheme and host only)"
        )
    if parts.query or parts.fragment or "@" in parts.netloc:
        raise ValueError(
            f"{raw!r} is not an origin like https://blog.example (scheme and host only)"
        )
    # As browsers send it: the host in ASCII (IDNA, "xn--bcher-kva.example" for "bücher"), the
    # port only when it is not the scheme's default (":0443" is ":443").
    try:
        host = (parts.hostname or "").encode("idna").decode("ascii")
        port = parts.port
    except (UnicodeError, ValueError):
        raise ValueError(f"{raw!r} has no valid host name or port") from None
    if not host:
        raise ValueError(
            f"{raw!r} is not an origin like https://blog.example (scheme and host only)"
        )
    default_port = {"http": 80, "https": 443}[parts.scheme]
    if ":" in host:
        host = f"[{host}]"  # an IPv6 address
    return f"{parts.scheme}://{host}" + ("" if port in (None, default_port) else f":{port}")


def _origins(raw: str) -> tuple[str, ...]:
    return tuple(_origin(item.strip()) for item in raw.split(",") if item.strip())


def _credential(raw: str) -> str:
    from comment_server.credential import check_format

    check_format(raw)
    return raw


def _plain(raw: str) -> str:
    if any(ord(ch) < 32 for ch in raw) or len(raw) > 80:
        raise ValueError("use plain text of at most 80 characters")
    return raw


def _int(low: int, high: int) -> Callable[[str], int]:
    def parse(raw: str) -> int:
        try:
            value = int(raw)
        except ValueError:
            raise ValueError(f"use a whole number from {low} to {high}") from None
        if not low <= value <= high:
            raise ValueError(f"use a whole number from {low} to {high}")
        return value

    return parse


def _seconds(raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise ValueError("use a number of seconds from 0 to 60, like 1 or 0.5") from None
    if not 0 <= value <= 60:
        raise ValueError("use a number of seconds from 0 to 60, like 1 or 0.5")
    return value


def _flag(raw: str) -> bool:
    lowered = raw.lower()
    if lowered in ("on", "true", "yes", "1"):
        return True
    if lowered in ("off", "false", "no", "0"):
        return False
    raise ValueError("use on or off")


def _rate(raw: str) -> Rate:
    match = _RATE.match(raw)
    if not match or int(match.group(1)) < 1 or int(match.group(2)) < 1:
        raise ValueError("use COUNT/SECONDS, for example 5/60 for five per minute")
    return Rate(int(match.group(1)), int(match.group(2)))


def _words(raw: str) -> tuple[str, ...]:
    return tuple(sorted({item.strip().casefold() for item in raw.split(",") if item.strip()}))


def _networks(raw: str) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    networks = []
    for item in (part.strip() for part in raw.split(",")):
        if item:
            try:
                networks.append(ipaddress.ip_network(item, strict=False))
            except ValueError:
                raise ValueError(
                    f"{item!r} is not an address or network like 203.0.113.0/24"
                ) from None
    return tuple(networks)


def _domains(raw: str) -> tuple[str, ...]:
    domains = []
    for item in (part.strip().lower() for part in raw.split(",")):
        if not item:
            continue
        host = urlsplit(item).hostname if "://" in item else item
        if not host or not re.fullmatch(r"[a-z0-9.-]+", host):
            raise ValueError(f"{item!r} is not a domain like spam.example")
        domains.append(host.strip("."))
    return tuple(sorted(set(domains)))


def _proxies(raw: str) -> str:
    for item in (part.strip() for part in raw.split(",")):
        if item and item != "*":
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ValueError(f"{item!r} is not an address or network") from None
    return raw


def _public_url(raw: str) -> str:
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ValueError(
            "use the address readers reach the server at, like https://comments.blog.example"
        )
    return raw.rstrip("/")


def _host(raw: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9.:\[\]-]+", raw):
        raise ValueError("use a host name or address like smtp.example.org")
    return raw


def _security(raw: str) -> str:
    lowered = raw.lower()
    if lowered not in ("starttls", "tls", "none"):
        raise ValueError("use starttls (port 587), tls (port 465) or none (a local relay)")
    return lowered


def _mailbox(raw: str) -> str:
    from email.headerregistry import Address
    from email.utils import parseaddr

    _name, address = parseaddr(raw)
    if any(ord(ch) < 32 for ch in raw) or "@" not in address:
        raise ValueError("use an address like blog@example.org or 'My blog <blog@example.org>'")
    try:
        Address(addr_spec=address)
    except (ValueError, IndexError):
        raise ValueError(f"{address!r} is not an email address") from None
    return raw


def _address(raw: str) -> str:
    from email.headerregistry import Address

    if any(ord(ch) < 33 for ch in raw) or raw.count("@") != 1:
        raise ValueError("use one bare address like author@example.org")
    try:
        return str(Address(addr_spec=raw))
    except (ValueError, IndexError):
        raise ValueError(f"{raw!r} is not an email address") from None


def _mail_sender(raw: str) -> str:
    lowered = raw.lower()
    if lowered not in ("serve", "separate"):
        raise ValueError(
            "use serve (the server sends reply mail) or separate "
            "(`python -m comment_server send-mail` sends it)"
        )
    return lowered


def _secret_text(raw: str) -> str:
    if any(ord(ch) < 32 for ch in raw):
        raise ValueError("must be one line")
    return raw


_PARSERS: dict[str, Callable[[str], Any]] = {
    "secret": _secret,
    "database_url": _database_url,
    "origins": _origins,
    "admin_credential": _credential,
    "author_name": _plain,
    "max_body": _int(1024, 1_048_576),
    "max_text": _int(10, 100_000),
    "max_links": _int(0, 100),
    "min_submit_seconds": _int(0, 3600),
    "edit_window": _int(0, 86_400),
    "moderation": _flag,
    "rate_limits": _flag,
    "rate_comments": _rate,
    "rate_thread": _rate,
    "rate_stars": _rate,
    "rate_login": _rate,
    "rate_new_threads": _rate,
    "rate_readers": _rate,
    "block_words": _words,
    "block_addresses": _networks,
    "block_websites": _domains,
    "trusted_proxies": _proxies,
    "cache_seconds": _seconds,
    "public_url": _public_url,
    "smtp_host": _host,
    "smtp_port": _int(1, 65_535),
    "smtp_security": _security,
    "smtp_user": _secret_text,
    "smtp_password": _secret_text,
    "smtp_from": _mailbox,
    "smtp_reply_to": _mailbox,
    "smtp_rate": _int(1, 10_000),
    "smtp_batch_seconds": _int(0, 3600),
    "smtp_retry_seconds": _int(1, 86_400),
    "smtp_timeout": _int(1, 600),
    "mail_templates": _secret_text,
    "author_email": _address,
    "mail_sender": _mail_sender,
}
