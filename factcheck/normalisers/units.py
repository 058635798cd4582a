"""Units through pint: a registry extended with the definitions in rules/lexicons/units.yml (currencies as
dimensions of their own, so pint never converts one into another), and conversion of quantity intervals.

    >>> convert(Quantity.exact(20, unit="kilometer ** 2"), "hectare", defs).value
    2000.0
"""

from __future__ import annotations

import math
from functools import lru_cache

import pint

from factcheck.models import Quantity

COUNT_KINDS = {"count", "number", "ordinal"}


@lru_cache(maxsize=8)
def registry(definitions: tuple[str, ...]) -> pint.UnitRegistry:
    ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    for line in definitions:
        ureg.define(line)
    return ureg


def is_pint_unit(unit: str | None, definitions: tuple[str, ...]) -> bool:
    if not unit or unit.startswith("relative:"):
        return False
    try:
        registry(definitions).Unit(unit)
    except (pint.errors.UndefinedUnitError, pint.errors.DefinitionSyntaxError, AttributeError, ValueError):
        return False
    return True


def compatible(a: str | None, b: str | None, definitions: tuple[str, ...]) -> bool:
    """Two units measure the same thing: equal names, or pint units of one dimensionality."""
    if a == b:
        return True
    if not (is_pint_unit(a, definitions) and is_pint_unit(b, definitions)):
        return False
    ureg = registry(definitions)
    return ureg.Unit(a).dimensionality == ureg.Unit(b).dimensionality


def convert(q: Quantity, target: str, definitions: tuple[str, ...]) -> Quantity:
    """The same interval in `target` units; raises pint.DimensionalityError across dimensions."""
    if q.unit == target or q.unit is None:
        return q
    ureg = registry(definitions)

    def conv(x: float | None) -> float | None:
        if x is None or math.isinf(x):
            return x
        return float(ureg.Quantity(x, q.unit).to(target).magnitude)

    return q.evolve(value=conv(q.value), low=conv(q.low), high=conv(q.high), unit=target)
