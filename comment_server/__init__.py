"""Goldstar's comment server: comments and stars for a static blog (Starlette, SQLite, PostgreSQL).

Run it with `python -m comment_server serve`; configure it with COMMENT_SERVER_* variables
(docs/comment-server.md).
"""

from typing import Any

from comment_server.settings import Settings, SettingsError

__all__ = ["ROUTES", "Settings", "SettingsError", "create_app"]


def __getattr__(name: str) -> Any:
    # The app (Starlette, every route's module) is imported when first asked for, not by the
    # commands that never serve: `export` in a second instead of three (issue 20, item 1).
    if name in ("ROUTES", "create_app"):
        from comment_server import app

        return getattr(app, name)
    raise AttributeError(f"module 'comment_server' has no attribute {name!r}")
