"""What every handler needs, built once by create_app and kept on `app.state.context`."""

from collections.abc import Callable
from dataclasses import dataclass, field

import anyio
from starlette.requests import Request

from comment_server.bodies import RequestBodies
from comment_server.cache import ThreadCache
from comment_server.drafts import SiteFactsCache
from comment_server.keys import Keys
from comment_server.ratelimit import RateLimiter
from comment_server.settings import Settings
from comment_server.store.store import Store
from comment_server.tokens import Tokens


@dataclass
class Context:
    """The settings and the shared objects of one app."""

    settings: Settings
    store: Store
    keys: Keys
    tokens: Tokens
    cache: ThreadCache
    site_facts: SiteFactsCache
    bodies: RequestBodies
    limiter: RateLimiter = field(default_factory=RateLimiter)
    # Keyed digests of admin passwords already checked against the scrypt credential: scrypt is
    # deliberately slow, and an inbox sends the password with every request.
    verified_passwords: set[str] = field(default_factory=set)
    # One scrypt check at a time, in a thread of its own: sign-ins never take readers' threads.
    password_checks: anyio.CapacityLimiter = field(default_factory=lambda: anyio.CapacityLimiter(1))
    password_checks_pending: int = 0  # running or waiting for password_checks
    # Tells this process's mail sender that something was queued (it polls for other instances').
    mail_wake: Callable[[], None] = lambda: None


def context(request: Request) -> Context:
    """Return the app's context."""
    return request.app.state.context
