"""What to ask the suppliers for: per item and quote the tier the pool reaches, the units missing to
the next tier and what reaching it saves, the break-even pooled price, the price at which every partner
still gains, and the discount each supplier would need to win the pool's order.

All prices are per *purchased unit* (list price, the quote's fixed fee apart), amounts in currency.
A pool is a coalition mask (default: all partners). Pooled prices apply to that pool's own order only;
every partner alone and every smaller group keeps buying at the quotes (definitions and references in
docs/methods-advice.md).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..coalitions import PoolPricer, members, popcount
from ..pricing import Schedule, units_needed
from ..splits import rule_savings
from .partition import submasks


@dataclass(frozen=True)
class QuoteTarget:
    """One quote at the pool's order. ``tier`` is 1-based; ``next_*`` are None at the top tier.
    ``discount_to_win``: the uniform cut of all its unit prices (fraction) at which it would be as cheap
    as the current winner (None for the winner; inf when even 100 % is not enough because of its fee);
    ``headroom`` (winner only): how far its unit prices could rise before the runner-up wins."""

    quote_id: str
    supplier: str
    available: bool
    winner: bool
    cost: float  # the pool's order from this quote (inf when it cannot supply it)
    units: int
    tier: int
    tiers: int
    unit_price: float
    next_min_units: int | None
    units_to_next: int | None
    next_unit_price: float | None
    next_tier_saving: float | None  # reaching the next tier: the price cut on the order at that size
    next_tier_extra_cost: float | None  # net cost of ordering up to the next tier (negative: pays)
    ask_saving: float | None  # the next tier's price from the current tier's start, at this order
    discount_to_win: float | None
    headroom: float | None


@dataclass(frozen=True)
class ItemTargets:
    item_id: str
    need: float
    units: int
    cost: float  # the pool's cost of the item (winning quote)
    standalone_cost: float  # Σ over the members buying the item alone
    winner: int  # index into quotes (-1: the pool does not buy it)
    break_even_price: float | None  # pool's net savings > 0 iff the item's pooled unit price is below
    item_break_even_price: float | None  # pooled cost of the item = its stand-alone cost
    all_gain_price: float | None  # every member's share ≥ 0 under the rule up to this price
    quotes: tuple[QuoteTarget, ...]


def _tier_index(sched: Schedule, units: int) -> int:
    return int(np.searchsorted(sched.starts, float(units), side="right") - 1)


def _quote_target(sched: Schedule, quote, u: int, buy_up: bool, best: float) -> QuoteTarget:
    cost_arr, got_arr = sched.cost(np.array([u]), buy_up)
    cost, got = float(cost_arr[0]), int(got_arr[0])
    if not np.isfinite(cost) or u <= 0:
        return QuoteTarget(quote.id, quote.supplier, False, False, float("inf"), u, 0, len(sched.starts),
                           float("nan"), None, None, None, None, None, None, None, None)
    t = _tier_index(sched, got)
    price = float(sched.prices[t])
    nxt = units_to = nprice = saving = extra = ask = None
    if t + 1 < len(sched.starts):
        s_next = int(sched.starts[t + 1])
        nxt, units_to, nprice = s_next, max(0, s_next - got), float(sched.prices[t + 1])
        at_next = float(sched.cost_exact(np.array([s_next]))[0])
        now = float(sched.cost_exact(np.array([got]))[0])
        if np.isfinite(at_next):
            saving = now + (s_next - got) * price - at_next
            extra = at_next - now
        in_tier = got if not sched.incremental else got - int(sched.starts[t]) + 1
        ask = in_tier * (price - nprice)
    # uniform factor on every unit price; the fee stays. Options: the exact order and, with buying
    # up, every larger break; the cheapest option scales with the factor.
    opts = [got] if not buy_up else [u] + [int(b) for b in sched.breaks if b > u]
    var = np.array([float(sched.cost_exact(np.array([o]))[0]) - sched.fee for o in opts])
    var = var[np.isfinite(var) & (var > 0)]
    win = cost <= best * (1 + 1e-12)
    disc = head = None
    if len(var):
        if win:
            head = None
        elif best - sched.fee <= 0:
            disc = float("inf")
        else:
            disc = float(max(0.0, 1.0 - (best - sched.fee) / var.min()))
    return QuoteTarget(quote.id, quote.supplier, True, False, cost, got, t + 1, len(sched.starts), price,
                       nxt, units_to, nprice, saving, extra, ask, disc, head)


def _shares(pricer: PoolPricer, costs: np.ndarray, coordination: np.ndarray, group: int, k: int,
            pooled_item_cost: float, rule: str, mode: str) -> np.ndarray:
    """The rule's savings shares in ``group`` when item k costs the pool ``pooled_item_cost``."""
    s = pricer.scenario
    n = s.n
    who = members(group, n)
    sm = submasks(group, n)
    sub = costs[sm].copy()
    need = pricer.demand[who].sum(axis=0)
    base_k = float(pricer.item_costs(k, need[k:k + 1])[0])
    sub[-1] += pooled_item_cost - base_k
    price = np.zeros(len(need))
    for j in range(len(need)):
        if need[j] > 0:
            price[j] = (pooled_item_cost if j == k else float(pricer.item_costs(j, need[j:j + 1])[0])) / need[j]
    value = pricer.demand[who] @ price
    weights = value / value.sum() if value.sum() > 0 else np.full(len(who), 1 / len(who))
    pct = s.sharing.custom_percentages
    custom = np.array([pct.get(s.partners[i].id, 0.0) for i in who]) if pct else None
    return rule_savings(rule, sub, coordination[sm], mode, weights, custom)


