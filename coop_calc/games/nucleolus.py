"""Nucleolus and prenucleolus by sequential linear programmes with constraint generation.

The (pre)nucleolus is the allocation that lexicographically minimises the sorted vector of
excesses e(S, x) = v(S) - x(S) (Schmeidler 1969). It is computed as in Maschler, Peleg & Shapley
(1979): stage k solves

    minimise eps  s.t.  x(S) + eps >= v(S)   for every coalition S not yet settled,
                        x(T) = v(T) - eps_j  for every coalition T settled at an earlier level j,
                        x(N) = v(N),  and  x_i >= v({i}) for the nucleolus,

then settles the coalitions that are tight in EVERY optimal solution: those with a strictly
positive dual value (complementary slackness with any optimal dual), and the players whose lower
bound has a positive dual. A coalition whose indicator vector lies in the span of the settled
ones has a constant excess from then on and leaves the programme. The allocation is unique once
the settled vectors span R^n. Each stage fixes at least one new independent vector, so there are
at most n stages (plus rare repeats of a level when a dual solution is not strictly
complementary).

Constraint generation (as in Benedek, Fliege & Nguyen 2021): each programme holds only a working
set of coalitions, closed under complement (which keeps it bounded), seeded with the singletons
and their complements; after each solve the excess of every coalition is evaluated at once (x(S)
for all 2**n masks by doubling) and the most violated ones join. The result is finally polished by
solving the settled equalities (x and every level eps_j as unknowns) by least squares.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import linprog

from ._common import as_game, game_scale, singleton_values, subset_sums

_TOL = 1e-9  # on the game scaled to max |v| = 1
_DUAL_TOL = 1e-9
_HIGHS = {"primal_feasibility_tolerance": 1e-10, "dual_feasibility_tolerance": 1e-10}


class EmptyImputationSetError(ValueError):
    """The players' stand-alone values v({i}) add up to more than v(N): no split gives every
    player at least its stand-alone value, so the nucleolus does not exist (the prenucleolus
    does, and is the natural fallback)."""


@dataclass
class NucleolusResult:
    """Outcome of the sequential LPs: the allocation, the excess level of each stage (largest
    first), which coalitions were settled at which stage, and effort counters."""

    x: np.ndarray
    levels: list[float]
    settled: list[tuple[int, int]] = field(default_factory=list)  # (mask, stage)
    at_lower_bound: list[int] = field(default_factory=list)
    lp_solves: int = 0
    rows: int = 0


def _chi(masks: np.ndarray, n: int) -> np.ndarray:
    """0/1 indicator rows (len(masks), n) of the coalitions."""
    m = np.asarray(masks, dtype=np.int64)
    return ((m[:, None] >> np.arange(n)) & 1).astype(np.float64)


class _Span:
    """Orthonormal basis of the span of the settled indicator vectors."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.q = np.zeros((n, 0))

    @property
    def rank(self) -> int:
        return self.q.shape[1]

    def residual(self, rows: np.ndarray) -> np.ndarray:
        """Distance of each row vector from the span."""
        r = rows - (rows @ self.q) @ self.q.T
        return np.sqrt(np.einsum("ij,ij->i", r, r))

    def contains(self, masks: np.ndarray) -> np.ndarray:
        if masks.size == 0:
            return np.zeros(0, dtype=bool)
        return self.residual(_chi(masks, self.n)) < 1e-9

    def add(self, row: np.ndarray) -> bool:
        """Add a vector; False when it already lies in the span."""
        for _ in range(2):  # Gram-Schmidt twice for orthogonality at working precision
            row = row - self.q @ (self.q.T @ row)
        norm = float(np.linalg.norm(row))
        if norm < 1e-9:
            return False
        self.q = np.column_stack([self.q, row / norm])
        return True


