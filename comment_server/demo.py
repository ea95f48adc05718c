"""What `invoke demo` needs to run the comment server beside the demo blog: a secret and an admin
password generated once into var/, and the environment that configures the server with them."""

import os
import secrets
import subprocess
import time
import urllib.request
from pathlib import Path

from comment_server.credential import hash_password


def _read_or_create(path: Path, make) -> str:
    if path.is_file():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    value = make()
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        stream.write(value + "\n")
    return value


def demo_environment(
    var: Path, database: Path, origin: str, author: str
) -> tuple[dict[str, str], str]:
    """Return the server's environment for the demo and the demo admin password (made once)."""
    secret = _read_or_create(var / "demo-secret", lambda: secrets.token_hex(32))
    password = _read_or_create(var / "demo-admin-password", lambda: secrets.token_urlsafe(12))
    credential = _read_or_create(var / "demo-admin-credential", lambda: hash_password(password))
    environment = {
        **os.environ,
        "COMMENT_SERVER_SECRET": secret,
        "COMMENT_SERVER_DATABASE_URL": f"sqlite:///{database.resolve()}",
        "COMMENT_SERVER_ORIGINS": origin,
        "COMMENT_SERVER_ADMIN_CREDENTIAL": credential,
        "COMMENT_SERVER_AUTHOR_NAME": author,
    }
    return environment, password


def wait_for_server(url: str, process: subprocess.Popen, seconds: float = 60) -> bool:
    """Return True once *url* answers 200, False if *process* exits or *seconds* pass first."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return True
        except OSError:
            time.sleep(0.2)
    return False
