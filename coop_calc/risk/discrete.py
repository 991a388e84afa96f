"""The discrete families: a list of values with probabilities, and a risk event (Bernoulli). The
interface is :class:`.distribution_base.Distribution`'s; see :mod:`.distributions`."""


from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property
from typing import Any, ClassVar

import numpy as np
from scipy import stats

from ..checks import fmt
from ..errors import Problem, ValidationError
from .distribution_base import (
    MAX_DISCRETE_VALUES,
    PROBABILITY_SUM_TOLERANCE,
    Distribution,
    _clip_u,
    _kind_of,
    _number_problem,
    _ordinal,
    _pct,
)


@dataclass(frozen=True)
class Discrete(Distribution):
    """One of a list of ``values`` with the given ``probabilities`` (summing to 1)."""

    values: tuple[float, ...]
    probabilities: tuple[float, ...]
    sequences: ClassVar[tuple[str, ...]] = ("values", "probabilities")

    kind: ClassVar[str] = "discrete"
    label: ClassVar[str] = "discrete distribution"
    params: ClassVar[dict[str, tuple[str, str]]] = {"values": ("values", "values"),
                                                    "probabilities": ("probabilities", "probabilities")}

    def __post_init__(self) -> None:
        reasons: list[str] = []
        seqs = {}
        for name in ("values", "probabilities"):
            raw = getattr(self, name)
            if isinstance(raw, np.ndarray):
                raw = raw.tolist()
            if not isinstance(raw, (list, tuple)):
                reasons.append(f"the {name} must be a list of numbers, not {_kind_of(raw)}")
                continue
            item = "value" if name == "values" else "probability"
            bad = [why for i, x in enumerate(raw) if (why := _number_problem(f"{_ordinal(i + 1)} {item}", x))]
            if bad:
                reasons.append(bad[0] + (f" (and {len(bad) - 1} more)" if len(bad) > 1 else ""))
                continue
            seqs[name] = tuple(float(x) for x in raw)
            object.__setattr__(self, name, seqs[name])
        if len(seqs) == 2:
            v, p = seqs["values"], seqs["probabilities"]
            if not v:
                reasons.append("the list of values is empty")
            elif len(v) > MAX_DISCRETE_VALUES:
                reasons.append(f"too many values: {len(v):,} (at most {MAX_DISCRETE_VALUES:,})")
            elif len(v) != len(p):
                reasons.append(f"there are {len(v)} values but {len(p)} probabilities; give one probability"
                               " per value")
            elif any(x < 0 for x in p):
                i = next(i for i, x in enumerate(p) if x < 0)
                reasons.append(f"probability {i + 1} is negative ({fmt(p[i])})")
            elif any(x > 1 for x in p):
                i = next(i for i, x in enumerate(p) if x > 1)
                reasons.append(f"probability {i + 1} is larger than 1 ({fmt(p[i])})")
            elif abs(math.fsum(p) - 1.0) > PROBABILITY_SUM_TOLERANCE:
                reasons.append(f"the probabilities add up to {math.fsum(p):.10g}, not 1")
        if reasons:
            raise ValidationError([Problem("", r) for r in reasons])

    @cached_property
    def _table(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Distinct values with positive probability (sorted), their probabilities and the CDF."""
        xk, inverse = np.unique(np.asarray(self.values), return_inverse=True)
        pk = np.bincount(inverse, weights=np.asarray(self.probabilities), minlength=len(xk))
        keep = pk > 0
        xk, pk = xk[keep], pk[keep] / pk[keep].sum()
        cdf = np.cumsum(pk)
        cdf[-1] = 1.0
        return xk, pk, cdf

    @cached_property
    def _rv(self) -> Any:
        xk, pk, _ = self._table
        return stats.rv_discrete(values=(xk, pk))

    def ppf(self, u: Any) -> np.ndarray:
        # Same definition as scipy's (smallest value whose CDF reaches u), but by binary search:
        # scipy's rv_sample.ppf broadcasts an (n × values) table, too much memory for large chunks.
        xk, _, cdf = self._table
        idx = np.searchsorted(cdf, _clip_u(u), side="left")
        return xk[np.minimum(idx, len(xk) - 1)]

    def support(self) -> tuple[float, float]:
        xk = self._table[0]
        return float(xk[0]), float(xk[-1])

    def is_constant(self) -> bool:
        return len(self._table[0]) == 1

    def describe(self) -> str:
        xk, pk, _ = self._table
        parts = [f"{fmt(x)} ({_pct(p)})" for x, p in zip(xk[:6], pk[:6])]
        more = f" or one of {len(xk) - 6} more values" if len(xk) > 6 else ""
        return "one of " + ", ".join(parts) + more + " (discrete)"


@dataclass(frozen=True)
class Bernoulli(Distribution):
    """An event that happens with probability ``p``: the input is ``value`` if it happens, else 0."""

    p: float
    value: float = 1.0

    kind: ClassVar[str] = "bernoulli"
    label: ClassVar[str] = "event (Bernoulli)"
    params: ClassVar[dict[str, tuple[str, str]]] = {"p": ("p", "probability"), "value": ("value", "value")}
    optional: ClassVar[tuple[str, ...]] = ("value",)

    def _problems(self) -> list[str]:
        if not 0.0 <= self.p <= 1.0:
            return [f"the probability must lie between 0 and 1, not {fmt(self.p)}"]
        return []

    def ppf(self, u: Any) -> np.ndarray:
        u = _clip_u(u)
        if self.value >= 0:  # the event occupies the top share p of [0, 1]
            happens = stats.bernoulli(self.p).ppf(u)
        else:  # a negative value is the low outcome: the event occupies the bottom share p
            happens = 1.0 - stats.bernoulli(1.0 - self.p).ppf(u)
        return np.where(happens > 0, self.value, 0.0)

    def sample(self, rng: np.random.Generator, size: int | tuple[int, ...]) -> np.ndarray:
        happens = stats.bernoulli(self.p).rvs(size=size, random_state=rng)
        return np.where(happens > 0, self.value, 0.0)

    def mean(self) -> float:
        return self.p * self.value

    def var(self) -> float:
        return self.p * (1.0 - self.p) * self.value**2

    def support(self) -> tuple[float, float]:
        if self.p == 0.0:
            return 0.0, 0.0
        if self.p == 1.0:
            return self.value, self.value
        return min(0.0, self.value), max(0.0, self.value)

    def is_constant(self) -> bool:
        return self.p in (0.0, 1.0) or self.value == 0.0

    def describe(self) -> str:
        if self.value == 1.0:
            return f"an event that happens with probability {_pct(self.p)} (1 if it happens, 0 if not)"
        return f"{fmt(self.value)} if the event happens (probability {_pct(self.p)}), otherwise 0"
