"""Distributions of uncertain inputs and their validation (JSON parsing: :mod:`.distribution_json`).

Every family is a frozen dataclass with the same interface:

* ``ppf(u)`` – the inverse cumulative distribution function, vectorised; ``u`` in [0, 1] is clipped
  into ``[U_MIN, 1 - U_MIN]`` so that unbounded families stay finite (a design point exactly at 0
  or 1 happens: scrambled Sobol points lie on a 2⁻³⁰ grid). ``ppf`` is non-decreasing in ``u``,
  which is what rank correlation and Latin hypercube / Sobol designs rely on.
* ``fast_ppf(u)`` – the same for large arrays: for PERT an accurate monotone table (the Beta
  inverse CDF costs 1–3 µs per value); for the other families simply ``ppf``.
* ``sample(rng, size)`` – direct random draws (``rng`` a ``numpy.random.Generator``); cheaper than
  ``ppf`` for PERT (Beta) and truncated normal, usable when the sampling scheme is plain.
* ``mean()``, ``var()``, ``sd()``, ``support() -> (lo, hi)``, ``is_constant()``.
* ``describe()`` – one plain sentence for a procurement manager.
* ``to_dict()`` – the documented JSON form; ``distribution_json.parse_distribution(d.to_dict(), …) == d``.

Units are those of the input the distribution describes (currency per year, a share, a rate …).
The arithmetic is scipy's (``scipy.stats``); this module adds parameter conventions, validation and
wording. See ``docs/methods-risk.md`` for the families and the exact JSON format.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, Callable, ClassVar

import numpy as np
from scipy import stats

from ..checks import fmt
from ..messages import Msg, Text
from . import fast_ppf as fast
from .discrete import Bernoulli as Bernoulli
from .discrete import Discrete as Discrete
from .distribution_base import (
    HIGHEST,
    LOWEST,
    MEAN,
    MIN_TRUNCATED_MASS,
    MOST_LIKELY,
    SD,
    VALUE,
    _clip_u,
    _range_problems,
)
from .distribution_base import (  # the interface and checks, re-exported for the families' users
    MAX_MAGNITUDE as MAX_MAGNITUDE,
)
from .distribution_base import (
    U_MIN as U_MIN,
)
from .distribution_base import (
    Distribution as Distribution,
)
from .distribution_base import (
    _kind_of as _kind_of,
)


@dataclass(frozen=True)
class Fixed(Distribution):
    """A known value (no uncertainty). JSON ``{"type": "fixed", "value": x}`` or a bare number."""

    value: float

    kind: ClassVar[str] = "fixed"
    label: ClassVar[str] = Msg("dist_fixed")
    params: ClassVar[dict[str, tuple[str, Text]]] = {"value": ("value", VALUE)}

    def ppf(self, u: Any) -> np.ndarray:
        return np.full(np.shape(u), self.value, dtype=float)

    def sample(self, rng: np.random.Generator, size: int | tuple[int, ...]) -> np.ndarray:
        return np.full(size, self.value, dtype=float)

    def mean(self) -> float:
        return self.value

    def var(self) -> float:
        return 0.0

    def support(self) -> tuple[float, float]:
        return self.value, self.value

    def is_constant(self) -> bool:
        return True

    def describe(self) -> str:
        return f"exactly {fmt(self.value)} (fixed)"


@dataclass(frozen=True)
class Uniform(Distribution):
    """Any value between ``low`` and ``high``, all equally likely."""

    low: float
    high: float

    kind: ClassVar[str] = "uniform"
    label: ClassVar[str] = Msg("dist_uniform")
    ranged: ClassVar[bool] = True
    params: ClassVar[dict[str, tuple[str, Text]]] = {"low": ("low", LOWEST), "high": ("high", HIGHEST)}

    def _problems(self) -> list[Text]:
        return _range_problems(self.low, self.high)

    @cached_property
    def _rv(self) -> Any:
        return stats.uniform(loc=self.low, scale=self.high - self.low)

    def fast_form(self) -> tuple[Callable[..., np.ndarray], tuple[Any, ...]]:
        return fast.uniform_ppf, (self.low, self.high)

    def describe(self) -> str:
        return f"anywhere between {fmt(self.low)} and {fmt(self.high)}, all values equally likely (uniform)"


_LOW_MODE_HIGH: dict[str, tuple[str, Text]] = {"low": ("low", LOWEST), "mode": ("mode", MOST_LIKELY),
                                               "high": ("high", HIGHEST)}


@dataclass(frozen=True)
class Triangular(Distribution):
    """Between ``low`` and ``high``, most likely ``mode``; density a triangle.

    Mean ``(a+m+b)/3``, variance ``(a²+b²+m²−ab−am−bm)/18``.
    """

    low: float
    mode: float
    high: float

    kind: ClassVar[str] = "triangular"
    label: ClassVar[str] = Msg("dist_triangular")
    ranged: ClassVar[bool] = True
    params: ClassVar[dict[str, tuple[str, Text]]] = _LOW_MODE_HIGH

    def _problems(self) -> list[Text]:
        return _range_problems(self.low, self.high, self.mode)

    @cached_property
    def _rv(self) -> Any:
        width = self.high - self.low
        return stats.triang((self.mode - self.low) / width, loc=self.low, scale=width)

    def fast_form(self) -> tuple[Callable[..., np.ndarray], tuple[Any, ...]]:
        return fast.triangular_ppf, (self.low, self.mode, self.high)

    def describe(self) -> str:
        return f"between {fmt(self.low)} and {fmt(self.high)}, most likely {fmt(self.mode)} (triangular)"


@dataclass(frozen=True)
class Pert(Distribution):
    """PERT: a Beta distribution scaled to [low, high] with its mode exactly at ``mode`` (Vose 2008).

    ``alpha = 1 + 4(m−a)/(b−a)``, ``beta = 1 + 4(b−m)/(b−a)``; mean ``(a+4m+b)/6``. Compared with
    the triangular distribution it puts less weight on the extremes.
    """

    low: float
    mode: float
    high: float

    kind: ClassVar[str] = "pert"
    label: ClassVar[str] = Msg("dist_pert")
    ranged: ClassVar[bool] = True
    params: ClassVar[dict[str, tuple[str, Text]]] = _LOW_MODE_HIGH

    def _problems(self) -> list[Text]:
        return _range_problems(self.low, self.high, self.mode)

    @property
    def alpha(self) -> float:
        return 1.0 + 4.0 * (self.mode - self.low) / (self.high - self.low)

    @property
    def beta(self) -> float:
        return 1.0 + 4.0 * (self.high - self.mode) / (self.high - self.low)

    @cached_property
    def _rv(self) -> Any:
        return stats.beta(self.alpha, self.beta, loc=self.low, scale=self.high - self.low)

    @property
    def table(self) -> fast.PertTable:
        """The monotone table behind ``fast_ppf`` (about 5 ms to build; kept for the last 1,024
        parameter sets, so a re-parsed scenario or an edit elsewhere does not rebuild it)."""
        return _pert_table(self.low, self.mode, self.high)

    def fast_form(self) -> tuple[Callable[..., np.ndarray], tuple[Any, ...]]:
        return _pert_one, (self.table,)

    def fast_ppf(self, u: Any) -> np.ndarray:
        """The inverse CDF from a monotone table (tens of ns per value instead of 1–3 µs).

        A piecewise-cubic, monotonicity-preserving interpolation (scipy ``PchipInterpolator``) of
        the exact inverse at 2,049 nodes equally spaced in logit(u), evaluated by direct indexing;
        within 1e-7·(high − low) of ``ppf``, non-decreasing, inside [low, high], and deterministic
        (same input, same bits). Building the table costs about 5 ms once per distribution.
        """
        u = _clip_u(u)
        return fast.pert_ppf(u.reshape(-1, 1), [self.table]).reshape(u.shape)

    def sample(self, rng: np.random.Generator, size: int | tuple[int, ...]) -> np.ndarray:
        # Beta draws are far cheaper than the Beta inverse CDF.
        return self.low + (self.high - self.low) * rng.beta(self.alpha, self.beta, size=size)

    def describe(self) -> str:
        return f"between {fmt(self.low)} and {fmt(self.high)}, most likely {fmt(self.mode)} (PERT)"


@dataclass(frozen=True)
class Normal(Distribution):
    """The bell curve with mean ``mu`` and standard deviation ``sigma``, optionally cut to [low, high].

    JSON ``{"type": "normal", "mean": mu, "sd": sigma, "low": …, "high": …}`` (limits optional).
    When ``low`` and/or ``high`` are given the curve is truncated there (scipy ``truncnorm``):
    ``mu`` and ``sigma`` are then those of the curve *before* the cut, so ``mean()`` differs from
    ``mu`` when the cut is not symmetric.
    """

    mu: float
    sigma: float
    low: float | None = None
    high: float | None = None

    kind: ClassVar[str] = "normal"
    label: ClassVar[str] = Msg("dist_normal")
    params: ClassVar[dict[str, tuple[str, Text]]] = {
        "mu": ("mean", MEAN), "sigma": ("sd", SD), "low": ("low", LOWEST), "high": ("high", HIGHEST)}
    optional: ClassVar[tuple[str, ...]] = ("low", "high")

    def _problems(self) -> list[Text]:
        if self.sigma <= 0:
            return [Msg("dist_sd_positive", sd=self.sigma)]
        if self.low is not None and self.high is not None and self.low >= self.high:
            return _range_problems(self.low, self.high)
        if self.truncated and self._mass() < MIN_TRUNCATED_MASS:
            return [Msg("dist_range_far", range=self._range_words(), mean=self.mu, sd=self.sigma)]
        return []

    @property
    def truncated(self) -> bool:
        return self.low is not None or self.high is not None

    def _z(self) -> tuple[float, float]:
        a = -math.inf if self.low is None else (self.low - self.mu) / self.sigma
        b = math.inf if self.high is None else (self.high - self.mu) / self.sigma
        return a, b

    def _mass(self) -> float:
        a, b = self._z()
        if a > 0:  # both limits in the upper tail: survival functions keep the accuracy
            return float(stats.norm.sf(a) - stats.norm.sf(b))
        return float(stats.norm.cdf(b) - stats.norm.cdf(a))

    def _range_words(self) -> Msg:
        if self.low is not None and self.high is not None:
            return Msg("dist_range_between", low=self.low, high=self.high)
        return Msg("dist_range_above", x=self.low) if self.low is not None else Msg("dist_range_below", x=self.high or 0.0)

    def support(self) -> tuple[float, float]:
        """The limits as given (±inf where none), without building scipy's truncnorm (about 4 ms
        each: opening a 500-item pool asked for it 500 times)."""
        return (-math.inf if self.low is None else float(self.low),
                math.inf if self.high is None else float(self.high))

    @cached_property
    def _rv(self) -> Any:
        if not self.truncated:
            return stats.norm(loc=self.mu, scale=self.sigma)
        a, b = self._z()
        return stats.truncnorm(a, b, loc=self.mu, scale=self.sigma)

    def fast_form(self) -> tuple[Callable[..., np.ndarray], tuple[Any, ...]] | None:
        return self._fast_form

    @cached_property
    def _fast_form(self) -> tuple[Callable[..., np.ndarray], tuple[Any, ...]] | None:
        # decided once per distribution: the mass test costs two scipy calls
        if not self.truncated:
            return fast.normal_ppf, (self.mu, self.sigma)
        if self._mass() < fast.TRUNCNORM_FAST_MASS:
            return None
        return fast.truncnorm_ppf, (self.mu, self.sigma, *self._z())

    def describe(self) -> str:
        text = (f"around {fmt(self.mu)}, give or take {fmt(self.sigma)} (normal: mean {fmt(self.mu)},"
                f" standard deviation {fmt(self.sigma)}")
        if not self.truncated:
            return text + ")"
        cut = []
        if self.low is not None:
            cut.append(f"below {fmt(self.low)}")
        if self.high is not None:
            cut.append(f"above {fmt(self.high)}")
        return text + f", cut off {' and '.join(cut)}; mean and standard deviation before the cut)"


@dataclass(frozen=True)
class Lognormal(Distribution):
    """A positive, right-skewed value given by ITS OWN mean and standard deviation.

    JSON ``{"type": "lognormal", "mean": μ, "sd": σ}``: μ (``value_mean``) and σ (``value_sd``) are
    the mean and standard deviation of the lognormal variable X itself — not of its logarithm, and μ
    is not the median. The normal variable ln X has standard deviation ``log_sd`` = s and mean
    ``log_mean`` = m with ``s² = ln(1 + σ²/μ²)`` and ``m = ln μ − s²/2``.
    """

    value_mean: float
    value_sd: float

    kind: ClassVar[str] = "lognormal"
    label: ClassVar[str] = Msg("dist_lognormal")
    params: ClassVar[dict[str, tuple[str, Text]]] = {"value_mean": ("mean", MEAN), "value_sd": ("sd", SD)}

    def _problems(self) -> list[Text]:
        out: list[Text] = []
        if self.value_mean <= 0:
            out.append(Msg("dist_lognormal_mean", mean=self.value_mean))
        if self.value_sd <= 0:
            out.append(Msg("dist_sd_positive", sd=self.value_sd))
        return out

    @property
    def log_sd(self) -> float:
        """s: standard deviation of ln X."""
        return math.sqrt(math.log1p((self.value_sd / self.value_mean) ** 2))

    @property
    def log_mean(self) -> float:
        """m: mean of ln X."""
        return math.log(self.value_mean) - 0.5 * self.log_sd**2

    @cached_property
    def _rv(self) -> Any:
        return stats.lognorm(self.log_sd, scale=math.exp(self.log_mean))

    def support(self) -> tuple[float, float]:
        """A lognormal value is positive and unbounded above (no scipy object needed)."""
        return 0.0, math.inf

    def fast_form(self) -> tuple[Callable[..., np.ndarray], tuple[Any, ...]]:
        return fast.lognormal_ppf, (self.log_sd, math.exp(self.log_mean))

    def describe(self) -> str:
        return (f"on average {fmt(self.value_mean)} with a standard deviation of {fmt(self.value_sd)},"
                f" never negative, with a long tail towards high values (lognormal; mean and standard"
                f" deviation of the value itself, not of its logarithm)")


@lru_cache(maxsize=1024)
def _pert_table(low: float, mode: float, high: float) -> fast.PertTable:
    return fast.PertTable(Pert(low, mode, high)._rv, low, high)


def _pert_one(u: np.ndarray, table: fast.PertTable) -> np.ndarray:
    return fast.pert_ppf(np.asarray(u).reshape(-1, 1), [table]).reshape(np.shape(u))


FAMILIES: dict[str, type[Distribution]] = {
    cls.kind: cls for cls in (Fixed, Uniform, Triangular, Pert, Normal, Lognormal, Discrete, Bernoulli)
}
