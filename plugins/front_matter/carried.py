"""Settings a blog brings from its old pelicanconf.py that this machine cannot honour.

Each made Pelican leave out every post it touched, each with only "Could not process": TYPOGRIFY
without typogrify installed, a Markdown extension that is not installed, a date format's locale
the machine lacks. Each is set aside for the build, with a warning naming it and the fix.
"""

from __future__ import annotations

import functools
import locale
import logging
from importlib.metadata import entry_points
from importlib.util import find_spec

logger = logging.getLogger(__name__)


def check_typogrify(pelican) -> None:
    """Turn TYPOGRIFY off, with a warning, when typogrify is not installed: Pelican would leave
    out every post, each with only "Could not process" (its import fails in every read)."""
    settings = pelican.settings
    if not settings.get("TYPOGRIFY"):
        return
    if all(find_spec(name) is not None for name in ("typogrify", "smartypants")):
        return
    settings["TYPOGRIFY"] = False
    logger.warning(
        "front_matter: TYPOGRIFY = True in your settings, but typogrify is not installed: "
        'Pelican would leave out every post ("Could not process"); the posts are built '
        "without it: pip install typogrify, or remove TYPOGRIFY from pelicanconf.py"
    )


def check_markdown_extensions(pelican) -> None:
    """Leave out, with a warning, the Markdown extensions MARKDOWN names that are not installed:
    Python-Markdown could not be made, and Pelican would leave out every Markdown post."""
    markdown = pelican.settings.get("MARKDOWN")
    if not isinstance(markdown, dict):
        return
    for key in ("extension_configs", "extensions"):
        named = markdown.get(key)
        missing = [name for name in named or () if isinstance(name, str) and not _installed(name)]
        for name in missing:
            if isinstance(named, dict):
                del named[name]
            else:
                named.remove(name)
            logger.warning(
                "front_matter: MARKDOWN's %s names %r, which is not installed: Pelican would "
                'leave out every Markdown post ("Could not process"); the posts are read '
                "without it: pip install the package that provides it, or remove it from "
                "MARKDOWN in pelicanconf.py",
                key,
                name,
            )


# What Python-Markdown's `extra` holds, fenced_code aside (SuperFences takes its place).
EXTRA_PARTS = ("abbr", "attr_list", "def_list", "footnotes", "md_in_html", "tables")
SUPERFENCES = "pymdownx.superfences"


def use_superfences(pelican) -> None:
    """Put SuperFences in place of the fenced_code a blog's own MARKDOWN names (itself, or in
    `extra`, as pelican-quickstart's settings do): fenced code inside a list item came out as one
    line of inline code, quietly, on every such post (docs/theme.md, "Code")."""
    markdown = pelican.settings.get("MARKDOWN")
    if not isinstance(markdown, dict):
        return
    for key in ("extension_configs", "extensions"):
        named = markdown.get(key)
        if not isinstance(named, dict | list) or SUPERFENCES in named:
            continue
        replaced = [name for name in named if _short(name) in ("fenced_code", "extra")]
        if not replaced:
            continue
        if isinstance(named, dict):
            markdown[key] = _superfenced_configs(named)
        else:
            markdown[key] = _superfenced_list(named)
        logger.info(
            "front_matter: MARKDOWN's %s: %s in place of %s, so fenced code inside a list is a "
            "code block",
            key,
            SUPERFENCES,
            " and ".join(map(str, replaced)),
        )


def order_by_source_path(pelican) -> None:
    """Write `source_path` for `filename` in ARTICLE_ORDER_BY and PAGE_ORDER_BY, the same order:
    Pelican 3's name warned at every sort ("filename has been deprecated since 3.2.0"), naming no
    setting, and stopped each `--fatal warnings` build."""
    settings = pelican.settings
    for key in ("ARTICLE_ORDER_BY", "PAGE_ORDER_BY"):
        value = settings.get(key)
        if value in ("filename", "reversed-filename"):
            settings[key] = value.replace("filename", "source_path")
            logger.info(
                "front_matter: %s = %r is ordered by %r, its name since Pelican 3.2",
                key,
                value,
                settings[key],
            )


def _short(name: object) -> str:
    """Return an extension's short name: "extra" for "markdown.extensions.extra:ExtraExtension"."""
    return str(name).split(":", 1)[0].removeprefix("markdown.extensions.")


def _superfenced_configs(configs: dict) -> dict:
    """Return *configs* (extension -> its config) with fenced_code and extra replaced."""
    result: dict = {}
    for name, config in configs.items():
        short = _short(name)
        if short == "extra":
            parts = config if isinstance(config, dict) else {}
            for part in EXTRA_PARTS:
                result.setdefault(f"markdown.extensions.{part}", parts.get(part, {}))
        elif short != "fenced_code":
            result[name] = config
    result[SUPERFENCES] = {}
    return result


def _superfenced_list(names: list) -> list:
    """Return the extension *names* with fenced_code and extra replaced."""
    result = []
    for name in names:
        short = _short(name)
        if short == "extra":
            result += [f"markdown.extensions.{part}" for part in EXTRA_PARTS]
        elif short != "fenced_code":
            result.append(name)
    return [*dict.fromkeys(result), SUPERFENCES]


def _installed(extension: str) -> bool:
    """Return whether Python-Markdown can load the extension named *extension*."""
    if "." not in extension and extension in _markdown_entry_points():
        return True
    module = extension.split(":", 1)[0]
    try:
        return find_spec(module) is not None
    except (ImportError, ValueError):  # a parent package is missing, or the name is empty
        return False


@functools.cache
def _markdown_entry_points() -> frozenset[str]:
    """Return the short names extensions register for Python-Markdown (`toc`, `extra`)."""
    return frozenset(e.name for e in entry_points(group="markdown.extensions"))


def check_date_locales(pelican) -> None:
    """Keep only the format, with a warning, of a DATE_FORMATS (or DEFAULT_DATE_FORMAT) entry
    whose locale this machine does not have: Pelican would leave out every post it dates."""
    settings = pelican.settings
    formats = settings.get("DATE_FORMATS")
    entries = list(formats.items()) if isinstance(formats, dict) else []
    for key, value in [*entries, (None, settings.get("DEFAULT_DATE_FORMAT"))]:
        if not (isinstance(value, tuple) and len(value) == 2) or _has_locale(value[0]):
            continue
        if key is None:
            settings["DEFAULT_DATE_FORMAT"] = value[1]
        else:
            formats[key] = value[1]
        logger.warning(
            "front_matter: %s names the locale %r, which this machine does not have: Pelican "
            'would leave out every post it dates ("Could not process"); dates are written '
            "%r in the default locale instead: install the locale (`locale -a` lists those "
            "there are), or write the format alone",
            "DEFAULT_DATE_FORMAT" if key is None else f"DATE_FORMATS[{key!r}]",
            value[0],
            value[1],
        )


def _has_locale(name: object) -> bool:
    """Return whether this machine can switch to the locale *name* (left as it was)."""
    current = locale.setlocale(locale.LC_ALL)
    try:
        locale.setlocale(locale.LC_ALL, name)
    except (locale.Error, TypeError, ValueError):
        return False
    finally:
        locale.setlocale(locale.LC_ALL, current)
    return True
