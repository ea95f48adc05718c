"""Dates in the page's language, with no locale on the machine that builds.

Pelican writes `locale_date`, `locale_modified` and the theme's `strftime('%B %Y')` in the
process locale (LOCALE): a French post said "5 March 2021" on a build machine without fr_FR
(Netlify's, GitHub Actions', a slim Docker image: C.UTF-8 only). The month and weekday names of a
language the theme speaks come from its words file (`months`, `months_short`, `weekdays`,
`weekdays_short` in goldstar_support/words/<language>.toml) instead; the rest of the format
(`%-d`, `%Y`, the blogger's own DATE_FORMATS or DEFAULT_DATE_FORMAT) is strftime's as before.
English, and a language without names there, keep the process locale's. Babel would have the
names of every language but is not among the project's dependencies.
"""

import functools
import re
from datetime import datetime

from goldstar_support.theme_words import goldstar_words

# strftime's name directives, and `%%` so that `%%B` stays the text "%B".
NAME_DIRECTIVE = re.compile(r"%[%aAbBh]")
NAMES = {"%B": "months", "%b": "months_short", "%h": "months_short"}
DAY_NAMES = {"%A": "weekdays", "%a": "weekdays_short"}
# Every list of names a language's words file must give in full for its dates to use them.
NAME_LISTS = {"months": 12, "months_short": 12, "weekdays": 7, "weekdays_short": 7}


def date_names(language: object) -> dict[str, list[str]] | None:
    """Return the month and weekday names of *language* ("fr", "fr_FR"), or None when its
    words file gives none (English): its dates keep the process locale's."""
    words = goldstar_words(language)
    names = {key: words.get(key) for key in NAME_LISTS}
    if all(isinstance(names[key], list) and len(names[key]) == n for key, n in NAME_LISTS.items()):
        return names
    return None


@functools.cache
def format_with_names(date_format: str, language: str, month: int, weekday: int) -> str:
    """Return *date_format* with its month and weekday directives written out in *language*
    (`%B` of March in French: "mars"), once per format, language, month and weekday: a 10,000
    post archive formats each row with a dictionary lookup and one strftime."""
    names = date_names(language)
    if names is None:
        return date_format

    def name(match: re.Match) -> str:
        directive = match.group(0)
        if directive in NAMES:
            return names[NAMES[directive]][month - 1].replace("%", "%%")
        if directive in DAY_NAMES:
            return names[DAY_NAMES[directive]][weekday].replace("%", "%%")
        return directive

    return NAME_DIRECTIVE.sub(name, date_format)


def goldstar_date(date: datetime, date_format: str, language: object) -> str:
    """Return *date* in *date_format* with the month and weekday names of *language*: the
    theme's `{{ goldstar_date(article.date, '%B %Y', DEFAULT_LANG) }}`."""
    named = format_with_names(str(date_format), str(language or ""), date.month, date.weekday())
    try:
        # datetime's own strftime: Pelican's SafeDatetime one parses the format again, ~20x slower.
        return datetime.strftime(date, named)
    except ValueError:  # a directive this platform's strftime lacks (`%-d` on Windows)
        return date.strftime(named)


def localize_content_dates(generator) -> None:
    """Write the `locale_date` and `locale_modified` of the generator's posts or pages in their
    language's names (at article_ and page_generator_finalized: every date is set by then,
    front_matter's included)."""
    for content in _generated_contents(generator):
        language = getattr(content, "lang", None)
        date_format = getattr(content, "date_format", None)
        if not isinstance(date_format, str) or date_names(language) is None:
            continue
        for name, text in (("date", "locale_date"), ("modified", "locale_modified")):
            value = getattr(content, name, None)
            if isinstance(value, datetime) and hasattr(content, text):
                setattr(content, text, goldstar_date(value, date_format, language))


# The lists of content an ArticlesGenerator or a PagesGenerator keeps, translations included.
CONTENT_LISTS = (
    "articles",
    "translations",
    "hidden_articles",
    "hidden_translations",
    "drafts",
    "drafts_translations",
    "pages",
    "hidden_pages",
    "draft_pages",
    "draft_translations",
)


def _generated_contents(generator) -> list:
    """Return each post or page of *generator* once."""
    seen: dict[int, object] = {}
    for attribute in CONTENT_LISTS:
        for content in getattr(generator, attribute, None) or ():
            seen.setdefault(id(content), content)
    return list(seen.values())
