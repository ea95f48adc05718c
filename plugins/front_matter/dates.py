"""Dates Pelican reads, but not as the blogger wrote them.

Pelican fills what a `Date:` leaves out from the day of the build: `Date: 2019` or
`Date: June 2019` dated the post with today's month or day, a different date at every build. A
time zone dateutil does not know (`Date: 2019-05-01 10:00 EST`) was dropped with a Python
warning that named no file, and the time read in TIMEZONE. A time with no day at all
(`Date: 10:30`) was dated the day of the build, and then January 1st: it is dated by its file's
day, as a post without `Date:` is, at the time written.

A day and a month that could be either (`Date: 01/05/2016`: January 5th or May 1st) were read
month first, as in the United States, with no word: a French blog's post of May 1st was dated
January 5th. Such a date is read day first when DEFAULT_LANG's language writes the day first
(every one but American English: `en`, `en_US`), and when it is written with dots (`01.05.2016`,
as German and Russian write it), and each is named with the date it was given and the line that
says it without doubt (`Date: 2016-05-01`). A date only one reading makes (`12/31/2016`,
`31/12/2016`, `05/05/2016`) is read quietly, as before.

A date with its time zone's name (`Date: 2016-02-06 10:00 Europe/Paris`, as a blogger writes
where they are) is no date dateutil reads: the post was left out. It is read in that zone now,
quietly; a name the zone database lacks (`Europe/Pariss`) is read in TIMEZONE, named with the
offset to write, as an unknown abbreviation is.
"""

from __future__ import annotations

import logging
import os
import re
import warnings
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dateutil.parser
from dateutil.parser import UnknownTimezoneWarning
from pelican.utils import SafeDatetime

from .syntax import LINES, date_entry, entry

logger = logging.getLogger(__name__)

# Two days that differ in year, month and day: what a date leaves out comes from them.
PROBES = (SafeDatetime(1904, 1, 1), SafeDatetime(1908, 2, 2))
ZONE_NAME = re.compile(r"tzname (\S+) identified")
# A whole ISO date (`2019-05-01`, `2019-05-01 10:00`, `2019-05-01T10:00:00+02:00`) lacks no part:
# it is not read twice more to find out (two dateutil readings, a tenth of a ms each).
WHOLE_DATE = re.compile(
    r"\s*\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)?"
    r"(?: ?(?:Z|[+-]\d{2}(?::?\d{2})?))?\s*"
)


TIME = re.compile(r"\d:\d\d")
# A day and a month, either way round, then the year: `01/05/2016`, `1.5.16 10:30`, `01-05-2016`.
DAY_MONTH = re.compile(r"\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])")
# The languages that write the month before the day (as `en` is read: Pelican's default).
MONTH_FIRST = {"en", "en_us", "en-us"}
# A date, then a zone database's name for its time zone: `2016-02-06 10:00 America/New_York`.
ZONE_NAMED = re.compile(
    r"(?P<date>.*\d)\s+(?P<zone>(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia"
    r"|Brazil|Canada|Chile|Etc|Europe|Indian|Mexico|Pacific|US)(?:/[A-Za-z0-9_+-]+)+)\s*"
)


def read_date(
    shown: str,
    name: str,
    value: str,
    read: Callable[[str], object],
    source: str = "",
    syntax: str = LINES,
    language: str = "en",
    said: str = "",
) -> object:
    """Return the date *read* makes of *value* (*read* is given the text to read), from the
    first of the year or month when it has no month or day, from the day of the file *source*
    when it has no year either, day first when it could be either and *language* writes the day
    first (*said*: where that language is written, DEFAULT_LANG's by default), warning (naming
    *shown* and *name*, the fix written in *syntax*) about that, a day and month that could be
    either, and an unknown time zone."""
    zoned = ZONE_NAMED.fullmatch(value)
    if zoned:
        return _read_zoned(zoned, shown, name, value, read, source, syntax, language, said)
    doubt = DAY_MONTH.match(value)
    first, second = (int(doubt[1]), int(doubt[3])) if doubt else (0, 0)
    if not (0 < first <= 12 and 0 < second <= 12 and first != second):
        doubt = None
    day_first = bool(doubt) and (doubt[2] == "." or language.lower() not in MONTH_FIRST)
    text = value
    if doubt and day_first:  # swapped, Pelican's month-first reading is the day-first one
        text = f"{value[: doubt.start(1)]}{doubt[3]}{doubt[2]}{doubt[1]}{value[doubt.end(3) :]}"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UnknownTimezoneWarning)
        processed = read(text)
    if doubt and isinstance(processed, datetime):
        written_by = "a date written with dots is" if doubt[2] == "." else None
        said = written_by or f"{said or f'DEFAULT_LANG {language.lower()!r}'} writes dates"
        _warn_day_or_month(shown, name, value, processed, day_first, said, syntax)
    for warning in caught:
        if issubclass(warning.category, UnknownTimezoneWarning):
            _warn_unknown_zone(shown, name, value, str(warning.message), syntax)
    whole = WHOLE_DATE.fullmatch(value)
    missing = _missing(value) if isinstance(processed, datetime) and not whole else []
    if not missing:
        return processed
    file_day = _file_day(source) if "year" in missing else None
    settled = _from_start(value, processed, file_day)
    written = settled.strftime("%Y-%m-%d %H:%M" if TIME.search(value) else "%Y-%m-%d")
    logger.warning(
        "front_matter: %s: `%s` has no %s, which Pelican took from the day of the build; "
        "it is dated %s%s: write the whole date (`%s`)",
        shown,
        entry(name.capitalize(), value, syntax),
        " or ".join(missing),
        written,
        ", its file's day" if file_day else "",
        date_entry(name.capitalize(), written, syntax),
    )
    return settled


