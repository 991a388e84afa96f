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
from .coalitions import MAX_EXACT_PARTNERS, PoolPricer, members, popcount, savings_game
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

NUCLEOLUS_NOTE = ("The pool loses money after coordination cost, so no split can leave every partner as well"
                  " off as alone; shown is the prenucleolus, which spreads the loss as evenly as possible.")

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
    note: str = ""


@dataclass(frozen=True)
class SplitAnalysis:
    splits: dict[str, Split]
    core_empty: bool | None
    least_core_value: float | None  # ε of the least core; ≤ 0 iff the core is non-empty
    standalone: np.ndarray
    total_savings: float


def volume_weights(pricer: PoolPricer, who: list[int] | None = None) -> np.ndarray:
    """Each member's share of the pool's basket, valued at the pool's price per unit of need
    (for the partners ``who``, default all; the prices are those of that pool)."""
    d = pricer.demand if who is None else pricer.demand[who]
    pooled = d.sum(axis=0)
    price = np.zeros(d.shape[1])
    for k in range(d.shape[1]):
        if pooled[k] > 0:
            price[k] = pricer.item_costs(k, pooled[k:k + 1])[0] / pooled[k]
    value = d @ price
    total = value.sum()
    return value / total if total > 0 else np.full(d.shape[0], 1.0 / max(d.shape[0], 1))


def _rule_shares(rule: str, v: np.ndarray, standalone: np.ndarray, pooled_cost: float,
                 weights: np.ndarray, custom: np.ndarray | None) -> np.ndarray:
    """Savings shares of one rule for the game v (full array) with the given stand-alone costs."""
    n = len(standalone)
    total = float(v[-1])
    if rule == "shapley":
        return games.shapley(v)
    if rule == "nucleolus":
        if v[-1] < 0:
            # pooling loses money: no split leaves every partner as well off as alone, so the
            # imputation set and the nucleolus do not exist; the prenucleolus still does
            return games.prenucleolus(v)
        return games.nucleolus(v)
    if rule == "proportional_volume":
        return total * weights
    if rule == "proportional_standalone":
        return total * standalone / standalone.sum() if standalone.sum() > 0 else np.full(n, total / n)
    if rule == "equal_price":
        return standalone - pooled_cost * weights
    if rule == "equal_savings":
        return np.full(n, total / n)
    if rule == "custom":
        if custom is None or custom.sum() <= 0:
            raise ValueError("the custom rule needs percentages for the partners in the pool")
        return total * custom / custom.sum()
    raise ValueError(f"unknown sharing rule {rule!r}")


def rule_savings(rule: str, costs: np.ndarray, coordination: np.ndarray, mode: str, weights: np.ndarray,
                 custom: np.ndarray | None = None) -> np.ndarray:
    """Savings shares x (summing to v(N)) of ``rule`` for a pool given by its full cost array.

    ``costs``: c(S) over all 2ᵏ sub-coalitions, coordination included; ``coordination``: the
    coordination part of each c(S); ``mode``: how coordination cost is shared ("rule", "equal",
    "proportional_volume"); ``weights``: volume shares (sum 1); ``custom``: percentages (renormalised
    over the members, so the same key serves a pool that lost a partner).
    """
    k = int(np.log2(len(costs)))
    standalone = costs[1 << np.arange(k)]
    if mode == "rule":
        return _rule_shares(rule, savings_game(costs), standalone, float(costs[-1]), weights, custom)
    x = _rule_shares(rule, savings_game(costs - coordination), standalone, float(costs[-1] - coordination[-1]),
                     weights, custom)
    coord = float(coordination[-1])
    return x - (np.full(k, coord / k) if mode == "equal" else coord * weights)


def rules_for(scenario: Scenario) -> list[str]:
    """The rules offered for this scenario ("custom" only when percentages are given)."""
    rules = [r for r in RULE_TITLES if r != "custom"]
    if scenario.sharing.custom_percentages:
        rules.append("custom")
    return rules


LARGE_POOL_NOTE = ("This pool is too large to check every group of partners ({groups:,} groups); fairness"
                   " is checked for each partner alone only.")
SAMPLED_NOTE = ("Estimated from {perms:,} random joining orders; each partner's share is within ±{half:,.0f}"
                " (95 % confidence).")


