"""An event's date as the span of days it covers: 2014-09-04 is one day, 2014-09 thirty days, 2014 a year, a
range (until) everything from its first day to its last.

Two dates agree when their spans overlap. That compares them at the coarser of their precisions (2014-09
and 2014-09-04 agree; 2014-09-04 and 2014-09-05 do not) and lets a range agree with any date inside it.
"""

from __future__ import annotations

import calendar
import datetime as dt

from factcheck.models import EventDate

Span = tuple[int, int]  # first and last day, inclusive, as proleptic Gregorian ordinals


def _first_day(value: str) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    return dt.date(parts[0], *(parts[1:] + [1, 1])[:2])


def _last_day(value: str) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return dt.date(*parts)


def day_span(d: EventDate) -> Span:
    return _first_day(d.value).toordinal(), _last_day(d.until or d.value).toordinal()


def overlap(a: Span, b: Span) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def common(spans: list[Span]) -> Span | None:
    """The days all the spans share; None when two of them are disjoint."""
    if not spans:
        return None
    lo, hi = max(s[0] for s in spans), min(s[1] for s in spans)
    return (lo, hi) if lo <= hi else None


def describe_span(span: Span) -> str:
    """The shortest form: '2014-09-04', '2014-09', '2014', else '2014-09-04–2014-09-05'."""
    lo, hi = dt.date.fromordinal(span[0]), dt.date.fromordinal(span[1])
    if lo == hi:
        return lo.isoformat()
    if (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31) and lo.year == hi.year:
        return f"{lo.year:04d}"
    if lo.day == 1 and (lo.year, lo.month) == (hi.year, hi.month) and \
            hi.day == calendar.monthrange(hi.year, hi.month)[1]:
        return f"{lo.year:04d}-{lo.month:02d}"
    return f"{lo.isoformat()}–{hi.isoformat()}"
