"""A whole result rounded to the cent at once, so that every identity a reader can check still holds.

Rounding each figure (or each list) on its own breaks sums: a partner's cost plus its savings misses
its stand-alone cost by a cent, the item costs miss the purchase cost. :func:`money_table` rounds an
:class:`~coop_calc.analysis.Analysis` once, by the policy of :mod:`coop_calc.money`, deriving every
dependent figure from rounded ones instead of rounding it separately. In whole cents:

* ``standalone[i]`` — the partners' stand-alone costs, by largest remainder to the rounded sum of
  their exact values; ``total_standalone = Σ standalone``;
* ``purchases_alone[i]`` — partner i's own purchases, by largest remainder to ``standalone[i]``;
* ``item_cost`` — the pool's item costs, by largest remainder; ``purchase_cost = Σ item_cost``;
* ``coordination_cost`` rounded on its own; ``pooled_cost = purchase_cost + coordination_cost``;
* ``gross_savings = total_standalone − purchase_cost``; ``savings = total_standalone − pooled_cost``;
* ``item_standalone[k] = Σ_i purchases_alone[i][k]``; ``item_savings = item_standalone − item_cost``
  (so the item savings add up to ``gross_savings``);
* per rule: ``split_savings`` by largest remainder to ``savings`` and ``split_cost = standalone −
  split_savings`` (so the costs add up to ``pooled_cost``);
* leaving one partner: the rest's ``pool_cost`` rounded, its ``savings = total_standalone −
  standalone[i] − pool_cost`` and ``savings_lost = savings − that``;
* a coalition S: ``cost`` rounded (the whole pool: ``pooled_cost``; one partner: its stand-alone
  cost), ``standalone = Σ_{i∈S} standalone[i]``, ``savings = standalone − cost``.

Each figure lies within a cent or two of its exact value (an item's stand-alone total within a cent
per partner that buys it). Amounts are floats in the scenario's currency, exact to the cent in decimal.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from .analysis import Analysis
from .money import apportion_cents, from_cents, round_to_total, to_cents
from .recent import Recent


def _amounts(units) -> tuple[float, ...]:
    return tuple(from_cents(u) for u in units)


@dataclass(frozen=True)
class MoneyTable:
    """The reconciled, rounded figures of one analysis (see the module docstring for the identities)."""

    currency: str
    standalone: tuple[float, ...]  # per partner
    purchases_alone: tuple[tuple[float, ...], ...]  # per partner, in the order of its purchases
    item_cost: tuple[float, ...]  # per pooled item (order of SavingsReport.items)
    item_standalone: tuple[float, ...]
    item_savings: tuple[float, ...]
    total_standalone: float
    purchase_cost: float
    coordination_cost: float
    pooled_cost: float
    gross_savings: float
    savings: float
    split_savings: dict[str, tuple[float, ...]]  # rule → per partner, sums to savings
    split_cost: dict[str, tuple[float, ...]]  # rule → per partner, sums to pooled_cost
    leave_pool_cost: tuple[float, ...]  # per partner leaving
    leave_savings: tuple[float, ...]
    leave_savings_lost: tuple[float, ...]

    @cached_property
    def _standalone_cents(self) -> list[int]:
        return [to_cents(x) for x in self.standalone]

    @cached_property
    def _share_cents(self) -> dict[str, list[int]]:
        return {rule: [to_cents(x) for x in xs] for rule, xs in self.split_savings.items()}

    def coalition_row(self, mask: int, cost: float, rule: str) -> tuple[float, float, float, float, float]:
        """(cost, members' stand-alone total, savings, savings received under ``rule``, complaint) of
        the coalition ``mask`` with exact ``cost``, consistent with the rest of the table (the whole pool
        costs ``pooled_cost``; a partner alone its ``standalone``; members receive the Σ of their rounded
        shares): savings = stand-alone − cost and complaint = savings − received hold to the cent."""
        n = len(self.standalone)
        idx = [i for i in range(n) if mask >> i & 1]
        alone = sum(self._standalone_cents[i] for i in idx)
        got = sum(self._share_cents[rule][i] for i in idx)
        if mask == (1 << n) - 1:
            c = to_cents(self.pooled_cost)
        elif len(idx) == 1:
            c = alone
        else:
            c = to_cents(cost)
        return (from_cents(c), from_cents(alone), from_cents(alone - c), from_cents(got),
                from_cents(alone - c - got))

    def all_coalitions(self, costs: np.ndarray, rule: str | None = None
                       ) -> tuple[list[int], list[int], list[int] | None]:
        """For every coalition mask (index = mask, ``costs`` = all 2ⁿ exact coalition costs): its cost,
        its members' stand-alone total and (with ``rule``) the savings its members receive, in whole
        cents, each as :meth:`coalition_row` gives it. O(2ⁿ)."""
        n = len(self.standalone)
        alone_c = self._standalone_cents
        share_c = self._share_cents[rule] if rule is not None else None
        size = 1 << n
        alone = [0] * size
        got = [0] * size if share_c is not None else None
        cost = [0] * size
        for m in range(1, size):
            low = (m & -m).bit_length() - 1
            alone[m] = alone[m & (m - 1)] + alone_c[low]
            if got is not None and share_c is not None:
                got[m] = got[m & (m - 1)] + share_c[low]
            cost[m] = alone_c[low] if m == 1 << low else to_cents(float(costs[m]))
        if n:
            cost[size - 1] = to_cents(self.pooled_cost)
        return cost, alone, got


_RECENT: Recent[Analysis, MoneyTable] = Recent(4)


def money_table(a: Analysis) -> MoneyTable:
    """Round the figures of ``a`` once, consistently (see the module docstring). An analysis is never
    changed, so the table of one that was rounded lately (every result page and the results panel
    show the same one after an edit) is given again."""
    done = _RECENT.get(a)
    return done if done is not None else _RECENT.put(a, _money_table(a))


def _money_table(a: Analysis) -> MoneyTable:
    r = a.savings
    alone_exact = [p.standalone_cost for p in r.partners]
    alone = [to_cents(x) for x in round_to_total(alone_exact)] if alone_exact else []
    total = sum(alone)
    rows = [apportion_cents([pur.cost for pur in p.purchases], s) if p.purchases else []
            for p, s in zip(r.partners, alone)]
    item_index = {pur.item_id: k for k, pur in enumerate(r.items)}
    item_alone = [0] * len(r.items)
    for p, row in zip(r.partners, rows):
        for pur, c in zip(p.purchases, row):
            item_alone[item_index[pur.item_id]] += c
    items = [to_cents(x) for x in round_to_total([pur.cost for pur in r.items])] if r.items else []
    purchase = sum(items)
    coord = to_cents(r.coordination_cost)
    pooled = purchase + coord
    savings = total - pooled
    split_sav: dict[str, tuple[float, ...]] = {}
    split_cost: dict[str, tuple[float, ...]] = {}
    if a.splits is not None:
        for rule, sp in a.splits.splits.items():
            # shares of the savings measured from the rounded stand-alone costs, so that each partner's
            # rounded cost lies within a cent of its exact cost
            wanted = [from_cents(s) - float(c) for s, c in zip(alone, np.asarray(sp.cost, dtype=float))]
            x = apportion_cents(wanted, savings)
            split_sav[rule] = _amounts(x)
            split_cost[rule] = _amounts(s - xi for s, xi in zip(alone, x))
    lo_cost, lo_sav, lo_lost = [], [], []
    for i, e in enumerate(r.leave_one_out):
        c = to_cents(e.pool_cost) if len(alone) > 1 else 0
        sw = (total - alone[i] - c) if len(alone) > 1 else 0
        lo_cost.append(c)
        lo_sav.append(sw)
        lo_lost.append(savings - sw)
    return MoneyTable(
        currency=r.currency, standalone=_amounts(alone), purchases_alone=tuple(_amounts(row) for row in rows),
        item_cost=_amounts(items), item_standalone=_amounts(item_alone),
        item_savings=_amounts(s - c for s, c in zip(item_alone, items)),
        total_standalone=from_cents(total), purchase_cost=from_cents(purchase), coordination_cost=from_cents(coord),
        pooled_cost=from_cents(pooled), gross_savings=from_cents(total - purchase), savings=from_cents(savings),
        split_savings=split_sav, split_cost=split_cost, leave_pool_cost=_amounts(lo_cost),
        leave_savings=_amounts(lo_sav), leave_savings_lost=_amounts(lo_lost))
