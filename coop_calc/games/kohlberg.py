"""Kohlberg's criterion: an independent certificate that an allocation is the (pre)nucleolus.

Kohlberg (1971): an efficient x is the prenucleolus iff for every level alpha the collection
D(alpha) = {S : e(S, x) >= alpha} (S != empty, N) is balanced, i.e. there are weights y_S > 0 with
sum y_S 1_S = 1_N. An imputation x is the nucleolus iff each D(alpha) together with the singletons
T0 = {{i} : x_i = v({i})} (whose weights may be zero) is balanced in that sense.
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import linprog

from ._common import as_allocation, as_game, game_scale, singleton_values, subset_sums


def _balanced(chi: np.ndarray, free: np.ndarray) -> bool:
    """Is there y >= 1 on the rows of ``chi`` and w >= 0 on the players in ``free`` with
    y @ chi + w = t * 1 for some t? (Scaling turns y >= 1 into 'strictly positive'.)"""
    m, n = chi.shape
    k = free.size
    a_eq = np.hstack([chi.T, np.eye(n)[:, free], -np.ones((n, 1))])
    bounds = [(1.0, None)] * m + [(0.0, None)] * k + [(0.0, None)]
    lp = linprog(np.zeros(m + k + 1), A_eq=a_eq, b_eq=np.zeros(n), bounds=bounds, method="highs")
    return lp.status == 0


def kohlberg_check(v: np.ndarray, x: np.ndarray, imputation: bool = False,
                   tol: float = 1e-7) -> bool:
    """True when ``x`` satisfies Kohlberg's criterion for ``v``: it is the prenucleolus
    (``imputation=False``) or the nucleolus (``imputation=True``) up to ``tol`` relative to the
    game's scale. Solves one small LP per distinct excess level until the levels span R^n, so it
    is meant for small games (tests and diagnostics, n <= ~10)."""
    arr, n = as_game(v)
    xs = as_allocation(x, n)
    atol = tol * game_scale(arr)
    full = (1 << n) - 1
    if abs(float(xs.sum()) - float(arr[full])) > atol:
        return False
    free = np.zeros(0, dtype=np.int64)
    if imputation:
        gap = xs - singleton_values(arr, n)
        if (gap < -atol).any():
            return False
        free = np.flatnonzero(gap <= atol)
    if n == 1:
        return True
    masks = np.arange(1, full)
    e = (arr - subset_sums(xs))[1:full]
    order = np.argsort(-e, kind="stable")
    se = e[order]
    breaks = np.flatnonzero(se[:-1] - se[1:] > atol) + 1
    ends = np.r_[breaks, se.size]
    for end in ends:
        members = masks[order[:end]]
        chi = ((members[:, None] >> np.arange(n)) & 1).astype(np.float64)
        if not _balanced(chi, free):
            return False
        if np.linalg.matrix_rank(chi) == n:
            return True  # later levels add coalitions to a spanning balanced collection
    return True
