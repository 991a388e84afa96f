"""The common part of the distribution families: the :class:`Distribution` interface, parameter
limits and the checks every family uses (the families: :mod:`.distributions` and :mod:`.discrete`)."""

from __future__ import annotations

import math
from dataclasses import fields
from functools import cached_property
from typing import Any, Callable, ClassVar

import numpy as np

from ..checks import fmt, is_number
from ..errors import Problem, ValidationError

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
        return self._clip_support(np.asarray(self._rv.ppf(_clip_u(u)), dtype=float))

    def fast_form(self) -> tuple[Callable[..., np.ndarray], tuple[Any, ...]] | None:
        """A vectorised inverse CDF of :mod:`.fast_ppf` and this input's parameters for it, or None
        where ``ppf`` itself is used."""
        return None

    def fast_ppf(self, u: Any) -> np.ndarray:
        """``ppf`` for large arrays, by the closed forms of :mod:`.fast_ppf` (PERT by its table)."""
        form = self.fast_form()
        if form is None:
            return self.ppf(u)
        fn, params = form
        return self._clip_support(fn(_clip_u(u), *params))

    def _clip_support(self, x: np.ndarray) -> np.ndarray:
        """``x`` clipped into the support: scipy (e.g. truncnorm near its ends) and the closed forms
        may overshoot a finite end by a rounding error."""
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