def all_gain_price(pricer: PoolPricer, costs: np.ndarray, group: int, k: int, units: int, fee: float,
                   hi: float, rel_tol: float = 1e-6) -> float | None:
    """The highest pooled unit price of item k at which every member's share under the scenario's rule
    is ≥ 0, by bisection on that predicate over [0, hi] (hi: the break-even price, where the shares
    sum to 0). None when even a price of 0 leaves some member worse off than alone."""
    s = pricer.scenario
    rule = s.sharing.rule
    if rule == "custom" and not s.sharing.custom_percentages:
        rule = "shapley"
    coordination = pricer.coordination(popcount(np.arange(len(costs))))
    tol = 1e-9 * max(1.0, float(costs[group]))

    def ok(p: float) -> bool:
        x = _shares(pricer, costs, coordination, group, k, units * p + fee, rule, s.sharing.coordination)
        return bool(x.min() >= -tol)

    lo = 0.0
    if not ok(lo):
        return None
    if ok(hi):
        return hi
    while hi - lo > max(0.005, rel_tol * hi):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if ok(mid) else (lo, mid)
    return lo


def item_targets(pricer: PoolPricer, costs: np.ndarray, group: int | None = None,
                 with_all_gain: bool = True) -> tuple[ItemTargets, ...]:
    """Negotiation targets for every item the pool ``group`` (mask; default all) buys. ``costs``: the
    coalition costs over all 2ⁿ masks (only the group, its members and, for the all-gain price, its
    sub-groups are read)."""
    s = pricer.scenario
    n = s.n
    group = (1 << n) - 1 if group is None else group
    who = members(group, n)
    single = costs[1 << np.array(who)]
    total_alone = float(single.sum())
    pool_cost = float(costs[group])
    need = pricer.demand[who].sum(axis=0)
    out = []
    for k, it in enumerate(s.items):
        if need[k] <= 0:
            continue
        quotes = s.quotes_for(it.id)
        u = int(units_needed(need[k], it.capacity_per_unit))
        buy = pricer.item_purchase(k, np.array([need[k]]))
        w, cost = int(buy.quote[0]), float(buy.cost[0])
        alone = float(sum(pricer.item_costs(k, pricer.demand[i, k:k + 1])[0] for i in who if pricer.demand[i, k] > 0))
        targets = [_quote_target(pricer.schedules[k][j], q, u, s.buy_up, cost) for j, q in enumerate(quotes)]
        be = item_be = gain = None
        if w >= 0:
            targets[w] = _winner(targets[w], pricer.schedules[k][w], u, s.buy_up,
                                 min((t.cost for j, t in enumerate(targets) if j != w and t.available),
                                     default=float("inf")))
            sched = pricer.schedules[k][w]
            got = int(buy.units[0])
            be = (total_alone - (pool_cost - cost) - sched.fee) / got
            item_be = (alone - sched.fee) / got
            if with_all_gain and len(who) > 1 and be > 0:
                gain = all_gain_price(pricer, costs, group, k, got, sched.fee, be)
        out.append(ItemTargets(it.id, float(need[k]), u, cost, alone, w, be, item_be, gain, tuple(targets)))
    return tuple(out)


def _winner(t: QuoteTarget, sched: Schedule, u: int, buy_up: bool, runner_up: float) -> QuoteTarget:
    from dataclasses import replace

    head = None
    var = t.cost - sched.fee
    if np.isfinite(runner_up) and var > 0:
        head = float((runner_up - sched.fee) / var - 1.0)
    return replace(t, winner=True, discount_to_win=None, headroom=head)
