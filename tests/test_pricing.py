"""Pricing reference values worked out by hand."""

import numpy as np
import pytest
from builders import quote

from coop_calc.model import Item
from coop_calc.pricing import Schedule, price_need, price_units, unit_price_at, units_needed


def cost(q, units, buy_up=False):
    c, bought = Schedule.of(q).cost(np.array([units]), buy_up)
    return float(c[0]), int(bought[0])


def test_all_units_tier_price_applies_to_whole_order():
    q = quote("a", "x", [(1, 100), (5, 80), (10, 70)], fee=50)
    assert cost(q, 3) == (350.0, 3)        # 3 × 100 + 50
    assert cost(q, 5) == (450.0, 5)        # 5 × 80 + 50
    assert cost(q, 12) == (890.0, 12)      # 12 × 70 + 50
    assert cost(q, 0) == (0.0, 0)          # nothing ordered, no fee


def test_incremental_prices_each_bracket():
    q = quote("i", "x", [(1, 100), (3, 80), (6, 50)], schedule="incremental")
    assert cost(q, 2)[0] == 200.0
    assert cost(q, 4)[0] == 2 * 100 + 2 * 80
    assert cost(q, 7)[0] == 2 * 100 + 3 * 80 + 2 * 50
    # a first tier starting at 0 means the same as starting at 1
    q0 = quote("i0", "x", [(0, 100), (3, 80), (6, 50)], schedule="incremental")
    assert cost(q0, 7)[0] == cost(q, 7)[0]


def test_order_limits_make_a_quote_unavailable():
    q = quote("m", "x", [(1, 10)], min_order=5, max_order=20)
    assert cost(q, 4)[0] == np.inf
    assert cost(q, 5)[0] == 50.0
    assert cost(q, 21)[0] == np.inf


def test_buy_up_to_next_tier_when_cheaper():
    q = quote("a", "x", [(1, 100), (5, 70)], fee=50)
    assert cost(q, 4, buy_up=False) == (450.0, 4)
    assert cost(q, 4, buy_up=True) == (400.0, 5)   # 5 × 70 + 50 < 4 × 100 + 50
    assert cost(q, 2, buy_up=True) == (250.0, 2)   # buying 5 (400) is dearer
    # buying up to a minimum order
    m = quote("m", "x", [(1, 10)], min_order=5)
    assert cost(m, 3, buy_up=True) == (50.0, 5)
    assert cost(m, 3, buy_up=False)[0] == np.inf


def test_best_quote_per_order_size():
    cheap_small = quote("s", "x", [(1, 10)])
    cheap_large = quote("l", "x", [(1, 20), (10, 5)], fee=30)
    best = price_units([cheap_small, cheap_large], np.array([0, 3, 10, 50]), buy_up=False)
    assert best.cost.tolist() == [0.0, 30.0, 80.0, 280.0]
    assert best.quote.tolist() == [-1, 0, 1, 1]


def test_capacity_per_unit_rounds_up_robustly():
    assert units_needed(np.array([0, 1, 4000, 4001, 12000]), 4000).tolist() == [0, 1, 1, 2, 3]
    assert units_needed(0.1 + 0.2, 0.1).tolist() == 3  # float noise does not buy a 4th unit
    item = Item(id="am", name="Printer", capacity_per_unit=4000)
    q = quote("am", "am", [(1, 500_000), (2, 450_000)], fee=20_000)
    p = price_need(item, [q], np.array([3000.0, 7000.0]), buy_up=False)
    assert p.units.tolist() == [1, 2]
    assert p.cost.tolist() == [520_000.0, 920_000.0]


def test_unit_price_at():
    q = quote("i", "x", [(1, 100), (3, 80)], schedule="incremental", fee=999)
    assert unit_price_at(q, 4) == pytest.approx((2 * 100 + 2 * 80) / 4)
