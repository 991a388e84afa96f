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
from dataclasses import dataclass, fields
from functools import cached_property, lru_cache
from typing import Any, Callable, ClassVar

import numpy as np
from scipy import stats

from ..checks import fmt, is_number
from ..errors import Problem, ValidationError
from . import fast_ppf as fast

#: Parameters larger than this in magnitude are refused as absurd (currency, shares, rates alike).
MAX_MAGNITUDE = 1e12
#: At most this many values in a discrete distribution.
MAX_DISCRETE_VALUES = 1000
#: Probabilities of a discrete distribution must sum to 1 within this tolerance.
PROBABILITY_SUM_TOLERANCE = 1e-9
#: ``ppf`` clips its argument into [U_MIN, 1 - U_MIN]; 2⁻⁵³ keeps a normal within ±8.2 sd.
U_MIN = 2.0**-53
#: A truncated normal whose range holds less than this share of the untruncated curve is refused.
MIN_TRUNCATED_MASS = 1e-6
#: ``fast_ppf`` tables: nodes equally spaced in logit(u) over ±FAST_Z (covers [U_MIN, 1 − U_MIN]).
FAST_NODES = 2049
FAST_Z = 37.0


def _pct(p: float) -> str:
    return f"{fmt(round(p * 100, 4))} %"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _clip_u(u: Any) -> np.ndarray:
    return np.clip(np.asarray(u, dtype=float), U_MIN, 1.0 - U_MIN)


def _kind_of(value: Any) -> str:
    if isinstance(value, (bool, np.bool_)):
        return "true/false"
    if isinstance(value, str):
        return f"text ({value[:30]!r})"
    if value is None:
        return "empty"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _number_problem(name: str, value: Any) -> str | None:
    """Why ``value`` is not an acceptable number, or None. ``name`` is the plain parameter name."""
    if not is_number(value):
        return f"the {name} must be a number, not {_kind_of(value)}"
    try:
        x = float(value)
    except OverflowError:
        return f"the {name} is far too large"
    if not math.isfinite(x):
        return f"the {name} must be a finite number"
    if abs(x) > MAX_MAGNITUDE:
        return f"the {name} {fmt(x)} is beyond the largest allowed magnitude {fmt(MAX_MAGNITUDE)}"
    return None


