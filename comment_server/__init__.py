"""Goldstar's comment server: comments and stars for a static blog (Starlette, SQLite, PostgreSQL).

Run it with `python -m comment_server serve`; configure it with COMMENT_SERVER_* variables
(docs/comment-server.md).
"""

from comment_server.app import ROUTES, create_app
from comment_server.settings import Settings, SettingsError

__all__ = ["ROUTES", "Settings", "SettingsError", "create_app"]
