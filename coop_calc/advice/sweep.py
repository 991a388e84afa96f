"""Sweeps and thresholds: savings and stability as one or two inputs move, and the values at which the
pool stops paying off or stops being stable.

An *axis* changes one input of the scenario:

- ``per_pair``: coordination cost per pair of members (currency);
- ``discount:<supplier>``: a uniform cut of every unit price of that supplier's quotes (fraction, 0.05
  = 5 %), fees unchanged;
- ``volume:<partner id>``: a factor on that partner's needs (1 = as entered);
- ``member:<partner id>``: 1 = the partner takes part, 0 = it does not.

Every point is computed from the scenario and its own axis values alone (no random numbers, no state
carried between points), so any point can be recomputed on its own and gives the same figures, in one
process or on all cores (:class:`concurrent.futures.ProcessPoolExecutor`).

Break-even values: where the figure is continuous in the input (the pool's net savings in the
coordination cost per pair or in a supplier's discount) by Brent's method (scipy.optimize.brentq);
where tiers make it a step function (volumes) by bisection on the monotone predicate "the pool pays
off" (or "is stable"), which converges to the switching point without assuming continuity.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
import sys
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Callable, Sequence

import numpy as np
from scipy.optimize import brentq

from .. import games
from ..coalitions import MAX_EXACT_PARTNERS, PoolPricer, savings_game
from ..errors import Problem, ValidationError
from ..messages import Msg
from ..model import Scenario, Tier
from .partition import best_partition

AXIS_KINDS = ("per_pair", "discount", "volume", "member")
#: Grids with at least this many coalition values (points × 2ⁿ) go to worker processes by default.
PARALLEL_WORK = 1 << 19


def _refuse(axis: str, reason: Msg) -> ValidationError:
    return ValidationError(Problem(Msg("sweep_place_axis", axis=repr(axis)), reason))


def parse_axis(scenario: Scenario, axis: str) -> tuple[str, str]:
    """('per_pair', '') or (kind, argument) for an axis name; ValidationError when it names nothing."""
    kind, _, arg = axis.partition(":")
    if kind not in AXIS_KINDS or (kind == "per_pair") != (arg == ""):
        raise _refuse(axis, Msg("sweep_axis_kinds"))
    if kind == "discount" and arg not in {q.supplier for q in scenario.quotes}:
        raise _refuse(axis, Msg("sweep_no_supplier", supplier=repr(arg)))
    if kind in ("volume", "member") and arg not in scenario.partner_ids():
        raise _refuse(axis, Msg("sweep_no_partner", id=repr(arg)))
    return kind, arg


def apply_axis(scenario: Scenario, axis: str, value: float) -> Scenario:
    """The scenario with one input set to ``value`` (see the module docstring)."""
    kind, arg = parse_axis(scenario, axis)
    if not np.isfinite(value):
        raise _refuse(axis, Msg("sweep_not_number", value=repr(value)))
    if kind == "per_pair":
        if value < 0:
            raise _refuse(axis, Msg("sweep_negative_cost", value=float(value)))
        return replace(scenario, coordination=replace(scenario.coordination, per_pair=float(value)))
    if kind == "discount":
        if not 0 <= value < 1:
            raise _refuse(axis, Msg("sweep_discount", value=float(value)))
        quotes = tuple(replace(q, tiers=tuple(Tier(t.min_quantity, t.unit_price * (1 - value)) for t in q.tiers))
                       if q.supplier == arg else q for q in scenario.quotes)
        return replace(scenario, quotes=quotes)
    if kind == "volume":
        if value < 0:
            raise _refuse(axis, Msg("sweep_negative_volume", value=float(value)))
        demand = {key: q * value if key[0] == arg else q for key, q in scenario.demand.items()}
        return replace(scenario, demand=MappingProxyType(demand))
    if value not in (0, 1):
        raise _refuse(axis, Msg("sweep_member", value=float(value)))
    if value == 1:
        return scenario
    demand = {key: q for key, q in scenario.demand.items() if key[0] != arg}
    pct = {p: x for p, x in scenario.sharing.custom_percentages.items() if p != arg}
    return replace(scenario, partners=tuple(p for p in scenario.partners if p.id != arg),
                   demand=MappingProxyType(demand),
                   sharing=replace(scenario.sharing, custom_percentages=MappingProxyType(pct)))


@dataclass(frozen=True)
class Point:
    """Figures of one sweep point (currency). ``grand_stable``: the single pool's core is not empty;
    ``best_groups``: number of pools in the best structure."""

    grand_net_savings: float
    best_net_savings: float
    best_groups: int
    grand_stable: bool | None


def evaluate(scenario: Scenario, stability: bool = True) -> Point:
    """One point: the single pool's and the best structure's net savings, and the single pool's
    stability (None when not asked for). Pools of up to MAX_EXACT_PARTNERS partners."""
    n = scenario.n
    if n == 0:
        return Point(0.0, 0.0, 0, True)
    if n > MAX_EXACT_PARTNERS:
        raise ValidationError(Msg("sweep_too_many_partners", limit=MAX_EXACT_PARTNERS))
    v = savings_game(PoolPricer.of(scenario).all_costs())
    best, _ = best_partition(v)
    stable = None
    if stability:
        stable = True if n == 1 else bool(games.least_core_value(v) <= 1e-8 * max(1.0, float(np.abs(v).max())))
    return Point(float(v[-1]), best.value, len(best.groups), stable)


#: the scenario of a worker process (set once by :func:`_init_worker`; scenarios hold mapping proxies,
#: which do not pickle, so they travel as their JSON text)
_WORKER_SCENARIO: Scenario | None = None


def _init_worker(text: str) -> None:
    global _WORKER_SCENARIO
    from ..scenario_io import project_from_json

    _WORKER_SCENARIO = project_from_json(text).scenarios[0]


def _worker_point(axes: tuple[str, ...], values: tuple[float, ...], stability: bool) -> Point:
    assert _WORKER_SCENARIO is not None
    return _point(_WORKER_SCENARIO, axes, values, stability)


def _point(scenario: Scenario, axes: tuple[str, ...], values: tuple[float, ...], stability: bool) -> Point:
    s = scenario
    for a, x in zip(axes, values):
        s = apply_axis(s, a, x)
    return evaluate(s, stability)


@dataclass(frozen=True)
class Sweep:
    """A grid over one or two axes: ``values[j]`` the values of axis j; arrays shaped
    (len(values[0]),) or (len(values[0]), len(values[1]))."""

    axes: tuple[str, ...]
    values: tuple[tuple[float, ...], ...]
    grand_net_savings: np.ndarray
    best_net_savings: np.ndarray
    best_groups: np.ndarray
    grand_stable: np.ndarray  # 1 stable, 0 not, -1 not computed


class Cancelled(Exception):
    """The sweep was cancelled before it finished."""


def sweep(scenario: Scenario, axes: Sequence[str], values: Sequence[Sequence[float]], stability: bool = True,
          workers: int | None = None, progress: Callable[[float], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> Sweep:
    """Evaluate every point of the grid, on ``workers`` processes (default: all cores when the grid is
    large enough to repay starting them, see PARALLEL_WORK; 1 = in this process). Raises
    :class:`Cancelled` when ``cancelled()`` turns true (checked after each point)."""
    axes = tuple(axes)
    if not 1 <= len(axes) <= 2 or len(values) != len(axes):
        raise ValidationError(Msg("sweep_axes"))
    vals = tuple(tuple(float(x) for x in vs) for vs in values)
    for a, vs in zip(axes, vals):
        if not vs:
            raise _refuse(a, Msg("sweep_no_values"))
        for x in vs:
            apply_axis(scenario, a, x)  # refuse bad values before any work starts
    shape = tuple(len(vs) for vs in vals)
    grid = list(np.ndindex(*shape))
    results: dict[tuple[int, ...], Point] = {}
    if workers is None:
        # starting worker processes costs a second or two; small grids of small pools are done sooner
        # here. A frozen desktop build would start the application itself as a worker: one process.
        big = len(grid) * (1 << scenario.n) >= PARALLEL_WORK
        workers = _cores() if big and not getattr(sys, "frozen", False) else 1

    def tick() -> None:
        if progress is not None:
            progress(len(results) / len(grid))
        if cancelled is not None and cancelled():
            raise Cancelled()

    if workers > 1 and len(grid) > 1:
        try:
            _parallel(scenario, axes, vals, grid, stability, workers, results, tick)
        except cf.process.BrokenProcessPool:
            # worker processes could not start (e.g. a frozen build without multiprocessing support):
            # the points not yet computed are computed here instead — same figures, one core
            pass
    for idx in grid:
        if idx not in results:
            results[idx] = _point(scenario, axes, tuple(vals[j][i] for j, i in enumerate(idx)), stability)
            tick()
    out = {name: np.zeros(shape) for name in ("g", "b", "k", "s")}
    for idx, p in results.items():
        out["g"][idx], out["b"][idx], out["k"][idx] = p.grand_net_savings, p.best_net_savings, p.best_groups
        out["s"][idx] = -1 if p.grand_stable is None else int(p.grand_stable)
    return Sweep(axes, vals, out["g"], out["b"], out["k"].astype(int), out["s"].astype(int))


def _parallel(scenario: Scenario, axes: tuple[str, ...], vals: tuple[tuple[float, ...], ...],
              grid: list[tuple[int, ...]], stability: bool, workers: int, results: dict[tuple[int, ...], Point],
              tick: Callable[[], None]) -> None:
    """The grid's points on worker processes; ``results`` is filled as they complete."""
    from ..model import Project
    from ..scenario_io import project_to_json

    text = project_to_json(Project((scenario,)))
    with cf.ProcessPoolExecutor(max_workers=min(workers, len(grid)), mp_context=_context(),
                                initializer=_init_worker, initargs=(text,)) as ex:
        futures = {ex.submit(_worker_point, axes, tuple(vals[j][i] for j, i in enumerate(idx)), stability): idx
                   for idx in grid}
        try:
            for fut in cf.as_completed(futures):
                results[futures[fut]] = fut.result()
                tick()
        except BaseException:
            ex.shutdown(wait=False, cancel_futures=True)
            raise


