"""The command line: `python -m comment_server COMMAND` (serve, send-mail, migrate, export, import,
site-facts, forget, admin-credential)."""

import argparse
import getpass
import logging
import sys
from pathlib import Path

from comment_server.importers.records import WAITING_DAYS
from comment_server.settings import Settings, SettingsError, check_workers, unknown_variables

logger = logging.getLogger("comment_server")


def main(argv: list[str] | None = None) -> int:
    """Run one command of the comment server; return the exit status."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    try:
        return args.run(args)
    except SettingsError as error:
        print(f"comment_server: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m comment_server",
        description="Goldstar's comment server. Settings come from COMMENT_SERVER_* variables.",
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    serve = commands.add_parser("serve", help="migrate the database, then serve the API")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8001, help="port to bind (default 8001)")
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes (default 1; more than 1 needs PostgreSQL)",
    )
    serve.add_argument("--access-log", action="store_true", help="log every request")
    serve.set_defaults(run=serve_command)
    send_mail = commands.add_parser(
        "send-mail",
        help="send the reply mail the server queues, in a process of its own "
        "(with COMMENT_SERVER_MAIL_SENDER=separate); stops on SIGTERM after the mail in flight",
    )
    send_mail.set_defaults(run=send_mail_command)
    migrate = commands.add_parser("migrate", help="create or upgrade the database schema")
    migrate.set_defaults(run=migrate_command)
    export = commands.add_parser("export", help="write one <thread>.json per thread into DIR")
    export.add_argument("dir", type=Path, help="folder to write, e.g. content/comments")
    export.add_argument(
        "--prune",
        action="store_true",
        help="also remove the export files of threads this database does not have",
    )
    export.add_argument(
        "--full",
        action="store_true",
        help="export every thread, not only those changed since the last export",
    )
    export.set_defaults(run=export_command)
    imp = commands.add_parser("import", help="import comments from an export or another system")
    imp.add_argument(
        "path", type=Path, help="export folder, Isso database or JSON, Disqus or WXR file"
    )
    imp.add_argument(
        "--format",
        choices=("goldstar", "isso", "isso-json", "disqus", "wxr"),
        help="default: a folder is a goldstar export, .db/.sqlite isso, a JSON list isso-json "
        "(Isso's generic format), other JSON goldstar, Disqus XML disqus, other XML wxr",
    )
    imp.add_argument(
        "--waiting-days",
        type=_days,
        default=WAITING_DAYS,
        help=f"comments written more than this many days ago come in as not waiting for a "
        f"thank-you in invoke thanks (default {WAITING_DAYS}); a Goldstar export keeps its own",
    )
    imp.set_defaults(run=import_command)
    facts = commands.add_parser(
        "site-facts", help="keep the blog's build facts the drafts are made from (facts.json)"
    )
    facts.add_argument("path", type=Path, help="the thank_you plugin's facts file")
    facts.set_defaults(run=site_facts_command)
    forget = commands.add_parser(
        "forget", help="remove an email address everywhere (a data deletion request)"
    )
    forget.add_argument("email", help="the address to forget")
    forget.set_defaults(run=forget_command)
    credential = commands.add_parser(
        "admin-credential", help="hash an admin password (prompted, or one line of stdin)"
    )
    credential.set_defaults(run=credential_command)
    return parser


def _days(raw: str) -> int:
    """Return the whole number of days *raw* says (0 or more), for --waiting-days."""
    try:
        days = int(raw)
    except ValueError:
        days = -1
    if not 0 <= days <= 100_000:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a number of days from 0 to 100000")
    return days


def _store(settings: Settings):
    from comment_server.keys import Keys
    from comment_server.store.store import Store

    store = Store(settings.database_url, Keys(settings.secret), settings.author_name)
    store.migrate()
    return store


def serve_command(args: argparse.Namespace) -> int:
    """Migrate, then serve the app with uvicorn (httptools, uvloop)."""
    import uvicorn

    from comment_server.app import create_app

    settings = Settings.from_env()
    check_workers(settings, args.workers)
    if settings.mail:
        from comment_server.mail.messages import MailTemplates

        MailTemplates(settings.mail_templates).check()
    _store(settings).close()
    for warning in unknown_variables():
        logger.warning("comment_server: %s", warning)
    if not settings.origins:
        logger.warning("comment_server: COMMENT_SERVER_ORIGINS is empty: browsers cannot write")
    if not settings.admin_credential:
        logger.warning("comment_server: COMMENT_SERVER_ADMIN_CREDENTIAL is empty: no admin side")
    options = {
        "host": args.host,
        "port": args.port,
        "loop": "uvloop",
        "http": "httptools",
        "proxy_headers": True,
        "forwarded_allow_ips": settings.trusted_proxies,
        "access_log": args.access_log,
        "server_header": False,
    }
    if args.workers > 1:
        uvicorn.run(
            "comment_server.asgi:app_from_env", factory=True, workers=args.workers, **options
        )
    else:
        uvicorn.run(create_app(settings), **options)
    return 0


def send_mail_command(args: argparse.Namespace) -> int:
    """Drain the outbox over SMTP until SIGTERM or SIGINT (the sender alone, no API)."""
    import anyio

    from comment_server.mail.alone import make_sender, send_until_stopped
    from comment_server.mail.messages import MailTemplates

    settings = Settings.from_env()
    if not settings.mail:
        raise SettingsError(
            "send-mail: COMMENT_SERVER_SMTP_HOST is not set, so there is no mail to send: set the "
            "SMTP settings (see docs/comment-server.md, Reply notifications)."
        )
    MailTemplates(settings.mail_templates).check()
    store = _store(settings)
    for warning in unknown_variables():
        logger.warning("comment_server: %s", warning)
    if settings.mail_sender == "serve":
        logger.warning(
            "comment_server: send-mail: COMMENT_SERVER_MAIL_SENDER is serve, so the server sends "
            "too (each mail still goes once); set it to separate for the server"
        )
    try:
        anyio.run(send_until_stopped, make_sender(settings, store))
    finally:
        store.close()
    logger.info("comment_server: send-mail: stopped")
    return 0


def migrate_command(args: argparse.Namespace) -> int:
    """Create or upgrade the schema."""
    _store(Settings.from_env()).close()
    logger.info("comment_server: the database schema is up to date")
    return 0


def export_command(args: argparse.Namespace) -> int:
    """Write the export folder's changed threads; report (or, with --prune, remove) files of
    unknown threads."""
    from comment_server.export import ExportReader, export_changed

    store = ExportReader(Settings.from_env().database_url)
    try:
        result = export_changed(store, args.dir, prune=args.prune, full=args.full)
    finally:
        store.close()
    logger.info("comment_server: exported %d changed threads to %s", result.written, args.dir)
    for path in result.emptied:
        logger.info("comment_server: export: removed %s, its thread has no comments now", path)
    for path in result.renamed:
        logger.info("comment_server: export: removed %s, its thread's file has a new name", path)
    if result.stale:
        names = ", ".join(path.name for path in result.stale)
        if result.pruned:
            logger.info(
                "comment_server: export: removed %d files of threads this database "
                "does not have: %s",
                len(result.stale),
                names,
            )
        else:
            logger.warning(
                "comment_server: export: kept %d files of threads this database does "
                "not have: %s (run `export --prune` to remove them)",
                len(result.stale),
                names,
            )
    return 0


def import_command(args: argparse.Namespace) -> int:
    """Read an export or another system's comments and store them."""
    from comment_server.importers import guess_format, read_threads
    from comment_server.store.errors import StoreError

    settings = Settings.from_env()
    if not args.path.exists():
        print(f"comment_server: import: {args.path}: no such file or folder", file=sys.stderr)
        return 1
    fmt = args.format or guess_format(args.path)
    try:
        threads = read_threads(args.path, fmt)
    except ValueError as error:  # each reader's file errors are ValueErrors naming the file
        print(f"comment_server: import: {error}", file=sys.stderr)
        return 1
    store = _store(settings)
    try:
        summary = store.import_threads(threads, args.waiting_days)
    except StoreError as error:
        print(f"comment_server: import: {args.path}: {error.message}", file=sys.stderr)
        return 1
    finally:
        store.close()
    logger.info(
        "comment_server: imported %d comments in %d threads from %s (%s; %d already there)",
        summary.comments,
        summary.threads,
        args.path,
        fmt,
        summary.skipped,
    )
    return 0


