"""What each coalition that can form after drop-outs pays: the split of its cost and its purchases.

A trial's pool is the coalition of the partners who go ahead (a bitmask, partner i ↔ bit i). Its
terms — each member's cost share under the scenario's rule applied to *that* coalition, each item's
purchase cost and units, and 1 / the coalition's need of each item — are computed once per distinct
coalition and kept as rows of tables, so that a chunk of trials gathers its rows by index instead
of looping over coalitions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..coalitions import PoolPricer, members, popcount, subset_sums
from ..model import Scenario
from ..splits import rule_savings


@dataclass(frozen=True)
class CoalitionTerms:
    """What a realised coalition pays: each member's cost share (currency), each item's purchase
    cost and units, and each member's volume share of each item (members × items)."""

    members: tuple[int, ...]
    share: np.ndarray
    item_cost: np.ndarray
    item_units: np.ndarray
    weight: np.ndarray


class PoolTerms:
    """Tables over the coalitions met so far, one row per coalition (rows never move):

    * ``share[r, i]`` – member i's cost share (currency; 0 for non-members);
    * ``item_cost[r, k]``, ``item_units[r, k]`` – the coalition's purchase of item k;
    * ``inv_volume[r, k]`` – 1 / the coalition's need of item k (0 where it needs none), so that
      member i's volume share of item k is ``demand[i, k] · inv_volume[r, k]``.
    """

    def __init__(self, scenario: Scenario, pricer: PoolPricer, costs: np.ndarray):
        self.s, self.pricer, self.costs = scenario, pricer, costs
        n, k = pricer.demand.shape
        self.n, self.k = n, k
        self.index: dict[int, int] = {}
        self.share = np.zeros((0, n))
        self.item_cost = np.zeros((0, k))
        self.item_units = np.zeros((0, k))
        self.inv_volume = np.zeros((0, k))
        pct = scenario.sharing.custom_percentages
        self.custom = np.array([pct.get(p.id, 0.0) for p in scenario.partners]) if pct else None

    def rows(self, masks: np.ndarray) -> np.ndarray:
        """The table row of each mask (int64 array, any shape), tabulating new coalitions first.
        Mask 0 (nobody goes ahead) must not occur."""
        uniq, back = np.unique(np.asarray(masks, dtype=np.int64), return_inverse=True)
        new = [m for m in uniq.tolist() if m not in self.index]
        if new:
            self.add(new)
        return np.array([self.index[m] for m in uniq.tolist()], dtype=np.intp)[back].reshape(np.shape(masks))

    def add(self, masks: list[int]) -> None:
        """Tabulate the coalitions ``masks`` (new, non-empty): purchases for all at once, then the
        sharing rule on each coalition's sub-game."""
        q = self.pricer.demand
        m = np.asarray(masks, dtype=np.int64)
        bits = ((m[:, None] >> np.arange(self.n)) & 1).astype(bool)
        vol = np.zeros((len(m), self.k))
        for i in range(self.n):  # in member order, as q[who].sum(axis=0): the same sums bit for bit
            vol[bits[:, i]] += q[i]
        cost = np.empty_like(vol)
        units = np.empty_like(vol)
        for kk in range(self.k):
            bought = self.pricer.item_purchase(kk, vol[:, kk])
            cost[:, kk], units[:, kk] = bought.cost, bought.units
        with np.errstate(invalid="ignore", divide="ignore"):
            inv = np.where(vol > 0, 1.0 / np.where(vol > 0, vol, 1.0), 0.0)
            price = np.where(vol > 0, cost / np.where(vol > 0, vol, 1.0), 0.0)
        share = np.zeros((len(m), self.n))
        for r, mask in enumerate(masks):
            who = members(mask, self.n)
            share[r, who] = self._split(mask, who, price[r])
        base = len(self.index)
        self.share = np.vstack([self.share, share])
        self.item_cost = np.vstack([self.item_cost, cost])
        self.item_units = np.vstack([self.item_units, units])
        self.inv_volume = np.vstack([self.inv_volume, inv])
        for r, mask in enumerate(masks):
            self.index[mask] = base + r

    def _split(self, mask: int, who: list[int], price: np.ndarray) -> np.ndarray:
        """Cost share of each member of the coalition ``mask`` under the scenario's rule (currency)."""
        if len(who) == 1:
            return self.costs[mask:mask + 1].copy()
        sub = subset_sums(np.array([1 << i for i in who], dtype=np.int64))
        sub_costs = self.costs[sub]
        coord = self.pricer.coordination(popcount(sub))
        # volume weights as splits.volume_weights: each member's basket at the coalition's prices
        value = self.pricer.demand[who] @ price
        total = value.sum()
        weights = value / total if total > 0 else np.full(len(who), 1.0 / len(who))
        custom = self.custom[who] if self.custom is not None else None
        x = rule_savings(self.s.sharing.rule, sub_costs, coord, self.s.sharing.coordination, weights, custom)
        return sub_costs[1 << np.arange(len(who))] - x

    def terms(self, mask: int) -> CoalitionTerms:
        """The terms of one coalition (tabulated if new)."""
        r = int(self.rows(np.array([mask]))[0])
        who = members(mask, self.n)
        weight = self.pricer.demand[who] * self.inv_volume[r][None, :]
        return CoalitionTerms(tuple(who), self.share[r, who].copy(), self.item_cost[r].copy(),
                              self.item_units[r].copy(), weight)


def expected_costs_under_dropout(scenario: Scenario, terms: PoolTerms,
                                 between: Callable[[], None] | None = None) -> list[float] | None:
    """Exact E[cost share of i | i goes ahead], enumerating every drop-out pattern (n ≤ 10, 8 with
    the nucleolus); None for larger pools. NaN for a partner who never goes ahead. ``between()`` is
    called between batches of coalitions split (it may raise to stop the work)."""
    n = scenario.n
    if n > (8 if scenario.sharing.rule == "nucleolus" else 10):
        return None
    p = np.array([pt.dropout_probability for pt in scenario.partners])
    masks = np.arange(1, 1 << n, dtype=np.int64)
    bits = ((masks[:, None] >> np.arange(n)) & 1).astype(bool)
    prob = np.where(bits, 1 - p, p).prod(axis=1)
    masks, prob = masks[prob > 0], prob[prob > 0]
    out = np.zeros(n)
    if len(masks):
        rows = []
        for lo in range(0, len(masks), 64):
            if between is not None:
                between()
            rows.append(terms.rows(masks[lo:lo + 64]))
        share = terms.share[np.concatenate(rows)]  # after every batch: each may extend the tables
        for r in range(len(masks)):  # in mask order, as a sum over patterns
            out += prob[r] * share[r]
    go = 1 - p
    return [float(out[i] / go[i]) if go[i] > 0 else float("nan") for i in range(n)]