def _context():
    """Worker processes are forked from a fresh single-threaded server that has imported only this
    module (forking the application itself is unsafe beside Qt's threads; spawning would re-run the
    caller's main module); where there is no fork server (Windows), they are spawned."""
    try:
        ctx = multiprocessing.get_context("forkserver")
    except ValueError:  # pragma: no cover - not available on this platform
        return multiprocessing.get_context("spawn")
    ctx.set_forkserver_preload([__name__])
    return ctx


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def threshold(scenario: Scenario, axis: str, lo: float, hi: float, what: str = "pays_off",
              tol: float = 1e-6) -> float | None:
    """The value of ``axis`` in [lo, hi] where the single pool stops paying off (``what="pays_off"``:
    net savings > 0) or stops being stable (``"stable"``: core not empty); None when the predicate
    has the same value at both ends. Continuous cases by brentq, step cases by bisection."""
    kind, _ = parse_axis(scenario, axis)

    def savings(x: float) -> float:
        return evaluate(apply_axis(scenario, axis, x), stability=False).grand_net_savings

    def pred(x: float) -> bool:
        p = evaluate(apply_axis(scenario, axis, x), stability=what == "stable")
        return bool(p.grand_stable) if what == "stable" else p.grand_net_savings > 0

    if what == "pays_off" and kind in ("per_pair", "discount"):
        a, b = savings(lo), savings(hi)
        if (a > 0) == (b > 0) or a == 0 or b == 0:
            return None
        return float(brentq(savings, lo, hi, xtol=tol * max(1.0, abs(hi)), rtol=1e-12))
    a, b = pred(lo), pred(hi)
    if a == b:
        return None
    span = tol * max(1.0, abs(hi - lo))
    while hi - lo > span:
        mid = (lo + hi) / 2
        if pred(mid) == a:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2
