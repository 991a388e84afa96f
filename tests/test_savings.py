"""The savings report, worked out by hand for a small pool."""

import pytest
from builders import quote, scenario

from coop_calc.coalitions import PoolPricer
from coop_calc.model import Coordination
from coop_calc.savings import savings_report


@pytest.fixture
def pool():
    # A needs 3 x, B 2 x, C 5 x; all-units 1→100, 5→80, 10→70, fee 50; coordination 10 + 5/member + 2/pair
    return scenario({"A": {"x": 3}, "B": {"x": 2}, "C": {"x": 5}},
                    [quote("q", "x", [(1, 100), (5, 80), (10, 70)], fee=50, supplier="Acme")],
                    coordination=Coordination(fixed=10, per_member=5, per_pair=2), buy_up=False)


def test_savings_by_hand(pool):
    r = savings_report(pool)
    assert [p.standalone_cost for p in r.partners] == [350.0, 250.0, 450.0]
    assert r.total_standalone_cost == 1050.0
    assert r.purchase_cost == 750.0              # 10 × 70 + 50
    assert r.coordination_cost == 10 + 15 + 6     # 3 members, 3 pairs
    assert r.pooled_cost == 781.0
    assert r.savings == 1050.0 - 781.0
    assert r.gross_savings == 300.0
    assert r.savings_pct == pytest.approx(100 * 269 / 1050)
    (item,) = r.items
    assert (item.units, item.supplier, item.unit_price, item.price_per_need) == (10, "Acme", 70.0, 75.0)
    assert r.partners[0].purchases[0].unit_price == 100.0


def test_leave_one_out_by_hand(pool):
    r = savings_report(pool)
    # without C: A+B need 5 → 450 + coordination 10 + 10 + 2 = 472; alone 600 → saves 128
    without_c = r.leave_one_out[2]
    assert (without_c.pool_cost, without_c.savings) == (472.0, 128.0)
    assert without_c.savings_lost == pytest.approx(269.0 - 128.0)


def test_minimum_pool_size_that_pays(pool):
    r = savings_report(pool)
    assert r.min_paying_pool_size == 2
    expensive = scenario({"A": {"x": 3}, "B": {"x": 2}, "C": {"x": 5}},
                         [quote("q", "x", [(1, 100), (5, 80), (10, 70)], fee=50)],
                         coordination=Coordination(fixed=290), buy_up=False)
    r2 = savings_report(expensive)
    assert r2.min_paying_pool_size == 3   # pairs save at most 150+50−... < 290; all three save 300
    assert r2.best_savings_by_size[3] == pytest.approx(300.0 - 290.0)


def test_report_from_full_costs_equals_report_from_few_coalitions(pool):
    assert savings_report(pool, PoolPricer.of(pool).all_costs()) == savings_report(pool)
