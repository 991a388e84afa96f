"""The one rounding policy: half away from zero, and largest remainder with the same tie rule."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coop_calc.money import apportion_cents, cents, round_to_total, to_cents

amounts = st.lists(st.floats(-1e9, 1e9, allow_nan=False), min_size=1, max_size=30)


def exact_cents(x: float) -> Decimal:
    return Decimal(repr(x)) * 100


@given(amounts)
def test_parts_sum_to_rounded_total(values):
    parts = round_to_total(values)
    exact = sum(Decimal(repr(v)) for v in values)
    assert sum(to_cents(p) for p in parts) == to_cents(float(exact)) or sum(to_cents(p) for p in parts) == int(
        (exact * 100).quantize(Decimal(1), rounding="ROUND_HALF_UP"))
    for p, v in zip(parts, values):
        assert abs(Decimal(to_cents(p)) - exact_cents(v)) < 1 + Decimal("1e-6")


def test_half_cents_round_away_from_zero_as_printed():
    assert cents(2.675) == 2.68 and cents(-2.675) == -2.68
    assert cents(0.125) == 0.13 and cents(-1.005) == -1.01
    assert cents(0.124999) == 0.12 and cents(1e21) == 1e21
    assert to_cents(10.005) == 1001  # not round()'s half-to-even on the binary value (1000)


def test_largest_remainder_uses_the_same_tie_rule():
    assert round_to_total([1 / 3, 1 / 3, 1 / 3], 1.0) == [0.34, 0.33, 0.33]
    # 30.01 + a half cent: both parts are ties; the total rounds half away (30.01), the earlier keeps its cent
    assert round_to_total([10.005, 20.005]) == [10.01, 20.0]
    # a total that falls on a half cent rounds up, as single amounts do (round() would give 0.12)
    assert round_to_total([0.0625, 0.0625]) == [0.07, 0.06]
    # nothing to fix: every part is its own half-away rounding
    assert round_to_total([0.005, 0.015, -0.005], 0.01) == [0.01, 0.01, -0.01]
    assert round_to_total([-0.005, -0.005]) == [-0.01, 0.0]


def test_difference_far_larger_than_the_parts_is_spread_without_stepping():
    # issue 10: 40 partners with quantities 1e9 and prices 1e12 froze the window (one step per cent)
    parts = round_to_total([1e21 / 3] * 40, 1e22)
    assert sum(to_cents(p) for p in parts) == to_cents(1e22)
    assert max(parts) - min(parts) <= 0.01
    units = apportion_cents([0.0] * 7, 10**30 + 3)
    assert sum(units) == 10**30 + 3 and max(units) - min(units) == 1


def test_refuses_what_is_not_an_amount():
    with pytest.raises(ValueError):
        round_to_total([1.0, float("nan")])
    with pytest.raises(ValueError):
        cents(float("inf"))
    with pytest.raises(ValueError):
        apportion_cents([], 5)
    assert round_to_total([]) == []
