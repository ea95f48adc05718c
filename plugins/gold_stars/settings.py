"""The gold_stars settings: defaults in one place, read and checked in one function."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from goldstar_support.settings import shown, warn_default

logger = logging.getLogger(__name__)

# What a badge may ask of a commenter's whole history; a badge with several asks them all.
CRITERIA = {
    "min_comments": "approved comments, in all",
    "min_posts": "different posts commented on",
    "min_gold_stars": "gold stars received from the author, in all",
    "min_stars": "readers' stars received, in all",
    "min_stars_on_a_comment": "readers' stars on one comment",
    "author_starred": "true: the author gave a gold star to a comment that started a conversation",
}

DEFAULT_BADGES = [
    {
        "id": "first-comment",
        "label": "First comment",
        "description": "Joined the conversation with a first comment.",
        "min_comments": 1,
    },
    {
        "id": "regular",
        "label": "Regular",
        "description": "Keeps coming back to talk: five comments or more.",
        "min_comments": 5,
    },
    {
        "id": "bright-idea",
        "label": "Bright idea",
        "description": "Started a conversation the author gave a gold star.",
        "author_starred": True,
    },
    {
        "id": "star-collector",
        "label": "Star collector",
        "description": "Received three gold stars from the author.",
        "min_gold_stars": 3,
    },
    {
        "id": "readers-favourite",
        "label": "Readers’ favourite",
        "description": "Wrote a comment that ten readers starred.",
        "min_stars_on_a_comment": 10,
    },
]

# The default badges' words, by id: a badge that keeps them is said in the page's language.
DEFAULT_TEXTS = {badge["id"]: (badge["label"], badge["description"]) for badge in DEFAULT_BADGES}

DEFAULTS = {
    "GOLD_STARS_BADGES": DEFAULT_BADGES,
    "GOLD_STARS_MILESTONES": [10, 25, 50, 100],
    "GOLD_STARS_WALL_SAVE_AS": "gold-stars/index.html",
    "GOLD_STARS_WALL_URL": "gold-stars/",
}


@dataclass(frozen=True)
class Badge:
    """A badge as readers see it.

    `html_id` and `html_label` are `id` and `label` escaped once for HTML: a badge is shown beside
    every comment of everyone who earned it, and the theme prints these as they are. `word` is
    the id of its label in the theme's words ("badge_regular"; its description's, that id and
    "_description") when it is a default badge as it comes, so a French page says it in French;
    "" for a badge of the blog's own, shown as written.
    """

    id: str
    label: str
    description: str
    word: str = ""
    html_id: Markup = field(init=False, repr=False, compare=False)
    html_label: Markup = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "html_id", escape(self.id))
        object.__setattr__(self, "html_label", escape(self.label))


@dataclass(frozen=True)
class BadgeRule:
    """A badge and what a commenter's history must show to earn it."""

    badge: Badge
    criteria: tuple[tuple[str, int | bool], ...]


@dataclass(frozen=True)
class GoldStarsSettings:
    """The plugin's settings, checked."""

    rules: tuple[BadgeRule, ...]
    milestones: tuple[int, ...]
    wall_save_as: str
    wall_url: str


def read_settings(settings: dict) -> GoldStarsSettings:
    """Return the plugin's settings from Pelican's, warning about (and replacing) bad values."""
    raw_badges = settings.get("GOLD_STARS_BADGES", DEFAULT_BADGES)
    rules = _read_badges(raw_badges)
    if rules is None:
        _warn_default("GOLD_STARS_BADGES", raw_badges, "a list of badges (dicts)")
        rules = _read_badges(DEFAULT_BADGES)
    raw_milestones = settings.get("GOLD_STARS_MILESTONES", DEFAULTS["GOLD_STARS_MILESTONES"])
    milestones = _read_milestones(raw_milestones)
    if milestones is None:
        _warn_default("GOLD_STARS_MILESTONES", raw_milestones, "a list of whole numbers above 0")
        milestones = tuple(DEFAULTS["GOLD_STARS_MILESTONES"])
    return GoldStarsSettings(
        rules=rules,
        milestones=milestones,
        wall_save_as=_read_path(settings, "GOLD_STARS_WALL_SAVE_AS"),
        wall_url=_read_path(settings, "GOLD_STARS_WALL_URL"),
    )


def _warn_default(key: str, value: object, expected: str) -> None:
    warn_default(logger, "gold_stars", key, value, expected, DEFAULTS[key])


def _read_badges(raw: object) -> tuple[BadgeRule, ...] | None:
    if not isinstance(raw, list | tuple):
        return None
    rules: list[BadgeRule] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw):
        rule = _read_badge(entry, f"GOLD_STARS_BADGES[{index}]")
        if rule is None:
            continue
        if rule.badge.id in seen:
            _warn_badge(f"GOLD_STARS_BADGES[{index}]", "id", rule.badge.id, "an id not used before")
            continue
        seen.add(rule.badge.id)
        rules.append(rule)
    return tuple(rules)


def _read_badge(entry: object, key: str) -> BadgeRule | None:
    """Return the rule of one badge setting, or None (with a warning) when it cannot be used."""
    if not isinstance(entry, dict):
        _warn_badge(key, "", entry, "a dict with id, label, description and a criterion")
        return None
    for name in ("id", "label", "description"):
        if not isinstance(entry.get(name), str) or not entry[name].strip():
            _warn_badge(key, name, entry.get(name), "a non-empty string")
            return None
    criteria: list[tuple[str, int | bool]] = []
    for name, value in entry.items():
        if name in ("id", "label", "description"):
            continue
        if name not in CRITERIA:
            known = ", ".join(CRITERIA)
            _warn_badge(key, name, value, f"one of the known criteria ({known})")
            return None
        if not _criterion_ok(name, value):
            expected = "true" if name == "author_starred" else "a whole number of at least 1"
            _warn_badge(key, name, value, expected)
            return None
        criteria.append((name, value))
    if not criteria:
        _warn_badge(key, "", entry.get("id"), f"given a criterion ({', '.join(CRITERIA)})")
        return None
    text = entry["id"].strip(), entry["label"].strip(), entry["description"].strip()
    return BadgeRule(Badge(*text, word=_word_of(*text)), tuple(criteria))


def _word_of(badge_id: str, label: str, description: str) -> str:
    """Return the theme's word id of a default badge's label, "" for any other badge."""
    default = DEFAULT_TEXTS.get(badge_id)
    if default != (label, description):
        return ""
    return "badge_" + badge_id.replace("-", "_")


def _criterion_ok(name: str, value: object) -> bool:
    if name == "author_starred":
        return value is True
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _warn_badge(key: str, name: str, value: object, expected: str) -> None:
    where = f"{key}[{name!r}]" if name else key
    logger.warning(
        "gold_stars: setting %s is %s, but it must be %s; that badge is left out",
        where,
        shown(value),
        expected,
    )


def _read_milestones(raw: object) -> tuple[int, ...] | None:
    if not isinstance(raw, list | tuple):
        return None
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 1 for v in raw):
        return None
    return tuple(sorted(set(raw)))


def _read_path(settings: dict, key: str) -> str:
    value = settings.get(key, DEFAULTS[key])
    if isinstance(value, str):
        return value
    _warn_default(key, value, "a path string ('' turns the wall page off)")
    return DEFAULTS[key]