def site_facts_command(args: argparse.Namespace) -> int:
    """Store the build's facts file, so the inbox's drafts use the built site's titles."""
    import json

    from reply_drafts.site_facts import parse_site_facts

    try:
        document = json.loads(args.path.read_text(encoding="utf-8"))
        facts = parse_site_facts(document, str(args.path))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        print(f"comment_server: site-facts: {error}; build the site first", file=sys.stderr)
        return 1
    store = _store(Settings.from_env())
    try:
        store.save_site_facts(json.dumps(document, ensure_ascii=False))
    finally:
        store.close()
    logger.info(
        "comment_server: kept the build facts of %d threads from %s", len(facts.threads), args.path
    )
    return 0


def forget_command(args: argparse.Namespace) -> int:
    """Remove an email address from comments, subscriptions and the outbox."""
    from comment_server import validation

    try:
        email = validation.email(args.email)
    except ValueError as error:
        print(f"comment_server: forget: the address {error}", file=sys.stderr)
        return 1
    if not email:
        print("comment_server: forget: give the email address to forget", file=sys.stderr)
        return 1
    store = _store(Settings.from_env())
    try:
        held = store.forget_email(email)
    finally:
        store.close()
    # The address itself is never logged: the operator typed it.
    if held:
        logger.info("comment_server: forget: the address is removed everywhere")
    else:
        logger.info("comment_server: forget: nothing held that address")
    return 0


def credential_command(args: argparse.Namespace) -> int:
    """Print the COMMENT_SERVER_ADMIN_CREDENTIAL value for a password."""
    from comment_server.credential import hash_password

    if sys.stdin.isatty():
        password = getpass.getpass("Admin password: ")
        if getpass.getpass("Same password again: ") != password:
            print("comment_server: the two passwords differ; nothing changed", file=sys.stderr)
            return 1
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    try:
        value = hash_password(password)
    except ValueError as error:
        print(f"comment_server: {error}", file=sys.stderr)
        return 1
    print(f"COMMENT_SERVER_ADMIN_CREDENTIAL={value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
