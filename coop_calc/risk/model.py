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
from ..messages import Msg
from ..model import Scenario
from ..parse import RISK_FIELDS
from .correlation import check_correlation, correlation_matrix
from .distributions import Distribution

CONTINUOUS = RISK_FIELDS + ("failure_loss",)


@dataclass(frozen=True)
class Column:
    """One sampled input: its name (``<item id>.<field>``, ``discount_rate``, ``<item>.failure``,
    ``<partner>.<item>.failure``, ``<partner>.dropout``) and how to turn a uniform into a value."""

    name: str
    label: str  # the input in the user's words, for the tornado chart
    dist: Distribution | None = None  # continuous inputs; None for events
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
        raise ValidationError([Problem(Msg("risk_place_item", name=repr(name)), Msg("risk_item_needs_inputs"))
                               for name in missing])
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
            raise ValidationError(Problem(Msg("risk_place_correlations"), Msg("corr_fixed", name=repr(fixed[0]))))
        checked = check_correlation(correlation_matrix(names, scenario.risk.correlations), names)
        inputs.target = checked.matrix
        inputs.correlation_note = checked.note
    return inputs


_POOL: ThreadPoolExecutor | None = None
#: Chunks with at least this many sampled continuous values spread their inverse CDFs over two threads.
PARALLEL_MIN_VALUES = 200_000


def _pool() -> ThreadPoolExecutor:
    global _POOL
    if _POOL is None:
        _POOL = ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1)), thread_name_prefix="ppf")
    return _POOL


@dataclass
class Plan:
    """How a chunk of uniforms becomes the arrays of the NPV formulas (built once per run)."""

    fixed: dict[str, np.ndarray]  # field → K values (fixed inputs, defaults where none)
    fixed_items: dict[str, np.ndarray]  # field → indices of the items whose value is fixed
    jobs: list[tuple[str, int, int]]  # (field, item, design column) of every sampled input
    common_items: np.ndarray
    common_cols: np.ndarray
    common_p: np.ndarray
    pair_partner: np.ndarray
    pair_item: np.ndarray
    pair_cols: np.ndarray
    pair_p: np.ndarray
    drop_partner: np.ndarray
    drop_cols: np.ndarray
    drop_p: np.ndarray


def plan(inputs: Inputs, k: int) -> Plan:
    """List the sampled continuous inputs and lay out the events as column and probability vectors."""
    fixed: dict[str, np.ndarray] = {}
    sampled: dict[str, list[tuple[int, int]]] = {}
    for f in CONTINUOUS:
        default = 1.0 if f in ("utilisation", "failure_loss") else 0.0
        fixed[f] = np.full(k, default)
        for kk in range(k):
            spec = inputs.continuous.get((f, kk), default)
            if isinstance(spec, int):
                sampled.setdefault(f, []).append((kk, spec))
            else:
                fixed[f][kk] = spec
    jobs = [(f, kk, col) for f, pairs in sampled.items() for kk, col in pairs]
    cols = inputs.columns
    common = sorted(inputs.failure_common.items())
    pairs = sorted(inputs.failure_independent.items())
    drops = sorted(inputs.dropout.items())
    return Plan(
        fixed=fixed,
        fixed_items={f: np.setdiff1d(np.arange(k), [kk for kk, _ in sampled.get(f, [])]) for f in CONTINUOUS},
        jobs=jobs,
        common_items=np.array([kk for kk, _ in common], dtype=np.intp),
        common_cols=np.array([c for _, c in common], dtype=np.intp),
        common_p=np.array([cols[c].probability for _, c in common]),
        pair_partner=np.array([i for (i, _), _ in pairs], dtype=np.intp),
        pair_item=np.array([kk for (_, kk), _ in pairs], dtype=np.intp),
        pair_cols=np.array([c for _, c in pairs], dtype=np.intp),
        pair_p=np.array([cols[c].probability for _, c in pairs]),
        drop_partner=np.array([i for i, _ in drops], dtype=np.intp),
        drop_cols=np.array([c for _, c in drops], dtype=np.intp),
        drop_p=np.array([cols[c].probability for _, c in drops]))


def values(inputs: Inputs, u: np.ndarray, n: int, k: int, layout: Plan | None = None) -> dict[str, np.ndarray]:
    """Turn uniforms (T × d) into the trial arrays the NPV formulas use.

    Returns T×K arrays per continuous field, ``rate`` (T), the events as booleans (True = it
    happens): ``failed_common`` (T × items with a common failure event, in ``layout.common_items``
    order) and ``failed_pairs`` (T × (partner, item) pairs with independent events), and ``stays``
    (T×n, True = the partner goes ahead). Every value depends only on its own trial's uniforms.
    """
    lay = layout if layout is not None else plan(inputs, k)
    t = u.shape[0]
    out: dict[str, np.ndarray] = {}
    for f in CONTINUOUS:
        out[f] = np.empty((t, k), order="F")  # column-major like the design: one item's trials contiguous
        fixed_items = lay.fixed_items[f]
        out[f][:, fixed_items] = lay.fixed[f][fixed_items]  # the sampled columns are written below
    cols = inputs.columns

    def fill(part: list[tuple[str, int, int]]) -> None:
        for f, kk, col in part:
            dist = cols[col].dist
            assert dist is not None  # sampled continuous inputs have one
            out[f][:, kk] = dist.fast_ppf(u[:, col])

    # the inverse CDFs (numpy/scipy ufuncs) release the GIL: two halves on two threads
    jobs = lay.jobs
    if len(jobs) > 1 and t * len(jobs) >= PARALLEL_MIN_VALUES and (os.cpu_count() or 1) > 1:
        half = len(jobs) // 2
        list(_pool().map(fill, [jobs[:half], jobs[half:]]))
    else:
        fill(jobs)
    d = inputs.discount
    if isinstance(d, int):
        rate_dist = inputs.columns[d].dist
        assert rate_dist is not None
        out["rate"] = rate_dist.fast_ppf(u[:, d])
    else:
        out["rate"] = np.full(t, float(d))
    out["failed_common"] = u[:, lay.common_cols] < lay.common_p
    out["failed_pairs"] = u[:, lay.pair_cols] < lay.pair_p
    stays = np.ones((t, n), dtype=bool)
    stays[:, lay.drop_partner] = u[:, lay.drop_cols] >= lay.drop_p
    out["stays"] = stays
    return out
