"""Sliding-window rate limits kept in the process's memory.

Each server process counts on its own: with several instances behind a load balancer, each allows
the configured rate (see docs/comment-server.md; put a global limit in the reverse proxy if needed).
"""

import math
import time
from collections import deque
from collections.abc import Callable

from comment_server.settings import Rate

MAX_KEYS = 100_000


class RateLimiter:
    """Count events per key; refuse the one past the rate with the seconds to wait."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._events: dict[str, deque[float]] = {}

    def wait(self, key: str, rate: Rate) -> int:
        """Return 0 if one more event for *key* is within *rate*, else the seconds to wait."""
        now = self._clock()
        events = self._events.get(key)
        if not events:
            return 0
        while events and events[0] <= now - rate.seconds:
            events.popleft()
        if len(events) >= rate.count:
            return max(1, math.ceil(events[0] + rate.seconds - now))
        return 0

    def add(self, key: str, rate: Rate) -> None:
        """Record one event for *key*."""
        now = self._clock()
        events = self._events.get(key)
        if events is None:
            if len(self._events) >= MAX_KEYS:
                self._forget_idle(now, rate.seconds)
            events = self._events[key] = deque()
        events.append(now)

    def hit(self, key: str, rate: Rate) -> int:
        """Record one event for *key* if allowed; return 0 if it was, else the seconds to wait."""
        wait = self.wait(key, rate)
        if not wait:
            self.add(key, rate)
        return wait

    def _forget_idle(self, now: float, seconds: int) -> None:
        idle = [
            key for key, events in self._events.items() if not events or events[-1] <= now - seconds
        ]
        for key in idle:
            del self._events[key]
        if len(self._events) >= MAX_KEYS:  # still full of busy keys: start over rather than grow
            self._events.clear()
