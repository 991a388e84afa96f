"""Further single-point solutions: the normalised Banzhaf value and the tau-value."""

from __future__ import annotations

import numpy as np

from ._common import REL_TOL, as_game, game_scale, subset_sums


def _sum_with_player(v: np.ndarray, n: int) -> np.ndarray:
    """sum_{S containing i} v(S) for each player i (strided views, no full-size temporaries)."""
    return np.array([v.reshape(-1, 2, 1 << i)[:, 1, :].sum() for i in range(n)])


def banzhaf(v: np.ndarray) -> np.ndarray:
    """Raw Banzhaf value: each player's marginal contribution v(S + i) - v(S) averaged over all
    2**(n-1) coalitions S without i (each equally likely). Does not in general sum to v(N)."""
    arr, n = as_game(v)
    with_i = _sum_with_player(arr, n)
    without_i = arr.sum() - with_i
    return (with_i - without_i) / float(1 << (n - 1))


def banzhaf_normalised(v: np.ndarray) -> np.ndarray:
    """The Banzhaf value rescaled to share exactly v(N): beta * v(N) / sum(beta).

    Raises ValueError when the raw Banzhaf values sum to zero (relative to the game's scale):
    then no rescaling can make them share v(N)."""
    arr, n = as_game(v)
    beta = banzhaf(arr)
    total = float(beta.sum())
    if abs(total) <= REL_TOL * game_scale(arr):
        raise ValueError("the normalised Banzhaf value is not defined for this game: the raw "
                         "Banzhaf values add up to zero, so they cannot be rescaled to v(N)")
    return beta * (float(arr[-1]) / total)


def utopia_and_minimal_rights(v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Utopia payoffs M_i = v(N) - v(N minus i) (the most i can ask without the rest preferring to
    leave it out) and minimal rights m_i = max over S containing i of
    v(S) - sum_{j in S, j != i} M_j (what i can secure by offering the others their utopia
    payoffs). Tijs (1981)."""
    arr, n = as_game(v)
    full = (1 << n) - 1
    big_m = arr[full] - arr[full ^ (1 << np.arange(n))]
    g = arr - subset_sums(big_m)
    small_m = big_m + np.array([g.reshape(-1, 2, 1 << i)[:, 1, :].max() for i in range(n)])
    return big_m, small_m


def tau_value(v: np.ndarray) -> np.ndarray:
    """The tau-value (Tijs 1981): the efficient compromise tau = m + alpha (M - m) on the segment
    between minimal rights m and utopia payoffs M.

    Defined only for quasi-balanced games (m <= M and sum m <= v(N) <= sum M); otherwise raises
    ValueError saying which condition fails. Every game with a non-empty core is quasi-balanced.
    """
    arr, n = as_game(v)
    big_m, small_m = utopia_and_minimal_rights(arr)
    tol = REL_TOL * game_scale(arr) * max(n, 1)
    vn = float(arr[-1])
    if (small_m > big_m + tol).any():
        bad = int(np.argmax(small_m - big_m))
        raise ValueError("the tau-value is not defined: the game is not quasi-balanced (player "
                         f"{bad}'s minimal right {small_m[bad]:.6g} exceeds its utopia payoff "
                         f"{big_m[bad]:.6g})")
    if small_m.sum() > vn + tol or vn > big_m.sum() + tol:
        raise ValueError("the tau-value is not defined: the game is not quasi-balanced (it needs "
                         f"sum of minimal rights {small_m.sum():.6g} <= v(N) {vn:.6g} <= sum of "
                         f"utopia payoffs {big_m.sum():.6g})")
    gap = float(big_m.sum() - small_m.sum())
    if gap <= tol:
        return small_m + (vn - small_m.sum()) / n
    alpha = (vn - float(small_m.sum())) / gap
    return small_m + alpha * (big_m - small_m)
