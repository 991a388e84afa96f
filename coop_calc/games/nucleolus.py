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

Constraint generation (after Nguyen & Thomas 2016; Benedek, Fliege & Nguyen 2021): the LPs hold
only a working set of coalitions, closed under complement (which keeps every LP bounded), seeded
with the singletons and their complements. Within a stage, the most violated coalitions at the
LP's vertex join while they raise the level. Then the sequential LPs are run to the end on the
working set, and the unique restricted (pre)nucleolus is checked against ALL coalitions (x(S) for
all 2**n masks at once by doubling): if some coalition that was not a row of stage j's LP, and lies
outside the span settled before stage j, has an excess above level j, it joins and the stages from
j on are redone; otherwise every restricted stage optimum is the full one (same primal point, same
duals) and the answer is exact. Checking the central restricted nucleolus rather than the vertices
of a degenerate optimal face is what keeps convex (purchasing) games fast. The result is finally
polished by solving the settled equalities (x and every level eps_j as unknowns) by least squares.
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import linprog

from ._common import as_game, game_scale, singleton_values, subset_sums
from ._parts import NucleolusResult, Span, chi_rows, pick_outside_span, polish

_TOL = 1e-9  # on the game scaled to max |v| = 1
_DUAL_TOL = 1e-9
_HIGHS = {"primal_feasibility_tolerance": 1e-10, "dual_feasibility_tolerance": 1e-10}


class EmptyImputationSetError(ValueError):
    """The players' stand-alone values v({i}) add up to more than v(N): no split gives every
    player at least its stand-alone value, so the nucleolus does not exist (the prenucleolus
    does, and is the natural fallback)."""


class _Solver:
    """State of the sequential LPs on a working set of coalitions (see the module docstring)."""

    def __init__(self, u: np.ndarray, n: int, lower: np.ndarray | None) -> None:
        self.u, self.n, self.lower = u, n, lower
        self.full = (1 << n) - 1
        self.bounds = ([(lo, None) for lo in lower] + [(None, None)]) if lower is not None \
            else (None, None)
        singles = [1 << i for i in range(n)]
        seed = {*singles, *(self.full ^ s for s in singles)} - {0, self.full}
        self.work: list[int] = sorted(seed)
        self.in_work = np.zeros(1 << n, dtype=bool)
        self.in_work[self.work] = True
        # stage from which each coalition is a row of the stage LPs (never: a large number)
        self.since = np.full(1 << n, np.iinfo(np.int32).max, dtype=np.int32)
        self.since[self.work] = 0
        self.span = Span(n)
        self.span.add(np.ones(n))
        self.eq_masks: list[int] = [self.full]
        self.eq_rhs: list[float] = [float(u[self.full])]
        self.res = NucleolusResult(x=np.full(n, u[self.full] / n), levels=[])
        self.starts: list[tuple[np.ndarray, int, int, int]] = []  # state at each stage's start
        self.k = max(2 * n, 8)

    def add_work(self, masks: list[int]) -> None:
        candidates = {m for s in masks for m in (s, self.full ^ s)} - {0, self.full}
        fresh = [m for m in sorted(candidates) if not self.in_work[m]]
        self.work.extend(fresh)
        self.in_work[fresh] = True
        self.since[fresh] = len(self.res.levels)

    def stage(self) -> np.ndarray:
        """One stage: LP over the working rows outside the span, grown while they raise the
        level; then settle what is tight in every optimum. Returns the LP's x."""
        n, u = self.n, self.u
        res = self.res
        self.starts.append((self.span.q.copy(), len(self.eq_masks), len(res.settled),
                            len(res.at_lower_bound)))
        a_eq = np.hstack([chi_rows(np.array(self.eq_masks), n), np.zeros((len(self.eq_masks), 1))])
        b_eq = np.array(self.eq_rhs)
        prev = -np.inf
        while True:
            w = np.array(self.work, dtype=np.int64)
            w = w[~self.span.contains(w)]
            if w.size == 0:
                raise RuntimeError("nucleolus: empty working set before the allocation is unique")
            a_ub = -np.hstack([chi_rows(w, n), np.ones((w.size, 1))])
            lp = linprog(np.r_[np.zeros(n), 1.0], A_ub=a_ub, b_ub=-u[w], A_eq=a_eq, b_eq=b_eq,
                         bounds=self.bounds, method="highs", options=_HIGHS)
            res.lp_solves += 1
            if lp.status != 0:
                raise RuntimeError(f"nucleolus: stage LP failed ({lp.message})")
            x, eps = lp.x[:n], float(lp.x[n])
            if eps <= prev + _TOL:
                break  # the level no longer rises: the final check decides about the rest
            prev = eps
            e = u - subset_sums(x)
            e[self.in_work] = -np.inf
            e[0] = e[self.full] = -np.inf
            idx = np.flatnonzero(e > eps + _TOL)
            added = pick_outside_span(idx, e[idx], self.k, self.span)
            if not added:
                break
            self.add_work(added)
        res.rows = max(res.rows, len(self.work))
        stage = len(res.levels)
        res.levels.append(eps)
        duals = -np.asarray(lp.ineqlin.marginals)
        tight = [int(w[j]) for j in np.flatnonzero(duals > _DUAL_TOL)]
        at_lb: list[int] = []
        if self.lower is not None:
            at_lb = [int(i) for i in np.flatnonzero(np.asarray(lp.lower.marginals)[:n] > _DUAL_TOL)]
        if not tight and not at_lb:
            tight = _always_tight_by_slack(u, w, x, eps, a_eq, b_eq, self.bounds, n, res)
        for s in tight:
            res.settled.append((s, stage))
            if self.span.add(chi_rows(np.array([s]), n)[0]):
                self.eq_masks.append(s)
                self.eq_rhs.append(float(u[s]) - eps)
        for i in at_lb:
            if i not in res.at_lower_bound:
                res.at_lower_bound.append(i)
                if self.span.add(np.eye(n)[i]):
                    self.eq_masks.append(1 << i)
                    self.eq_rhs.append(float(self.lower[i]))  # type: ignore[index]
        return x

    def first_violated_stage(self, x: np.ndarray) -> tuple[int, list[int]] | None:
        """The first stage whose LP the point x of the restricted (pre)nucleolus does not solve
        over all coalitions: a coalition that was not a row of that stage's LP, lies outside the
        span settled before it, and has excess above the stage's level. None when x is the
        answer (then every stage's restricted optimum is the full one, with the same duals)."""
        e = self.u - subset_sums(x)
        e[0] = e[self.full] = -np.inf
        levels = self.res.levels
        # rows added in a later stage's growth may break an earlier stage, so levels need not
        # be monotone until the check passes: take candidates above the lowest one
        cand = np.flatnonzero(e > min(levels) + _TOL)
        c_e, c_since = e[cand], self.since[cand]
        tested = np.zeros(cand.size, dtype=bool)
        for j, level in enumerate(levels):
            band = np.flatnonzero(~tested & (c_e > level + _TOL) & (c_since > j))
            if band.size == 0:
                continue
            tested[band] = True
            span = Span(self.n)
            span.q = self.starts[j][0]
            found = pick_outside_span(cand[band], c_e[band], self.k, span)
            if found:
                return j, found
        return None

    def rollback(self, j: int) -> None:
        q, n_eq, n_settled, n_lb = self.starts[j]
        self.span.q = q
        del self.eq_masks[n_eq:], self.eq_rhs[n_eq:], self.starts[j:]
        res = self.res
        del res.settled[n_settled:], res.at_lower_bound[n_lb:], res.levels[j:]
        self.since[self.in_work & (self.since > j)] = j


