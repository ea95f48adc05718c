"""Dates in the page's language, with no locale on the machine that builds.

Pelican writes `locale_date`, `locale_modified` and the theme's `strftime('%B %Y')` in the
process locale (LOCALE): a French post said "5 March 2021" on a build machine without fr_FR
(Netlify's, GitHub Actions', a slim Docker image: C.UTF-8 only). The month and weekday names of a
post's language come from Babel's copy of the Unicode CLDR instead (« mars », « févr. »,
"marzo", "März"); the rest of the format (`%-d`, `%Y`, the blogger's own DATE_FORMATS or
DEFAULT_DATE_FORMAT) is strftime's as before. English, and a language CLDR does not know, keep
the process locale's names, as Pelican writes them.
"""

import functools
import re
from datetime import datetime

from goldstar_support.articles import ARTICLE_LISTS, PAGE_LISTS

# strftime's name directives, and `%%` so that `%%B` stays the text "%B".
NAME_DIRECTIVE = re.compile(r"%[%aAbBh]")
NAMES = {"%B": "months", "%b": "months_short", "%h": "months_short"}
DAY_NAMES = {"%A": "weekdays", "%a": "weekdays_short"}


@functools.cache
def date_names(language: object) -> dict[str, list[str]] | None:
    """Return the month and weekday names of *language* ("fr", "fr_FR", "pt-BR"), Monday first,
    or None for English and a language CLDR does not know: its dates keep the process locale's."""
    code = str(language or "en").replace("-", "_")
    if code.split("_")[0] in ("", "en"):
        return None
    # Imported here: an English blog's build does without Babel's 20 ms (issue 17, item 5).
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_day_names, get_month_names

    try:
        locale = Locale.parse(code)
    except (ValueError, UnknownLocaleError):
        return None
    # The "format" context, the names inside a date ("5 марта"); Babel 2.17 mixes up the
    # "stand-alone" names of locales that alias them once several are loaded.
    months = {width: get_month_names(width, "format", locale) for width in ("wide", "abbreviated")}
    days = {width: get_day_names(width, "format", locale) for width in ("wide", "abbreviated")}
    return {
        "months": [months["wide"][month] for month in range(1, 13)],
        "months_short": [months["abbreviated"][month] for month in range(1, 13)],
        "weekdays": [days["wide"][day] for day in range(7)],
        "weekdays_short": [days["abbreviated"][day] for day in range(7)],
    }


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


def _generated_contents(generator) -> list:
    """Return each post or page of *generator* once."""
    seen: dict[int, object] = {}
    for attribute in ARTICLE_LISTS + PAGE_LISTS:
        for content in getattr(generator, attribute, None) or ():
            seen.setdefault(id(content), content)
    return list(seen.values())