def analyse_splits_large(scenario: Scenario, pricer: PoolPricer, samples: int = 2000,
                         seed: int = 12345) -> SplitAnalysis:
    """Splits for pools too large for the full game (> MAX_EXACT_PARTNERS partners): the Shapley value
    by sampled joining orders with its confidence interval, the simple rules exactly, individual
    rationality checked; the nucleolus and core checks need every coalition and are left out."""
    n = scenario.n
    singles = np.array([1 << i for i in range(n)], dtype=np.int64)
    full = (1 << n) - 1
    standalone = pricer.costs(singles)
    pooled = float(pricer.costs(np.array([full], dtype=np.int64))[0])
    mode = scenario.sharing.coordination
    coord = float(pricer.coordination(np.array([n]))[0])
    # the rule shares the whole savings (mode "rule") or the purchase savings (coordination allotted)
    shared_cost = pooled if mode == "rule" else pooled - coord

    def v_fn(masks: np.ndarray) -> np.ndarray:
        m = masks.astype(np.int64)
        bits = (m[:, None] >> np.arange(n)) & 1
        c = pricer.costs(m)
        if mode != "rule":
            c = c - pricer.coordination(popcount(m))
        return bits @ standalone - c

    weights = volume_weights(pricer)
    pct = scenario.sharing.custom_percentages
    custom = np.array([pct.get(p.id, 0.0) for p in scenario.partners]) if pct else None
    allot = np.zeros(n) if mode == "rule" else (np.full(n, coord / n) if mode == "equal" else coord * weights)
    tol = 1e-9 * max(1.0, float(np.abs(standalone).sum()))
    out: dict[str, Split] = {}
    for rule in [r for r in rules_for(scenario) if r != "nucleolus"]:
        note = LARGE_POOL_NOTE.format(groups=2 ** n)
        if rule == "shapley":
            est = games.shapley_sampled(v_fn, n, samples, seed)
            x = est.values
            note = SAMPLED_NOTE.format(perms=est.permutations, half=float(np.max(est.ci_high - est.values)))
        else:
            # the simple rules need only v(N); a two-entry array carries it
            x = _rule_shares(rule, np.array([0.0, float(standalone.sum()) - shared_cost]), standalone,
                             shared_cost, weights, custom)
        x = x - allot
        out[rule] = Split(rule=rule, savings=x, cost=standalone - x, individually_rational=bool(np.all(x >= -tol)),
                          in_core=None, max_complaint=None, max_complaint_coalition=(), note=note)
    return SplitAnalysis(out, None, None, standalone, float(standalone.sum()) - pooled)


def analyse_splits(scenario: Scenario, costs: np.ndarray, pricer: PoolPricer | None = None,
                   rules: list[str] | None = None) -> SplitAnalysis:
    """Every rule's split with diagnostics, from the full coalition cost array (n ≤ 22). With
    ``rules`` given, only those are computed and the core's emptiness is left open (None)."""
    n = scenario.n
    if n > MAX_EXACT_PARTNERS:
        raise ValueError(f"exact splits need at most {MAX_EXACT_PARTNERS} partners")
    pricer = pricer or PoolPricer.of(scenario)
    v = savings_game(costs)
    standalone = costs[1 << np.arange(n)]
    weights = volume_weights(pricer)
    coordination = pricer.coordination(popcount(np.arange(1 << n)))
    pct = scenario.sharing.custom_percentages
    custom = np.array([pct.get(p.id, 0.0) for p in scenario.partners]) if pct else None
    tol = 1e-9 * max(1.0, float(np.abs(standalone).sum()))
    out: dict[str, Split] = {}
    for rule in rules or rules_for(scenario):
        x = rule_savings(rule, costs, coordination, scenario.sharing.coordination, weights, custom)
        amount, mask = games.max_complaint(v, x) if n > 1 else (0.0, 0)
        out[rule] = Split(
            rule=rule, savings=x, cost=standalone - x,
            individually_rational=bool(np.all(x >= -tol)),
            in_core=bool(games.in_core(v, x, tol=1e-9)) if n > 1 else True,
            max_complaint=float(amount), max_complaint_coalition=tuple(members(int(mask), n)),
            note=NUCLEOLUS_NOTE if rule == "nucleolus" and v[-1] < 0 else "")
    if rules is not None:  # a quick look at some rules: the least-core LPs wait for the full analysis
        return SplitAnalysis(out, None, None, standalone, float(v[-1]))
    if n > 1:
        eps = games.least_core_value(v)
        core_empty = bool(eps > tol)
    else:
        eps, core_empty = 0.0, False
    return SplitAnalysis(out, core_empty, float(eps), standalone, float(v[-1]))
