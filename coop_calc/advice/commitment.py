"""What each partner's commitment is worth to the pool: the tiers and savings lost if it leaves, and
the smallest volume per item it must commit for the pool to keep its tiers.

"Keeps its tier": the pool still buys the item from the same quote at the same or a better tier.
Volumes are in the item's unit of need, in whole units of need (a need of 3.5 machine-hours counts as
the 4 that cover it); amounts in currency.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..coalitions import PoolPricer, members


@dataclass(frozen=True)
class ItemCommitment:
    item_id: str
    need: float  # the partner's need
    min_need: float  # smallest need that keeps the pool's quote and tier (≤ need)
    tier_lost: bool  # without the partner the pool drops to a lower tier or another quote
    price_per_need_with: float
    price_per_need_without: float | None  # None when nobody else needs the item


@dataclass(frozen=True)
class PartnerCommitment:
    index: int
    savings_lost: float  # v(S) − v(S∖{i}): what the pool saves less without the partner
    price_loss: float  # what the others pay more for their own needs at the pool's worse prices
    tiers_lost: int
    items: tuple[ItemCommitment, ...]


def _tier(pricer: PoolPricer, k: int, needs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(quote index, tier index) of the pool's purchase for each need in ``needs``."""
    buy = pricer.item_purchase(k, needs)
    tier = np.full(len(needs), -1)
    for q, sched in enumerate(pricer.schedules[k]):
        sel = buy.quote == q
        tier[sel] = np.searchsorted(sched.starts, buy.units[sel].astype(float), side="right") - 1
    return buy.quote, tier


def commitments(pricer: PoolPricer, costs: np.ndarray, group: int | None = None) -> tuple[PartnerCommitment, ...]:
    """Per member of ``group`` (mask; default all partners): savings lost if it leaves, tiers lost,
    the price loss to the others, and the smallest volume per item that keeps the pool's tiers."""
    s = pricer.scenario
    n = s.n
    group = (1 << n) - 1 if group is None else group
    who = members(group, n)
    single = costs[1 << np.arange(n)]

    def v(mask: int) -> float:
        return float(single[members(mask, n)].sum() - costs[mask]) if mask else 0.0

    d = pricer.demand
    need = d[who].sum(axis=0)
    out = []
    for i in who:
        rest = group & ~(1 << i)
        items, price_loss, lost = [], 0.0, 0
        for k, it in enumerate(s.items):
            if d[i, k] <= 0:
                continue
            r = need[k] - d[i, k]
            q_with, t_with = _tier(pricer, k, need[k:k + 1])
            with_ppn = float(pricer.item_costs(k, need[k:k + 1])[0]) / need[k]
            without_ppn = None
            tier_lost = False
            if r > 0:
                c_rest = float(pricer.item_costs(k, np.array([r]))[0])
                without_ppn = c_rest / r
                price_loss += c_rest - r * with_ppn
            q_wo, t_wo = _tier(pricer, k, np.array([r]))
            tier_lost = bool(q_wo[0] != q_with[0] or t_wo[0] < t_with[0])
            lost += tier_lost
            # the units the pool orders for each commitment level j of the partner (whole units of
            # need 0 … ceil(need)); keep = same quote and tier or better
            m = np.arange(int(np.ceil(d[i, k] - 1e-9)) + 1, dtype=float)
            m[-1] = min(m[-1], d[i, k])
            q, t = _tier(pricer, k, r + m)
            keep = (q == q_with[0]) & (t >= t_with[0])
            bad = np.flatnonzero(~keep)
            first_ok = int(bad[-1]) + 1 if len(bad) else 0
            min_need = float(m[min(first_ok, len(m) - 1)])
            items.append(ItemCommitment(it.id, float(d[i, k]), min_need, tier_lost, with_ppn, without_ppn))
        out.append(PartnerCommitment(i, v(group) - v(rest), price_loss, lost, tuple(items)))
    return tuple(out)

