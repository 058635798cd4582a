"""Interval algebra on quantities: overlap, consensus, and how a bound moved between two times."""

from __future__ import annotations

from factcheck.models import INF, Quantity


def widen(q: Quantity, tolerance: float) -> Quantity:
    """A tolerance (0.02 = 2%) stretches both finite bounds outwards."""
    if not tolerance:
        return q
    low = q.low - abs(q.low) * tolerance if q.low not in (-INF, INF) else q.low
    high = q.high + abs(q.high) * tolerance if q.high not in (-INF, INF) else q.high
    return Quantity(q.value, low, high, q.low_inclusive, q.high_inclusive, q.approximate, q.vague, q.kind,
                    q.unit, q.counted)


def _below(a: Quantity, b: Quantity) -> bool:
    """Every value of a lies below every value of b."""
    if a.high < b.low:
        return True
    return a.high == b.low and not (a.high_inclusive and b.low_inclusive)


def disjoint(a: Quantity, b: Quantity, tolerance: float = 0.0) -> bool:
    a, b = widen(a, tolerance), widen(b, tolerance)
    return _below(a, b) or _below(b, a)


def agree(a: Quantity, b: Quantity, tolerance: float = 0.0) -> bool:
    return not disjoint(a, b, tolerance)


def intersect(a: Quantity, b: Quantity) -> Quantity | None:
    if disjoint(a, b):
        return None
    if a.low > b.low or (a.low == b.low and not a.low_inclusive):
        low, low_inc = a.low, a.low_inclusive
    else:
        low, low_inc = b.low, b.low_inclusive
    if a.high < b.high or (a.high == b.high and not a.high_inclusive):
        high, high_inc = a.high, a.high_inclusive
    else:
        high, high_inc = b.high, b.high_inclusive
    value = low if low == high else None
    return Quantity(value, low, high, low_inc, high_inc, a.approximate and b.approximate, a.vague and b.vague,
                    a.kind, a.unit, None)


def consensus(quantities: list[Quantity]) -> Quantity | None:
    """What all the figures allow together; None when they contradict each other."""
    if not quantities:
        return None
    acc: Quantity | None = quantities[0]
    for q in quantities[1:]:
        acc = intersect(acc, q) if acc is not None else None
    return acc


def _shape(q: Quantity) -> str:
    if q.high == INF and q.low != -INF:
        return "lower"
    if q.low in (-INF, 0.0) and q.high != INF and q.low != q.high and not q.approximate and q.value is not None \
            and q.high == q.value:
        return "upper"
    return "closed"


def movement(earlier: Quantity, later: Quantity, tolerance: float = 0.0, step: float | None = None) -> str | None:
    """'increase' / 'decrease' when the fact moved between two times, else None.

    Disjoint intervals moved; so did a stated bound of the same kind (more than 50, then more than 60).
    With `step` (a running total): a lower bound then a figure more than `step` above it also rose (at
    least 47 dead, then 120); a figure within the step of the bound (more than 25,000, then 27,000) did not.
    """
    if disjoint(earlier, later, tolerance):
        return "increase" if _below(widen(earlier, tolerance), widen(later, tolerance)) else "decrease"
    se, sl = _shape(earlier), _shape(later)
    if step is not None and se == "lower" and sl == "closed" and not later.vague and earlier.low > 0 \
            and later.low > earlier.low * (1 + step):
        return "increase"
    if se == sl == "lower" and earlier.low != later.low:
        return "increase" if later.low > earlier.low else "decrease"
    if se == sl == "upper" and earlier.high != later.high:
        return "increase" if later.high > earlier.high else "decrease"
    return None
