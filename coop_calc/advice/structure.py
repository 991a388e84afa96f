"""Who should pool with whom: the recommended pool structure, each group's split and stability, the
single pool beside it, and the best structure in which every group can be stable.

Amounts are in the scenario's currency. A group's *net savings* is v(S) = Σ_{i∈S} c({i}) − c(S) with
its own coordination cost; a structure's net savings is the sum over its groups. A group is *stable*
when its core is non-empty (Bondareva 1963; Shapley 1967): some split of its savings leaves no
sub-group better off on its own. A group that some partition of itself beats (v(S) < f(S)) is never
stable, because that partition is a balanced collection; the remaining candidates are checked by the
least-core LP. The best stable structure is found by excluding unstable groups and re-optimising
until every group of the answer is stable (lazy constraint generation).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from .. import games
from ..coalitions import PoolPricer, members, popcount
from ..model import Scenario
from ..splits import rule_savings, volume_weights
from .partition import Partition, best_partition, submasks

#: Stability checks (least-core LPs) allowed while searching the best stable structure.
MAX_STABILITY_CHECKS = 400


@dataclass(frozen=True)
class Group:
    """One pool of a structure. ``split``: each member's share of the group's savings under the
    scenario's rule (sums to ``net_savings``); ``split_in_core``: no sub-group gets less than it would
    save on its own; ``core_empty``: no split at all can achieve that; ``least_core``: the amount every
    sub-group would have to be subsidised (≤ 0 when the core is not empty)."""

    members: tuple[int, ...]
    standalone_cost: float
    cost: float  # c(S), coordination included
    coordination_cost: float
    net_savings: float  # v(S)
    split: tuple[float, ...]
    split_in_core: bool
    core_empty: bool
    least_core: float
    largest_complaint: float  # max_{T ⊂ S} v(T) − x(T) under the split; ≤ 0 when in the core
    complaint_members: tuple[int, ...]

    @property
    def stable(self) -> bool:
        return not self.core_empty


@dataclass(frozen=True)
class Structure:
    groups: tuple[Group, ...]
    net_savings: float
    bound: float  # no structure saves more than this
    method: str

    @property
    def masks(self) -> tuple[int, ...]:
        return tuple(sum(1 << i for i in g.members) for g in self.groups)

    @property
    def stable(self) -> bool:
        return all(g.stable for g in self.groups)

    @property
    def gap(self) -> float:
        """How much more a better structure could at most save (0 when proven optimal)."""
        return max(0.0, self.bound - self.net_savings)


@dataclass(frozen=True)
class StructureAdvice:
    """The recommended structure, the single pool, and (when it differs) the best structure whose
    groups are all stable (None when the recommended one already is, or no search was possible)."""

    best: Structure
    grand: Structure
    best_stable: Structure | None
    stable_search_complete: bool  # False when MAX_STABILITY_CHECKS ran out before a proof

    @property
    def split_advised(self) -> bool:
        return len(self.best.groups) > 1


def _tol(v: np.ndarray) -> float:
    return 1e-9 * max(1.0, float(np.abs(v).max()))


def core_is_nonempty(v: np.ndarray, group: int) -> tuple[bool, float]:
    """(core non-empty, least-core ε) of the sub-game on ``group``. Groups of one are stable; a pair
    is stable iff it saves at least 0; larger groups take the least-core LP."""
    n = len(v).bit_length() - 1
    k = int(group).bit_count()
    if k == 1:
        return True, 0.0
    sub = v[submasks(group, n)]
    if k == 2:
        return bool(sub[-1] >= -_tol(v)), float(-sub[-1] / 2)
    eps = games.least_core_value(sub)
    return bool(eps <= _tol(sub) * 10), float(eps)


def describe_group(scenario: Scenario, pricer: PoolPricer, costs: np.ndarray, v: np.ndarray, group: int,
                   coordination: np.ndarray) -> Group:
    """A group's figures: cost, savings, the rule's split and its stability (group ≤ 22 partners)."""
    n = scenario.n
    who = members(group, n)
    sm = submasks(group, n)
    sub_c = costs[sm]
    sub_v = v[sm]
    k = len(who)
    comp_who: tuple[int, ...] = ()
    if k == 1:
        x = np.zeros(1)
        empty, eps, in_core, comp = False, 0.0, True, 0.0
    else:
        pct = scenario.sharing.custom_percentages
        custom = np.array([pct.get(scenario.partners[i].id, 0.0) for i in who]) if pct else None
        rule = scenario.sharing.rule
        if rule == "custom" and (custom is None or custom.sum() <= 0):
            rule = "shapley"
        x = rule_savings(rule, sub_c, coordination[sm], scenario.sharing.coordination,
                         volume_weights(pricer, who), custom)
        ok, eps = core_is_nonempty(v, group)
        empty = not ok
        in_core = bool(games.in_core(sub_v, x, tol=1e-9))
        amount, local = games.max_complaint(sub_v, x)
        comp, comp_who = float(amount), tuple(who[j] for j in members(int(local), k))
    return Group(members=tuple(who), standalone_cost=float(costs[1 << np.array(who)].sum()),
                 cost=float(costs[group]), coordination_cost=float(coordination[group]),
                 net_savings=float(v[group]), split=tuple(float(a) for a in x), split_in_core=in_core,
                 core_empty=empty, least_core=eps, largest_complaint=comp, complaint_members=comp_who)


def _structure(p: Partition, describe: Callable[[int], Group]) -> Structure:
    return Structure(tuple(describe(g) for g in p.groups), p.value, p.bound, p.method)


def best_stable_partition(v: np.ndarray, f: np.ndarray | None, known: dict[int, bool],
                          max_checks: int = MAX_STABILITY_CHECKS,
                          cancelled: Callable[[], bool] | None = None) -> tuple[Partition | None, bool]:
    """The best structure whose groups all have a non-empty core, by lazy exclusion (see the module
    docstring). ``known``: stability already established per mask (filled in). Returns (structure,
    complete); complete is False when ``max_checks`` least-core LPs did not settle it."""
    tol = _tol(v)
    allowed = v >= -tol
    if f is not None:  # a group that one of its own partitions beats has an empty core
        allowed &= v >= f - tol
    for m, ok in known.items():
        if not ok:
            allowed[m] = False
    checks = 0
    while True:
        p, _ = best_partition(v, allowed)
        unknown = [g for g in p.groups if int(g).bit_count() >= 3 and g not in known]
        if not unknown:
            return p, True
        for g in unknown:
            if checks >= max_checks or (cancelled is not None and cancelled()):
                return None, False
            known[g] = core_is_nonempty(v, g)[0]
            checks += 1
            if not known[g]:
                allowed[g] = False


def advise_structure(scenario: Scenario, costs: np.ndarray, v: np.ndarray, pricer: PoolPricer | None = None,
                     cancelled: Callable[[], bool] | None = None) -> StructureAdvice:
    """Best structure, single pool and best stable structure for a pool given by its 2ⁿ coalition
    costs ``costs`` and savings game ``v``."""
    pricer = pricer or PoolPricer.of(scenario)
    n = scenario.n
    full = (1 << n) - 1
    coordination = pricer.coordination(popcount(np.arange(1 << n)))
    cache: dict[int, Group] = {}

    def describe(g: int) -> Group:
        if g not in cache:
            cache[g] = describe_group(scenario, pricer, costs, v, g, coordination)
        return cache[g]

    best_p, f = best_partition(v)
    best = _structure(best_p, describe)
    grand = _structure(Partition((full,), float(v[full]), float(v[full]), "single pool"), describe)
    if best.stable:
        return StructureAdvice(best, grand, None, True)
    known = {sum(1 << i for i in g.members): g.stable for g in cache.values()}
    stable_p, complete = best_stable_partition(v, f, known, cancelled=cancelled)
    stable = _structure(stable_p, describe) if stable_p is not None else None
    return StructureAdvice(best, grand, stable, complete)
