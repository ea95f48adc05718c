"""The plugin's settings: defaults in one dict, read and checked in one function."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from goldstar_support.settings import warn_default

logger = logging.getLogger(__name__)

DEFAULTS: dict[str, object] = {
    "PROMOTE_RELATED_MAX": 5,
    "PROMOTE_RELATED_MIN_SCORE": 0.05,
    "PROMOTE_RELATED_WEIGHTS": {
        "title": 3.0,
        "tags": 3.0,
        "category": 1.0,
        "body": 1.0,
        "code": 0.1,
    },
    "PROMOTE_RELATED_TERMS": 64,
    "PROMOTE_RELATED_BOOST": 0.2,
    "PROMOTE_RELATED_EVERGREEN_DAYS": 365,
    "PROMOTE_RELATED_SITE_URLS": [],
    "PROMOTE_RELATED_FRIENDS": [],
    "PROMOTE_RELATED_OPML": "",
    "PROMOTE_RELATED_FRIENDS_PER_POST": 3,
    "PROMOTE_RELATED_PER_FRIEND": 1,
    "PROMOTE_RELATED_FRIENDS_MIN_SCORE": 0.1,
    "PROMOTE_RELATED_FEED_ENTRIES": 50,
    "PROMOTE_RELATED_TIMEOUT": 5.0,
    "PROMOTE_RELATED_DIGEST_DAYS": 30,
    "PROMOTE_RELATED_DIGEST_MAX": 10,
    "PROMOTE_RELATED_CACHE": True,
}


class SettingsError(ValueError):
    """A setting the plugin cannot work with; the message names the key and how to fix it."""


@dataclass(frozen=True)
class FriendFeed:
    """One friend's feed, as configured."""

    name: str
    url: str


@dataclass(frozen=True)
class Config:
    """The plugin's settings, checked."""

    max_links: int
    min_score: float
    weights: dict[str, float]
    terms_per_post: int
    boost: float
    evergreen_days: int
    friends: tuple[FriendFeed, ...]
    opml: Path | None
    friends_per_post: int
    per_friend: int
    friends_min_score: float
    feed_entries: int
    timeout: float
    digest_days: int
    digest_max: int
    cache_dir: Path | None
    default_lang: str = "en"
    site_urls: tuple[str, ...] = ()

    @property
    def has_friends(self) -> bool:
        """Return whether friends' feeds are listed (in the settings or an OPML file)."""
        return bool(self.friends or self.opml)


def read_config(settings: dict) -> Config:
    """Return the plugin's settings: bad values warn and fall back, unusable ones stop the build."""
    cache_dir = None
    if _flag(settings, "PROMOTE_RELATED_CACHE"):
        cache_dir = Path(settings.get("CACHE_PATH") or "cache") / "promote_related"
    return Config(
        max_links=_number(settings, "PROMOTE_RELATED_MAX", int, 0),
        min_score=_number(settings, "PROMOTE_RELATED_MIN_SCORE", float, 0.0, 1.0),
        weights=_weights(settings),
        terms_per_post=_number(settings, "PROMOTE_RELATED_TERMS", int, 1),
        boost=_number(settings, "PROMOTE_RELATED_BOOST", float, 0.0, 1.0),
        evergreen_days=_number(settings, "PROMOTE_RELATED_EVERGREEN_DAYS", int, 1),
        friends=_friends(settings),
        opml=_opml(settings),
        friends_per_post=_number(settings, "PROMOTE_RELATED_FRIENDS_PER_POST", int, 0),
        per_friend=_number(settings, "PROMOTE_RELATED_PER_FRIEND", int, 1),
        friends_min_score=_number(settings, "PROMOTE_RELATED_FRIENDS_MIN_SCORE", float, 0.0, 1.0),
        feed_entries=_number(settings, "PROMOTE_RELATED_FEED_ENTRIES", int, 1),
        timeout=_number(settings, "PROMOTE_RELATED_TIMEOUT", float, 0.01),
        digest_days=_number(settings, "PROMOTE_RELATED_DIGEST_DAYS", int, 1),
        digest_max=_number(settings, "PROMOTE_RELATED_DIGEST_MAX", int, 1),
        cache_dir=cache_dir,
        default_lang=str(settings.get("DEFAULT_LANG") or "en"),
        site_urls=_site_urls(settings),
    )


