"""The risk model's inputs: which uncertain quantities a scenario has and how a trial draws them.

Every uncertain input becomes one column of the uniform design (see :mod:`.sampling`): the
continuous inputs of each item (benefit, operating cost, residual value, utilisation, price
escalation, share of benefit lost on failure), the discount rate, a technology-failure event per
item (common scope) or per partner and item (independent scope), and a drop-out event per partner.
Inputs that are fixed take no column.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from ..errors import Problem, ValidationError
from ..model import Scenario
from ..parse import RISK_FIELDS
from .correlation import check_correlation, correlation_matrix

CONTINUOUS = RISK_FIELDS + ("failure_loss",)


@dataclass(frozen=True)
class Column:
    """One sampled input: its name (``<item id>.<field>``, ``discount_rate``, ``<item>.failure``,
    ``<partner>.<item>.failure``, ``<partner>.dropout``) and how to turn a uniform into a value."""

    name: str
    label: str  # the input in the user's words, for the tornado chart
    dist: object | None = None  # a Distribution for continuous inputs
    probability: float = 0.0  # for events: value 1 when u < probability


@dataclass
class Inputs:
    """A scenario's uncertain inputs laid out as design columns."""

    columns: list[Column] = field(default_factory=list)
    #: (field, item index) → column index or the fixed value
    continuous: dict[tuple[str, int], int | float] = field(default_factory=dict)
    discount: int | float = 0.06
    failure_common: dict[int, int] = field(default_factory=dict)  # item → column
    failure_independent: dict[tuple[int, int], int] = field(default_factory=dict)  # (partner, item) → column
    dropout: dict[int, int] = field(default_factory=dict)  # partner → column
    target: np.ndarray | None = None  # Spearman target over all columns (None: independent)
    correlation_note: str = ""

    @property
    def d(self) -> int:
        return len(self.columns)

    def add(self, col: Column) -> int:
        self.columns.append(col)
        return len(self.columns) - 1


def _value_or_column(inputs: Inputs, name: str, label: str, dist) -> int | float:
    if dist.is_constant():
        return float(dist.mean())
    return inputs.add(Column(name, label, dist=dist))


def build_inputs(scenario: Scenario) -> Inputs:
    """Lay out the scenario's uncertain inputs; raises ValidationError when an item with demand has
    no risk inputs or the correlations cannot be used."""
    inputs = Inputs()
    demanded = {k for (_, k), q in scenario.demand.items() if q > 0}
    missing = [it.name for it in scenario.items if it.id in demanded and it.risk is None]
    if missing:
        raise ValidationError([Problem(f"Item {name!r}", "the risk simulation needs its risk inputs"
                                                         " (benefit, operating cost, …)") for name in missing])
    for k, it in enumerate(scenario.items):
        r = it.risk
        if r is None:
            continue
        for f in CONTINUOUS:
            dist = getattr(r, f)
            if dist is None:
                inputs.continuous[(f, k)] = 0.0
                continue
            inputs.continuous[(f, k)] = _value_or_column(inputs, f"{it.id}.{f}",
                                                         f"{it.name}: {f.replace('_', ' ')}", dist)
        if r.failure_probability > 0:
            if r.failure_scope == "common":
                inputs.failure_common[k] = inputs.add(Column(f"{it.id}.failure", f"{it.name}: technology fails",
                                                             probability=r.failure_probability))
            else:
                for i, p in enumerate(scenario.partners):
                    if scenario.demand.get((p.id, it.id), 0) > 0:
                        inputs.failure_independent[(i, k)] = inputs.add(Column(
                            f"{p.id}.{it.id}.failure", f"{it.name} fails at {p.name}",
                            probability=r.failure_probability))
    inputs.discount = _value_or_column(inputs, "discount_rate", "discount rate", scenario.risk.discount_rate)
    for i, p in enumerate(scenario.partners):
        if p.dropout_probability > 0:
            inputs.dropout[i] = inputs.add(Column(f"{p.id}.dropout", f"{p.name} drops out",
                                                  probability=p.dropout_probability))
    if scenario.risk.correlations:
        names = [c.name for c in inputs.columns]
        index = {nm: j for j, nm in enumerate(names)}
        fixed = [nm for a, b, _ in scenario.risk.correlations for nm in (a, b) if nm not in index]
        if fixed:
            raise ValidationError(Problem("Risk settings › correlations",
                                          f"{fixed[0]!r} is a fixed value; only uncertain inputs can be correlated"))
        checked = check_correlation(correlation_matrix(names, scenario.risk.correlations), names)
        inputs.target = checked.matrix
        inputs.correlation_note = checked.note
    return inputs


_POOL: ThreadPoolExecutor | None = None


def _pool() -> ThreadPoolExecutor:
    global _POOL
    if _POOL is None:
        _POOL = ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1)), thread_name_prefix="ppf")
    return _POOL


def values(inputs: Inputs, u: np.ndarray, n: int, k: int) -> dict[str, np.ndarray]:
    """Turn uniforms (T × d) into the trial arrays the NPV formulas use.

    Returns T×K arrays per continuous field, ``rate`` (T), ``failed`` (T×n×K, 1.0 where the item's
    technology fails for that partner) and ``stays`` (T×n booleans)."""
    t = u.shape[0]
    out: dict[str, np.ndarray] = {f: np.zeros((t, k)) for f in CONTINUOUS}
    sampled = []
    for f in CONTINUOUS:
        for kk in range(k):
            spec = inputs.continuous.get((f, kk), 1.0 if f in ("utilisation", "failure_loss") else 0.0)
            if isinstance(spec, int):
                sampled.append((f, kk, spec))
            else:
                out[f][:, kk] = spec

    def fill(job: tuple[str, int, int]) -> None:
        f, kk, col = job
        out[f][:, kk] = inputs.columns[col].dist.fast_ppf(u[:, col])

    # inverse CDFs (scipy ufuncs) release the GIL: spread the columns over the cores
    list(_pool().map(fill, sampled))
    d = inputs.discount
    out["rate"] = inputs.columns[d].dist.ppf(u[:, d]) if isinstance(d, int) else np.full(t, float(d))
    failed = np.zeros((t, n, k))
    for kk, col in inputs.failure_common.items():
        failed[:, :, kk] = (u[:, col] < inputs.columns[col].probability)[:, None]
    for (i, kk), col in inputs.failure_independent.items():
        failed[:, i, kk] = u[:, col] < inputs.columns[col].probability
    out["failed"] = failed
    stays = np.ones((t, n), dtype=bool)
    for i, col in inputs.dropout.items():
        stays[:, i] = u[:, col] >= inputs.columns[col].probability
    out["stays"] = stays
    return out