def _solve(v: np.ndarray, imputation: bool, stages: int | None = None) -> NucleolusResult:
    """Sequential LPs on ``v`` (validated); ``imputation`` adds x_i >= v({i}). With ``stages``
    set, stop after that many stages (the allocation is then one optimal point, not unique)."""
    arr, n = as_game(v)
    full = (1 << n) - 1
    scale = game_scale(arr)
    u = arr / scale
    lower = singleton_values(u, n) if imputation else None
    if lower is not None and lower.sum() > u[full] + _TOL:
        raise EmptyImputationSetError("the imputation set is empty: the players' stand-alone values "
                         "v({i}) add up to more than v(N), so no nucleolus exists "
                         "(the prenucleolus does)")
    res = NucleolusResult(x=np.zeros(n), levels=[])
    span = _Span(n)
    span.add(np.ones(n))
    eq_masks: list[int] = [full]
    eq_rhs: list[float] = [float(u[full])]
    u_open = u.copy()  # -inf where a coalition is settled or in the span of the settled ones
    u_open[0] = u_open[full] = -np.inf
    singles = [1 << i for i in range(n)]
    work: list[int] = sorted(set(singles) | {full ^ s for s in singles} - {0, full})
    bounds = [(lo, None) for lo in lower] + [(None, None)] if lower is not None else (None, None)
    add_per_round = max(2 * n, 8)
    x = np.full(n, u[full] / n)
    while span.rank < n and (stages is None or len(res.levels) < stages):
        if len(res.levels) > 4 * n + 10:
            raise RuntimeError("nucleolus: no progress after many stages (numerical trouble)")
        w = np.array(work, dtype=np.int64)
        keep = ~span.contains(w)
        u_open[w[~keep]] = -np.inf
        work = [int(s) for s in w[keep]]
        if not work:  # re-seed with the singletons outside the span (and complements)
            s_out = [s for s in singles if np.isfinite(u_open[s])]
            work = sorted(set(s_out) | {full ^ s for s in s_out})
        a_eq = np.hstack([_chi(np.array(eq_masks), n), np.zeros((len(eq_masks), 1))])
        b_eq = np.array(eq_rhs)
        while True:
            w = np.array(work, dtype=np.int64)
            a_ub = -np.hstack([_chi(w, n), np.ones((w.size, 1))])
            lp = linprog(np.r_[np.zeros(n), 1.0], A_ub=a_ub, b_ub=-u[w], A_eq=a_eq, b_eq=b_eq,
                         bounds=bounds, method="highs", options=_HIGHS)
            res.lp_solves += 1
            if lp.status != 0:
                raise RuntimeError(f"nucleolus: stage LP failed ({lp.message})")
            x, eps = lp.x[:n], float(lp.x[n])
            e = u_open - subset_sums(x)
            added = _most_violated(e, eps, add_per_round, span, u_open, n)
            if not added:
                break
            fresh = set(added) | {full ^ s for s in added}
            work.extend(sorted(fresh - set(work)))
        res.rows = max(res.rows, len(work))
        stage = len(res.levels)
        res.levels.append(eps)
        duals = -np.asarray(lp.ineqlin.marginals)
        tight = [work[j] for j in np.flatnonzero(duals > _DUAL_TOL)]
        at_lb: list[int] = []
        if lower is not None:
            at_lb = [int(i) for i in np.flatnonzero(np.asarray(lp.lower.marginals)[:n] > _DUAL_TOL)]
        if not tight and not at_lb:
            tight = _always_tight_by_slack(u, w, x, eps, a_eq, b_eq, bounds, n, res)
        for s in tight:
            u_open[s] = -np.inf
            res.settled.append((s, stage))
            if span.add(_chi(np.array([s]), n)[0]):
                eq_masks.append(s)
                eq_rhs.append(float(u[s]) - eps)
        for i in at_lb:
            if i not in res.at_lower_bound:
                res.at_lower_bound.append(i)
                if span.add(np.eye(n)[i]):
                    eq_masks.append(1 << i)
                    eq_rhs.append(float(lower[i]))  # type: ignore[index]
    res.x = _polish(u, n, res, x, lower) * scale
    res.levels = [lv * scale for lv in res.levels]
    return res


