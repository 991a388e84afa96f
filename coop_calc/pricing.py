"""Pricing of orders: tier schedules, fixed fees, order limits, buying up, best quote per item.

All functions are vectorised over arrays of order sizes. An order size is a whole number of
purchased units; a need (in the item's unit, e.g. machine-hours) becomes
``units = ceil(need / capacity_per_unit)``. Costs are in the scenario's currency. A quote that cannot
supply an order size gives ``inf`` for it; an order of 0 units costs 0 (nothing is ordered).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .model import INCREMENTAL, Item, Quote

#: Needs are divided by capacity and rounded up; this tolerance keeps 3 × (1/3) from becoming 2.
_UNIT_TOL = 1e-9


def units_needed(need: np.ndarray | float, capacity_per_unit: float) -> np.ndarray:
    """Purchased units that cover ``need`` (ceil(need / capacity), robust to float noise)."""
    return np.ceil(np.asarray(need, dtype=float) / capacity_per_unit - _UNIT_TOL).clip(min=0).astype(np.int64)


@dataclass(frozen=True)
class Schedule:
    """A quote's price schedule prepared for vectorised evaluation."""

    starts: np.ndarray  # tier start (units), ascending
    prices: np.ndarray  # unit price of each tier
    base: np.ndarray  # incremental: cost of all units below the tier's start
    incremental: bool
    fee: float
    min_order: float
    max_order: float
    #: order sizes worth buying up to (tier starts and the minimum order) and their costs
    breaks: np.ndarray
    break_suffix_cost: np.ndarray  # cheapest cost among breaks[j:], inf past the end
    break_suffix_units: np.ndarray  # units bought for that cheapest break

    @classmethod
    def of(cls, quote: Quote) -> "Schedule":
        starts = np.array([t.min_quantity for t in quote.tiers], dtype=float)
        prices = np.array([t.unit_price for t in quote.tiers], dtype=float)
        incremental = quote.schedule == INCREMENTAL
        if incremental:
            starts[0] = 1.0  # validation guarantees the first tier starts at 0 or 1
        base = np.concatenate(([0.0], np.cumsum(np.diff(starts) * prices[:-1])))
        lo = max(quote.min_order or 0.0, 1.0)
        hi = quote.max_order if quote.max_order is not None else np.inf
        sched = cls(starts, prices, base, incremental, float(quote.fixed_fee), lo, hi,
                    np.empty(0), np.empty(0), np.empty(0, dtype=np.int64))
        cand = np.unique(np.concatenate((starts, [lo])))
        cand = cand[(cand >= lo) & (cand <= hi) & (cand >= 1)]
        cost = sched.cost_exact(cand.astype(np.int64))
        # suffix minimum (cheapest from j on) and where it is attained
        suffix_cost = np.full(len(cand) + 1, np.inf)
        suffix_units = np.zeros(len(cand) + 1, dtype=np.int64)
        for j in range(len(cand) - 1, -1, -1):  # a handful of tiers: a plain loop is clearest
            if cost[j] <= suffix_cost[j + 1]:
                suffix_cost[j], suffix_units[j] = cost[j], int(cand[j])
            else:
                suffix_cost[j], suffix_units[j] = suffix_cost[j + 1], suffix_units[j + 1]
        object.__setattr__(sched, "breaks", cand)
        object.__setattr__(sched, "break_suffix_cost", suffix_cost)
        object.__setattr__(sched, "break_suffix_units", suffix_units)
        return sched

    def cost_exact(self, units: np.ndarray) -> np.ndarray:
        """Cost of buying exactly ``units`` (inf where the quote cannot supply it; 0 for 0 units)."""
        u = np.asarray(units, dtype=np.int64)
        uf = u.astype(float)
        idx = np.searchsorted(self.starts, uf, side="right") - 1
        ok = (idx >= 0) & (uf >= self.min_order) & (uf <= self.max_order)
        k = np.clip(idx, 0, None)
        if self.incremental:
            cost = self.base[k] + (uf - self.starts[k] + 1.0) * self.prices[k]
        else:
            cost = uf * self.prices[k]
        cost = np.where(ok, cost + self.fee, np.inf)
        return np.where(u == 0, 0.0, cost)

    def unit_price(self, units: np.ndarray) -> np.ndarray:
        """The list price per purchased unit at orders of ``units`` (the average price for incremental
        schedules, fixed fee excluded; NaN for no units)."""
        u = np.asarray(units, dtype=np.int64)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(u > 0, (self.cost_exact(u) - self.fee) / u, np.nan)

    def cost(self, units: np.ndarray, buy_up: bool) -> tuple[np.ndarray, np.ndarray]:
        """Cheapest way to get at least ``units``: (cost, units bought). Buying up considers every
        larger tier start or minimum order when ``buy_up`` is true."""
        u = np.asarray(units, dtype=np.int64)
        cost = self.cost_exact(u)
        bought = u.copy()
        if buy_up and len(self.breaks):
            j = np.searchsorted(self.breaks, u.astype(float), side="right")
            up_cost = self.break_suffix_cost[j]
            better = (up_cost < cost) & (u > 0)
            cost = np.where(better, up_cost, cost)
            bought = np.where(better, self.break_suffix_units[j], bought)
        return cost, bought


@dataclass(frozen=True)
class ItemPrice:
    """Best purchase for each order size: cost (currency), quote index (-1: nothing ordered or not
    available), units bought."""

    cost: np.ndarray
    quote: np.ndarray
    units: np.ndarray


def price_units(quotes: Sequence[Quote], units: np.ndarray, buy_up: bool,
                schedules: Sequence[Schedule] | None = None) -> ItemPrice:
    """The cheapest available quote for each order size in ``units`` (first quote wins ties)."""
    u = np.asarray(units, dtype=np.int64)
    best = np.where(u == 0, 0.0, np.inf)
    which = np.full(u.shape, -1, dtype=np.int64)
    bought = np.zeros(u.shape, dtype=np.int64)
    for qi, sched in enumerate(schedules or [Schedule.of(q) for q in quotes]):
        cost, got = sched.cost(u, buy_up)
        better = (cost < best) & (u > 0)
        best = np.where(better, cost, best)
        which = np.where(better, qi, which)
        bought = np.where(better, got, bought)
    return ItemPrice(best, which, bought)


def price_need(item: Item, quotes: Sequence[Quote], need: np.ndarray | float, buy_up: bool) -> ItemPrice:
    """Best purchase covering ``need`` (in the item's unit of need)."""
    return price_units(quotes, units_needed(need, item.capacity_per_unit), buy_up)


def unit_price_at(quote: Quote, units: int) -> float:
    """The list price per purchased unit that applies at an order of ``units`` (average price for
    incremental schedules, fixed fee excluded)."""
    return float(Schedule.of(quote).unit_price(np.array([units]))[0])