def _parse(value: str, default: datetime) -> datetime | None:
    """Return dateutil's reading of *value* with *default*'s parts for those it lacks."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnknownTimezoneWarning)
        try:
            return dateutil.parser.parse(
                re.sub(" +", " ", value.replace("_", " ")), default=default
            )
        except (TypeError, ValueError, OverflowError):
            return None


def _missing(value: str) -> list[str]:
    """Return the parts of a date (year, month, day) *value* leaves out."""
    first, second = (_parse(value, probe) for probe in PROBES)
    if first is None or second is None:
        return []
    return [
        part for part in ("year", "month", "day") if getattr(first, part) != getattr(second, part)
    ]


def file_time(source: str, zone: str) -> SafeDatetime | None:
    """Return the time, to the second and in the time *zone* (TIMEZONE), the file *source* was
    last changed (DEFAULT_DATE = "fs"'s date), None when it cannot be read."""
    try:
        return SafeDatetime.fromtimestamp(int(os.stat(source).st_mtime), ZoneInfo(zone))
    except (OSError, ValueError, ZoneInfoNotFoundError):
        return None


def _file_day(source: str) -> SafeDatetime | None:
    """Return the day the file *source* was last changed (the day DEFAULT_DATE = "fs" gives)."""
    try:
        stamp = SafeDatetime.fromtimestamp(int(os.stat(source).st_mtime))
    except (OSError, ValueError):
        return None
    return SafeDatetime(stamp.year, stamp.month, stamp.day)


def _from_start(value: str, processed: datetime, start: datetime | None = None) -> datetime:
    """Return *value* read with *start* (else the first of January of *processed*'s year) for
    what it lacks (a missing year without a file stays the build's, as Pelican has it)."""
    start = start or SafeDatetime(processed.year, 1, 1)
    settled = _parse(value, start) or processed
    return settled.replace(tzinfo=processed.tzinfo) if processed.tzinfo else settled


def _read_zoned(
    zoned: re.Match,
    shown: str,
    name: str,
    value: str,
    read: Callable[[str], object],
    source: str,
    syntax: str,
    language: str,
    said: str,
) -> object:
    """Return the date *zoned* writes before its zone's name, in that zone (in TIMEZONE, with a
    warning, when the zone database has no such name)."""
    try:
        zone = ZoneInfo(zoned["zone"])
    except (ZoneInfoNotFoundError, ValueError):
        zone = None
        _warn_unknown_zone(shown, name, value, f"tzname {zoned['zone']} identified", syntax)
    processed = read_date(shown, name, zoned["date"], read, source, syntax, language, said)
    if zone and isinstance(processed, datetime) and processed.tzinfo is None:
        return processed.replace(tzinfo=zone)
    return processed


def _warn_day_or_month(
    shown: str,
    name: str,
    value: str,
    processed: datetime,
    day_first: bool,
    why: str,
    syntax: str,
) -> None:
    """Warn that *value* could be read day first or month first, saying which it was given
    (*day_first*) and *why*, and the lines that say either without doubt."""
    form = "%Y-%m-%d %H:%M" if TIME.search(value) else "%Y-%m-%d"
    swapped = processed.replace(day=processed.month, month=processed.day)
    taken, other = processed.strftime(form), swapped.strftime(form)
    logger.warning(
        "front_matter: %s: `%s` could be %s or %s; it is read %s first (%s), as %s: write "
        "`%s` to keep that, or `%s`",
        shown,
        entry(name.capitalize(), value, syntax),
        processed.strftime("%Y-%m-%d"),
        swapped.strftime("%Y-%m-%d"),
        "day" if day_first else "month",
        processed.strftime("%Y-%m-%d"),
        why,
        date_entry(name.capitalize(), taken, syntax),
        date_entry(name.capitalize(), other, syntax),
    )


def _warn_unknown_zone(shown: str, name: str, value: str, message: str, syntax: str) -> None:
    """Warn that the time zone of *value* is not known and the time is read in TIMEZONE."""
    match = ZONE_NAME.search(message)
    logger.warning(
        "front_matter: %s: `%s`: the time zone %s is not one Pelican knows; the time is read "
        "in TIMEZONE instead: write its offset in its place (`%s`)",
        shown,
        entry(name.capitalize(), value, syntax),
        match.group(1) if match else "named",
        date_entry(name.capitalize(), "2019-05-01 10:00 -05:00", syntax),
    )