class Distribution:
    """Common interface of all families (see the module docstring). Subclasses are frozen dataclasses."""

    #: The JSON ``type``.
    kind: ClassVar[str] = ""
    #: The family's name in messages ("PERT distribution").
    label: ClassVar[str] = ""
    #: field name → (JSON key, plain name), in the order of the JSON form. Fields listed in
    #: ``optional`` may be absent (None). Field names differ from JSON keys only where a JSON key
    #: would clash with the interface (``mean``).
    params: ClassVar[dict[str, tuple[str, str]]] = {}
    optional: ClassVar[tuple[str, ...]] = ()
    #: True for families whose support is exactly [low, high] (uniform, triangular, PERT).
    ranged: ClassVar[bool] = False
    #: Fields that hold a list of numbers (checked by the family); every other field is one number.
    sequences: ClassVar[tuple[str, ...]] = ()

    # ---- validation -------------------------------------------------------------------------
    def __post_init__(self) -> None:
        reasons: list[str] = []
        ok = True
        for f in fields(self):  # type: ignore[arg-type]  # every family is a dataclass
            value = getattr(self, f.name)
            if value is None and f.name in self.optional:
                continue
            if isinstance(value, (tuple, list)) and f.name in self.sequences:
                continue  # sequences are checked by the family
            why = _number_problem(self.params[f.name][1], value)
            if why:
                reasons.append(why)
                ok = False
            else:
                object.__setattr__(self, f.name, float(value))
        if ok:
            reasons.extend(self._problems())
        if reasons:
            raise ValidationError([Problem("", r) for r in reasons])

    def _problems(self) -> list[str]:
        """Family-specific reasons why the parameters are refused (parameters are finite floats)."""
        return []

    # ---- interface --------------------------------------------------------------------------
    @cached_property
    def _rv(self) -> Any:
        raise NotImplementedError

    def ppf(self, u: Any) -> np.ndarray:
        """Inverse CDF at ``u`` (array of numbers in [0, 1]); same shape as ``u``, non-decreasing in ``u``."""
        x = np.asarray(self._rv.ppf(_clip_u(u)), dtype=float)
        lo, hi = self.support()
        # scipy may overshoot a finite limit by a rounding error (e.g. truncnorm near its ends).
        return np.clip(x, lo, hi) if np.isfinite(lo) or np.isfinite(hi) else x

    def fast_form(self) -> tuple[Callable[..., np.ndarray], tuple[Any, ...]] | None:
        """A vectorised inverse CDF of :mod:`.fast_ppf` and this input's parameters for it, or None
        where ``ppf`` itself is used. :func:`batch_fast_ppf` stacks the parameters of many inputs."""
        return None

    def fast_ppf(self, u: Any) -> np.ndarray:
        """``ppf`` for large arrays, by the closed forms of :mod:`.fast_ppf` (PERT by its table)."""
        form = self.fast_form()
        if form is None:
            return self.ppf(u)
        fn, params = form
        return self._fast_clip(fn(_clip_u(u), *params))

    def _fast_clip(self, x: np.ndarray) -> np.ndarray:
        """The closed forms may overshoot a finite end of the support by a rounding error."""
        lo, hi = self.support()
        return np.clip(x, lo, hi) if np.isfinite(lo) or np.isfinite(hi) else x

    def sample(self, rng: np.random.Generator, size: int | tuple[int, ...]) -> np.ndarray:
        """``size`` independent draws using ``rng``."""
        return np.asarray(self._rv.rvs(size=size, random_state=rng), dtype=float)

    def mean(self) -> float:
        return float(self._rv.mean())

    def var(self) -> float:
        return float(self._rv.var())

    def sd(self) -> float:
        """Standard deviation (square root of ``var()``)."""
        return math.sqrt(max(self.var(), 0.0))

    def support(self) -> tuple[float, float]:
        """The smallest and largest possible values (may be ±inf)."""
        if self.ranged:  # exact without building a scipy distribution (validation asks for it often)
            return float(getattr(self, "low")), float(getattr(self, "high"))
        lo, hi = self._rv.support()
        return float(lo), float(hi)

    def is_constant(self) -> bool:
        """True when the input takes a single value (no need to sample it)."""
        return False

    def describe(self) -> str:
        raise NotImplementedError

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"type": self.kind}
        for f in fields(self):  # type: ignore[arg-type]  # every family is a dataclass
            value = getattr(self, f.name)
            if value is None:
                continue
            d[self.params[f.name][0]] = list(value) if isinstance(value, tuple) else value
        return d


# ---- families -------------------------------------------------------------------------------

def _range_problems(low: float, high: float, mode: float | None = None) -> list[str]:
    if low > high:
        return [f"the lowest value {fmt(low)} is above the highest value {fmt(high)}"]
    if low == high:
        return [f"the lowest and highest values are both {fmt(low)}; use a fixed value instead"]
    if mode is not None and not low <= mode <= high:
        return [f"the most likely value {fmt(mode)} lies outside the range {fmt(low)}–{fmt(high)}"]
    return []


@dataclass(frozen=True)
class Fixed(Distribution):
    """A known value (no uncertainty). JSON ``{"type": "fixed", "value": x}`` or a bare number."""

    value: float

    kind: ClassVar[str] = "fixed"
    label: ClassVar[str] = "fixed value"
    params: ClassVar[dict[str, tuple[str, str]]] = {"value": ("value", "value")}

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
    label: ClassVar[str] = "uniform distribution"
    ranged: ClassVar[bool] = True
    params: ClassVar[dict[str, tuple[str, str]]] = {"low": ("low", "lowest value"),
                                                    "high": ("high", "highest value")}

    def _problems(self) -> list[str]:
        return _range_problems(self.low, self.high)

    @cached_property
    def _rv(self) -> Any:
        return stats.uniform(loc=self.low, scale=self.high - self.low)

    def fast_form(self) -> tuple[Callable[..., np.ndarray], tuple[Any, ...]]:
        return fast.uniform_ppf, (self.low, self.high)

    def describe(self) -> str:
        return f"anywhere between {fmt(self.low)} and {fmt(self.high)}, all values equally likely (uniform)"


