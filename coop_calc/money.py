"""Rounding money at the edge — the one rounding policy of CoopCalc.

Every amount shown or exported is rounded here, and only here:

* a single amount rounds **half away from zero**, judged on the number as Python prints it
  (``repr``), so 2.675 → 2.68 and −1.005 → −1.01, as a reader with a calculator expects — not
  Python's ``round()``, which rounds half to even and sees the binary value 2.67499999…;
* a list of parts that must add up to a total is rounded by the **largest-remainder method** with
  the same tie rule: each part is first rounded on its own as above, then the few cents still missing
  to (or exceeding) the total go to the parts whose own rounding moved them furthest the other way
  (ties: the earlier part receives a cent, the later part gives one up). Work is O(n log n) however
  large the difference.

Amounts are handled as integer cents (Python ints, exact at any size); :func:`to_cents` and
:func:`from_cents` convert. :mod:`coop_calc.money_table` rounds a whole result with this policy so that
every identity a reader can check holds to the cent.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Sequence

DECIMALS = 2


def _decimal(value: float) -> Decimal:
    v = float(value)
    if not math.isfinite(v):
        raise ValueError("cannot round amounts that are not finite")
    return Decimal(repr(v))


def to_units(value: float, decimals: int = DECIMALS) -> int:
    """``value`` in units of 10^-decimals (cents by default), rounded half away from zero (exact int)."""
    return int(_decimal(value).scaleb(decimals).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def to_cents(value: float) -> int:
    """An amount as whole cents, rounded half away from zero: to_cents(2.675) == 268."""
    return to_units(value, DECIMALS)


def from_cents(units: int, decimals: int = DECIMALS) -> float:
    """Whole cents back to an amount (the nearest float to the exact decimal)."""
    return float(Decimal(units).scaleb(-decimals))


def cents(value: float) -> float:
    """An amount rounded half away from zero to the cent, for single figures."""
    return from_cents(to_cents(value))


def apportion_units(values: Sequence[float], target: int, decimals: int = DECIMALS) -> list[int]:
    """Largest-remainder rounding in integer units: parts within one unit of their own rounding
    (when ``target`` is within n units of their sum) that add up exactly to ``target``.

    Each part is rounded half away from zero on its own; the difference to ``target`` is then spread:
    every part gets ``diff // n`` (only when the difference exceeds the number of parts, i.e. the
    target is not the parts' total) and the remaining ``diff mod n`` units go to the parts whose own
    rounding moved them most the other way (ties: earliest part first when adding, latest first when
    taking away; a negative target is handled as the mirror image of a positive one, so negating the
    values negates the result). O(n log n)."""
    if target < 0:
        return [-u for u in apportion_units([-float(v) for v in values], -int(target), decimals)]
    exact = [_decimal(v).scaleb(decimals) for v in values]
    own = [int(e.quantize(Decimal(1), rounding=ROUND_HALF_UP)) for e in exact]
    n = len(own)
    diff = int(target) - sum(own)
    if n == 0:
        if diff:
            raise ValueError("no parts to add up to a non-zero total")
        return []
    if diff == 0:
        return own
    base, rest = divmod(abs(diff), n)
    step = 1 if diff > 0 else -1
    out = [u + step * base for u in own]
    if rest:
        err = [e - u for e, u in zip(exact, own)]  # > 0: rounded down, so first in line for a cent
        if step > 0:
            order = sorted(range(n), key=lambda i: (-err[i], i))
        else:
            order = sorted(range(n), key=lambda i: (err[i], -i))
        for i in order[:rest]:
            out[i] += step
    return out


def apportion_cents(values: Sequence[float], target_cents: int) -> list[int]:
    """:func:`apportion_units` in cents."""
    return apportion_units(values, target_cents, DECIMALS)


def round_to_total(values: Sequence[float] | Iterable[float], total: float | None = None,
                   decimals: int = DECIMALS) -> list[float]:
    """Round ``values`` to ``decimals`` places so that they sum exactly to ``total`` rounded half away
    from zero (default: the rounded sum of the values), by the largest-remainder method.

    Each part moves by less than one unit of the last place from its exact value when ``total`` is the
    values' own sum (up to float noise); ties are broken as in :func:`apportion_units`, so the result is
    deterministic. O(n log n) for any difference between the parts and the total."""
    vals = [float(v) for v in values]
    if total is None:
        exact_sum = sum((_decimal(v) for v in vals), Decimal(0))
        target = int(exact_sum.scaleb(decimals).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    else:
        target = to_units(total, decimals)
    return [from_cents(u, decimals) for u in apportion_units(vals, target, decimals)]
