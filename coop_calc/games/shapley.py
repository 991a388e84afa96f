"""Shapley value: exact in O(n * 2**n) for a full game array, sampled for a value function.

The Shapley value gives each player its marginal contribution v(S + i) - v(S) averaged over all
orders in which the players could join (Shapley 1953). Shares add up to v(N).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist
from typing import Callable

import numpy as np

from ._common import as_game, coalition_sizes

#: Players whose bit lies below this index are handled by one matrix product per block of rows.
_LOW_BITS = 12
#: Rows of the (2**(n-k), 2**k) view multiplied at once (bounds the working memory to ~32 MB).
_ROWS_PER_PIECE_ELEMS = 1 << 22


def _weights(n: int) -> tuple[np.ndarray, np.ndarray]:
    """w1[s] = (s-1)!(n-s)!/n! (weight of v(S) in phi_i for S containing i, |S| = s) and
    w0[s] = s!(n-s-1)!/n! (weight of -v(S) for S not containing i); zero where undefined."""
    w0 = np.zeros(n + 1)
    w1 = np.zeros(n + 1)
    for s in range(n):
        w0[s] = 1.0 / (n * math.comb(n - 1, s))
    for s in range(1, n + 1):
        w1[s] = 1.0 / (n * math.comb(n - 1, s - 1))
    return w0, w1


def shapley(v: np.ndarray) -> np.ndarray:
    """Exact Shapley value of the game ``v`` (length 2**n, bitmask-indexed, v[0] = 0).

    Returns an array of n shares, in the unit of ``v``; they sum to v(N) up to rounding.

    Algorithm: phi_i = sum_{S containing i} w1(|S|) v(S) - sum_{S not containing i} w0(|S|) v(S)
    = T1 - Z_i with T1 = sum_S w1(|S|) v(S) and Z_i = sum_{S not containing i} (w0 + w1)(|S|) v(S).
    The array is viewed as a (2**(n-k), 2**k) matrix (k = min(n, 12) low bits); rows are grouped
    by the size of their high part, and each group is multiplied by a small (2**k, k+2) matrix
    holding the size weights and the "bit i is absent" indicators of the low bits. The high bits
    are handled from the row totals. Work is O(n * 2**n) flops in BLAS, memory beyond ``v`` is
    about 32 MB at any n.
    """
    arr, n = as_game(v)
    w0, w1 = _weights(n)
    c = w0 + w1
    k = min(n, _LOW_BITS)
    hi = n - k
    n_low = 1 << k
    mat = arr.reshape(1 << hi, n_low)
    low = np.arange(n_low)
    pc_low = coalition_sizes(k).astype(np.intp)
    absent_low = ((low[:, None] >> np.arange(k)) & 1) ^ 1  # (2**k, k) 0/1
    pc_high = coalition_sizes(hi)
    rows_per_piece = max(1, _ROWS_PER_PIECE_ELEMS // n_low)
    z = np.zeros(n)
    t1 = 0.0
    for a in range(hi + 1):
        rows = np.flatnonzero(pc_high == a)
        if rows.size == 0:
            continue
        cw = c[a + pc_low]
        small = np.empty((n_low, k + 2))
        small[:, :k] = cw[:, None] * absent_low
        small[:, k] = cw
        small[:, k + 1] = w1[a + pc_low]
        for start in range(0, rows.size, rows_per_piece):
            piece = rows[start:start + rows_per_piece]
            block = mat[piece] if piece.size < mat.shape[0] else mat
            r = block @ small
            z[:k] += r[:, :k].sum(axis=0)
            t1 += float(r[:, k + 1].sum())
            if hi:
                absent_high = ((piece[:, None] >> np.arange(hi)) & 1) ^ 1
                z[k:] += r[:, k] @ absent_high
    return t1 - z


@dataclass(frozen=True)
class SampledShapley:
    """A sampled Shapley estimate: ``values`` (sum exactly v(N)), their standard errors and a
    two-sided confidence interval per player at the level asked for; ``permutations`` is the
    number of orders actually evaluated (less than asked when cancelled)."""

    values: np.ndarray
    stderr: np.ndarray
    ci_low: np.ndarray
    ci_high: np.ndarray
    confidence: float
    permutations: int


def shapley_sampled(
    v_fn: Callable[[np.ndarray], np.ndarray],
    n: int,
    samples: int,
    seed: int | None = None,
    confidence: float = 0.95,
    *,
    antithetic: bool = True,
    batch_masks: int = 1 << 18,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SampledShapley:
    """Estimate the Shapley value by sampling orders of joining (permutation sampling).

    ``v_fn`` maps a uint64 array of coalition masks to their values (same shape); v(empty) is
    taken as 0 and never asked for. ``samples`` is the number of permutations; with
    ``antithetic`` (default) each random order is paired with its reverse, which lowers the
    variance, and ``samples`` is rounded up to an even number. Whole batches of permutations are
    evaluated in one ``v_fn`` call (all their prefixes: about ``batch_masks`` masks per call).

    Each permutation's marginal contributions telescope to v(N), so the mean over permutations
    sums to v(N); the last rounding error is spread evenly so that sum(values) == v(N) to the
    last bits. ``stderr`` is the standard error of the mean over independent units (pairs when
    antithetic), and the interval is the normal one: values +- z * stderr.

    ``progress(fraction)`` is called after each batch; when ``cancelled()`` returns True the
    estimate from the permutations done so far is returned (needs at least two units).
    """
    if n < 1 or n > 64:
        raise ValueError(f"sampled Shapley needs 1 <= n <= 64 players, got {n}")
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"confidence must lie strictly between 0 and 1, got {confidence}")
    per_unit = 2 if antithetic else 1
    units = -(-int(samples) // per_unit)
    if units < 2:
        raise ValueError(f"need at least {2 * per_unit} sampled permutations for an error estimate")
    rng = np.random.default_rng(seed)
    full = np.uint64((1 << n) - 1) if n < 64 else np.uint64(0xFFFFFFFFFFFFFFFF)
    vn = float(np.asarray(v_fn(np.array([full], dtype=np.uint64)), dtype=np.float64).reshape(-1)[0])
    bits = np.left_shift(np.uint64(1), np.arange(n, dtype=np.uint64))
    batch_units = max(1, batch_masks // (n * per_unit))
    shift: np.ndarray | None = None  # first batch's mean: keeps the sum of squares well conditioned
    total = np.zeros(n)
    total_sq = np.zeros(n)
    done = 0
    while done < units:
        if cancelled is not None and done >= 2 and cancelled():
            break
        b = min(batch_units, units - done)
        perms = np.argsort(rng.random((b, n)), axis=1)
        if antithetic:
            perms = np.concatenate([perms, perms[:, ::-1]], axis=0)
        prefixes = np.cumsum(bits[perms], axis=1, dtype=np.uint64)
        vals = np.asarray(v_fn(prefixes.reshape(-1)), dtype=np.float64).reshape(prefixes.shape)
        marg = np.diff(vals, axis=1, prepend=0.0)
        contrib = np.empty_like(marg)
        np.put_along_axis(contrib, perms, marg, axis=1)
        if antithetic:
            contrib = 0.5 * (contrib[:b] + contrib[b:])
        if shift is None:
            shift = contrib.mean(axis=0)
        dev = contrib - shift
        total += dev.sum(axis=0)
        total_sq += np.square(dev).sum(axis=0)
        done += b
        if progress is not None:
            progress(done / units)
    assert shift is not None
    mean_dev = total / done
    var = np.maximum(total_sq - done * mean_dev * mean_dev, 0.0) / (done - 1)
    stderr = np.sqrt(var / done)
    mean = shift + mean_dev
    mean = mean + (vn - mean.sum()) / n
    z = NormalDist().inv_cdf(0.5 + confidence / 2.0)
    return SampledShapley(mean, stderr, mean - z * stderr, mean + z * stderr,
                          confidence, done * per_unit)
