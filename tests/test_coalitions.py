"""Coalition costs and the savings game: hand references, a slow oracle, properties."""

import math

import numpy as np
from builders import quote, scenario
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coop_calc.coalitions import PoolPricer, game, savings_game
from coop_calc.model import Coordination, Item


def test_two_partner_pool_by_hand():
    # A needs 3, B needs 2 units; all-units 1→100, 5→80, fee 50 per order.
    s = scenario({"A": {"x": 3}, "B": {"x": 2}}, [quote("q", "x", [(1, 100), (5, 80)], fee=50)],
                 coordination=Coordination(fixed=10, per_member=5, per_pair=2))
    c = PoolPricer.of(s).all_costs()
    assert c.tolist() == [0.0, 350.0, 250.0, 450.0 + 10 + 2 * 5 + 2]
    v = savings_game(c)
    assert v.tolist() == [0.0, 0.0, 0.0, 600.0 - 472.0]


def test_three_partners_shared_machine_by_hand():
    # a machine covers 4000 h; needs 1500, 2000, 3000 h; price 1→100k, 2→90k per machine, fee 5k
    item = Item(id="m", name="Printer", capacity_per_unit=4000)
    s = scenario({"A": {"m": 1500}, "B": {"m": 2000}, "C": {"m": 3000}},
                 [quote("q", "m", [(1, 100_000), (2, 90_000)], fee=5_000)], items=[item])
    c = PoolPricer.of(s).all_costs()
    alone = 105_000.0
    assert c[0b001] == c[0b010] == c[0b100] == alone
    assert c[0b011] == alone          # 3500 h: one machine
    assert c[0b101] == 185_000.0      # 4500 h: two machines at 90k + fee
    assert c[0b111] == 185_000.0      # 6500 h: two machines
    v = game(s)
    assert v[0b011] == alone and v[0b111] == 3 * alone - 185_000.0


def slow_cost(s, members):
    """Independent per-coalition reference: loop over units and tiers in plain Python."""
    total = 0.0
    for it in s.items:
        need = sum(s.demand.get((s.partners[i].id, it.id), 0.0) for i in members)
        units = math.ceil(round(need / it.capacity_per_unit, 9))
        if units == 0:
            continue
        best = math.inf
        for q in s.quotes_for(it.id):
            lo = max(q.min_order or 1, 1)
            hi = q.max_order if q.max_order is not None else math.inf
            options = [units] + ([int(t.min_quantity) for t in q.tiers if t.min_quantity > units]
                                 + ([int(lo)] if lo > units else []) if s.buy_up else [])
            for u in options:
                if not lo <= u <= hi:
                    continue
                if q.schedule == "all_units":
                    tier = [t for t in q.tiers if t.min_quantity <= u]
                    if not tier:
                        continue
                    c = u * tier[-1].unit_price
                else:
                    c = 0.0
                    for j in range(1, u + 1):
                        c += [t for t in q.tiers if max(t.min_quantity, 1) <= j or t is q.tiers[0]][-1].unit_price
                best = min(best, c + q.fixed_fee)
        total += best
    k = len(members)
    co = s.coordination
    return total + (co.fixed + co.per_member * k + co.per_pair * k * (k - 1) / 2 if k >= 2 else 0.0)


@st.composite
def pools(draw, max_partners=5, fees=True, limits=True, nonincreasing=False, coordination=True):
    n = draw(st.integers(1, max_partners))
    n_items = draw(st.integers(1, 3))
    quotes, items = [], []
    for k in range(n_items):
        cap = draw(st.sampled_from([1.0, 1.0, 2.5, 100.0]))
        items.append(Item(id=f"i{k}", name=f"item {k}", capacity_per_unit=cap))
        for j in range(draw(st.integers(1, 3))):
            n_t = draw(st.integers(1, 4))
            starts = sorted(draw(st.sets(st.integers(2, 40), min_size=n_t - 1, max_size=n_t - 1)))
            prices = draw(st.lists(st.integers(1, 500), min_size=n_t, max_size=n_t))
            if nonincreasing:
                prices = sorted(prices, reverse=True)
            sched = draw(st.sampled_from(["all_units", "incremental"]))
            lo = hi = None
            if limits and draw(st.booleans()):
                lo = draw(st.integers(1, 5))
                hi = None if draw(st.booleans()) else lo + draw(st.integers(0, 200))
            quotes.append(quote(f"q{k}{j}", f"i{k}", list(zip([1] + starts, prices)), schedule=sched,
                                fee=draw(st.integers(0, 300)) if fees else 0, min_order=lo, max_order=hi))
        # a fallback quote without limits so that every order can be priced
        quotes.append(quote(f"f{k}", f"i{k}", [(1, 1000)], fee=0))
    demand = {f"P{i}": {f"i{k}": draw(st.integers(0, 30)) * draw(st.sampled_from([1, 0.5])) for k in range(n_items)}
              for i in range(n)}
    co = Coordination(*[draw(st.integers(0, 50)) for _ in range(3)]) if coordination else Coordination()
    return scenario(demand, quotes, items=items, coordination=co, buy_up=draw(st.booleans()))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pools())
def test_vectorised_costs_equal_slow_reference(s):
    c = PoolPricer.of(s).all_costs(chunk_bits=2)  # small chunks exercise the chunk arithmetic
    for mask in range(1 << s.n):
        members = [i for i in range(s.n) if mask >> i & 1]
        assert math.isclose(c[mask], slow_cost(s, members), rel_tol=1e-12, abs_tol=1e-9), mask


@settings(max_examples=60, deadline=None)
@given(pools())
def test_empty_and_single_coalitions_save_nothing(s):
    v = game(s)
    assert v[0] == 0.0
    assert all(v[1 << i] == 0.0 for i in range(s.n))


@settings(max_examples=80, deadline=None)
@given(pools(limits=False, nonincreasing=True, coordination=False))
def test_pooling_never_costs_more_with_nonincreasing_prices(s):
    # with buy-up (or capacity 1) and no order maximum, non-increasing unit prices make pooling pay
    if not s.buy_up and any(it.capacity_per_unit != 1 for it in s.items):
        s = type(s)(**{**s.__dict__, "buy_up": True})
    c = PoolPricer.of(s).all_costs()
    full = (1 << s.n) - 1
    assert c[full] <= sum(c[1 << i] for i in range(s.n)) + 1e-9
    assert np.all(game(s) >= -1e-9)


def test_chunked_and_direct_costs_agree_on_a_larger_pool():
    rng = np.random.default_rng(7)
    n = 10
    demand = {f"P{i}": {f"i{k}": int(rng.integers(0, 20)) for k in range(4)} for i in range(n)}
    quotes = [quote(f"q{k}", f"i{k}", [(1, 100), (10, 90), (40, 75)], fee=200) for k in range(4)]
    s = scenario(demand, quotes, coordination=Coordination(100, 20, 5))
    pricer = PoolPricer.of(s)
    all_c = pricer.all_costs(chunk_bits=4)
    masks = rng.integers(0, 1 << n, size=200)
    assert np.allclose(pricer.costs(masks), all_c[masks])
