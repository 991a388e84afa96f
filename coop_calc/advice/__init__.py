"""Pool design and negotiation advice: who should pool with whom, what to ask the suppliers for, what
each partner's commitment is worth, and how robust the decision is (docs/methods-advice.md).

``advise(scenario)`` computes everything the Advice page, the ``advise`` command, the workbook sheet
and the report page show; :func:`advice_json` is the documented JSON (docs/json-output.md).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from ..coalitions import MAX_EXACT_PARTNERS, PoolPricer, savings_game
from ..errors import ValidationError
from ..messages import Msg
from ..model import Scenario
from .commitment import PartnerCommitment, commitments
from .negotiation import ItemTargets, item_targets
from .structure import Structure, StructureAdvice, advise_structure
from .sweep import Sweep, apply_axis, evaluate, sweep, threshold

__all__ = ["Advice", "Thresholds", "advise", "advice_json", "Structure", "StructureAdvice", "ItemTargets",
           "PartnerCommitment", "Sweep", "sweep", "threshold", "apply_axis", "evaluate"]


@dataclass(frozen=True)
class Thresholds:
    """Coordination cost per pair (currency) at which the single pool stops paying off / stops being
    stable; None when that does not happen in the range searched (see the *_note)."""

    per_pair_current: float
    per_pair_break_even: float | None
    per_pair_unstable: float | None
    stable_at_zero: bool | None  # the single pool is stable at a per-pair cost of 0


@dataclass(frozen=True)
class Advice:
    scenario: Scenario
    structure: StructureAdvice
    negotiation: tuple[ItemTargets, ...]
    commitment: tuple[PartnerCommitment, ...]
    thresholds: Thresholds | None


def per_pair_thresholds(scenario: Scenario, v_full: float, stable_now: bool) -> Thresholds:
    """The per-pair coordination cost at which the single pool stops paying off (its net savings fall
    by C(n, 2) per unit of per-pair cost, so this is found by Brent's method on a straight line) and at
    which its core becomes empty (bisection on that predicate between 0 and the break-even value)."""
    n = scenario.n
    cur = scenario.coordination.per_pair
    pairs = n * (n - 1) / 2
    if n < 2:
        return Thresholds(cur, None, None, True)
    hi = cur + max(v_full, 0.0) / pairs * 2 + 1.0
    be = threshold(scenario, "per_pair", 0.0, hi, "pays_off", tol=1e-9)
    top = be if be is not None else hi
    stable0 = evaluate(apply_axis(scenario, "per_pair", 0.0)).grand_stable
    unstable = None
    if stable0:
        unstable = threshold(scenario, "per_pair", 0.0, top, "stable", tol=1e-4)
    return Thresholds(cur, be, unstable, stable0)


def advise(scenario: Scenario, with_thresholds: bool = True, progress: Callable[[float], None] | None = None,
           cancelled: Callable[[], bool] | None = None) -> Advice:
    """Structure, negotiation targets, commitment and thresholds for a pool of up to
    MAX_EXACT_PARTNERS partners (every coalition's cost is needed). Targets and commitment refer to the
    single pool of all partners. Raises ValidationError for larger pools or unpriceable orders."""
    n = scenario.n
    if n == 0:
        raise ValidationError(Msg("advice_no_partners"))
    if n > MAX_EXACT_PARTNERS:
        raise ValidationError(Msg("advice_too_many_partners", limit=MAX_EXACT_PARTNERS, n=n))
    step = progress or (lambda _f: None)
    pricer = PoolPricer.of(scenario)
    costs = pricer.all_costs(progress=lambda f: step(0.3 * f))
    v = savings_game(costs)
    structure = advise_structure(scenario, costs, v, pricer, cancelled=cancelled)
    step(0.55)
    targets = item_targets(pricer, costs)
    if n == 1:  # no pool: what to ask the suppliers still holds, pooled break-even prices do not
        targets = tuple(replace(t, break_even_price=None, item_break_even_price=None, all_gain_price=None)
                        for t in targets)
    step(0.75)
    commit = commitments(pricer, costs) if n > 1 else ()
    step(0.8)
    th = None
    if with_thresholds and n > 1 and not (cancelled is not None and cancelled()):
        th = per_pair_thresholds(scenario, float(v[-1]), structure.grand.stable)
    step(1.0)
    return Advice(scenario, structure, targets, commit, th)


def advice_json(a: Advice, anonymous: bool = False) -> dict:
    """The documented JSON of ``python -m coop_calc advise --json`` (docs/json-output.md)."""
    from .output import advice_document

    return advice_document(a, anonymous)

