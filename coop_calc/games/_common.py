"""Shared helpers of the game engine: validating a game array, coalition sizes, subset sums.

A game over n players is a 1-D float64 array ``v`` of length 2**n indexed by bitmask (player i
<-> bit i), with ``v[0] == 0``. Values are in currency (savings) or whatever unit the caller uses;
every function here is unit-agnostic and homogeneous of degree one in ``v``.
"""

from __future__ import annotations

import numpy as np

#: Relative tolerance used for "equal", "tight" and "in the core" decisions, as a fraction of
#: the scale of the game (the largest |v(S)|).
REL_TOL = 1e-9


def as_game(v: np.ndarray | list[float]) -> tuple[np.ndarray, int]:
    """Check ``v`` and return it as a contiguous float64 array together with n.

    Raises ValueError (with the reason in words) when ``v`` is not 1-D, its length is not a power
    of two, it holds NaN or infinity, or ``v[0] != 0``.
    """
    arr = np.ascontiguousarray(v, dtype=np.float64)
    if arr.ndim != 1:
        raise ValueError(f"a game must be a 1-D array of 2**n values, got shape {arr.shape}")
    size = arr.shape[0]
    if size < 2 or size & (size - 1):
        raise ValueError(f"a game over n players needs 2**n values (n >= 1), got {size}")
    n = size.bit_length() - 1
    # one reduction instead of a full-size boolean temporary; NaN and inf make the sum non-finite
    if not np.isfinite(arr.sum()):
        if not np.isfinite(arr).all():
            raise ValueError("a game must hold finite values only (no NaN or infinity)")
        raise ValueError("the game's values are too large to add up in floating point")
    if arr[0] != 0.0:
        raise ValueError(f"the empty coalition must be worth 0, got v[0] = {arr[0]!r}")
    return arr, n


def game_scale(v: np.ndarray) -> float:
    """The scale of a game: its largest |v(S)|, or 1.0 for the all-zero game."""
    s = float(np.abs(v).max()) if v.size else 0.0
    return s if s > 0.0 else 1.0


def as_allocation(x: np.ndarray | list[float], n: int) -> np.ndarray:
    """Check a payoff vector of length n (finite floats) and return it as float64."""
    arr = np.asarray(x, dtype=np.float64)
    if arr.shape != (n,):
        raise ValueError(f"an allocation for {n} players needs {n} values, got shape {arr.shape}")
    if not np.isfinite(arr).all():
        raise ValueError("an allocation must hold finite values only (no NaN or infinity)")
    return arr


def coalition_sizes(n: int) -> np.ndarray:
    """|S| for every mask S = 0 .. 2**n - 1, as a uint8 array of length 2**n."""
    if n < 0 or n > 40:
        raise ValueError(f"coalition_sizes needs 0 <= n <= 40, got {n}")
    sizes = np.zeros(1 << n, dtype=np.uint8)
    for i in range(n):
        sizes[1 << i: 2 << i] = sizes[: 1 << i] + 1
    return sizes


def players_of(mask: int, n: int) -> list[int]:
    """The players (0-based, ascending) in coalition ``mask`` of an n-player game."""
    mask = int(mask)
    if mask < 0 or mask >> n:
        raise ValueError(f"mask {mask} is not a coalition of {n} players")
    return [i for i in range(n) if mask >> i & 1]


def subset_sums(x: np.ndarray) -> np.ndarray:
    """x(S) = sum_{i in S} x_i for every mask S (length 2**len(x)); O(2**n) by doubling."""
    n = x.shape[0]
    out = np.empty(1 << n, dtype=np.float64)
    out[0] = 0.0
    for i in range(n):
        np.add(out[: 1 << i], x[i], out=out[1 << i: 2 << i])
    return out


def singleton_values(v: np.ndarray, n: int) -> np.ndarray:
    """v({i}) for i = 0 .. n-1."""
    return v[1 << np.arange(n)]
