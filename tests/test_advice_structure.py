"""Best pool structure against an independent brute force: every partition of random pools (Bell
numbers: 4,140 partitions of 8 partners), core non-emptiness by its own LP (Bondareva–Shapley)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import linprog

from coop_calc.advice.partition import best_partition_colgen, best_partition_dp
from coop_calc.advice.structure import advise_structure
from coop_calc.coalitions import PoolPricer, savings_game
from coop_calc.model import Coordination
from tests.builders import quote, scenario


def partitions(items: list[int]):
    """Every set partition of ``items`` (as lists of lists), recursively."""
    if not items:
        yield []
        return
    first, rest = items[0], items[1:]
    for p in partitions(rest):
        for j in range(len(p)):
            yield p[:j] + [[first] + p[j]] + p[j + 1:]
        yield [[first]] + p


def mask(group) -> int:
    return sum(1 << i for i in group)


def core_nonempty_lp(v: np.ndarray, group: list[int]) -> bool:
    """Independent check: min Σx s.t. x(T) ≥ v(T) for every T ⊆ S; the core is non-empty iff the
    minimum does not exceed v(S)."""
    k = len(group)
    if k == 1:
        return True
    rows, rhs = [], []
    for local in range(1, 1 << k):
        t = mask([group[j] for j in range(k) if local >> j & 1])
        rows.append([-(local >> j & 1) for j in range(k)])
        rhs.append(-v[t])
    res = linprog(np.ones(k), A_ub=np.array(rows, float), b_ub=np.array(rhs), bounds=(None, None), method="highs")
    return res.fun <= v[mask(group)] + 1e-7 * max(1.0, np.abs(v).max())


def random_pool(rng: np.random.Generator, n: int, per_pair: float | None = None):
    items = ["a", "b", "c"]
    quotes = []
    for it in items:
        for j in range(int(rng.integers(1, 3))):
            p = float(rng.uniform(80, 120))
            starts = sorted({1, *[int(x) for x in rng.choice([3, 5, 8, 12, 20], 2, replace=False)]})
            tiers = [(s, round(p * 0.9 ** k, 2)) for k, s in enumerate(starts)]
            quotes.append(quote(f"{it}{j}", it, tiers, schedule=str(rng.choice(["all_units", "incremental"])),
                                fee=float(rng.choice([0, 50, 150]))))
    demand = {f"p{i}": {it: int(rng.integers(0, 9)) for it in items} for i in range(n)}
    for i in range(n):
        demand[f"p{i}"]["a"] = max(1, demand[f"p{i}"]["a"])
    pp = float(rng.uniform(5, 60)) if per_pair is None else per_pair
    return scenario(demand, quotes, coordination=Coordination(fixed=float(rng.uniform(0, 40)), per_pair=pp),
                    rule=str(rng.choice(["shapley", "nucleolus", "equal_price", "proportional_volume"])))


def brute(v: np.ndarray, n: int, stable: bool = False) -> float:
    best = -np.inf
    known: dict[int, bool] = {}

    def ok(g: list[int]) -> bool:
        if mask(g) not in known:
            known[mask(g)] = core_nonempty_lp(v, g)
        return known[mask(g)]

    for p in partitions(list(range(n))):
        if stable and not all(ok(g) for g in p):
            continue
        best = max(best, sum(v[mask(g)] for g in p))
    return best


@pytest.mark.parametrize("n", range(1, 9))
def test_dp_equals_every_partition_on_random_games(n):
    rng = np.random.default_rng(100 + n)
    for _ in range(3):
        v = rng.normal(0, 10, 1 << n)
        v[0] = 0.0
        v[1 << np.arange(n)] = 0.0
        p, f = best_partition_dp(v)
        assert p.value == pytest.approx(brute(v, n), abs=1e-9)
        assert sorted(i for g in p.groups for i in range(n) if g >> i & 1) == list(range(n))
        assert sum(v[g] for g in p.groups) == pytest.approx(p.value)
        assert f[-1] == pytest.approx(p.value)


@pytest.mark.parametrize("n", [6, 8, 10])
def test_column_generation_equals_dp_and_bounds_it(n):
    rng = np.random.default_rng(7 + n)
    v = rng.normal(0, 10, 1 << n)
    v[0] = 0.0
    v[1 << np.arange(n)] = 0.0
    exact, _ = best_partition_dp(v)
    cg = best_partition_colgen(v)
    assert cg.bound >= exact.value - 1e-7
    assert cg.value <= exact.value + 1e-7
    assert cg.value == pytest.approx(exact.value, abs=1e-6)  # these small games are solved to optimality


@pytest.mark.parametrize("seed,n", [(0, 3), (1, 4), (2, 5), (3, 6), (4, 7), (5, 8), (6, 8)])
def test_structures_of_random_pools_against_brute_force(seed, n):
    rng = np.random.default_rng(seed)
    s = random_pool(rng, n)
    pricer = PoolPricer.of(s)
    costs = pricer.all_costs()
    v = savings_game(costs)
    adv = advise_structure(s, costs, v, pricer)
    assert adv.best.net_savings == pytest.approx(brute(v, n), abs=1e-6)
    assert adv.grand.net_savings == pytest.approx(v[-1])
    for g in adv.best.groups + adv.grand.groups:
        assert sum(g.split) == pytest.approx(g.net_savings, abs=1e-6)
        assert g.stable == core_nonempty_lp(v, list(g.members))
    stable = adv.best_stable if adv.best_stable is not None else adv.best
    assert adv.stable_search_complete
    assert stable.stable
    assert stable.net_savings == pytest.approx(brute(v, n, stable=True), abs=1e-6)


def test_high_coordination_cost_splits_the_pool():
    """Pair-wise coordination cost grows quadratically: a big pool with a heavy per-pair cost is worth
    less than two smaller pools, and the advice says so."""
    rng = np.random.default_rng(3)
    s = random_pool(rng, 6, per_pair=0.0)
    pricer = PoolPricer.of(s)
    v0 = savings_game(pricer.all_costs())
    heavy = random_pool(np.random.default_rng(3), 6, per_pair=float(v0[-1]) / 10)
    pr = PoolPricer.of(heavy)
    c = pr.all_costs()
    v = savings_game(c)
    adv = advise_structure(heavy, c, v, pr)
    assert adv.best.net_savings > adv.grand.net_savings
    assert len(adv.best.groups) > 1