def _warn_default(key: str, value: object, expected: str) -> None:
    warn_default(logger, "promote_related", key, value, expected, DEFAULTS[key])


def _number(settings: dict, key: str, kind: type, low: float, high: float | None = None):
    """Return a number setting in [low, high], or its default with a warning."""
    value = settings.get(key, DEFAULTS[key])
    numeric = isinstance(value, int | float) and not isinstance(value, bool)
    if kind is int:
        numeric = numeric and float(value).is_integer()
    if numeric and value >= low and (high is None or value <= high):
        return kind(value)
    kind_name = "a whole number" if kind is int else "a number"
    span = f"from {low} to {high}" if high is not None else f"of at least {low}"
    _warn_default(key, value, f"{kind_name} {span}")
    return DEFAULTS[key]


def _flag(settings: dict, key: str) -> bool:
    value = settings.get(key, DEFAULTS[key])
    if isinstance(value, bool):
        return value
    _warn_default(key, value, "True or False")
    return bool(DEFAULTS[key])


def _weights(settings: dict) -> dict[str, float]:
    """Return the field weights; a misspelt field or a negative weight stops the build."""
    key = "PROMOTE_RELATED_WEIGHTS"
    value = settings.get(key, DEFAULTS[key])
    defaults: dict[str, float] = dict(DEFAULTS[key])  # type: ignore[arg-type]
    if not isinstance(value, dict):
        raise SettingsError(
            f"promote_related: setting {key} is {value!r}; it must be a dict like {defaults!r}"
        )
    unknown = sorted(set(value) - set(defaults))
    if unknown:
        raise SettingsError(
            f"promote_related: setting {key} has unknown field(s) {unknown!r}; "
            f"the fields are {sorted(defaults)!r}"
        )
    weights = {**defaults, **value}
    for field, weight in weights.items():
        if isinstance(weight, bool) or not isinstance(weight, int | float) or weight < 0:
            raise SettingsError(
                f"promote_related: setting {key}[{field!r}] is {weight!r}; "
                "it must be a number of at least 0"
            )
    if not any(weights.values()):
        raise SettingsError(f"promote_related: setting {key} gives every field weight 0")
    return {field: float(weight) for field, weight in weights.items()}


def _friends(settings: dict) -> tuple[FriendFeed, ...]:
    """Return the configured feeds; an entry with no usable URL stops the build."""
    key = "PROMOTE_RELATED_FRIENDS"
    value = settings.get(key, DEFAULTS[key])
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise SettingsError(
            f"promote_related: setting {key} is {value!r}; it must be a list of feed URLs "
            'or of dicts like {"name": "Ada", "url": "https://ada.example/feed.xml"}'
        )
    friends = []
    for position, entry in enumerate(value):
        if isinstance(entry, str):
            entry = {"url": entry}
        url = entry.get("url") if isinstance(entry, dict) else None
        if not isinstance(url, str) or not url.strip():
            raise SettingsError(
                f"promote_related: setting {key}[{position}] is {entry!r}; it must be a feed URL "
                'or a dict with a "url" (and an optional "name")'
            )
        name = entry.get("name")
        friends.append(FriendFeed(name=str(name) if name else "", url=url.strip()))
    return tuple(friends)


def _opml(settings: dict) -> Path | None:
    """Return the OPML file's path (relative paths are under PATH), or None."""
    key = "PROMOTE_RELATED_OPML"
    value = settings.get(key, DEFAULTS[key])
    if not value:
        return None
    if not isinstance(value, str | Path):
        _warn_default(key, value, "the path of an OPML file")
        return None
    return Path(settings.get("PATH") or ".") / value


def _site_urls(settings: dict) -> tuple[str, ...]:
    """Return the site's other addresses; a value not a list of URLs warns and gives none."""
    key = "PROMOTE_RELATED_SITE_URLS"
    value = settings.get(key, DEFAULTS[key])
    if isinstance(value, list | tuple) and all(
        isinstance(url, str) and url.startswith(("http://", "https://")) for url in value
    ):
        return tuple(value)
    _warn_default(key, value, 'a list of http(s) URLs like ["https://old.example"]')
    return ()
