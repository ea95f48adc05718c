"""Tags, categories or authors whose names differ but make one address: `C++` and `C#`.

Pelican's slugs keep letters, digits, spaces and dashes only, so `C++` and `C#` are both `c`: they
shared one page (named after whichever came first), and a post with both showed only the first,
without a word. Only a name whose `+` or `#` (not a hashtag's leading one) tells it apart is named:
names that differ in capitals (`Python`, `python`) or in punctuation that means nothing to the
name (`Node.js`, `nodejs`; `#python`, `python`) are one name, as Pelican means them to be.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from pelican.urlwrappers import URLWrapper

logger = logging.getLogger(__name__)

# What Pelican's default slug takes out of a name (SLUG_REGEX_SUBSTITUTIONS' first rule).
DROPPED = re.compile(r"[^\w\s-]")


def told_apart(kept: URLWrapper, other: URLWrapper) -> bool:
    """Return whether *kept* and *other*, of one address, are different names: not the same in
    other capitals, and one has a `+` or a `#` that tells it apart (`C++`, `C#`, `F#`)."""
    if kept.name.lower() == other.name.lower():
        return False
    return any("+" in n or "#" in n.lstrip("#") for n in (kept.name, other.name))


def names_of(content) -> list[URLWrapper]:
    """Return the tags, category and authors of *content*."""
    names = [*(getattr(content, "tags", None) or []), *(getattr(content, "authors", None) or [])]
    category = getattr(content, "category", None)
    return [*names, category] if category is not None else names


def warn_same_address(wrappers: Iterable[URLWrapper], shown: str) -> None:
    """Warn, naming *shown* (the post's file), about the *wrappers* written on one post whose
    names differ (not only in capitals) but make one address, of which the post keeps the first."""
    first: dict[str, URLWrapper] = {}
    for wrapper in wrappers:
        if not isinstance(wrapper, URLWrapper):
            continue
        kept = first.setdefault(wrapper.slug, wrapper)
        if told_apart(kept, wrapper):
            _warn(kept, shown, wrapper, shown, "the post keeps only the first")


def warn_shared_addresses(contents: Iterable) -> None:
    """Warn once for each pair of tags, categories or authors of different posts whose names
    differ (not only in capitals) but make one address, naming the first post of each."""
    first: dict[tuple[str, str], tuple[URLWrapper, str]] = {}
    named: set[tuple[str, str]] = set()
    for content in contents:
        for wrapper in names_of(content):
            key = (type(wrapper).__name__, wrapper.slug)
            kept, where = first.setdefault(key, (wrapper, content.relative_source_path))
            pair = (kept.name.lower(), wrapper.name.lower())
            if told_apart(kept, wrapper) and pair not in named:
                named.add(pair)
                _warn(kept, where, wrapper, content.relative_source_path, "they share one page")


def _warn(kept: URLWrapper, kept_in: str, other: URLWrapper, other_in: str, fate: str) -> None:
    """Warn that *kept* and *other* make one address, with the characters the slug dropped."""
    kind = type(other).__name__
    dropped = "".join(dict.fromkeys(DROPPED.findall(kept.name + other.name)))
    logger.warning(
        "front_matter: %s: the %s %r makes the same address as %r (%s), %s%s: %s: give one "
        "another name, or spell those characters out in %s_REGEX_SUBSTITUTIONS "
        "(docs/migrating.md)",
        other_in,
        kind.lower(),
        other.name,
        kept.name,
        kept_in,
        other.save_as,
        f" (its slug drops {' '.join(f'`{c}`' for c in dropped)})" if dropped else "",
        fate,
        kind.upper(),
        extra={"limit_msg": "front_matter: more names that make the same address"},
    )
