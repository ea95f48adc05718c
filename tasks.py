"""The blogger's menu (`invoke --list`): pelican-quickstart's tasks.py, plus Goldstar's verbs."""

import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

from invoke import task
from pelican import main as pelican_main
from pelican.server import ComplexHTTPRequestHandler, RootedHTTPServer
from pelican.settings import DEFAULT_CONFIG, get_settings_from_file

ROOT = Path(__file__).resolve().parent
SETTINGS_FILE_BASE = "pelicanconf.py"
SETTINGS = {}
SETTINGS.update(DEFAULT_CONFIG)
SETTINGS.update(get_settings_from_file(str(ROOT / SETTINGS_FILE_BASE)))

CONFIG = {
    "settings_base": SETTINGS_FILE_BASE,
    "settings_publish": "publishconf.py",
    "deploy_path": SETTINGS["OUTPUT_PATH"],
    # Where `invoke publish` sends the site: any rsync target (user@host:/var/www/blog).
    "publish_target": os.environ.get("GOLDSTAR_PUBLISH_TARGET", ""),
    "host": "127.0.0.1",
    "port": 8000,
    "comment_server_port": 8001,
    "demo_database": "var/demo-comments.sqlite3",
}


def pelican_run(cmd):
    """Run Pelican with *cmd* (a string of its command-line arguments)."""
    pelican_main(shlex.split(cmd))


@task
def clean(c):
    """Remove the generated files."""
    if os.path.isdir(CONFIG["deploy_path"]):
        shutil.rmtree(CONFIG["deploy_path"])
        os.makedirs(CONFIG["deploy_path"])


def note_no_embed() -> None:
    """Say so when this build drops the comment form the demo's pages had (COMMENTS_API empty)."""
    if not SETTINGS.get("COMMENTS_API") and (ROOT / CONFIG["demo_database"]).is_file():
        print(
            f"Note: {CONFIG['settings_base']} has COMMENTS_API empty, so these pages get no "
            "comment form or star buttons (the demo's had them). To keep them beside the demo, set "
            f'COMMENTS_API = "http://{CONFIG["host"]}:{CONFIG["comment_server_port"]}" there.',
            file=sys.stderr,
        )


def note_local_comments_api(settings: dict) -> None:
    """Say so when the publishing settings point the embed at this machine (a COMMENTS_API of
    127.0.0.1 or localhost, from pelicanconf.py as the README suggests beside the demo): readers'
    browsers would look for the comment server on their own machines."""
    api = str(settings.get("COMMENTS_API") or "")
    if urlsplit(api).hostname not in {"127.0.0.1", "localhost", "::1"}:
        return
    print(
        f"Note: the publishing settings have COMMENTS_API = {api!r}, an address on this machine: "
        "readers' browsers cannot reach it there, so the published pages' comment form and star "
        'buttons will fail. Set COMMENTS_API = "https://comments.blog.example" (your comment '
        f"server's address) in {CONFIG['settings_publish']}.",
        file=sys.stderr,
    )


def publish_settings() -> dict:
    """Return the names publishconf.py sets, as written (Pelican's checks and its warnings about
    old settings come with the build itself)."""
    return get_settings_from_file(str(ROOT / CONFIG["settings_publish"]))


@task
def build(c):
    """Build the site (development settings)."""
    note_no_embed()
    pelican_run("-s {settings_base} --fatal errors".format(**CONFIG))


@task
def rebuild(c):
    """Remove the generated files, then build, reading every post afresh (not from the cache)."""
    note_no_embed()
    clean(c)
    # After a change to the settings (MARKDOWN, say), the content cache would hold stale posts.
    pelican_run("-s {settings_base} --fatal errors --ignore-cache".format(**CONFIG))


@task(help={"export": "also export the comment server's changes (checked every 2 s) as they come"})
def regenerate(c, export=False):
    """Rebuild whenever a file changes; a new comment export is baked into its pages only."""
    from bake import regenerate as bake_and_regenerate

    note_no_embed()
    if export:
        os.environ.update(server_environment() or {})
    bake_and_regenerate(str(ROOT / CONFIG["settings_base"]), export=export)


