from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscorpus._exceptions import DateParseError
from newscorpus._io.dates import parse_date, parse_period

PLUS_TWO = dt.timezone(dt.timedelta(hours=2))
PLUS_ONE = dt.timezone(dt.timedelta(hours=1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-09-14", dt.date(2020, 9, 14)),
        ("2020-09-04", dt.date(2020, 9, 4)),
        ("2020-9-4", dt.date(2020, 9, 4)),
        ("  2020-09-14\n", dt.date(2020, 9, 14)),
        ("14. September 2020", dt.date(2020, 9, 14)),
        ("3. Okt. 2020", dt.date(2020, 10, 3)),
        ("3. Oktober 2020", dt.date(2020, 10, 3)),
        ("14.09.2020", dt.date(2020, 9, 14)),
        ("04.09.2020", dt.date(2020, 9, 4)),
        ("Montag, 14. September 2020", dt.date(2020, 9, 14)),
        ("Mo., 14. Sept. 2020", dt.date(2020, 9, 14)),
        ("am 14. März 2020", dt.date(2020, 3, 14)),
        ("14. Maerz 2020", dt.date(2020, 3, 14)),
        ("14. Mär. 2020", dt.date(2020, 3, 14)),
        ("1. Jänner 2021", dt.date(2021, 1, 1)),
        ("1. Jän. 2021", dt.date(2021, 1, 1)),
        ("24. Dez. 2019", dt.date(2019, 12, 24)),
        ("1. Mai 2019", dt.date(2019, 5, 1)),
        ("Sonnabend, 3. Okt. 2020", dt.date(2020, 10, 3)),
        ("14 September 2020", dt.date(2020, 9, 14)),
        ("September 14, 2020", dt.date(2020, 9, 14)),
    ],
)
def test_parse_date_reads_a_date_without_time_as_a_date(text: str, expected: dt.date) -> None:
    result = parse_date(text)
    assert type(result) is dt.date
    assert result == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2020-09-14T10:00:00+02:00",
            dt.datetime(2020, 9, 14, 10, 0, tzinfo=PLUS_TWO),
        ),
        ("2020-09-14T10:00:00Z", dt.datetime(2020, 9, 14, 10, 0, tzinfo=dt.timezone.utc)),
        ("2020-09-14 10:30", dt.datetime(2020, 9, 14, 10, 30)),  # noqa: DTZ001 - naive input
        (
            "Mon, 14 Sep 2020 10:00:00 +0200",
            dt.datetime(2020, 9, 14, 10, 0, tzinfo=PLUS_TWO),
        ),
        (
            "Mon, 14 Sep 2020 10:00:00 GMT",
            dt.datetime(2020, 9, 14, 10, 0, tzinfo=dt.timezone.utc),
        ),
        ("04.09.2020 10:30", dt.datetime(2020, 9, 4, 10, 30)),  # noqa: DTZ001 - naive input
        (
            "14. Jänner 2020 um 10:30 Uhr MEZ",
            dt.datetime(2020, 1, 14, 10, 30, tzinfo=PLUS_ONE),
        ),
        (
            "14. September 2020, 10:30 Uhr MESZ",
            dt.datetime(2020, 9, 14, 10, 30, tzinfo=PLUS_TWO),
        ),
    ],
)
def test_parse_date_reads_a_date_with_time_as_a_datetime(text: str, expected: dt.datetime) -> None:
    result = parse_date(text)
    assert type(result) is dt.datetime
    assert result == expected
    assert result.utcoffset() == expected.utcoffset()


