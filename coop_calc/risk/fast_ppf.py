"""Inverse CDFs for large arrays, many inputs of one family at once.

A simulation turns a T × d table of uniforms into input values; calling scipy's ``ppf`` column by
column costs 30–160 ns per value (argument checks, generic code paths, a Python call per input).
Here every family has a closed form evaluated for a whole block of columns in a few numpy passes:

* uniform ``a + (b−a)·u``; triangular (closed form with square roots, as scipy's ``triang``);
  normal ``μ + σ·Φ⁻¹(u)``; lognormal ``exp(s·Φ⁻¹(u))·e^m`` — the same formulas as scipy's, so
  equal to ``ppf`` up to rounding;
* truncated normal: ``Φ⁻¹(Φ(α) + u·(Φ(β) − Φ(α)))`` (by the upper tail when α > 0, so neither end
  loses precision), used when the range holds at least :data:`TRUNCNORM_FAST_MASS` of the curve;
  otherwise scipy's ``truncnorm.ppf`` (which works in logarithms far out in a tail);
* PERT (Beta): a monotone piecewise-cubic table of the exact inverse (see :class:`PertTable`),
  evaluated by direct indexing: the nodes are equally spaced in logit(u).

Every function is vectorised over ``u`` of shape (T, c) and parameter vectors of shape (c,); all
are non-decreasing in u and deterministic (the same u gives the same bits, whatever else is in the
block), which the reproducibility of runs relies on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy import special
from scipy.interpolate import PchipInterpolator

#: A truncated normal whose range holds less of the uncut curve than this uses scipy's ppf.
TRUNCNORM_FAST_MASS = 1e-3
#: PERT tables: nodes equally spaced in logit(u) over ±FAST_Z (covers [U_MIN, 1 − U_MIN]).
FAST_NODES = 2049
FAST_Z = 37.0
NODES = np.linspace(-FAST_Z, FAST_Z, FAST_NODES)
_H = NODES[1] - NODES[0]


class PertTable:
    """The exact Beta inverse at :data:`FAST_NODES` nodes equally spaced in z = logit(u), joined by
    scipy's monotone piecewise cubic (PCHIP). ``coef[p]`` (p = 0 … 3) holds, per interval i, the
    coefficient of (z − NODES[i])^(3−p)."""

    def __init__(self, rv: Any, low: float, high: float) -> None:
        # the upper half from isf so that nodes near u = 1 keep their precision
        p = special.expit(-np.abs(NODES))
        x = np.empty_like(NODES)
        lower = NODES <= 0
        x[lower] = rv.ppf(p[lower])
        x[~lower] = rv.isf(p[~lower])
        self.coef = np.ascontiguousarray(PchipInterpolator(NODES, x).c)
        self.low, self.high = low, high


def pert_ppf(u: np.ndarray, tables: Sequence[PertTable]) -> np.ndarray:
    """Inverse CDFs of PERT inputs: ``u`` (T, c) in [U_MIN, 1 − U_MIN]; column j uses ``tables[j]``.

    The interval and the offset within it come from one scaled coordinate t = (z + FAST_Z)/h, so
    that a point just below a node is evaluated on the interval to its left at its right end: the
    cubics join continuously there (PCHIP), so the result is non-decreasing up to rounding. Column
    by column, so that each table (64 KB) stays in the cache while it is read at random.
    """
    out = np.empty(u.shape)
    for j, tb in enumerate(tables):
        uj = np.ascontiguousarray(u[:, j])
        z = np.log(uj / (1.0 - uj))  # logit(u); 1 − u is exact for u ≥ 1/2
        t = (z + FAST_Z) * (1.0 / _H)
        i = t.astype(np.intp)  # t ≥ 0: truncation is floor
        np.minimum(i, FAST_NODES - 2, out=i)
        t -= i
        t *= _H  # the offset z − NODES[i]
        x = tb.coef[0].take(i)
        for p in (1, 2, 3):
            x *= t
            x += tb.coef[p].take(i)
        out[:, j] = np.clip(x, tb.low, tb.high, out=x)
    return out


def uniform_ppf(u: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    return u * (high - low) + low


def triangular_ppf(u: np.ndarray, low: np.ndarray, mode: np.ndarray, high: np.ndarray) -> np.ndarray:
    w = high - low
    c = (mode - low) / w
    x = np.where(u < c, np.sqrt(c * u), 1.0 - np.sqrt((1.0 - c) * (1.0 - u)))
    return x * w + low


def normal_ppf(u: np.ndarray, mu: np.ndarray, sigma: np.ndarray) -> np.ndarray:
    return special.ndtri(u) * sigma + mu


def lognormal_ppf(u: np.ndarray, log_sd: np.ndarray, scale: np.ndarray) -> np.ndarray:
    return np.exp(log_sd * special.ndtri(u)) * scale


def truncnorm_ppf(u: np.ndarray, mu: np.ndarray, sigma: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Truncated normal with limits a, b in standard units (±inf for none); see the module docstring."""
    # p = Φ(z) and q = 1 − Φ(z) of the result, each from the accurate tail probabilities of the
    # limits (1 − u is exact for u ≥ 1/2); Φ⁻¹ of the smaller keeps the precision in both tails
    v = 1.0 - u
    p = special.ndtr(a) * v + special.ndtr(b) * u
    q = special.ndtr(-a) * v + special.ndtr(-b) * u
    lower = p <= q
    z = special.ndtri(np.where(lower, p, q))
    np.negative(z, out=z, where=~lower)
    return np.clip(z, a, b) * sigma + mu