class SiteHandler(ComplexHTTPRequestHandler):
    """Pelican's handler, answering a page that is not there with the theme's 404.html, as a
    static host does (Pelican's own answers nothing: the browser says "empty response")."""

    def do_GET(self):
        found = self.get_path_that_exists(self.path.split("?", 1)[0])
        if found is None:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        self.path = found
        SimpleHTTPRequestHandler.do_GET(self)

    def send_error(self, code, message=None, explain=None):
        page = Path(self.base_path) / "404.html"
        if code != HTTPStatus.NOT_FOUND or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def refuse_port_in_use(port: int, what: str, option: str = "") -> None:
    """Stop the task with a sentence, not a traceback, when a server listens on *port* already."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the servers bind
        try:
            probe.bind((CONFIG["host"], port))
        except OSError:
            another = f", or choose another port with {option}" if option else ""
            sys.exit(
                f"Port {port} (for {what}) is in use, perhaps by another `invoke demo` or "
                f"`invoke serve`: stop it (`ss -ltnp | grep :{port}` names it){another}."
            )


@task
def serve(c):
    """Serve the built site on http://127.0.0.1:8000."""
    refuse_port_in_use(CONFIG["port"], "the blog")
    server = RootedHTTPServer(CONFIG["deploy_path"], (CONFIG["host"], CONFIG["port"]), SiteHandler)
    print(f"Serving the blog on http://{CONFIG['host']}:{CONFIG['port']} (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        server.server_close()


@task
def reserve(c):
    """Build, then serve."""
    build(c)
    serve(c)


@task
def preview(c):
    """Build with the publishing settings."""
    note_local_comments_api(publish_settings())
    pelican_run("-s {settings_publish}".format(**CONFIG))


@task
def publish(c):
    """Build with the publishing settings and rsync the output to GOLDSTAR_PUBLISH_TARGET."""
    if not CONFIG["publish_target"]:
        sys.exit(
            "invoke publish: set GOLDSTAR_PUBLISH_TARGET (for example user@host:/var/www/blog)"
        )
    note_local_comments_api(publish_settings())
    pelican_run("-s {settings_publish}".format(**CONFIG))
    c.run(
        'rsync --delete --exclude ".DS_Store" -pthrvz -c {deploy_path}/ {publish_target}'.format(
            **CONFIG
        )
    )


@task
def test(c):
    """Run every test."""
    c.run(f"{shlex.quote(sys.executable)} -m pytest", pty=sys.stdout.isatty())


@task(help={"list": "print the queue with drafts and exit", "json": "print the queue as JSON"})
def thanks(c, list=False, json=False):
    """Thank commenters: each unanswered comment with a draft to accept, edit, skip or gold-star."""
    from thanks_queue.cli import run_from_settings

    sys.exit(run_from_settings(SETTINGS, ROOT, list_only=list, as_json=json))


@task(help={"days": "how far back to look (default: PROMOTE_RELATED_DIGEST_DAYS, 30)"})
def promote(c, days=0):
    """Show friends' recent posts that relate to yours, each with a line ready to share."""
    sys.path.insert(0, str(ROOT / "plugins"))
    from promote_related.digest import digest_text

    print(digest_text(str(ROOT / CONFIG["settings_base"]), days=int(days) or None))


@task(help={"dev": "the development settings (pelicanconf.py) instead of publishconf.py"})
def csp(c, dev=False):
    """Print the Content-Security-Policy header your static host should send with the pages."""
    from pelican.settings import read_settings

    sys.path.insert(0, str(ROOT / "plugins"))
    from embeds.csp import read_policy

    settings_file = CONFIG["settings_base"] if dev else CONFIG["settings_publish"]
    settings = read_settings(str(ROOT / settings_file))
    if not dev:
        note_local_comments_api(settings)
    print(f"Content-Security-Policy: {read_policy(settings).header}")


# The comment server (comment_server/, docs/comment-server.md). Its settings come from the
# COMMENT_SERVER_* variables of your environment; `invoke demo` makes its own into var/.


def server_environment() -> dict[str, str] | None:
    """Return the demo's server settings when this checkout ran the demo and you set none of your
    own (COMMENT_SERVER_SECRET, COMMENT_SERVER_DATABASE_URL); None to use your environment's."""
    if {"COMMENT_SERVER_SECRET", "COMMENT_SERVER_DATABASE_URL"} & os.environ.keys():
        return None
    database = ROOT / CONFIG["demo_database"]
    if not database.is_file():
        return None
    from comment_server.demo import demo_environment

    origin = f"http://{CONFIG['host']}:{CONFIG['port']}"
    env, _ = demo_environment(ROOT / "var", database, origin, SETTINGS["AUTHOR"])
    print(
        f"Using the demo's comment server database ({CONFIG['demo_database']}); for your own, "
        "set COMMENT_SERVER_SECRET and COMMENT_SERVER_DATABASE_URL (docs/comment-server.md).",
        file=sys.stderr,
    )
    return env


def run_comment_server(*args, env=None):
    """Run `python -m comment_server ARGS`; stop the task with its exit status if it fails."""
    command = [sys.executable, "-m", "comment_server", *args]
    status = subprocess.call(command, cwd=ROOT, env=env)
    if status:
        sys.exit(status)


@task(help={"host": "address to bind (127.0.0.1)", "port": "port (8001)"})
def server(c, host="127.0.0.1", port=CONFIG["comment_server_port"]):
    """Run the comment server (settings from COMMENT_SERVER_* variables)."""
    run_comment_server("serve", "--host", host, "--port", str(port))


@task(
    help={
        "dir": "folder to write (content/comments)",
        "prune": "also remove the files of threads the server's database does not have",
        "full": "export every thread, not only those changed since the last export",
    }
)
def comments_export(c, dir="content/comments", prune=False, full=False):
    """Export the server's comments into content/comments/ for the next build."""
    options = (["--prune"] if prune else []) + (["--full"] if full else [])
    env = server_environment()
    if prune and env is not None:
        sys.exit(
            "Not pruning with the demo's database: it would remove the files of every thread it "
            "does not have. Set COMMENT_SERVER_SECRET and COMMENT_SERVER_DATABASE_URL to your "
            "server's first (docs/comment-server.md)."
        )
    run_comment_server("export", dir, *options, env=env)


@task(
    help={
        "path": "export folder, Isso .db, Disqus or WordPress XML",
        "format": "force a format",
        "waiting_days": "comments older than this many days do not wait for a thank-you (30)",
    }
)
def comments_import(c, path, format=None, waiting_days=None):
    """Import comments: a Goldstar export, Isso, Disqus or WordPress (format guessed)."""
    options = ["--format", format] if format else []
    options += ["--waiting-days", str(waiting_days)] if waiting_days is not None else []
    run_comment_server("import", path, *options, env=server_environment())


@task
def admin_credential(c):
    """Hash an admin password into the COMMENT_SERVER_ADMIN_CREDENTIAL value."""
    run_comment_server("admin-credential")


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


@task(
    help={
        "port": "the blog's port (8000)",
        "server_port": "the comment server's port (8001)",
        "mail_port": "the local mail sink's port (8025): reply mail is printed here",
    }
)
def demo(c, port=CONFIG["port"], server_port=CONFIG["comment_server_port"], mail_port=8025):
    """Build the demo blog and serve it with a live comment server (Ctrl-C stops both)."""
    from comment_server.demo import demo_environment, mail_environment, mail_sink, wait_for_server

    host, origin = CONFIG["host"], f"http://{CONFIG['host']}:{port}"
    api = f"http://{host}:{server_port}"
    for number, what, option in (
        (port, "the blog", "--port"),
        (server_port, "the comment server", "--server-port"),
        (mail_port, "the mail sink", "--mail-port"),
    ):
        refuse_port_in_use(int(number), what, option)
    database = ROOT / CONFIG["demo_database"]
    fresh = not database.exists()
    env, password = demo_environment(ROOT / "var", database, origin, SETTINGS["AUTHOR"])
    env |= mail_environment(api, int(mail_port))
    export = ROOT / SETTINGS["PATH"] / "comments"
    if fresh and export.is_dir():
        run_comment_server("import", str(export), env=env)
    pelican_run(
        f"-s {CONFIG['settings_base']} --fatal errors "
        f"-e COMMENTS_API='\"{api}\"' SITE_ORIGIN='\"{origin}\"'"
    )
    facts = ROOT / SETTINGS.get("CACHE_PATH", "cache") / "thank_you" / "facts.json"
    if facts.is_file():  # the inbox drafts with the built titles, related posts, support posts
        run_comment_server("site-facts", str(facts), env=env)
    command = [sys.executable, "-m", "comment_server", "serve", "--host", host]
    with mail_sink(int(mail_port)):  # reply mail is printed here, never sent on
        process = subprocess.Popen([*command, "--port", str(server_port)], cwd=ROOT, env=env)
        signal.signal(signal.SIGTERM, _interrupt)  # a service manager's stop ends it as Ctrl-C does
        try:
            if not wait_for_server(f"{api}/api/health", process):
                sys.exit(f"invoke demo: the comment server did not start on {api} (port in use?)")
            address = (host, int(port))
            site = RootedHTTPServer(CONFIG["deploy_path"], address, SiteHandler)
            print(f"The blog: {origin}   comment server: {api}   inbox: {api}/admin")
            print(f"Demo admin password: {password} (kept in var/demo-admin-password)", flush=True)
            print(f"Reply mail is printed here (a local mail sink on port {mail_port})", flush=True)
            try:
                site.serve_forever()
            finally:
                site.server_close()
        except KeyboardInterrupt:
            pass
        finally:
            process.terminate()
            process.wait(timeout=30)
