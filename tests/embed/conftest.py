"""The embed's and the inbox's world: a real comment server process, a real built site over HTTP.

One comment server (`python -m comment_server serve`, its own SQLite file) and one static HTTP
server run for the whole package; each test writes its own posts, builds them with real Pelican and
points the static server at that build. The static server sends the strict CSP that
docs/embed-and-inbox.md asks of a static host, so anything inline in the embed would show up as a
console error.
"""

import contextlib
import os
import secrets
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import expect

from comment_server.export import write_export
from tests.conftest import ROOT, free_port

PASSWORD = "correct horse battery staple"
SECRET = "embed-tests-secret-" + "x" * 40
VIEWPORT = {"width": 360, "height": 740}
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


class _SiteHandler(SimpleHTTPRequestHandler):
    """Serve the current build with the CSP the docs recommend for a static host."""

    def __init__(self, *args, csp: str, **kwargs) -> None:
        self.csp = csp
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        # The served folder changes with each test's build; the handler reads it per request.
        self.directory = str(self.server.site_root)  # type: ignore[attr-defined]
        return super().translate_path(path)

    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", self.csp)
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format: str, *args) -> None:
        pass


@dataclass
class Stack:
    """The running parts: the comment server, the static site server, and how to reach both."""

    api: str
    site: str
    env: dict[str, str]
    httpd: ThreadingHTTPServer
    log: Path
    client: httpx.Client = field(init=False)

    def __post_init__(self) -> None:
        self.client = httpx.Client(base_url=self.api, timeout=10)

    def serve(self, output: Path) -> None:
        """Serve the build in *output* from now on."""
        self.httpd.site_root = output  # type: ignore[attr-defined]

    def cli(self, *args: str) -> str:
        """Run `python -m comment_server ARGS` against the test database, return its output."""
        done = subprocess.run(
            [sys.executable, "-m", "comment_server", *args],
            env=self.env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def admin(self, method: str, path: str, body: dict | None = None) -> httpx.Response:
        """Call an admin route with the admin credential."""
        headers = {"Authorization": f"Bearer {PASSWORD}"}
        return self.client.request(method, path, json=body, headers=headers)

    def post_comment(self, thread: str, **fields) -> dict:
        """Post a comment as a reader would (form token first), return the server's answer."""
        token = self.client.get("/api/form").json()["token"]
        body = {"author": "Reader", "text": "Hello", "reader": secrets.token_hex(16)}
        body |= {"homepage": "", "form_token": token, **fields}
        answer = self.client.post(f"/api/threads/{thread}/comments", json=body)
        assert answer.status_code == 201, answer.text
        return answer.json()

    def thread(self, thread: str) -> dict:
        """Return the public view of *thread*: its approved comments and its stars."""
        return self.client.get(f"/api/threads/{thread}/comments").json()


def _credential() -> str:
    from comment_server.credential import hash_password

    return hash_password(PASSWORD)


def _wait_until_up(process: subprocess.Popen, url: str, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the comment server stopped ({process.returncode}):\n{log.read_text()}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{url}/api/form", timeout=1).status_code == 200:
                return
        time.sleep(0.1)
    pytest.fail(f"the comment server did not answer within 30 s:\n{log.read_text()}")


@pytest.fixture(scope="package")
def stack(tmp_path_factory) -> Iterator[Stack]:
    """Start the real comment server and a static server for the site; stop both afterwards."""
    work = tmp_path_factory.mktemp("stack")
    site_port, api_port = free_port(), free_port()
    site, api = f"http://127.0.0.1:{site_port}", f"http://127.0.0.1:{api_port}"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "COMMENT_SERVER_SECRET": SECRET,
        "COMMENT_SERVER_DATABASE_URL": f"sqlite:///{work / 'comments.sqlite3'}",
        "COMMENT_SERVER_ORIGINS": site,
        "COMMENT_SERVER_ADMIN_CREDENTIAL": _credential(),
        "COMMENT_SERVER_AUTHOR_NAME": "Maya",
        "COMMENT_SERVER_MIN_SUBMIT_SECONDS": "0",
        "COMMENT_SERVER_RATE_LIMITS": "off",
        "COMMENT_SERVER_MAX_LINKS": "100",
    }
    csp = (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
        f"connect-src 'self' {api}; form-action 'self'; base-uri 'self'; frame-ancestors 'none'"
    )
    httpd = ThreadingHTTPServer(("127.0.0.1", site_port), partial(_SiteHandler, csp=csp))
    httpd.site_root = work  # type: ignore[attr-defined]
    serving = threading.Thread(target=httpd.serve_forever, daemon=True)
    serving.start()
    log = work / "server.log"
    with log.open("w") as out:
        command = [sys.executable, "-m", "comment_server", "serve", "--port", str(api_port)]
        process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_until_up(process, api, log)
        running = Stack(api=api, site=site, env=env, httpd=httpd, log=log)
        yield running
        running.client.close()
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        httpd.shutdown()
        httpd.server_close()
        serving.join(timeout=5)  # no thread outlives the fixture


@dataclass
class Site:
    """A test's own blog: its content folder and how to (re)build and serve it."""

    content: Path
    stack: Stack
    build: object
    slugs: list[str] = field(default_factory=list)

    def write_post(self, slug: str, title: str, support: bool = False) -> None:
        """Write a Markdown post *slug*."""
        extra = "Support: true\n" if support else ""
        text = (
            f"Title: {title}\nDate: 2026-01-02 10:00\nSlug: {slug}\n{extra}\n"
            "A short post about small kindnesses, long enough to scroll past on a phone.\n\n"
            + "\n\n".join(f"Paragraph {n}: kindness is a habit, not a mood." for n in range(40))
            + "\n"
        )
        (self.content / f"{slug}.md").write_text(text, encoding="utf-8")
        self.slugs.append(slug)

    def rebuild(self, command: bool = False) -> Path:
        """Export this blog's threads into its content, build, serve the result.

        With *command*, the export is `python -m comment_server export` itself; else the same
        documents come from the admin API's export and go through the server's own writer, which
        spares a process start per build.
        """
        # The server is shared by the package's tests: keep only the threads of this blog's posts.
        if command:
            exported = self.content.parent / "export"
            self.stack.cli("export", str(exported))
            for slug in self.slugs:
                if (exported / f"{slug}.json").exists():
                    shutil.copy(exported / f"{slug}.json", self.content / "comments")
        else:
            threads = self.stack.admin("GET", "/api/admin/export").json()["threads"]
            mine = {slug: threads[slug] for slug in self.slugs if slug in threads}
            write_export(mine, self.content / "comments")
        result = self.build(self.content, COMMENTS_API=self.stack.api)
        assert result.warnings() == []
        self.stack.serve(result.output)
        return result.output

    def url(self, slug: str) -> str:
        """Return the address of post *slug* on the static server."""
        return f"{self.stack.site}/2026/{slug}/"


@pytest.fixture
def site(stack: Stack, site_builder, tmp_path: Path) -> Site:
    """Return an empty blog of this test, built against the running comment server."""
    content = tmp_path / "content"
    (content / "comments").mkdir(parents=True)
    return Site(content=content, stack=stack, build=site_builder)


@dataclass
class Watch:
    """What a page did that it should not have: dialogs opened, errors logged, scripts thrown."""

    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def attach(self, page) -> None:
        """Start watching *page*."""

        def on_dialog(dialog) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.on("pageerror", lambda error: self.errors.append(f"pageerror: {error}"))
        page.on("console", self._on_console)

    def _on_console(self, msg) -> None:
        if msg.type != "error":
            return
        url = msg.location.get("url", "")
        # Expected answers, not script: no favicon on the test site; the inbox asks before sign-in.
        if "Failed to load resource" in msg.text and (
            url.endswith("/favicon.ico") or ("(Unauthorized)" in msg.text and "/api/admin/" in url)
        ):
            return
        self.errors.append(f"console: {msg.text} ({url})")


@pytest.fixture
def phone(browser):
    """Return a new browser context the size of a phone (360x740); closed after the test."""
    context = browser.new_context(viewport=VIEWPORT, device_scale_factor=2, is_mobile=True)
    context.set_default_timeout(10_000)
    yield context
    context.close()


def axe_violations(page) -> list[dict]:
    """Run axe-core on *page*, return its violations (id, impact, targets)."""
    # Evaluated through the DevTools protocol, so the page's strict CSP does not block axe itself.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    found = page.evaluate("async () => (await axe.run(document)).violations")
    return [
        {"id": v["id"], "impact": v["impact"], "targets": [n["target"] for n in v["nodes"]]}
        for v in found
    ]


def open_comments(page) -> None:
    """Scroll to the comments so the embed loads, and wait until it has asked the server."""
    page.locator("#comments").scroll_into_view_if_needed()
    expect(page.locator('#comments [data-stars="post"] button')).to_be_visible()


def sign_in(page, api: str) -> None:
    """Open the inbox and sign in with the admin password."""
    page.goto(f"{api}/admin")
    page.get_by_label("Admin password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#sign-in")).to_be_hidden()
