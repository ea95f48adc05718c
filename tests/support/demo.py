"""The demo blog built with Pelican's CLI, and folders served on 127.0.0.1 as a static host does."""

import functools
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from pelican.settings import read_settings

from tests.support import ROOT

CONTENT = ROOT / "content"


# One page of every kind Pelican renders, by the path the demo writes it to.
PAGES = {
    "index": "",
    "index page 2": "page/2/",
    "article": "2025/how-to-thank-a-commenter/",
    "article with code": "2025/a-tiny-thank-you-script/",
    "article with images": "2025/sketching-a-gold-star/",
    "page": "about/",
    "categories": "categories/",
    "category": "category/practice/",
    "tags": "tags/",
    "tag": "tag/comments/",
    "authors": "authors/",
    "author": "author/maya-goldstar/",
    "archives": "archives/",
    "year archive": "2025/",
    "month archive": "2025/06/",
    "404": "404.html",
}


@dataclass(frozen=True)
class Site:
    """A built site: its output folder and what Pelican printed while building it."""

    output: Path
    log: str

    def read(self, relative: str) -> str:
        """Return the HTML of the page at *relative* (a folder path gets its index.html)."""
        path = self.output / relative
        if relative == "" or relative.endswith("/"):
            path = path / "index.html"
        return path.read_text(encoding="utf-8")

    def html_files(self) -> list[Path]:
        """Return every HTML page of the site."""
        return sorted(self.output.rglob("*.html"))


def build_with_cli(
    output: Path, settings_file: str = "pelicanconf.py", **settings
) -> subprocess.CompletedProcess:
    """Build the demo content with Pelican's CLI into *output*, warnings fatal, with *settings*."""
    command = [sys.executable, "-m", "pelican", str(CONTENT), "-s", str(ROOT / settings_file)]
    command += ["-o", str(output), "--fatal", "warnings"]
    # pelicanconf.py keeps Pelican's content cache for development; each test build reads afresh.
    settings = {"CACHE_CONTENT": False, "LOAD_CONTENT_CACHE": False, **settings}
    if settings:  # one -e with every KEY=VALUE: a second -e would replace the first
        command += ["-e", *(f"{key}={json.dumps(value)}" for key, value in settings.items())]
    # A fresh process each time: Pelican's signals are global, so a plugin turned off in a later
    # in-process build would still be connected from an earlier one.
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=180)


def configured_plugins() -> list[str]:
    """Return the PLUGINS of the project's pelicanconf.py."""
    return list(read_settings(str(ROOT / "pelicanconf.py"))["PLUGINS"])


def goldstar_plugins() -> list[str]:
    """Return the configured plugins that are Goldstar's (Pelican's sitemap is not)."""
    return [p for p in configured_plugins() if "." not in p]


def variants() -> dict[str, tuple[str, dict]]:
    """Return the demo's other builds by name, as (settings file, overrides): the publishing
    settings, the embed on, each plugin off, every plugin off."""
    plugins = configured_plugins()
    builds = {
        "publish": ("publishconf.py", {}),
        "embed": ("pelicanconf.py", {"COMMENTS_API": "https://comments.example.org"}),
    }
    for plugin in goldstar_plugins():
        builds[f"without {plugin}"] = (
            "pelicanconf.py",
            {"PLUGINS": [p for p in plugins if p != plugin]},
        )
    builds["without plugins"] = ("pelicanconf.py", {"PLUGINS": []})
    return builds


def build_variants(folder: Path) -> dict[str, Site]:
    """Build every variant of the demo under *folder*, as many at once as there are cores."""
    builds = variants()

    def build(name: str) -> Site:
        settings_file, overrides = builds[name]
        return build_demo(folder / name, settings_file, **overrides)

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return dict(zip(builds, pool.map(build, builds), strict=True))


def build_demo(output: Path, settings_file: str = "pelicanconf.py", **settings) -> Site:
    """Build the demo into *output* and fail the test with Pelican's output if the build failed."""
    result = build_with_cli(output, settings_file, **settings)
    log = result.stdout + result.stderr
    assert result.returncode == 0, f"pelican exited with {result.returncode}:\n{log}"
    return Site(output, log)


class StaticHostHandler(SimpleHTTPRequestHandler):
    """Serve a folder the way a static host does: index.html for folders, 404.html when missing."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != HTTPStatus.NOT_FOUND or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(HTTPStatus.NOT_FOUND)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:
        """Keep the test output quiet."""


@contextmanager
def serve(
    folder: Path, handler: type[SimpleHTTPRequestHandler] = StaticHostHandler, port: int = 0
) -> Iterator[str]:
    """Serve *folder* over HTTP on 127.0.0.1:*port* (0: any free port) in a thread, with
    *handler* (the benchmarks' gzipping host, for one); yield its base URL (ending in /)."""
    server = ThreadingHTTPServer(
        ("127.0.0.1", port), functools.partial(handler, directory=str(folder))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
