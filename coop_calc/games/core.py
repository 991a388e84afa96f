"""Excesses, complaints, the core and the least core.

The excess e(S, x) = v(S) - x(S) of a coalition is what the coalition could gain by walking away
from the split x; a positive excess is a complaint. The core is the set of efficient splits with
no complaint at all.
"""

from __future__ import annotations

import math

import numpy as np
from scipy.optimize import linprog

from ._common import REL_TOL, as_allocation, as_game, game_scale, subset_sums
from ._parts import chi_rows
from .nucleolus import _HIGHS, _TOL, _solve


def excesses(v: np.ndarray, x: np.ndarray) -> np.ndarray:
    """e[S] = v(S) - x(S) for every mask S (length 2**n; e[0] = 0, e[N] = v(N) - sum x).

    In the unit of ``v``; positive entries are coalitions that would be better off alone."""
    arr, n = as_game(v)
    xs = as_allocation(x, n)
    return arr - subset_sums(xs)


def max_complaint(v: np.ndarray, x: np.ndarray) -> tuple[float, int]:
    """The largest excess v(S) - x(S) over all coalitions S with S != empty and S != N, and the
    coalition (mask) that has it: *which sub-group could walk away and how much it would gain*.

    Excesses within a relative tolerance of the maximum count as ties; among ties the smallest
    coalition wins, then the lowest mask. A negative amount means every coalition is better off
    in the pool. For n = 1 there is no such coalition: returns (-inf, 0).
    """
    arr, n = as_game(v)
    if n == 1:
        as_allocation(x, n)
        return -math.inf, 0
    e = excesses(arr, x)[1:-1]
    top = float(e.max())
    tol = REL_TOL * max(game_scale(arr), float(np.abs(as_allocation(x, n)).max()))
    cand = np.flatnonzero(e >= top - tol) + 1
    sizes = np.bitwise_count(cand.astype(np.uint64))
    best = int(cand[np.lexsort((cand, sizes))[0]])
    return top, best


def in_core(v: np.ndarray, x: np.ndarray, tol: float = 1e-9) -> bool:
    """True when x is in the core: sum x = v(N), and x(S) >= v(S) for every coalition S.

    ``tol`` is relative to the scale of the game (its largest |v(S)|, or 1 for the zero game):
    a shortfall of up to tol * scale is accepted, so rounding never excludes a core split."""
    arr, n = as_game(v)
    xs = as_allocation(x, n)
    slack = tol * game_scale(arr)
    if abs(float(xs.sum()) - float(arr[-1])) > slack:
        return False
    return bool((arr - subset_sums(xs)).max() <= slack)


def least_core(v: np.ndarray) -> tuple[float, np.ndarray]:
    """The least core: the smallest eps such that some efficient x has x(S) + eps >= v(S) for
    every coalition S != empty, N; and a split in it.

    eps <= 0 iff the core is non-empty; eps > 0 is the amount every coalition would have to be
    subsidised for no one to walk away (in the unit of ``v``). The split returned is the
    prenucleolus, the canonical (lexicographically fairest) point of the least core.
    For n = 1 there is no constraint: returns (-inf, [v(N)]).
    """
    arr, n = as_game(v)
    if n == 1:
        return -math.inf, arr[1:].copy()
    res = _solve(arr, imputation=False)
    return float(res.levels[0]) + 0.0, res.x  # + 0.0 turns -0.0 into 0.0


def least_core_value(v: np.ndarray) -> float:
    """The least-core eps of :func:`least_core` without its split: one LP on a growing set of
    coalitions instead of the prenucleolus' sequence of LPs (what the stability verdicts need).

    Constraint generation: minimise eps subject to x(S) + eps >= v(S) for the coalitions S in a
    working set and x(N) = v(N); while some coalition outside the set has a larger excess than eps at
    the LP's x, add the most violated ones and solve again. The LP over a subset is a relaxation, so
    its eps is at most the least-core eps; once no coalition is violated, its (x, eps) is feasible for
    every coalition, so the two are equal. For n = 1: -inf."""
    arr, n = as_game(v)
    if n == 1:
        return -math.inf
    full = (1 << n) - 1
    scale = game_scale(arr)
    u = arr / scale
    singles = [1 << i for i in range(n)]
    work = sorted({*singles, *(full ^ s for s in singles)} - {0, full})
    in_work = np.zeros(1 << n, dtype=bool)
    in_work[work] = True
    a_eq, b_eq = np.r_[np.ones(n), 0.0].reshape(1, -1), [u[full]]
    batch = max(2 * n, 8)
    while True:
        w = np.array(work, dtype=np.int64)
        a_ub = -np.hstack([chi_rows(w, n), np.ones((w.size, 1))])
        lp = linprog(np.r_[np.zeros(n), 1.0], A_ub=a_ub, b_ub=-u[w], A_eq=a_eq, b_eq=b_eq,
                     bounds=(None, None), method="highs", options=_HIGHS)
        if lp.status != 0:
            raise RuntimeError(f"least core: LP failed ({lp.message})")
        x, eps = lp.x[:n], float(lp.x[n])
        e = u - subset_sums(x)
        e[in_work] = -np.inf
        e[0] = e[full] = -np.inf
        over = np.flatnonzero(e > eps + _TOL)
        if not over.size:
            return eps * scale + 0.0  # + 0.0 turns -0.0 into 0.0
        fresh = over[np.argsort(-e[over], kind="stable")[:batch]]
        work.extend(int(m) for m in fresh)
        in_work[fresh] = True


def core_is_empty(v: np.ndarray) -> bool:
    """True when no split satisfies every coalition (the least-core eps is positive beyond a
    relative tolerance); then pooling is unstable for any split."""
    arr, n = as_game(v)
    return least_core_value(arr) > REL_TOL * 10 * game_scale(arr)


def is_superadditive(v: np.ndarray) -> bool:
    """True when v(S u T) >= v(S) + v(T) for all disjoint S, T (up to a relative tolerance).

    Enumerates all 3**n ordered pairs of disjoint coalitions at once: meant for n <= 14."""
    arr, n = as_game(v)
    if n > 14:
        raise ValueError("is_superadditive enumerates 3**n pairs of coalitions; use it for n <= 14")
    tol = REL_TOL * game_scale(arr)
    s_masks = np.zeros(1, dtype=np.int64)
    t_masks = np.zeros(1, dtype=np.int64)
    for i in range(n):  # player i goes to S, to T, or to neither
        bit = 1 << i
        s_masks, t_masks = (np.concatenate([s_masks, s_masks + bit, s_masks]),
                            np.concatenate([t_masks, t_masks, t_masks + bit]))
    return bool((arr[s_masks] + arr[t_masks] <= arr[s_masks | t_masks] + tol).all())


def is_convex(v: np.ndarray) -> bool:
    """True when v is convex (supermodular): v(S + i) - v(S) <= v(T + i) - v(T) whenever S is a
    subset of T not containing i, i.e. marginal contributions grow with the coalition. Convex
    games have a non-empty core that holds the Shapley value and the nucleolus. O(n**2 * 2**n).
    """
    arr, n = as_game(v)
    tol = REL_TOL * game_scale(arr)
    for i in range(n):
        for j in range(i + 1, n):
            # v(S+i+j) - v(S+i) - v(S+j) + v(S) >= 0 for every S without i and j suffices
            a = arr.reshape(-1, 2, 1 << (j - i - 1), 2, 1 << i)
            d = a[:, 1, :, 1, :] - a[:, 1, :, 0, :] - a[:, 0, :, 1, :] + a[:, 0, :, 0, :]
            if (d < -tol).any():
                return False
    return True
