"""Parse publication dates and date periods written in ISO 8601, RFC 2822 or German.

The work is done by :mod:`dateutil.parser` with a :class:`GermanParserInfo` that knows German
month and weekday names next to the English ones. Two things are added around it:

* ISO 8601 dates (``2020-09-14``) go to dateutil's ISO parser, because the general parser with
  ``dayfirst`` (needed for ``14.09.2020``) would read ``2020-09-04`` as the 9th of April.
* dateutil fills the parts a string leaves out from a default datetime. To know which parts were
  given, every string is parsed with two defaults that differ in every field: a field that comes
  out the same both times was in the string.

Results carry :class:`datetime.timezone` offsets (never dateutil's own tzinfo classes) or none.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Final

from dateutil.parser import isoparse, parser, parserinfo

from newscorpus._exceptions import DateParseError

__all__ = ["GermanParserInfo", "parse_date", "parse_period"]

#: Longer strings are rejected before parsing: no date is written with this many characters.
_MAX_LENGTH: Final = 100
#: Characters of a rejected value shown in an error message.
_PREVIEW_LENGTH: Final = 60

_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_ISO_DATETIME_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}[T ]")
_YEAR_FIRST = re.compile(r"\d{4}[-./]")
_WORD = re.compile(r"[^\W\d_]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_DOUBLED_SEPARATOR = re.compile(r"[-/]{2,}")
#: Besides letters and digits, a date may end in these ("14. Sept.", "(CEST)").
_FINAL_PUNCTUATION: Final = frozenset(".)")

# Two defaults that differ in every field (both years are leap years, so "29. Februar" without
# a year still parses and is reported as missing its year rather than as garbage).
_DEFAULT_A: Final = dt.datetime(2000, 1, 1, 0, 0, 0, 0)  # noqa: DTZ001 - naive on purpose
_DEFAULT_B: Final = dt.datetime(2004, 2, 2, 1, 1, 1, 1)  # noqa: DTZ001 - naive on purpose

#: Time zone abbreviations understood besides numeric offsets and UTC/GMT/Z.
_TIME_ZONE_HOURS: Final[dict[str, int]] = {
    "CET": 1,
    "CEST": 2,
    "MEZ": 1,
    "MESZ": 2,
    "WET": 0,
    "WEST": 1,
    "EET": 2,
    "EEST": 3,
    "BST": 1,
}


def _lookup(names: tuple[tuple[str, ...], ...], *, first: int) -> dict[str, int]:
    return {
        name.lower(): number for number, group in enumerate(names, start=first) for name in group
    }


_WEEKDAYS: Final = _lookup(
    (
        ("Mon", "Monday", "Mo", "Montag"),
        ("Tue", "Tuesday", "Di", "Dienstag"),
        ("Wed", "Wednesday", "Mi", "Mittwoch"),
        ("Thu", "Thursday", "Do", "Donnerstag"),
        ("Fri", "Friday", "Fr", "Freitag"),
        ("Sat", "Saturday", "Sa", "Samstag", "Sonnabend"),
        ("Sun", "Sunday", "So", "Sonntag"),
    ),
    first=0,
)
_MONTHS: Final = _lookup(
    (
        ("Jan", "January", "Januar", "Jän", "Jänner", "Jaen", "Jaenner"),
        ("Feb", "February", "Februar", "Febr"),
        ("Mar", "March", "Mär", "März", "Maer", "Maerz", "Mrz"),
        ("Apr", "April"),
        ("May", "Mai"),
        ("Jun", "June", "Juni"),
        ("Jul", "July", "Juli"),
        ("Aug", "August"),
        ("Sep", "Sept", "September"),
        ("Oct", "October", "Okt", "Oktober"),
        ("Nov", "November"),
        ("Dec", "December", "Dez", "Dezember"),
    ),
    first=1,
)


class GermanParserInfo(parserinfo):
    """dateutil vocabulary for German and English dates.

    Month and weekday names are German and English, with abbreviations (``Okt``, ``Sept``,
    ``Mo``), the Austrian ``Jänner``/``Jän`` and the ASCII spellings ``Maerz``/``Jaenner``. A dot
    after an abbreviation is skipped like any other separator. ``am``, ``um``, ``Uhr``, ``den``
    and ``vom`` are filler words ("am 14. September 2020 um 10 Uhr"); because ``am`` is German,
    the 12-hour clock markers am/pm are not understood. Numeric dates are day first
    (``04.09.2020`` is the 4th of September).
    """

    JUMP = [  # noqa: RUF012 - dateutil reads these class attributes by name
        " ",
        ".",
        ",",
        ";",
        "-",
        "/",
        "'",
        "at",
        "on",
        "and",
        "ad",
        "m",
        "t",
        "of",
        "st",
        "nd",
        "rd",
        "th",
        "am",
        "um",
        "uhr",
        "den",
        "vom",
    ]

    def __init__(self) -> None:
        super().__init__(dayfirst=True, yearfirst=False)

    def weekday(self, name: str) -> int | None:
        """0 for Monday ... 6 for Sunday, or None if ``name`` is not a weekday name."""
        return _WEEKDAYS.get(name.lower())

    def month(self, name: str) -> int | None:
        """1 for January ... 12 for December, or None if ``name`` is not a month name."""
        return _MONTHS.get(name.lower())

    def ampm(self, name: str) -> int | None:  # noqa: ARG002 - "am" is the German "on the"
        """Never a 12-hour clock marker: see the class docstring."""
        return None


_PARSER: Final = parser(GermanParserInfo())


class _UnknownTimeZoneError(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _time_zone(name: str | None, offset: int | None) -> dt.tzinfo | None:
    """``tzinfos`` callback for dateutil: always a :class:`datetime.timezone`, or naive."""
    if offset is not None:
        return dt.timezone.utc if offset == 0 else dt.timezone(dt.timedelta(seconds=offset))
    if name is None:
        return None
    hours = _TIME_ZONE_HOURS.get(name.upper())
    if hours is None:
        raise _UnknownTimeZoneError(name)
    return dt.timezone(dt.timedelta(hours=hours))


def _preview(value: str) -> str:
    if len(value) <= _PREVIEW_LENGTH:
        return repr(value)
    return repr(value[:_PREVIEW_LENGTH] + "…")


def _cannot(value: str, detail: str | None = None) -> DateParseError:
    reason = f"cannot parse date {_preview(value)}"
    return DateParseError(f"{reason}: {detail}" if detail else reason)


def _as_timezone(moment: dt.datetime) -> dt.datetime:
    offset = moment.utcoffset()
    if offset is None:
        return moment
    zone = dt.timezone.utc if not offset else dt.timezone(offset)
    return moment.replace(tzinfo=zone)


class _Parsed:
    """A parsed string: the value (missing parts from ``_DEFAULT_A``) and which parts were given."""

    __slots__ = ("day", "has_time", "moment", "month", "year")

    def __init__(
        self, moment: dt.datetime, *, year: bool, month: bool, day: bool, has_time: bool
    ) -> None:
        self.moment = moment
        self.year = year
        self.month = month
        self.day = day
        self.has_time = has_time


def _parse_iso(value: str) -> _Parsed | None:
    match = _ISO_DATE.fullmatch(value)
    if match:
        year, month, day = match.groups()
        try:
            moment = dt.datetime(int(year), int(month or 1), int(day or 1))  # noqa: DTZ001
        except ValueError as error:
            raise _cannot(value, str(error)) from None
        return _Parsed(
            moment, year=True, month=month is not None, day=day is not None, has_time=False
        )
    if _ISO_DATETIME_PREFIX.match(value):
        try:
            moment = isoparse(value)
        except (ValueError, OverflowError) as error:
            raise _cannot(value, str(error)) from None
        return _Parsed(_as_timezone(moment), year=True, month=True, day=True, has_time=True)
    return None


def _parse_with_dateutil(value: str) -> _Parsed:
    dayfirst = not _YEAR_FIRST.match(value)
    try:
        first = _PARSER.parse(value, default=_DEFAULT_A, tzinfos=_time_zone, dayfirst=dayfirst)
        second = _PARSER.parse(value, default=_DEFAULT_B, tzinfos=_time_zone, dayfirst=dayfirst)
    except _UnknownTimeZoneError as error:
        raise _cannot(value, f"unknown time zone {error.name!r}") from None
    except (ValueError, OverflowError):
        raise _cannot(value) from None
    has_time = (
        first.hour == second.hour
        or first.minute == second.minute
        or first.second == second.second
        or first.tzinfo is not None
    )
    parsed = _Parsed(
        first,
        year=first.year == second.year,
        month=first.month == second.month,
        day=first.day == second.day,
        has_time=has_time,
    )
    _check_weekday(value, parsed)
    return parsed


def _check_weekday(value: str, parsed: _Parsed) -> None:
    """A weekday name in the string must agree with the date (dateutil ignores it)."""
    if not (parsed.year and parsed.month and parsed.day):
        return
    info = _PARSER.info
    for word in _WORD.findall(value):
        named = info.weekday(word)
        if named is not None and named != parsed.moment.weekday():
            actual = calendar.day_name[parsed.moment.weekday()]
            raise _cannot(
                value,
                f"{word!r} does not match {parsed.moment.date().isoformat()}, a {actual}",
            )


def _check_shape(value: str, text: str) -> None:
    """Refuse what dateutil would skip over: stray separators at the ends, controls, ``--``."""
    control = _CONTROL.search(text)
    if control is not None:
        raise _cannot(value, f"control character U+{ord(control.group()):04X}")
    if not text[0].isalnum():
        raise _cannot(value, f"it starts with {text[0]!r}, not a digit or a letter")
    if not (text[-1].isalnum() or text[-1] in _FINAL_PUNCTUATION):
        raise _cannot(value, f"it ends with {text[-1]!r}")
    doubled = _DOUBLED_SEPARATOR.search(text)
    if doubled is not None:
        raise _cannot(value, f"doubled separator {doubled.group()!r}")


def _parse(value: str) -> _Parsed:
    text = value.strip()
    if not text or len(text) > _MAX_LENGTH:
        raise _cannot(value)
    _check_shape(value, text)
    return _parse_iso(text) or _parse_with_dateutil(text)


def parse_date(value: str) -> dt.date | dt.datetime:
    """Parse a publication date; a date without a time of day gives a :class:`datetime.date`.

    Understood: ISO 8601 (``2020-09-14``, ``2020-09-14T10:00:00+02:00``), RFC 2822 (``Mon, 14 Sep
    2020 10:00:00 +0200``) and German (``14. September 2020``, ``3. Okt. 2020``, ``14.09.2020``,
    ``Montag, 14. September 2020``, ``14. Jänner 2020 um 10:30 Uhr MEZ``). Two-digit years are
    placed within 50 years of the current year, as dateutil does. A weekday name must agree with
    the date. The string (without surrounding whitespace) must start with a digit or a letter
    and end with one or with ``.`` or ``)``, and may hold no control character and no doubled
    ``-`` or ``/``. Anything else, and a month or year without a day, raises
    :class:`DateParseError`.
    """
    parsed = _parse(value)
    if not parsed.year or not parsed.month or not parsed.day:
        missing = next(
            name
            for name, given in (("year", parsed.year), ("month", parsed.month), ("day", parsed.day))
            if not given
        )
        raise _cannot(value, f"no {missing} given")
    if parsed.has_time:
        return parsed.moment
    return parsed.moment.date()


def parse_period(value: str | dt.date | dt.datetime) -> tuple[dt.date, dt.date]:
    """The first and the last day that ``value`` covers, both included.

    A year (``"2020"``) covers the whole year, a month (``"2020-09"``, ``"September 2020"``,
    ``"Sept. 2020"``) the whole month, and a full date or datetime (as a string or an object)
    just that day. Strings are read as by :func:`parse_date`.
    """
    if isinstance(value, dt.datetime):
        return value.date(), value.date()
    if isinstance(value, dt.date):
        return value, value
    parsed = _parse(value)
    year = parsed.moment.year
    if parsed.year and parsed.month and parsed.day:
        day = parsed.moment.date()
        return day, day
    if parsed.year and parsed.month and not parsed.has_time:
        month = parsed.moment.month
        last = calendar.monthrange(year, month)[1]
        return dt.date(year, month, 1), dt.date(year, month, last)
    if parsed.year and not parsed.month and not parsed.day and not parsed.has_time:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    raise _cannot(value, "give a year, a month and year, or a full date")
