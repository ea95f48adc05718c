"""The handler of a static host or CDN: gzip for text, 404.html (serve it with tests.support.demo's
`serve`)."""

import gzip
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler
from pathlib import Path


def compressible(kind: str) -> bool:
    """Tell whether a response of MIME type *kind* is text a host would gzip."""
    return kind.startswith(
        ("text/", "application/javascript", "application/json")
    ) or kind.endswith("+xml")


class GzipStaticHandler(SimpleHTTPRequestHandler):
    """Answer GET with the file, gzipped (level 6, like nginx) when the client accepts it."""

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                super().do_GET()  # the standard handler redirects to the folder with a slash
                return
            path = path / "index.html"
        status = HTTPStatus.OK
        if not path.is_file():
            status, path = HTTPStatus.NOT_FOUND, Path(self.directory) / "404.html"
            if not path.is_file():
                self.send_error(HTTPStatus.NOT_FOUND)
                return
        self.send_body(status, path)

    def send_body(self, status: HTTPStatus, path: Path) -> None:
        """Send *path* with *status*, compressed when the type is text and gzip is accepted."""
        body = path.read_bytes()
        kind = self.guess_type(str(path))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if "gzip" in self.headers.get("Accept-Encoding", "") and compressible(kind):
            body = gzip.compress(body, compresslevel=6)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:
        """Stay quiet: the benchmark prints its own report."""
