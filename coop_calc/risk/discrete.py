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
from ..messages import Msg, Text
from .distribution_base import (
    MAX_DISCRETE_VALUES,
    PROBABILITY,
    PROBABILITY_SUM_TOLERANCE,
    VALUE,
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
    label: ClassVar[str] = Msg("dist_discrete")
    params: ClassVar[dict[str, tuple[str, Text]]] = {"values": ("values", Msg("dp_values")),
                                                     "probabilities": ("probabilities", Msg("dp_probabilities"))}

    def __post_init__(self) -> None:
        reasons: list[Text] = []
        seqs = {}
        for name in ("values", "probabilities"):
            raw = getattr(self, name)
            if isinstance(raw, np.ndarray):
                raw = raw.tolist()
            if not isinstance(raw, (list, tuple)):
                reasons.append(Msg("dist_not_list", name=self.params[name][1], kind=_kind_of(raw)))
                continue
            bad = [why for i, x in enumerate(raw)
                   if (why := _number_problem(Msg("dp_nth_value", nth=_ordinal(i + 1)) if name == "values"
                                              else Msg("dp_nth_probability", nth=_ordinal(i + 1)), x))]
            if bad:
                reasons.append(Msg("dist_and_more", reason=bad[0], n=len(bad) - 1) if len(bad) > 1 else bad[0])
                continue
            seqs[name] = tuple(float(x) for x in raw)
            object.__setattr__(self, name, seqs[name])
        if len(seqs) == 2:
            v, p = seqs["values"], seqs["probabilities"]
            if not v:
                reasons.append(Msg("dist_no_values"))
            elif len(v) > MAX_DISCRETE_VALUES:
                reasons.append(Msg("dist_too_many_values", n=len(v), limit=MAX_DISCRETE_VALUES))
            elif len(v) != len(p):
                reasons.append(Msg("dist_values_vs_probabilities", n=len(v), m=len(p)))
            elif any(x < 0 for x in p):
                i = next(i for i, x in enumerate(p) if x < 0)
                reasons.append(Msg("dist_probability_negative", i=i + 1, p=p[i]))
            elif any(x > 1 for x in p):
                i = next(i for i, x in enumerate(p) if x > 1)
                reasons.append(Msg("dist_probability_above_1", i=i + 1, p=p[i]))
            elif abs(math.fsum(p) - 1.0) > PROBABILITY_SUM_TOLERANCE:
                total = math.fsum(p)  # 10 digits where 6 would show 1; those stay in English notation
                reasons.append(Msg("dist_probabilities_sum",
                                   total=total if f"{total:.6g}" != "1" else f"{total:.10g}"))
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
    label: ClassVar[str] = Msg("dist_bernoulli")
    params: ClassVar[dict[str, tuple[str, Text]]] = {"p": ("p", PROBABILITY), "value": ("value", VALUE)}
    optional: ClassVar[tuple[str, ...]] = ("value",)

    def _problems(self) -> list[Text]:
        if not 0.0 <= self.p <= 1.0:
            return [Msg("dist_p_range", p=self.p)]
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
