"""Dates as a reader of the page's language writes them, with no locale on the build machine.

Pelican writes `locale_date`, `locale_modified` and the theme's `strftime('%B %Y')` in the
process locale (LOCALE): a French post said "5 March 2021" on a build machine without fr_FR
(Netlify's, GitHub Actions', a slim Docker image: C.UTF-8 only), and a Spanish one, given the
English shape "%-d %B %Y", "10 junio 2025" where Spanish writes "10 de junio de 2025". The shape
of a post's dates is its language's long date in Babel's copy of the Unicode CLDR ("%-d de %B de
%Y", "%-d. %B %Y"), unless the blogger set one (DATE_FORMATS[lang], else DEFAULT_DATE_FORMAT, as
Pelican reads them); the month and weekday names are CLDR's too (« mars », « févr. », "marzo",
"März"), the rest of the format (`%-d`, `%Y`) strftime's. English keeps the process locale's
names and the blogger's (or Pelican's) format, as Pelican writes them; a language CLDR does not
know is dated as the blog's (DEFAULT_LANG).
"""

import functools
import re
from datetime import datetime

from pelican.settings import DEFAULT_CONFIG

from goldstar_support.articles import ARTICLE_LISTS, PAGE_LISTS

# strftime's name directives, and `%%` so that `%%B` stays the text "%B".
NAME_DIRECTIVE = re.compile(r"%[%aAbBh]")
NAMES = {"%B": "months", "%b": "months_short", "%h": "months_short"}
DAY_NAMES = {"%A": "weekdays", "%a": "weekdays_short"}


@functools.cache
def cldr_locale(language: object):
    """Return Babel's Locale of *language* ("fr", "fr_FR", "pt-BR"), or None for a language code
    CLDR does not know ("xx", "klingon")."""
    code = str(language or "").replace("-", "_")
    if not code.split("_")[0]:
        return None
    # Imported here: an English blog's build does without Babel's 20 ms (issue 17, item 5).
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code)
    except (ValueError, UnknownLocaleError):
        return None


def is_english(language: object) -> bool:
    """Return whether *language* is English (or unset, as Pelican's default language is)."""
    return str(language or "en").replace("-", "_").split("_")[0].lower() in ("", "en")


@functools.cache
def date_names(language: object) -> dict[str, list[str]] | None:
    """Return the month and weekday names of *language* ("fr", "fr_FR", "pt-BR"), Monday first,
    or None for English and a language CLDR does not know: its dates keep the process locale's."""
    if is_english(language):
        return None
    locale = cldr_locale(language)
    if locale is None:
        return None
    from babel.dates import get_day_names, get_month_names

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


# CLDR's date fields (letter, count) as strftime writes them; a field not here (the stand-alone
# month "LLLL", an era, a week number) has no strftime twin, and the pattern is not used.
CLDR_FIELDS = {
    ("d", 1): "%-d",
    ("d", 2): "%d",
    ("M", 1): "%-m",
    ("M", 2): "%m",
    ("M", 3): "%b",
    ("M", 4): "%B",
    ("y", 1): "%Y",
    ("y", 2): "%y",
    ("y", 4): "%Y",
    ("E", 1): "%a",
    ("E", 2): "%a",
    ("E", 3): "%a",
    ("E", 4): "%A",
}


def strftime_of_pattern(pattern: str) -> str | None:
    """Return the CLDR date *pattern* ("d 'de' MMMM 'de' y") as a strftime format
    ("%-d de %B de %Y"), or None if a field has no strftime twin. As strftime, the format goes
    through goldstar_date like a blogger's own, and the embed (comments.js) can write it too."""
    from babel.dates import tokenize_pattern

    parts = []
    for kind, value in tokenize_pattern(pattern):
        if kind == "chars":
            parts.append(value.replace("%", "%%"))
        elif value in CLDR_FIELDS:
            parts.append(CLDR_FIELDS[value])
        else:
            return None
    return "".join(parts)


@functools.cache
def cldr_date_format(language: object, kind: str = "long") -> str | None:
    """Return how *language* writes a date, as a strftime format: its CLDR "long" date
    ("10 de junio de 2025", "10. Juni 2025") or the CLDR skeleton *kind* ("MMMd": "10. Juni",
    "yMMMM": "junio de 2025"); None for English (the theme's and the blogger's formats stay) and
    for a language or a pattern CLDR does not give."""
    locale = None if is_english(language) else cldr_locale(language)
    if locale is None:
        return None
    if kind == "long":
        pattern = locale.date_formats["long"].pattern
    elif kind in locale.datetime_skeletons:
        pattern = locale.datetime_skeletons[kind].pattern
    else:
        return None
    return strftime_of_pattern(pattern)


