"""Coalition costs c(S) and the savings game v(S), vectorised over bitmask-indexed coalitions.

Partner i ↔ bit i of the mask. ``c(S) = Σ_k cost_k(Σ_{i∈S} q_ik) + coordination(S)``, with
coordination cost only for |S| ≥ 2; ``v(S) = Σ_{i∈S} c({i}) − c(S)``, so ``v(∅) = v({i}) = 0``.

All 2ⁿ coalitions are processed in chunks of 2ᵇ consecutive masks: the volumes of a chunk are a
table over the low b bits (built once) plus the volume of the chunk's fixed high bits, and each
item's cost is looked up in a table over order sizes, so memory stays bounded at any n.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from .errors import Problem, ValidationError
from .messages import Msg
from .model import Scenario
from .pricing import ItemPrice, Schedule, price_units, units_needed

#: Exact games over all coalitions are offered up to this many partners (2²² values = 32 MB).
MAX_EXACT_PARTNERS = 22
#: Items whose pooled order exceeds this many units are priced directly instead of by table.
_MAX_TABLE_UNITS = 1 << 21


def subset_sums(values: np.ndarray) -> np.ndarray:
    """For rows ``values[i]`` (shape (b, …)), the sums over every subset of rows, indexed by bitmask:
    out[mask] = Σ_{i in mask} values[i]; shape (2^b, …)."""
    b = values.shape[0]
    out = np.zeros((1 << b,) + values.shape[1:], dtype=values.dtype)
    for i in range(b):
        out[1 << i: 2 << i] = out[: 1 << i] + values[i]
    return out


def popcount(masks: np.ndarray) -> np.ndarray:
    return np.bitwise_count(np.asarray(masks, dtype=np.uint64)).astype(np.int64)


def members(mask: int, n: int) -> list[int]:
    return [i for i in range(n) if mask >> i & 1]


@dataclass
class PoolPricer:
    """A scenario prepared for fast coalition costing: demand matrix, capacities, cost tables."""

    scenario: Scenario
    demand: np.ndarray  # n × K needs
    capacity: np.ndarray  # K
    schedules: list[list[Schedule]]
    tables: list[ItemPrice | None]  # per item: the best purchase for every order size 0..U units

    @classmethod
    def of(cls, scenario: Scenario) -> "PoolPricer":
        d = scenario.demand_matrix()
        cap = np.array([it.capacity_per_unit for it in scenario.items], dtype=float)
        schedules = [[Schedule.of(q) for q in scenario.quotes_for(it.id)] for it in scenario.items]
        tables: list[ItemPrice | None] = []
        for k, it in enumerate(scenario.items):
            total = int(units_needed(d[:, k].sum(), cap[k])) if len(d) else 0
            if total <= _MAX_TABLE_UNITS:
                u = np.arange(total + 1, dtype=np.int64)
                tables.append(price_units([], u, scenario.buy_up, schedules[k]))
            else:
                tables.append(None)
        return cls(scenario, d, cap, schedules, tables)

    def item_purchase(self, k: int, volumes: np.ndarray) -> ItemPrice:
        """Best purchase of item k for each pooled need in ``volumes``: cost (inf where no quote can
        supply it), quote index and units bought."""
        u = units_needed(volumes, self.capacity[k])
        table = self.tables[k]
        if table is not None:
            return ItemPrice(table.cost[u], table.quote[u], table.units[u])
        return price_units([], u, self.scenario.buy_up, self.schedules[k])

    def item_costs(self, k: int, volumes: np.ndarray) -> np.ndarray:
        """Cost of item k for each pooled need in ``volumes`` (inf where no quote can supply it)."""
        u = units_needed(volumes, self.capacity[k])
        table = self.tables[k]
        if table is not None:
            return table.cost[u]
        return price_units([], u, self.scenario.buy_up, self.schedules[k]).cost

    def coordination(self, sizes: np.ndarray) -> np.ndarray:
        co = self.scenario.coordination
        s = sizes.astype(float)
        return np.where(sizes >= 2, co.fixed + co.per_member * s + co.per_pair * s * (s - 1) / 2, 0.0)

    def _purchase_costs_of_volumes(self, vol: np.ndarray) -> np.ndarray:
        total = np.zeros(vol.shape[0])
        for k in range(vol.shape[1]):
            total += self.item_costs(k, vol[:, k])
        return total

    def costs(self, masks: np.ndarray) -> np.ndarray:
        """c(S) for each coalition mask (any order, any n ≤ 62), including coordination cost."""
        masks = np.asarray(masks, dtype=np.int64)
        n = self.demand.shape[0]
        bits = ((masks[:, None] >> np.arange(n)) & 1).astype(float)
        vol = bits @ self.demand
        out = self._purchase_costs_of_volumes(vol) + self.coordination(popcount(masks))
        self._check_finite(out, masks)
        return out

    def all_costs(self, chunk_bits: int = 16, progress: Callable[[float], None] | None = None) -> np.ndarray:
        """c(S) for all 2ⁿ coalitions, indexed by mask, computed chunk by chunk."""
        n = self.demand.shape[0]
        if n > MAX_EXACT_PARTNERS:
            raise ValidationError(Msg("game_too_many_partners", limit=MAX_EXACT_PARTNERS, n=n))
        b = min(n, chunk_bits)
        low_vol = subset_sums(self.demand[:b])
        low_size = popcount(np.arange(1 << b))
        out = np.empty(1 << n)
        chunks = 1 << (n - b)
        for h in range(chunks):
            high = members(h << b, n)
            vol = low_vol + self.demand[high].sum(axis=0)
            part = self._purchase_costs_of_volumes(vol) + self.coordination(low_size + len(high))
            out[h << b: (h + 1) << b] = part
            if progress is not None:
                progress((h + 1) / chunks)
        self._check_finite(out, np.arange(1 << n))
        return out

    def _check_finite(self, costs: np.ndarray, masks: np.ndarray) -> None:
        bad = np.flatnonzero(~np.isfinite(costs))
        if not len(bad):
            return
        mask = int(masks[bad[0]])
        who = members(mask, self.demand.shape[0])
        vol = self.demand[who].sum(axis=0)
        for k, it in enumerate(self.scenario.items):
            if not np.isfinite(self.item_costs(k, vol[k:k + 1])[0]):
                units = int(units_needed(vol[k], self.capacity[k]))
                names = [self.scenario.partners[i].name for i in who]
                group = (Msg("group_alone", name=names[0]) if len(names) == 1
                         else Msg("group_pool_of", names=", ".join(names)))
                raise ValidationError(Problem(Msg("p_item_named", name=repr(it.name)),
                                              Msg("no_quote_supplies", units=units, group=group)))
        raise ValidationError(Msg("coalition_cost_failed"))  # pragma: no cover


def savings_game(costs: np.ndarray) -> np.ndarray:
    """v(S) = Σ_{i∈S} c({i}) − c(S) from the full cost array c (length 2ⁿ, c[0] = 0)."""
    n = int(np.log2(len(costs)))
    single = costs[1 << np.arange(n)]
    b = min(n, 16)
    low = subset_sums(single[:b])
    v = np.empty_like(costs)
    for h in range(1 << (n - b)):
        sl = slice(h << b, (h + 1) << b)
        v[sl] = low + single[members(h << b, n)].sum() - costs[sl]
    v[0] = 0.0
    v[1 << np.arange(n)] = 0.0
    return v


def coalition_costs(scenario: Scenario) -> np.ndarray:
    """c(S) for all 2ⁿ coalitions of the scenario's partners."""
    return PoolPricer.of(scenario).all_costs()


def game(scenario: Scenario) -> np.ndarray:
    """The savings game v over all 2ⁿ coalitions (currency)."""
    return savings_game(coalition_costs(scenario))
