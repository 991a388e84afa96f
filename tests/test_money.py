"""Largest-remainder rounding: parts add up to the total to the cent."""

from hypothesis import given
from hypothesis import strategies as st

from coop_calc.money import cents, round_to_total

amounts = st.lists(st.floats(-1e9, 1e9, allow_nan=False), min_size=1, max_size=30)


@given(amounts)
def test_parts_sum_to_rounded_total(values):
    parts = round_to_total(values)
    assert round(sum(p * 100 for p in parts)) == round(sum(values) * 100)
    assert all(abs(p - v) < 0.01 + 1e-6 * abs(v) for p, v in zip(parts, values))


def test_known_case():
    assert round_to_total([1 / 3, 1 / 3, 1 / 3], 1.0) == [0.34, 0.33, 0.33]
    assert round_to_total([10.005, 20.005], 30.01) == [10.01, 20.0] or round_to_total([10.005, 20.005], 30.01) == [10.0, 20.01]
    assert cents(2.675) in (2.67, 2.68) and cents(-1.005) in (-1.0, -1.01)