def _solve(v: np.ndarray, imputation: bool) -> NucleolusResult:
    """Sequential LPs on ``v``; ``imputation`` adds the bounds x_i >= v({i})."""
    arr, n = as_game(v)
    full = (1 << n) - 1
    scale = game_scale(arr)
    u = arr / scale
    lower = singleton_values(u, n) if imputation else None
    if lower is not None and lower.sum() > u[full] + _TOL:
        raise EmptyImputationSetError(
            "the imputation set is empty: the players' stand-alone values v({i}) add up to more "
            "than v(N), so no nucleolus exists (the prenucleolus does)")
    sol = _Solver(u, n, lower)
    x = sol.res.x
    for _ in range(1 << n):
        while sol.span.rank < n:
            if len(sol.res.levels) > 4 * n + 10:
                raise RuntimeError("nucleolus: no progress after many stages (numerical trouble)")
            x = sol.stage()
        if n == 1:
            break
        bad = sol.first_violated_stage(x)
        if bad is None:
            break
        sol.rollback(bad[0])
        sol.add_work(bad[1])
    else:  # every coalition joined and the check still failed: numerically inconsistent
        raise RuntimeError("nucleolus: constraint generation did not converge")
    res = sol.res
    res.x = polish(u, n, res, x, lower) * scale
    res.levels = [lv * scale for lv in res.levels]
    return res


def _always_tight_by_slack(u: np.ndarray, w: np.ndarray, x: np.ndarray, eps: float,
                           a_eq: np.ndarray, b_eq: np.ndarray, bounds, n: int,
                           res: NucleolusResult) -> list[int]:
    """Fallback when the solver's duals name no coalition: test each tight row by maximising
    its slack over the optimal face (restricted to the working set, a superset of the face)."""
    chi = chi_rows(w, n)
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
