"""Event dates as spans of days: compared at the coarser precision; a range agrees with any date inside it."""

import pytest

from factcheck.engine.dayspan import common, day_span, describe_span, overlap
from factcheck.models import EventDate


def ed(value: str, until: str | None = None) -> EventDate:
    precision = {4: "year", 7: "month", 10: "day"}[len(value)]
    return EventDate(value, precision, until)


@pytest.mark.parametrize("a,b,agree", [
    (ed("2014-09-04"), ed("2014-09-04"), True),
    (ed("2014-09-04"), ed("2014-09-05"), False),
    (ed("2014-09"), ed("2014-09-04"), True),
    (ed("2014-09"), ed("2014-09-30"), True),
    (ed("2014-09"), ed("2014-10-01"), False),
    (ed("2014-08"), ed("2014-09"), False),
    (ed("2014"), ed("2014-12-31"), True),
    (ed("2014"), ed("2015-01"), False),
    (ed("2014-09-04", "2014-09-05"), ed("2014-09-05"), True),
    (ed("2014-09-04", "2014-09-05"), ed("2014-09-06"), False),
    (ed("2014-09-04", "2014-09-05"), ed("2014-09-05", "2014-09-07"), True),
    (ed("2014-07", "2014-08"), ed("2014-08-31"), True),
    (ed("2014-07", "2014-08"), ed("2014-09-01"), False),
])
def test_dayspan_overlap_is_agreement(a, b, agree):
    assert overlap(day_span(a), day_span(b)) is agree
    assert overlap(day_span(b), day_span(a)) is agree


@pytest.mark.parametrize("dates,expected", [
    ([ed("2014-09-04")], "2014-09-04"),
    ([ed("2014-09"), ed("2014-09-04")], "2014-09-04"),
    ([ed("2014-09"), ed("2014")], "2014-09"),
    ([ed("2014")], "2014"),
    ([ed("2016"), ed("2016-02")], "2016-02"),  # a leap February
    ([ed("2014-09-04", "2014-09-05"), ed("2014-09")], "2014-09-04–2014-09-05"),
])
def test_dayspan_common_days_in_their_shortest_form(dates, expected):
    assert describe_span(common([day_span(d) for d in dates])) == expected


def test_dayspan_disjoint_dates_have_nothing_in_common():
    assert common([day_span(ed("2014-09-04")), day_span(ed("2014-09")), day_span(ed("2014-09-05"))]) is None
