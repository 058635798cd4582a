import math

from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine.compare import agree, consensus, disjoint, movement
from factcheck.models import Quantity

INF = math.inf


def q(low, high, li=True, hi=True, value=None):
    return Quantity(value=value, low=low, high=high, low_inclusive=li, high_inclusive=hi, unit="country")


def test_compare_exact_versus_lower_bound():
    assert disjoint(q(35, 35), q(60, INF, li=False))
    assert agree(q(62, 62), q(60, INF, li=False))
    assert disjoint(q(60, 60), q(60, INF, li=False))  # "more than 60" excludes 60
    assert agree(q(60, 60), q(60, INF))  # "at least 60" includes it


def test_compare_tolerance_widens():
    assert disjoint(q(100, 100), q(103, 103))
    assert agree(q(100, 100), q(103, 103), tolerance=0.02)


def test_compare_consensus_and_contradiction():
    c = consensus([q(50, INF, li=False), q(20, 99)])
    assert (c.low, c.high) == (50, 99)
    assert consensus([q(35, 35), q(60, INF)]) is None


def test_compare_movement_of_bounds():
    assert movement(q(50, INF, li=False), q(60, INF, li=False)) == "increase"
    assert movement(q(40, 40), q(35, 35)) == "decrease"
    assert movement(q(50, INF, li=False), q(62, 62)) is None  # more precise, not moved


intervals = st.tuples(st.floats(0, 1e6), st.floats(0, 1e6), st.booleans(), st.booleans()).map(
    lambda t: q(min(t[0], t[1]), max(t[0], t[1]), t[2] or t[0] == t[1], t[3] or t[0] == t[1]))


@given(intervals, intervals, st.sampled_from([0.0, 0.05, 0.1]))
def test_compare_disjoint_is_symmetric(a, b, tol):
    assert disjoint(a, b, tol) == disjoint(b, a, tol)


@given(intervals)
def test_compare_an_interval_agrees_with_itself(a):
    assert agree(a, a)
