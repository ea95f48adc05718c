"""The app built from the environment, for `uvicorn --factory comment_server.asgi:app_from_env`."""

from starlette.applications import Starlette

from comment_server.app import create_app
from comment_server.settings import Settings


def app_from_env() -> Starlette:
    """Return the app configured by the COMMENT_SERVER_* variables."""
    return create_app(Settings.from_env())
