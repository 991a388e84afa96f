"""Thresholds and negotiation targets, checked by recomputing the pool independently just below and
just above each value (hypothesis draws the pools)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coop_calc.advice import advise, apply_axis, evaluate, threshold
from coop_calc.advice.commitment import commitments
from coop_calc.advice.negotiation import item_targets
from coop_calc.advice.sweep import Cancelled, sweep
from coop_calc.coalitions import PoolPricer, savings_game
from coop_calc.model import Quote, Tier
from coop_calc.pricing import price_need
from coop_calc.splits import analyse_splits
from tests.test_advice_structure import random_pool

SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def pool(seed: int, n: int):
    s = random_pool(np.random.default_rng(seed), n)
    return replace(s, buy_up=False)


def grand_savings(s) -> float:
    """Σ c({i}) − c(N) priced from scratch (no advice code)."""
    pr = PoolPricer.of(s)
    n = s.n
    c = pr.costs(np.array([1 << i for i in range(n)] + [(1 << n) - 1], dtype=np.int64))
    return float(c[:n].sum() - c[n])


def with_pool_price(s, item: str, units: int, price: float, fee: float):
    """The scenario in which only the whole pool's order of ``item`` (``units`` units) is priced at
    ``price`` per unit: every existing quote stops below that size, a new quote starts at it."""
    quotes = tuple(replace(q, max_order=units - 1) if q.item_id == item else q for q in s.quotes)
    new = Quote(id="pool-price", item_id=item, supplier="pool price", tiers=(Tier(1.0, price),),
                fixed_fee=fee, min_order=float(units))
    return replace(s, quotes=quotes + (new,))


@SETTINGS
@given(seed=st.integers(0, 10_000), n=st.integers(2, 5))
def test_break_even_price_just_below_pays_off_just_above_does_not(seed, n):
    s = pool(seed, n)
    pricer = PoolPricer.of(s)
    costs = pricer.all_costs()
    targets = {t.item_id: t for t in item_targets(pricer, costs, with_all_gain=False)}
    t = targets["a"]
    be = t.break_even_price
    assert be is not None
    fee = pricer.schedules[0][t.winner].fee
    eps = 1e-6 * max(1.0, abs(be)) + 1e-4
    if be - eps > 0:
        assert grand_savings(with_pool_price(s, "a", t.units, be - eps, fee)) > 0
    assert grand_savings(with_pool_price(s, "a", t.units, be + eps, fee)) < 0


@SETTINGS
@given(seed=st.integers(0, 10_000), n=st.integers(2, 5))
def test_all_gain_price_every_share_non_negative_just_below(seed, n):
    s = pool(seed, n)
    if s.sharing.rule == "nucleolus":
        s = replace(s, sharing=replace(s.sharing, rule="shapley"))
    pricer = PoolPricer.of(s)
    costs = pricer.all_costs()
    t = next(x for x in item_targets(pricer, costs) if x.item_id == "a")
    fee = pricer.schedules[0][t.winner].fee
    if t.all_gain_price is None:
        return
    p = t.all_gain_price
    below = with_pool_price(s, "a", t.units, max(0.0, p - 0.01 - 1e-5 * p), fee)
    x = analyse_splits(below, PoolPricer.of(below).all_costs(), rules=[s.sharing.rule]).splits[s.sharing.rule].savings
    assert x.min() >= -1e-6
    if p < t.break_even_price - 0.02:
        above = with_pool_price(s, "a", t.units, p + 0.01 + 1e-5 * p, fee)
        y = analyse_splits(above, PoolPricer.of(above).all_costs(), rules=[s.sharing.rule]).splits[s.sharing.rule]
        assert y.savings.min() < 0


@SETTINGS
@given(seed=st.integers(0, 10_000), n=st.integers(2, 6))
def test_per_pair_break_even_by_brent(seed, n):
    s = pool(seed, n)
    v_n = grand_savings(replace(s, coordination=replace(s.coordination, per_pair=0.0)))
    hi = 2 * max(v_n, 1.0) / (n * (n - 1) / 2) + 10
    th = threshold(s, "per_pair", 0.0, hi)
    if v_n <= 0:
        assert th is None
        return
    assert th is not None
    d = 1e-4 * max(1.0, th)
    if th - d > 0:
        assert grand_savings(apply_axis(s, "per_pair", th - d)) > 0
    assert grand_savings(apply_axis(s, "per_pair", th + d)) < 0


@SETTINGS
@given(seed=st.integers(0, 10_000), n=st.integers(2, 5))
def test_volume_threshold_by_bisection_on_a_step_function(seed, n):
    """A partner's volume moves the pool across tiers (a step function): the bisection brackets the
    switch, so a point a little below and a little above fall on different sides."""
    s = pool(seed, n)
    pid = s.partners[0].id
    a, b = evaluate(apply_axis(s, f"volume:{pid}", 0.0), False), evaluate(apply_axis(s, f"volume:{pid}", 3.0), False)
    th = threshold(s, f"volume:{pid}", 0.0, 3.0, tol=1e-7)
    if (a.grand_net_savings > 0) == (b.grand_net_savings > 0):
        assert th is None
        return
    assert th is not None
    lo = grand_savings(apply_axis(s, f"volume:{pid}", max(0.0, th - 1e-5))) > 0
    hi = grand_savings(apply_axis(s, f"volume:{pid}", th + 1e-5)) > 0
    assert lo == (a.grand_net_savings > 0) and hi == (b.grand_net_savings > 0)


@SETTINGS
@given(seed=st.integers(0, 10_000), n=st.integers(2, 5))
def test_discount_to_win_wins_just_above_and_not_just_below(seed, n):
    s = pool(seed, n)
    pricer = PoolPricer.of(s)
    costs = pricer.all_costs()
    need = pricer.demand.sum(axis=0)
    for t in item_targets(pricer, costs, with_all_gain=False):
        k = s.item_ids().index(t.item_id)
        item = s.items[k]
        for j, q in enumerate(t.quotes):
            if q.discount_to_win is None or not np.isfinite(q.discount_to_win) or q.discount_to_win >= 0.999:
                continue
            for d, wins in ((q.discount_to_win + 1e-6, True), (max(0.0, q.discount_to_win - 1e-6), False)):
                if d == 0.0 and not wins:
                    continue
                cut = apply_axis(s, f"discount:{q.supplier}", d)
                best = price_need(item, cut.quotes_for(item.id), need[k:k + 1], cut.buy_up)
                assert (int(best.quote[0]) == j) == wins


@SETTINGS
@given(seed=st.integers(0, 10_000), n=st.integers(2, 5))
def test_minimum_commitment_keeps_the_tier_and_one_less_does_not(seed, n):
    s = pool(seed, n)
    pricer = PoolPricer.of(s)
    costs = pricer.all_costs()

    def tier(sc, k):
        it = sc.items[k]
        need = sc.demand_matrix()[:, k].sum()
        quotes = sc.quotes_for(it.id)
        b = price_need(it, quotes, np.array([need]), sc.buy_up)
        qi = int(b.quote[0])
        starts = [t.min_quantity for t in quotes[qi].tiers]
        return qi, int(np.searchsorted(starts, int(b.units[0]), side="right"))

    for c in commitments(pricer, costs):
        pid = s.partners[c.index].id
        for ic in c.items:
            k = s.item_ids().index(ic.item_id)
            q0, t0 = tier(s, k)

            def at(x):
                d = dict(s.demand)
                d[(pid, ic.item_id)] = x
                return replace(s, demand=d)

            q1, t1 = tier(at(ic.min_need), k)
            assert q1 == q0 and t1 >= t0
            if ic.min_need >= 1:
                q2, t2 = tier(at(ic.min_need - 1), k)
                assert not (q2 == q0 and t2 >= t0)


def test_sweep_in_parallel_equals_one_process_and_cancels():
    s = pool(5, 5)
    axes = ["per_pair", f"volume:{s.partners[1].id}"]
    values = [[0.0, 50.0, 400.0], [0.5, 1.0]]
    seen = []
    one = sweep(s, axes, values, workers=1, progress=seen.append)
    two = sweep(s, axes, values, workers=2)
    assert seen[-1] == pytest.approx(1.0)
    for name in ("grand_net_savings", "best_net_savings", "best_groups", "grand_stable"):
        assert np.array_equal(getattr(one, name), getattr(two, name))
    assert one.grand_net_savings[1, 1] == pytest.approx(grand_savings(apply_axis(s, "per_pair", 50.0)))
    assert np.all(one.best_net_savings >= one.grand_net_savings - 1e-9)
    with pytest.raises(Cancelled):
        sweep(s, axes, values, workers=1, cancelled=lambda: True)


def test_member_axis_removes_the_partner():
    s = pool(9, 4)
    pid = s.partners[2].id
    out = apply_axis(s, f"member:{pid}", 0)
    assert pid not in out.partner_ids() and all(k[0] != pid for k in out.demand)
    assert apply_axis(s, f"member:{pid}", 1) is s
    with pytest.raises(ValueError):
        apply_axis(s, "member:nobody", 0)
    with pytest.raises(ValueError, match="discount"):
        apply_axis(s, f"discount:{s.quotes[0].supplier}", 1.5)


def test_advice_reconciles_and_explains_in_two_languages():
    from coop_calc.advice import advice_json

    s = pool(11, 5)
    a = advise(s)
    d = advice_json(a)
    st_ = d["structure"]
    assert round(sum(g["net_savings"] for g in st_["details"]), 2) == st_["net_savings"]
    for g in st_["details"]:
        assert round(sum(g["split"]), 2) == g["net_savings"]
    assert st_["grand_pool_net_savings"] == round(float(savings_game(PoolPricer.of(s).all_costs())[-1]), 2)
    assert sorted(p for grp in st_["groups"] for p in grp) == sorted(s.partner_ids())
    assert st_["explanation"]["en"] and st_["explanation"]["de"] != st_["explanation"]["en"]
    for it in d["negotiation"]:
        for q in it["quotes"]:
            assert all(set(x) == {"en", "de"} for x in q["explanations"].values())


def test_top_asks_are_the_largest_next_tier_savings_of_the_winners():
    from coop_calc.advice import advice_json
    from coop_calc.advice.output import top_asks

    d = advice_json(advise(pool(23, 5), with_thresholds=False))
    asks = top_asks(d, limit=1)
    every = sorted((q["ask_saving"] for it in d["negotiation"] for q in it["quotes"]
                    if q["winner"] and q["ask_saving"]), reverse=True)
    assert len(every) >= 2 and [a["ask_saving"] for a in asks] == every[:1]


def test_sweep_falls_back_to_one_process_when_workers_cannot_start(monkeypatch):
    import concurrent.futures as cf
    import importlib

    sweep_module = importlib.import_module("coop_calc.advice.sweep")  # the package's `sweep` is the function

    s = pool(5, 4)
    values = [[0.0, 100.0, 200.0]]
    serial = sweep(s, ["per_pair"], values, workers=1)

    def broken(scenario, axes, vals, grid, stability, workers, results, tick):
        results[grid[0]] = sweep_module._point(scenario, axes, (vals[0][0],), stability)
        raise cf.process.BrokenProcessPool("no workers")

    monkeypatch.setattr(sweep_module, "_parallel", broken)
    seen = []
    got = sweep(s, ["per_pair"], values, workers=2, progress=seen.append)
    assert np.array_equal(got.best_net_savings, serial.best_net_savings)
    assert seen[-1] == pytest.approx(1.0)
