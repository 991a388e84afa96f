"""Sharing rules in purchasing terms and their fairness diagnostics.

Every rule gives partner i a share ``x_i`` of the pool's savings and therefore the cost
``c({i}) − x_i``. Shares sum to the savings v(N) (efficiency). Diagnostics are always taken on the
true savings game (coordination cost included): individual rationality (nobody pays more than alone),
core membership (no sub-group gets less than it would save on its own) and the largest complaint
``v(S) − x(S)`` with the coalition that has it.

"Volume" across items of different units is each partner's need valued at the pool's price per unit
of need (purchase cost of the item in the pool ÷ pooled need), i.e. what its share of the pool's
basket is worth.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import games
from .coalitions import MAX_EXACT_PARTNERS, PoolPricer, members, savings_game
from .model import Scenario

RULE_TITLES = {
    "shapley": "Shapley value",
    "nucleolus": "Nucleolus",
    "proportional_volume": "Proportional to volume",
    "proportional_standalone": "Proportional to stand-alone spend",
    "equal_price": "Equal price",
    "equal_savings": "Equal split of savings",
    "custom": "Custom percentages",
}

EXPLANATIONS = {
    "shapley": "Each partner gets its average extra saving over every order in which the partners could"
               " have joined the pool.",
    "nucleolus": "The split that leaves the most dissatisfied group of partners as little dissatisfied as"
                 " possible, then the next one, and so on.",
    "proportional_volume": "Savings are shared in proportion to each partner's purchase volume, valued at"
                           " the pool's prices.",
    "proportional_standalone": "Savings are shared in proportion to what each partner would have spent"
                               " buying alone.",
    "equal_price": "Every partner pays the pool's price per unit for everything it takes, as purchasing"
                   " groups usually do.",
    "equal_savings": "Every partner receives the same amount of savings.",
    "custom": "Savings are shared by the percentages the partners negotiated.",
}

DIAGNOSTICS = {
    "individually_rational": "No partner pays more in the pool than it would pay buying alone.",
    "in_core": "No group of partners would save more by leaving and buying together on its own.",
    "max_complaint": "The largest amount by which a group of partners would be better off on its own;"
                     " zero or negative means no group has a reason to leave.",
    "core_empty": "No split at all can keep every group of partners in the pool; the least-core amount is"
                  " what would have to be added to the savings to make that possible.",
}

COORDINATION_EXPLANATIONS = {
    "rule": "Coordination cost is part of the pool's cost and is shared by the chosen rule.",
    "equal": "Coordination cost is shared equally; the rule shares the purchase savings.",
    "proportional_volume": "Coordination cost is shared by purchase volume; the rule shares the purchase"
                           " savings.",
}


@dataclass(frozen=True)
class Split:
    rule: str
    savings: np.ndarray  # x_i, currency, sums to v(N)
    cost: np.ndarray  # c({i}) − x_i
    individually_rational: bool
    in_core: bool | None  # None when the pool is too large to check every coalition
    max_complaint: float | None
    max_complaint_coalition: tuple[int, ...]  # partner indices
    note: str = ""  # e.g. the confidence interval of a sampled Shapley value


@dataclass(frozen=True)
class SplitAnalysis:
    splits: dict[str, Split]
    core_empty: bool | None
    least_core_value: float | None  # ε of the least core; ≤ 0 iff the core is non-empty
    standalone: np.ndarray
    total_savings: float


def volume_weights(pricer: PoolPricer) -> np.ndarray:
    """Each partner's share of the pool's basket, valued at the pool's price per unit of need."""
    d = pricer.demand
    pooled = d.sum(axis=0)
    price = np.zeros(d.shape[1])
    for k in range(d.shape[1]):
        if pooled[k] > 0:
            price[k] = pricer.item_costs(k, pooled[k:k + 1])[0] / pooled[k]
    value = d @ price
    total = value.sum()
    return value / total if total > 0 else np.full(d.shape[0], 1.0 / max(d.shape[0], 1))


def _rule_shares(rule: str, scenario: Scenario, v: np.ndarray, standalone: np.ndarray,
                 pooled_cost: float, weights: np.ndarray) -> tuple[np.ndarray, str]:
    """Savings shares of one rule for the game v (full array) with the given stand-alone costs."""
    n = scenario.n
    total = float(v[-1])
    note = ""
    if rule == "shapley":
        x = games.shapley(v)
    elif rule == "nucleolus":
        x = games.nucleolus(v)
    elif rule == "proportional_volume":
        x = total * weights
    elif rule == "proportional_standalone":
        x = total * standalone / standalone.sum() if standalone.sum() > 0 else np.full(n, total / n)
    elif rule == "equal_price":
        x = standalone - pooled_cost * weights
    elif rule == "equal_savings":
        x = np.full(n, total / n)
    elif rule == "custom":
        pct = scenario.sharing.custom_percentages
        x = total * np.array([pct.get(p.id, 0.0) for p in scenario.partners]) / 100.0
    else:
        raise ValueError(f"unknown sharing rule {rule!r}")
    return np.asarray(x, dtype=float), note


def rules_for(scenario: Scenario) -> list[str]:
    """The rules offered for this scenario ("custom" only when percentages are given)."""
    rules = [r for r in RULE_TITLES if r != "custom"]
    if scenario.sharing.custom_percentages:
        rules.append("custom")
    return rules


def analyse_splits(scenario: Scenario, costs: np.ndarray, pricer: PoolPricer | None = None,
                   rules: list[str] | None = None) -> SplitAnalysis:
    """Every rule's split with diagnostics, from the full coalition cost array (n ≤ 22)."""
    n = scenario.n
    if n > MAX_EXACT_PARTNERS:
        raise ValueError(f"exact splits need at most {MAX_EXACT_PARTNERS} partners")
    pricer = pricer or PoolPricer.of(scenario)
    v = savings_game(costs)
    standalone = costs[1 << np.arange(n)]
    weights = volume_weights(pricer)
    mode = scenario.sharing.coordination
    coord = float(pricer.coordination(np.array([n]))[0])
    if mode == "rule":
        v_rule, pooled_rule = v, float(costs[-1])
    else:
        # the rule shares purchase savings; coordination cost is allotted separately
        sizes = np.bitwise_count(np.arange(1 << n, dtype=np.uint64)).astype(np.int64)
        v_rule = savings_game(costs - pricer.coordination(sizes))
        pooled_rule = float(costs[-1]) - coord
    allot = np.zeros(n)
    if mode == "equal" and n:
        allot = np.full(n, coord / n)
    elif mode == "proportional_volume":
        allot = coord * weights
    scale = max(1.0, float(np.abs(standalone).sum()))
    tol = 1e-9 * scale
    out: dict[str, Split] = {}
    for rule in rules or rules_for(scenario):
        x, note = _rule_shares(rule, scenario, v_rule, standalone, pooled_rule, weights)
        x = x - allot
        amount, mask = games.max_complaint(v, x) if n > 1 else (0.0, 0)
        out[rule] = Split(
            rule=rule, savings=x, cost=standalone - x,
            individually_rational=bool(np.all(x >= -tol)),
            in_core=bool(games.in_core(v, x, tol=1e-9)) if n else True,
            max_complaint=float(amount), max_complaint_coalition=tuple(members(int(mask), n)), note=note)
    if n > 1:
        eps, _ = games.least_core(v)
        core_empty = bool(eps > tol)
    else:
        eps, core_empty = 0.0, False
    return SplitAnalysis(out, core_empty, float(eps), standalone, float(v[-1]))
