"""Sharing rules in purchasing terms: efficiency, coordination modes, equal price = Shapley for linear prices."""

import numpy as np
import pytest
from builders import quote, scenario
from hypothesis import given, settings
from hypothesis import strategies as st

from coop_calc.analysis import analyse
from coop_calc.model import Coordination
from coop_calc.scenario_io import load_scenario


def linear_price_pool(needs, a, b):
    """One item whose all-units unit price at order size m is a − b·m (a tier at every size)."""
    total = sum(needs)
    tiers = [(m, a - b * m) for m in range(1, total + 1)]
    return scenario({f"P{i}": {"x": q} for i, q in enumerate(needs)}, [quote("lin", "x", tiers)], buy_up=False)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(1, 12), min_size=2, max_size=6), st.integers(1, 5))
def test_equal_price_equals_shapley_with_a_linear_price_curve(needs, b):
    a = 2 * b * sum(needs) + 10  # cost a·q − b·q² increases over the whole range
    s = linear_price_pool(needs, a, b)
    res = analyse(s, rules=["shapley", "equal_price"]).splits.splits
    q = np.array(needs, dtype=float)
    expected = b * q * (q.sum() - q)  # each pair's saving 2b·q_i·q_j split equally
    assert np.allclose(res["shapley"].savings, expected, rtol=1e-12, atol=1e-9)
    assert np.allclose(res["equal_price"].savings, expected, rtol=1e-12, atol=1e-9)


@pytest.mark.parametrize("mode", ["rule", "equal", "proportional_volume"])
def test_every_rule_shares_exactly_the_savings(five_pool_path, mode):
    s = load_scenario(five_pool_path)
    s = s.__class__(**{**s.__dict__, "sharing": s.sharing.__class__(rule="shapley", coordination=mode)})
    a = analyse(s)
    for rule, sp in a.splits.splits.items():
        assert sp.savings.sum() == pytest.approx(a.savings.savings, rel=1e-12), rule
        assert sp.cost.sum() == pytest.approx(a.savings.pooled_cost, rel=1e-12), rule
        assert np.allclose(sp.cost, a.splits.standalone - sp.savings)


def test_coordination_shared_equally_moves_cost_to_small_partners():
    pool = dict(demand={"big": {"x": 9}, "small": {"x": 1}}, quotes=[quote("q", "x", [(1, 100), (10, 80)])],
                coordination=Coordination(fixed=100), buy_up=False)
    by_rule = analyse(scenario(**pool, rule="proportional_volume", coordination_sharing="rule"))
    by_equal = analyse(scenario(**pool, rule="proportional_volume", coordination_sharing="equal"))
    # purchase savings 200 (1000 → 800); coordination 100
    assert by_rule.splits.splits["proportional_volume"].savings.tolist() == pytest.approx([90, 10])
    assert by_equal.splits.splits["proportional_volume"].savings.tolist() == pytest.approx([180 - 50, 20 - 50])
    assert not by_equal.splits.splits["proportional_volume"].individually_rational


def test_custom_percentages_and_diagnostics():
    s = scenario({"A": {"x": 5}, "B": {"x": 5}}, [quote("q", "x", [(1, 100), (10, 80)])],
                 rule="custom", custom={"A": 100.0, "B": 0.0})
    sp = analyse(s).splits.splits["custom"]
    assert sp.savings.tolist() == pytest.approx([200.0, 0.0])
    assert sp.in_core and sp.individually_rational
    s2 = scenario({"A": {"x": 5}, "B": {"x": 5}}, [quote("q", "x", [(1, 100), (10, 80)])],
                  coordination=Coordination(fixed=300), rule="equal_savings")
    sp2 = analyse(s2).splits
    assert not sp2.splits["equal_savings"].individually_rational  # pooling loses 100: each pays 50 more
    assert sp2.splits["equal_savings"].max_complaint == pytest.approx(50.0)
    # a pool that loses money has no nucleolus; the prenucleolus is shown, and said so
    assert "prenucleolus" in sp2.splits["nucleolus"].note
    assert sp2.splits["nucleolus"].savings.tolist() == pytest.approx([-50.0, -50.0])


def test_large_pool_gets_sampled_shapley_and_simple_rules():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from generate_pool import generate

    from coop_calc.parse import scenario_from_dict

    s = scenario_from_dict(generate(24, 4, seed=2))
    a = analyse(s)
    assert a.costs is None and "nucleolus" not in a.splits.splits
    sh = a.splits.splits["shapley"]
    assert sh.savings.sum() == pytest.approx(a.savings.savings, rel=1e-9)
    assert "random joining orders" in sh.note and sh.in_core is None
    for rule in ("proportional_volume", "equal_price", "equal_savings"):
        assert a.splits.splits[rule].cost.sum() == pytest.approx(a.savings.pooled_cost, rel=1e-12)