def _most_violated(e: np.ndarray, eps: float, k: int, span: _Span, u_open: np.ndarray,
                   n: int) -> list[int]:
    """Up to k coalitions outside the span with excess above eps (largest first); coalitions
    found to lie in the span are closed in ``u_open`` on the way. Candidates are tested in
    batches that double in size, so long runs of in-span coalitions cost few passes."""
    idx = np.flatnonzero(e > eps + _TOL)
    batch = k
    while idx.size:
        if idx.size > batch:
            part = np.argpartition(e[idx], -batch)
            top, idx = idx[part[-batch:]], idx[part[:-batch]]
        else:
            top, idx = idx, idx[:0]
        inside = span.contains(top)
        u_open[top[inside]] = -np.inf
        if not inside.all():
            out = top[~inside]
            return [int(s) for s in out[np.argsort(-e[out])[:k]]]
        batch *= 2
    return []


def _always_tight_by_slack(u: np.ndarray, w: np.ndarray, x: np.ndarray, eps: float,
                           a_eq: np.ndarray, b_eq: np.ndarray, bounds, n: int,
                           res: NucleolusResult) -> list[int]:
    """Fallback when the solver's duals name no coalition: test each tight row by maximising
    its slack over the optimal face (restricted to the working set, a superset of the face)."""
    chi = _chi(w, n)
    slack = chi @ x + eps - u[w]
    a_ub = -chi[:, :]
    b_ub = -(u[w] - eps)
    out = []
    for j in np.flatnonzero(slack <= 1e3 * _TOL):
        lp = linprog(-chi[j], A_ub=a_ub, b_ub=b_ub, A_eq=a_eq[:, :n], b_eq=b_eq,
                     bounds=bounds[:n] if isinstance(bounds, list) else (None, None),
                     method="highs", options=_HIGHS)
        res.lp_solves += 1
        if lp.status == 0 and -lp.fun + eps - u[w[j]] <= 1e3 * _TOL:
            out.append(int(w[j]))
    if not out:
        raise RuntimeError("nucleolus: no coalition is tight in every optimum (numerical trouble)")
    return out


def _polish(u: np.ndarray, n: int, res: NucleolusResult, x_lp: np.ndarray,
            lower: np.ndarray | None) -> np.ndarray:
    """Solve the settled equalities exactly (x and the stage levels as unknowns); keep the LP's
    answer if the system is not of full rank or disagrees with it beyond tolerance."""
    k = len(res.levels)
    rows, rhs = [], []
    full = (1 << n) - 1
    for s, stage in res.settled:
        r = np.zeros(n + k)
        r[:n] = _chi(np.array([s]), n)[0]
        r[n + stage] = 1.0
        rows.append(r)
        rhs.append(u[s])
    r = np.zeros(n + k)
    r[:n] = 1.0
    rows.append(r)
    rhs.append(u[full])
    for i in res.at_lower_bound:
        r = np.zeros(n + k)
        r[i] = 1.0
        rows.append(r)
        rhs.append(lower[i])  # type: ignore[index]
    a = np.array(rows)
    sol, _, rank, _ = np.linalg.lstsq(a, np.array(rhs), rcond=None)
    if rank < n + k:
        return x_lp
    drift = np.abs(np.r_[sol[:n] - x_lp, sol[n:] - np.array(res.levels)])
    if drift.max() > 1e-6:
        return x_lp
    return sol[:n]


def nucleolus(v: np.ndarray) -> np.ndarray:
    """The nucleolus of ``v`` (Schmeidler 1969): among imputations (x_i >= v({i}),
    sum x = v(N)) the one whose sorted excesses are lexicographically smallest.

    Returns n shares in the unit of ``v``; they sum to v(N). Lies in the core whenever the core
    is non-empty. Raises EmptyImputationSetError (a ValueError) when the imputation set is
    empty, i.e. sum v({i}) > v(N): pooling loses money however it is split.
    """
    return _solve(v, imputation=True).x


def prenucleolus(v: np.ndarray) -> np.ndarray:
    """The prenucleolus of ``v``: as the nucleolus but over all efficient allocations
    (sum x = v(N)), without the individual-rationality bounds. Always exists; lies in the least
    core; equals the nucleolus whenever it is individually rational (e.g. superadditive games)."""
    return _solve(v, imputation=False).x


def nucleolus_details(v: np.ndarray, imputation: bool = True) -> NucleolusResult:
    """The (pre)nucleolus with the excess level of each LP stage and the coalitions settled at
    each stage (the coalitions that determine it), for explanations and diagnostics."""
    return _solve(v, imputation=imputation)
