"""The one warning for a setting a plugin cannot use: what it is, what it must be, what is used."""

import logging

SHOWN = 80  # characters of a bad value shown in the warning


def warn_default(
    logger: logging.Logger, plugin: str, key: str, value: object, expected: str, default: object
) -> None:
    """Warn that setting *key* of *plugin* is *value*, not *expected*, so *default* is used."""
    logger.warning(
        "%s: setting %s is %s, but it must be %s; using the default %r",
        plugin,
        key,
        shown(value),
        expected,
        default,
    )


def shown(value: object) -> str:
    """Return *value*'s repr, cut to SHOWN characters (a setting may hold a whole document)."""
    text = repr(value)
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"