def test_parse_date_gives_standard_library_time_zones() -> None:
    result = parse_date("Mon, 14 Sep 2020 10:00:00 +0200")
    assert isinstance(result, dt.datetime)
    assert result.tzinfo == PLUS_TWO
    assert type(result.tzinfo) is dt.timezone


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("xyz", "cannot parse date 'xyz'"),
        ("", "cannot parse date ''"),
        ("   ", "cannot parse date '   '"),
        ("30.02.2020", "cannot parse date '30.02.2020'"),
        ("2020-02-30", "cannot parse date '2020-02-30': day is out of range for month"),
        ("2020-13", "cannot parse date '2020-13': month must be in 1..12"),
        ("2020-09", "cannot parse date '2020-09': no day given"),
        ("September 2020", "cannot parse date 'September 2020': no day given"),
        ("2020", "cannot parse date '2020': no month given"),
        ("14. September", "cannot parse date '14. September': no year given"),
        (
            "Dienstag, 14. September 2020",
            (
                "cannot parse date 'Dienstag, 14. September 2020': "
                "'Dienstag' does not match 2020-09-14, a Monday"
            ),
        ),
        (
            "14 Sep 2020 10:00 ABC",
            "cannot parse date '14 Sep 2020 10:00 ABC': unknown time zone 'ABC'",
        ),
        ("10 am 14.09.2020", "cannot parse date '10 am 14.09.2020'"),
        ("99999999999999999999", "cannot parse date '99999999999999999999'"),
        (
            "1" * 101,
            "cannot parse date '" + "1" * 60 + "…'",
        ),
    ],
)
def test_parse_date_rejects_what_it_cannot_read(text: str, message: str) -> None:
    with pytest.raises(DateParseError) as excinfo:
        parse_date(text)
    assert str(excinfo.value) == message


def test_date_parse_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match=r"^cannot parse date 'xyz'$"):
        parse_date("xyz")


@given(st.text(max_size=60))
def test_parse_date_never_raises_anything_but_date_parse_error(text: str) -> None:
    try:
        result = parse_date(text)
    except DateParseError:
        return
    assert isinstance(result, dt.date)


DATE_PIECES = st.sampled_from(
    [*"0123456789 .,:-/+TZ", "Sept", "Okt", "Mo", "Uhr", "am", "MEZ", "2020", "31"]
)


@given(st.lists(DATE_PIECES, max_size=20).map("".join))
def test_parse_date_never_raises_anything_but_date_parse_error_on_date_like_text(
    text: str,
) -> None:
    try:
        result = parse_date(text)
    except DateParseError:
        return
    assert isinstance(result, dt.date)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_parse_date_reads_back_iso_and_german_forms_of_any_date(day: dt.date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.day}.{day.month}.{day.year}") == day
    assert parse_date(day.strftime("%d.%m.%Y")) == day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020", (dt.date(2020, 1, 1), dt.date(2020, 12, 31))),
        ("2020-09", (dt.date(2020, 9, 1), dt.date(2020, 9, 30))),
        ("2020-02", (dt.date(2020, 2, 1), dt.date(2020, 2, 29))),
        ("2021-02", (dt.date(2021, 2, 1), dt.date(2021, 2, 28))),
        ("September 2020", (dt.date(2020, 9, 1), dt.date(2020, 9, 30))),
        ("Oktober 2020", (dt.date(2020, 10, 1), dt.date(2020, 10, 31))),
        ("Sept. 2020", (dt.date(2020, 9, 1), dt.date(2020, 9, 30))),
        ("Dez. 2020", (dt.date(2020, 12, 1), dt.date(2020, 12, 31))),
        ("2020-09-14", (dt.date(2020, 9, 14), dt.date(2020, 9, 14))),
        ("14. September 2020", (dt.date(2020, 9, 14), dt.date(2020, 9, 14))),
        ("2020-09-14T23:30:00+02:00", (dt.date(2020, 9, 14), dt.date(2020, 9, 14))),
    ],
)
def test_parse_period_gives_the_first_and_last_day(
    text: str, expected: tuple[dt.date, dt.date]
) -> None:
    assert parse_period(text) == expected


def test_parse_period_takes_a_date() -> None:
    day = dt.date(2020, 9, 14)
    assert parse_period(day) == (day, day)


def test_parse_period_takes_a_datetime() -> None:
    moment = dt.datetime(2020, 9, 14, 23, 30, tzinfo=PLUS_TWO)
    assert parse_period(moment) == (dt.date(2020, 9, 14), dt.date(2020, 9, 14))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("garbage", "cannot parse date 'garbage'"),
        (
            "14. September",
            "cannot parse date '14. September': give a year, a month and year, or a full date",
        ),
        (
            "September",
            "cannot parse date 'September': give a year, a month and year, or a full date",
        ),
        ("2020-13", "cannot parse date '2020-13': month must be in 1..12"),
    ],
)
def test_parse_period_rejects_what_it_cannot_read(text: str, message: str) -> None:
    with pytest.raises(DateParseError) as excinfo:
        parse_period(text)
    assert str(excinfo.value) == message


@given(st.text(max_size=60))
def test_parse_period_never_raises_anything_but_date_parse_error(text: str) -> None:
    try:
        first, last = parse_period(text)
    except DateParseError:
        return
    assert first <= last
