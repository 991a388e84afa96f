"""Rounding money at the edge: amounts shown or exported add up to their total to the cent."""

from __future__ import annotations

import math
from typing import Sequence

import numpy as np


def round_to_total(values: Sequence[float], total: float | None = None, decimals: int = 2) -> list[float]:
    """Round ``values`` to ``decimals`` places so that they sum exactly to ``total`` rounded
    (default: the rounded sum of the values), by the largest-remainder method.

    Each part moves by less than one unit of the last place; ties go to the larger remainder, then
    to the earlier position, so the result is deterministic.
    """
    x = np.asarray(values, dtype=float)
    if not np.all(np.isfinite(x)):
        raise ValueError("cannot round amounts that are not finite")
    scale = 10 ** decimals
    target = round((x.sum() if total is None else total) * scale)
    scaled = x * scale
    floors = np.floor(scaled)
    rest = int(target - floors.sum())
    order = sorted(range(len(x)), key=lambda i: (-(scaled[i] - floors[i]), i))
    if rest < 0:  # can happen only when total is given and lies below the sum of floors
        order = sorted(range(len(x)), key=lambda i: (scaled[i] - floors[i], i))
    step = 1 if rest >= 0 else -1
    out = floors.copy()
    for j in range(abs(rest)):
        out[order[j % len(x)]] += step
    return [float(v) / scale for v in out]


def cents(value: float) -> float:
    """An amount rounded half away from zero to the cent, for single figures."""
    return math.copysign(math.floor(abs(value) * 100 + 0.5) / 100, value)