_LOW_MODE_HIGH = {"low": ("low", "lowest value"), "mode": ("mode", "most likely value"),
                  "high": ("high", "highest value")}


@dataclass(frozen=True)
class Triangular(Distribution):
    """Between ``low`` and ``high``, most likely ``mode``; density a triangle.

    Mean ``(a+m+b)/3``, variance ``(a²+b²+m²−ab−am−bm)/18``.
    """

    low: float
    mode: float
    high: float

    kind: ClassVar[str] = "triangular"
    label: ClassVar[str] = "triangular distribution"
    ranged: ClassVar[bool] = True
    params: ClassVar[dict[str, tuple[str, str]]] = _LOW_MODE_HIGH

    def _problems(self) -> list[str]:
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
    label: ClassVar[str] = "PERT distribution"
    ranged: ClassVar[bool] = True
    params: ClassVar[dict[str, tuple[str, str]]] = _LOW_MODE_HIGH

    def _problems(self) -> list[str]:
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
    label: ClassVar[str] = "normal distribution"
    params: ClassVar[dict[str, tuple[str, str]]] = {
        "mu": ("mean", "mean"), "sigma": ("sd", "standard deviation"),
        "low": ("low", "lowest value"), "high": ("high", "highest value")}
    optional: ClassVar[tuple[str, ...]] = ("low", "high")

    def _problems(self) -> list[str]:
        if self.sigma <= 0:
            return [f"the standard deviation must be larger than 0, not {fmt(self.sigma)};"
                    " for a known value use a fixed value"]
        if self.low is not None and self.high is not None and self.low >= self.high:
            return _range_problems(self.low, self.high)
        if self.truncated and self._mass() < MIN_TRUNCATED_MASS:
            return [f"the range {self._range_words()} lies so far from the mean {fmt(self.mu)}"
                    f" (standard deviation {fmt(self.sigma)}) that the normal curve has almost no"
                    " probability there; check the mean and the limits"]
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

    def _range_words(self) -> str:
        if self.low is not None and self.high is not None:
            return f"{fmt(self.low)}–{fmt(self.high)}"
        return f"above {fmt(self.low)}" if self.low is not None else f"below {fmt(self.high or 0.0)}"

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
    label: ClassVar[str] = "lognormal distribution"
    params: ClassVar[dict[str, tuple[str, str]]] = {"value_mean": ("mean", "mean"),
                                                    "value_sd": ("sd", "standard deviation")}

    def _problems(self) -> list[str]:
        out = []
        if self.value_mean <= 0:
            out.append(f"the mean must be larger than 0, not {fmt(self.value_mean)}: a lognormal value"
                       " is always positive")
        if self.value_sd <= 0:
            out.append(f"the standard deviation must be larger than 0, not {fmt(self.value_sd)};"
                       " for a known value use a fixed value")
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


@lru_cache(maxsize=1024)
def _pert_table(low: float, mode: float, high: float) -> fast.PertTable:
    return fast.PertTable(Pert(low, mode, high)._rv, low, high)


def _pert_one(u: np.ndarray, table: fast.PertTable) -> np.ndarray:
    return fast.pert_ppf(np.asarray(u).reshape(-1, 1), [table]).reshape(np.shape(u))


FAMILIES: dict[str, type[Distribution]] = {
    cls.kind: cls for cls in (Fixed, Uniform, Triangular, Pert, Normal, Lognormal, Discrete, Bernoulli)
}
