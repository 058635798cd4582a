"""Calendar arithmetic behind the date scanner: weekdays, n-th weekdays, years without a year, holidays."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.normalisers import calendar as cal

TUESDAY = dt.date(2013, 2, 12)
dates = st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2070, 12, 31))


@given(dates, st.integers(1, 7))
def test_calendar_weekday_near_lands_on_the_weekday_within_a_week(base, weekday):
    for direction, lo, hi in ((None, -6, 0), (-1, -7, -1), (1, 1, 7), (0, -6, 6)):
        day = cal.weekday_near(base, weekday, direction)
        assert day.isoweekday() == weekday
        assert lo <= (day - base).days <= hi
    ahead = cal.weekday_near(base, weekday, None, ahead=True)
    assert ahead.isoweekday() == weekday and 0 <= (ahead - base).days <= 6


@given(dates, st.integers(1, 12), st.integers(1, 28))
def test_calendar_year_for_is_the_nearest_occurrence(base, month, day):
    year = cal.year_for(base, month, day, None)
    chosen = abs((dt.date(year, month, day) - base).days)
    assert all(chosen <= abs((dt.date(y, month, day) - base).days) for y in (base.year - 1, base.year + 1))
    assert dt.date(cal.year_for(base, month, day, 1), month, day) > base
    assert dt.date(cal.year_for(base, month, day, -1), month, day) < base
    assert dt.date(cal.year_for(base, month, day, None, future=True), month, day) >= base


@pytest.mark.parametrize("year,month,weekday,n,expected", [
    (2013, 3, 1, -1, "2013-03-25"), (2014, 9, 2, 3, "2014-09-16"), (2013, 10, 2, 1, "2013-10-01"),
    (2017, 9, 7, 5, None), (2017, 9, 7, 4, "2017-09-24"),
])
def test_calendar_nth_weekday(year, month, weekday, n, expected):
    got = cal.nth_weekday(year, month, weekday, n)
    assert (got.isoformat() if got else None) == expected


@pytest.mark.parametrize("name,month,day,year,expected", [
    ("hijri", 10, 1, 2013, ("2013-08-08", "2013-08-08")),  # عيد الفطر
    ("hijri", 12, 10, 2013, ("2013-10-15", "2013-10-15")),  # عيد الأضحى
    ("hijri", 9, None, 2019, ("2019-05-06", "2019-06-03")),  # رمضان, the whole month
    ("easter", 0, 0, 2013, ("2013-03-31", "2013-03-31")),
    ("gregorian", 12, 25, 2020, ("2020-12-25", "2020-12-25")),
])
def test_calendar_holidays_in_a_year(name, month, day, year, expected):
    (first, last), *_ = cal.holiday_in(name, month, day, year)
    assert (first.isoformat(), last.isoformat()) == expected


def test_calendar_holiday_without_a_year_is_the_next_unless_just_over():
    assert cal.holiday_near("hijri", 12, 10, TUESDAY)[0].isoformat() == "2013-10-15"
    # Ramadan 1436 ended on 2015-07-16: an article of 22 July still means it
    assert cal.holiday_near("hijri", 9, None, dt.date(2015, 7, 22))[0].isoformat() == "2015-06-18"
    assert cal.holiday_near("hijri", 9, None, dt.date(2015, 9, 1))[0].isoformat() == "2016-06-06"


def test_calendar_hijri_outside_umm_al_qura_is_none():
    assert cal.hijri_date(1200, 1, 1) is None
    assert cal.hijri_date(1436, 10, 2).isoformat() == "2015-07-18"


@pytest.mark.parametrize("month,direction,future,expected", [
    (2, None, False, 2018), (2, -1, False, 2017), (2, 1, False, 2019), (10, None, False, 2017),
    (8, None, False, 2018), (1, None, True, 2019), (2, None, True, 2018), (3, 0, False, 2018),
])
def test_calendar_year_for_month(month, direction, future, expected):
    assert cal.year_for_month(dt.date(2018, 2, 14), month, direction, future) == expected