def archive_date_format(kind: str, language: object, fallback: str) -> str:
    """Return the strftime format of an archive's dates in *language*: the CLDR skeleton *kind*
    ("MMMd", "yMMMd", "yMMMM", or "long"), else the theme's own *fallback* ("%-d %b")."""
    return cldr_date_format(language, kind) or fallback


def bloggers_date_format(language: object, settings: dict) -> str | None:
    """Return the date format the blogger set for *language*, as Pelican reads it:
    DATE_FORMATS[language] (or its language without the region, "de" for "de_DE"), else their
    DEFAULT_DATE_FORMAT; None where they set neither (Pelican's default is nobody's choice)."""
    formats = settings.get("DATE_FORMATS") or {}
    code = str(language or "")
    for key in (code, code.replace("-", "_").split("_")[0]):
        if key in formats:
            return _format_only(formats[key])
    default = _format_only(settings.get("DEFAULT_DATE_FORMAT"))
    pelicans = _format_only(DEFAULT_CONFIG["DEFAULT_DATE_FORMAT"])
    return default if isinstance(default, str) and default != pelicans else None


def _format_only(value: object) -> object:
    """Return the format of a `(locale, format)` pair, as Pelican does; any other value as is."""
    return value[1] if isinstance(value, tuple) and len(value) == 2 else value


def post_date_style(language: object, settings: dict) -> tuple[str, str]:
    """Return the strftime format of a post's dates in *language* and the language that names
    its months: the blogger's format if they set one (bloggers_date_format), else the way the
    language writes a date ("10 de junio de 2025", "10. Juni 2025"); a language CLDR does not
    know is dated as the blog's (DEFAULT_LANG), not in a shape of another language's."""
    own = bloggers_date_format(language, settings)
    if own is not None:
        return own, str(language or "")
    native = cldr_date_format(language)
    if native is not None:
        return native, str(language or "")
    blog = settings.get("DEFAULT_LANG")
    if blog and blog != language and cldr_locale(language) is None:
        return post_date_style(blog, settings)
    return str(_format_only(settings.get("DEFAULT_DATE_FORMAT"))), str(language or "")


# The first of the month as its language writes it, with `%-d` before a month's name: « 1er
# juin » in every French, "1º de junho" in Brazil (CLDR's "pt"), not in Portugal ("1 de junho").
FIRST_DAY = re.compile(r"%-d(?=[^%]*%[Bbh])")


@functools.cache
def first_of_month(language: str) -> str | None:
    """Return how *language* writes the day of the first of a month before its name ("1er"),
    or None where it is "1"."""
    locale = cldr_locale(language)
    if locale is None:
        return None
    if locale.language == "fr":
        return "1er"
    if locale.language == "pt" and locale.territory in (None, "BR"):
        return "1º"
    return None


@functools.cache
def format_with_names(
    date_format: str, language: str, month: int, weekday: int, first: bool = False
) -> str:
    """Return *date_format* with its month and weekday directives written out in *language*
    (`%B` of March in French: "mars"), and the *first* of a month as the language writes it
    (« 1er mars »), once per format, language, month, weekday and first: a 10,000 post archive
    formats each row with a dictionary lookup and one strftime."""
    names = date_names(language)
    if names is None:
        return date_format
    if first and first_of_month(language):
        date_format = FIRST_DAY.sub(first_of_month(language), date_format)

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
    named = format_with_names(
        str(date_format), str(language or ""), date.month, date.weekday(), date.day == 1
    )
    try:
        # datetime's own strftime: Pelican's SafeDatetime one parses the format again, ~20x slower.
        return datetime.strftime(date, named)
    except ValueError:  # a directive this platform's strftime lacks (`%-d` on Windows)
        return date.strftime(named)


def localize_content_dates(generator) -> None:
    """Write the `locale_date` and `locale_modified` of the generator's posts or pages as their
    language writes a date, or in the blogger's format with the language's names
    (post_date_style; at article_ and page_generator_finalized: every date is set by then,
    front_matter's included). A post's own `date_format` metadata keeps its format."""
    settings = generator.settings
    for content in _generated_contents(generator):
        language = getattr(content, "lang", None)
        date_format, names = post_date_style(language, settings)
        if "date_format" in (getattr(content, "metadata", None) or {}):
            date_format, names = content.date_format, str(language or "")
        if not isinstance(date_format, str):
            continue
        content.date_format = date_format
        for name, text in (("date", "locale_date"), ("modified", "locale_modified")):
            value = getattr(content, name, None)
            if isinstance(value, datetime) and hasattr(content, text):
                setattr(content, text, goldstar_date(value, date_format, names))


def _generated_contents(generator) -> list:
    """Return each post or page of *generator* once."""
    seen: dict[int, object] = {}
    for attribute in ARTICLE_LISTS + PAGE_LISTS:
        for content in getattr(generator, attribute, None) or ():
            seen.setdefault(id(content), content)
    return list(seen.values())
