"""Calendar arithmetic for the date scanner: months, weeks, years without a year, and holidays.

No parsing here: words are the scanner's job (factcheck/normalisers/dates.py). Weeks are ISO weeks (Monday
to Sunday), as both peer suites count them. Islamic dates use the Umm al-Qura calendar (hijridate, valid
1343-1500 AH, 1924-2077), Easter the Western computus (dateutil).
"""

from __future__ import annotations

import calendar
import datetime as dt

from dateutil.easter import easter
from hijridate import Gregorian, Hijri

ONE_DAY = dt.timedelta(days=1)


def date_ordinal(value: str | None) -> int | None:
    """Days since year 1 for YYYY-MM-DD (YYYY-MM and YYYY: the first day); None for no date. Raises
    ValueError for a date that does not exist."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2]).toordinal()


def valid(year: int, month: int, day: int) -> bool:
    return 1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + delta
    return k // 12, k % 12 + 1


def shift(base: dt.date, amount: int, period: str) -> dt.date:
    """base moved by amount days, weeks, months or years (the day clipped to the month's last)."""
    if period == "day":
        return base + dt.timedelta(days=amount)
    if period == "week":
        return base + dt.timedelta(weeks=amount)
    months = amount * 12 if period == "year" else amount
    y, m = shift_month(base.year, base.month, months)
    return dt.date(y, m, min(base.day, last_day(y, m)))


def week_start(day: dt.date, weeks: int = 0) -> dt.date:
    """The Monday of the ISO week of `day`, moved by `weeks`."""
    return day - dt.timedelta(days=day.isoweekday() - 1) + dt.timedelta(weeks=weeks)


def weekday_near(base: dt.date, weekday: int, direction: int | None, ahead: bool = False) -> dt.date:
    """A weekday named relative to the article's day: -1 the last one before it, 1 the next one after it,
    0 the one of the article's own week; None the most recent on or before it (news reports what happened),
    or with `ahead` (the sentence speaks of the future) the first on or after it."""
    if ahead and direction is None:
        return base + dt.timedelta(days=(weekday - base.isoweekday()) % 7)
    if direction == 0:
        return week_start(base) + dt.timedelta(days=weekday - 1)
    back = (base.isoweekday() - weekday) % 7
    if direction == 1:
        return base + dt.timedelta(days=(weekday - base.isoweekday()) % 7 or 7)
    if direction == -1:
        return base - dt.timedelta(days=back or 7)
    return base - dt.timedelta(days=back)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date | None:
    """The n-th weekday of a month (n = -1: the last); None when the month has no such day."""
    if n < 0:
        last = dt.date(year, month, last_day(year, month))
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    return day if day.month == month else None


def year_for(base: dt.date, month: int, day: int, direction: int | None, future: bool = False) -> int:
    """The year of a day and month written without one. الجاري: the article's year; المقبل: the next such day
    after the article; الماضي: the last one before it; nothing: the occurrence nearest the article, or the
    next one when the sentence speaks of the future."""
    if direction == 0:
        return base.year
    if direction == 1 or (direction is None and future):
        return base.year if (month, day) > (base.month, base.day) else base.year + 1
    if direction == -1:
        return base.year if (month, day) < (base.month, base.day) else base.year - 1
    candidates = [y for y in (base.year - 1, base.year, base.year + 1) if valid(y, month, min(day, 28) or 1)]

    def distance(y: int) -> int:
        return abs((dt.date(y, month, max(1, min(day, last_day(y, month)))) - base).days)
    return min(candidates, key=lambda y: (distance(y), y != base.year))


def year_for_month(base: dt.date, month: int, direction: int | None, future: bool = False) -> int:
    """The year of a month written without one (في فبراير، أكتوبر المقبل، مايو الماضي): الماضي is a month
    wholly before the article's, المقبل one wholly after it, الجاري the article's year; nothing: the nearest
    such month (the article's own counts), or the next one from the article's month on when the sentence
    speaks of the future."""
    if direction == 0:
        return base.year
    if direction == 1:
        return base.year if month > base.month else base.year + 1
    if direction == -1:
        return base.year if month < base.month else base.year - 1
    if future:
        return base.year if month >= base.month else base.year + 1
    here = base.year * 12 + base.month - 1
    return min((base.year - 1, base.year, base.year + 1), key=lambda y: (abs(y * 12 + month - 1 - here), y != base.year))


def year_of_weekday(base: dt.date, month: int, day: int, weekday: int) -> int | None:
    """The year nearest the article in which day/month falls on the named weekday (الخميس 15 اغسطس)."""
    years = [y for y in (base.year, base.year + 1, base.year - 1)
             if valid(y, month, day) and dt.date(y, month, day).isoweekday() == weekday]
    return min(years, key=lambda y: abs(dt.date(y, month, day) - base)) if years else None


# -- holidays ----------------------------------------------------------------------------------------------
def hijri_date(hyear: int, hmonth: int, hday: int) -> dt.date | None:
    """A date of the Umm al-Qura calendar in the Gregorian calendar; None outside its range or invalid."""
    try:
        g = Hijri(hyear, hmonth, hday).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


def hijri_month_length(hyear: int, hmonth: int) -> int | None:
    try:
        return Hijri(hyear, hmonth, 1).month_length()
    except (ValueError, OverflowError):
        return None


def hijri_year_of(day: dt.date) -> int | None:
    """The Umm al-Qura year a Gregorian day falls in; None outside the calendar's range."""
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def holiday_in(calendar_name: str, month: int, day: int | None, year: int) -> list[tuple[dt.date, dt.date]]:
    """The occurrences of a holiday in a Gregorian year: (first day, last day). day None = the whole month
    (رمضان)."""
    out = []
    if calendar_name == "gregorian":
        if valid(year, month, day or 1):
            start = dt.date(year, month, day or 1)
            out.append((start, start if day else dt.date(year, month, last_day(year, month))))
    elif calendar_name == "easter":
        start = easter(year) + dt.timedelta(days=day or 0)
        out.append((start, start))
    elif calendar_name == "hijri":
        first = hijri_year_of(dt.date(year, 1, 1))
        if first is None:
            return out
        for hyear in (first, first + 1):
            start = hijri_date(hyear, month, day or 1)
            if start is None or start.year != year:
                continue
            if day:
                out.append((start, start))
            else:
                length = hijri_month_length(hyear, month) or 29
                out.append((start, start + dt.timedelta(days=length - 1)))
    return out


def holiday_near(calendar_name: str, month: int, day: int | None, base: dt.date,
                 recent_days: int = 15) -> tuple[dt.date, dt.date] | None:
    """A holiday named without a year: the next one, unless one is under way or ended in the last
    `recent_days` days (an article of 20 October about عيد الأضحى that fell on the 4th means that one)."""
    since = base - dt.timedelta(days=recent_days)
    found = [occ for y in (base.year - 1, base.year, base.year + 1) for occ in holiday_in(calendar_name, month, day, y)]
    later = sorted(occ for occ in found if occ[1] >= since)  # ongoing, just over, or to come
    return later[0] if later else None
