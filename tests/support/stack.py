"""The embed's and the inbox's world: a real comment server process and a static host with the
strict CSP that docs/embed-and-inbox.md asks of one, serving each test's own blog.

The static server sends that CSP, so anything inline in the embed would show up as a console
error. Each test writes its own posts (a Blog), builds them with real Pelican and points the static
server at that build; the comment server and its SQLite file are shared.
"""

import secrets
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

from comment_server.export import write_export
from tests.support.api import ADMIN, reader_token
from tests.support.live_server import LiveServer, live_server, run_command
from tests.support.network import free_port


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

    server: LiveServer
    site: str
    httpd: ThreadingHTTPServer
    client: httpx.Client = field(init=False)

    def __post_init__(self) -> None:
        self.client = httpx.Client(base_url=self.api, timeout=10)

    @property
    def api(self) -> str:
        """Return the comment server's base URL."""
        return self.server.base

    def serve(self, output: Path) -> None:
        """Serve the build in *output* from now on."""
        self.httpd.site_root = output  # type: ignore[attr-defined]

    def cli(self, *args: str) -> str:
        """Run `python -m comment_server ARGS` against the test database, return its output."""
        done = run_command(list(args), self.server.env)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def admin(self, method: str, path: str, body: dict | None = None) -> httpx.Response:
        """Call an admin route with the admin credential."""
        return self.client.request(method, path, json=body, headers=ADMIN)

    def post_comment(self, thread: str, **fields) -> dict:
        """Post a comment as a reader would (form token first), return the server's answer."""
        token = self.client.get("/api/form").json()["token"]
        body = {"author": "Reader", "text": "Hello", "reader": reader_token(secrets.token_hex(8))}
        body |= {"homepage": "", "form_token": token, **fields}
        answer = self.client.post(f"/api/threads/{thread}/comments", json=body)
        assert answer.status_code == 201, answer.text
        return answer.json()

    def thread(self, thread: str) -> dict:
        """Return the public view of *thread*: its approved comments and its stars."""
        return self.client.get(f"/api/threads/{thread}/comments").json()


@dataclass
class Blog:
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

    def write_post_in(self, slug: str, lang: str, title: str, paragraph: str) -> None:
        """Write a post in *lang* on this English blog, 30 *paragraph*s ({n} numbered): its page
        is 2026/<slug>-<lang>/."""
        (self.content / f"{slug}.md").write_text(
            f"Title: {title}\nDate: 2026-01-02 10:00\nSlug: {slug}\nLang: {lang}\n\n"
            + "\n\n".join(paragraph.format(n=n) for n in range(30))
            + "\n",
            encoding="utf-8",
        )
        self.slugs.append(slug)

    def write_french_post(self, slug: str) -> None:
        """Write a French post (`Lang: fr`): its page is 2026/<slug>-fr/."""
        self.write_post_in(
            slug, "fr", "Le bocal à mercis", "Paragraphe {n} : un petit mot chaque soir."
        )

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


def strict_csp(api: str) -> str:
    """Return the Content-Security-Policy a static host sends for a blog using *api*."""
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
        f"connect-src 'self' {api}; form-action 'self'; base-uri 'self'; frame-ancestors 'none'"
    )


@contextmanager
def running_stack(work: Path, **settings) -> Iterator[Stack]:
    """Run the comment server (its database and log in *work*; *settings* as live_server takes
    them) and the static host until the block ends."""
    site_port = free_port()
    site = f"http://127.0.0.1:{site_port}"
    database = f"sqlite:///{work / 'comments.sqlite3'}"
    settings = {"origins": site, "author_name": "Maya", **settings}
    with live_server(database, work / "server.log", **settings) as server:
        handler = partial(_SiteHandler, csp=strict_csp(server.base))
        httpd = ThreadingHTTPServer(("127.0.0.1", site_port), handler)
        httpd.site_root = work  # type: ignore[attr-defined]
        serving = threading.Thread(target=httpd.serve_forever, daemon=True)
        serving.start()
        stack = Stack(server=server, site=site, httpd=httpd)
        try:
            yield stack
        finally:
            stack.client.close()
            httpd.shutdown()
            httpd.server_close()
            serving.join(timeout=5)


def empty_blog(stack: Stack, build, folder: Path) -> Blog:
    """Return an empty blog whose content is in *folder*, built by *build* against *stack*."""
    content = folder / "content"
    (content / "comments").mkdir(parents=True)
    return Blog(content=content, stack=stack, build=build)


@contextmanager
def blog_with_its_own_stack(build, folder: Path, **settings) -> Iterator[Blog]:
    """Run a comment server and a static host of the blog's own (*settings* as running_stack takes
    them) and yield an empty blog in *folder* built against them, until the block ends."""
    (folder / "stack").mkdir()
    with running_stack(folder / "stack", **settings) as stack:
        yield empty_blog(stack, build, folder)
