import math

import pint
import pytest

from factcheck.models import Quantity
from factcheck.normalisers.units import compatible, convert, is_pint_unit


def only(mentions_of, text):
    ms = [m for m in mentions_of(text) if m.quantity.unit]
    assert len(ms) == 1, ms
    return ms[0].quantity


def test_units_every_lexicon_unit_is_known_to_pint(lexicon):
    units = {e.canonical for e in lexicon.nouns.values() if e.kind != "count"}
    unknown = sorted(u for u in units if not is_pint_unit(u, lexicon.unit_definitions))
    assert unknown == []


def test_units_area_in_two_units_compares_equal(mentions_of, lexicon):
    km2 = only(mentions_of, "مساحة 20 كيلومترا مربعا")
    ha = only(mentions_of, "مساحة 2000 هكتار")
    assert (km2.unit, ha.unit) == ("kilometer ** 2", "hectare")
    assert math.isclose(convert(km2, "hectare", lexicon.unit_definitions).value, ha.value)


def test_units_dual_week_is_fourteen_days(mentions_of, lexicon):
    q = only(mentions_of, "استمر القتال أسبوعين")
    assert (q.value, q.unit) == (2, "week")
    assert convert(q, "day", lexicon.unit_definitions).value == 14


def test_units_currencies_never_convert(lexicon):
    defs = lexicon.unit_definitions
    assert not compatible("US_dollar", "euro", defs)
    assert compatible("US_dollar", "cent_USD", defs)
    with pytest.raises(pint.DimensionalityError):
        convert(Quantity.exact(10, unit="US_dollar"), "euro", defs)


def test_units_open_bounds_survive_conversion(lexicon):
    q = Quantity(value=2, low=2, high=math.inf, low_inclusive=False, high_inclusive=False, unit="kilometer")
    c = convert(q, "meter", lexicon.unit_definitions)
    assert (c.low, c.high) == (2000, math.inf)
