"""What pooling saves: stand-alone versus pooled purchases, per partner and per item.

Amounts in the scenario's currency. ``savings = total_standalone_cost − pooled_cost``, where the
pooled cost includes the pool's coordination cost; ``gross_savings`` is the same before coordination.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .coalitions import MAX_EXACT_PARTNERS, PoolPricer, members, popcount, savings_game
from .model import Scenario
from .pricing import price_units, units_needed


@dataclass(frozen=True)
class Purchase:
    """One item bought for a need: the units bought, from which quote, at what cost."""

    item_id: str
    need: float  # in the item's unit of need
    units: int  # purchased units (may exceed the need when buying up is cheaper)
    quote_id: str | None
    supplier: str
    cost: float  # incl. the quote's fixed fee
    unit_price: float  # list price per purchased unit at this order size (fee excluded)
    price_per_need: float  # cost / need: what one unit of need effectively costs


@dataclass(frozen=True)
class PartnerResult:
    id: str
    name: str
    alias: str
    standalone_cost: float
    purchases: tuple[Purchase, ...]  # what the partner would buy alone, per item with demand


@dataclass(frozen=True)
class LeaveEffect:
    """The pool without one partner: its cost and savings, and what the partner's leaving costs the
    pool (its marginal contribution v(N) − v(N∖i))."""

    partner_id: str
    pool_cost: float
    savings: float
    savings_lost: float


@dataclass(frozen=True)
class SavingsReport:
    currency: str
    partners: tuple[PartnerResult, ...]
    items: tuple[Purchase, ...]  # the pool's purchases
    purchase_cost: float
    coordination_cost: float
    pooled_cost: float
    total_standalone_cost: float
    gross_savings: float
    savings: float
    savings_pct: float
    leave_one_out: tuple[LeaveEffect, ...]
    #: best savings achievable by any sub-pool of each size (index k = size k), when the pool is
    #: small enough to enumerate every coalition; else empty
    best_savings_by_size: tuple[float, ...]
    #: smallest pool size whose best sub-pool saves money after coordination cost (None: none does)
    min_paying_pool_size: int | None


def purchases(pricer: PoolPricer, need: np.ndarray) -> tuple[Purchase, ...]:
    """The best purchase of every item with positive need in the vector ``need`` (one per item)."""
    return purchase_table(pricer, np.asarray(need, dtype=float).reshape(1, -1))[0]


def purchase_table(pricer: PoolPricer, needs: np.ndarray) -> list[tuple[Purchase, ...]]:
    """:func:`purchases` of each row of ``needs`` (buyers × items, in the items' units of need), priced
    item by item for all buyers at once."""
    s = pricer.scenario
    rows: list[list[Purchase]] = [[] for _ in range(len(needs))]
    for k, it in enumerate(s.items):
        buying = np.flatnonzero(needs[:, k] > 0)
        if not len(buying):
            continue
        quotes = s.quotes_for(it.id)
        schedules = pricer.schedules[k]
        best = price_units(quotes, units_needed(needs[buying, k], it.capacity_per_unit), s.buy_up, schedules)
        unit_price = np.full(len(buying), np.nan)
        for qi in np.unique(best.quote[best.quote >= 0]):
            at = best.quote == qi
            unit_price[at] = schedules[qi].unit_price(best.units[at])
        for r, row in enumerate(buying):
            qi, need = int(best.quote[r]), float(needs[row, k])
            q = quotes[qi] if qi >= 0 else None
            rows[row].append(Purchase(it.id, need, int(best.units[r]), q.id if q else None, q.supplier if q else "",
                                      float(best.cost[r]), float(unit_price[r]), float(best.cost[r]) / need))
    return [tuple(r) for r in rows]


def savings_report(scenario: Scenario, costs: np.ndarray | None = None,
                   pricer: PoolPricer | None = None) -> SavingsReport:
    """The savings overview. ``costs`` (all 2ⁿ coalition costs) may be passed when already computed;
    without it only the n + 1 + n coalitions needed here are priced (any pool size)."""
    pricer = pricer or PoolPricer.of(scenario)
    n = scenario.n
    full = (1 << n) - 1
    singles = [1 << i for i in range(n)]
    leave = [full & ~(1 << i) for i in range(n)]
    if costs is None:
        c_list = pricer.costs(np.array(singles + [full] + leave, dtype=np.int64)) if n else np.zeros(1)
        c_single, c_full, c_leave = c_list[:n], float(c_list[n]) if n else 0.0, c_list[n + 1:]
    else:
        c_single, c_full, c_leave = costs[singles], float(costs[full]), costs[leave]
    total_alone = float(c_single.sum())
    coord = float(pricer.coordination(np.array([n]))[0])
    d = pricer.demand
    bought = purchase_table(pricer, np.vstack((d, d.sum(axis=0)))) if n else [()]
    partners = tuple(
        PartnerResult(p.id, p.name, scenario.alias_of(i), float(c_single[i]), bought[i])
        for i, p in enumerate(scenario.partners))
    savings = total_alone - c_full
    effects = []
    for i, p in enumerate(scenario.partners):
        alone_rest = total_alone - float(c_single[i])
        sav_without = alone_rest - float(c_leave[i]) if n > 1 else 0.0
        effects.append(LeaveEffect(p.id, float(c_leave[i]), sav_without, savings - sav_without))
    by_size: tuple[float, ...] = ()
    min_size = None
    if costs is not None or n <= min(MAX_EXACT_PARTNERS, 16):
        v = savings_game(costs if costs is not None else pricer.all_costs())
        sizes = popcount(np.arange(1 << n))
        best = np.full(n + 1, -np.inf)
        np.maximum.at(best, sizes, v)
        by_size = tuple(float(x) for x in best)
        paying = [k for k in range(2, n + 1) if best[k] > 1e-9 * max(1.0, total_alone)]
        min_size = paying[0] if paying else None
    return SavingsReport(
        currency=scenario.meta.currency, partners=partners,
        items=bought[n],
        purchase_cost=c_full - coord, coordination_cost=coord, pooled_cost=c_full,
        total_standalone_cost=total_alone, gross_savings=savings + coord, savings=savings,
        savings_pct=100.0 * savings / total_alone if total_alone > 0 else 0.0,
        leave_one_out=tuple(effects), best_savings_by_size=by_size, min_paying_pool_size=min_size)


def coalition_label(scenario: Scenario, mask: int, anonymous: bool = False) -> list[str]:
    """Names (or aliases) of the partners in a coalition mask."""
    return [scenario.alias_of(i) if anonymous else scenario.partners[i].name for i in members(mask, scenario.n)]
