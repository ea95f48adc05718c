"""Friends' feeds served by a real HTTP server on 127.0.0.1: RSS and Atom bodies, slow, failing
or conditional answers, and the requests' headers remembered."""

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ETAG = '"v1"'
LAST_MODIFIED = "Mon, 05 Jan 2026 09:00:00 GMT"


def rss(title: str, items: list[tuple[str, str, str, str]]) -> bytes:
    """Return an RSS 2.0 feed; each item is (title, link, category, description)."""
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><category>{c}</category>"
        f"<description>{d}</description><pubDate>{LAST_MODIFIED}</pubDate></item>"
        for t, link, c, d in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>https://example.org/</link>{entries}</channel></rss>"
    ).encode()


def atom(title: str, items: list[tuple[str, str, str, str]]) -> bytes:
    """Return an Atom feed; each item is (title, link, category, summary)."""
    entries = "".join(
        f'<entry><title>{t}</title><link href="{link}"/><id>{link}</id>'
        f'<category term="{c}"/><updated>2026-01-05T09:00:00Z</updated>'
        f"<summary>{d}</summary></entry>"
        for t, link, c, d in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{title}</title><id>urn:{title}</id><updated>2026-01-05T09:00:00Z</updated>"
        f"{entries}</feed>"
    ).encode()


GARDEN = "Tomato seedlings, compost and mulch in the garden beds."
CYCLING = "Bicycle chain oil, tyres and cycling along the canal."
BREAD = "Sourdough starter, dough and a hot oven for the loaf crust."


@dataclass
class Route:
    """What the server answers on one path."""

    body: bytes = b""
    status: int = 200
    delay: float = 0.0
    validators: bool = False  # send ETag and Last-Modified, answer 304 when they match


@dataclass
class FeedServer:
    """A real HTTP server on 127.0.0.1 that serves feeds and remembers the requests' headers."""

    port: int
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict]] = field(default_factory=list)

    def url(self, path: str) -> str:
        """Return the full URL of *path*."""
        return f"http://127.0.0.1:{self.port}{path}"

    def seen(self, path: str) -> list[dict]:
        """Return the headers of each request made for *path*."""
        return [headers for p, headers in self.requests if p == path]


@contextmanager
def serve_feeds() -> Iterator[FeedServer]:
    """Serve feeds from a thread on 127.0.0.1 until the block ends."""
    server_state = FeedServer(port=0)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            server_state.requests.append((self.path, dict(self.headers)))
            route = server_state.routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            time.sleep(route.delay)
            matches = self.headers.get("If-None-Match") == ETAG
            if route.validators and matches:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(route.status)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(route.body)))
            if route.validators:
                self.send_header("ETag", ETAG)
                self.send_header("Last-Modified", LAST_MODIFIED)
            self.end_headers()
            self.wfile.write(route.body)

        def log_message(self, *args):  # keep the test output quiet
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    server_state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server_state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
