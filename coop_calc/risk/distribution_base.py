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
from ..messages import Msg, Text

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


def _ordinal(n: int) -> Msg:
    """``n`` as an ordinal in words: 1st, 2nd, 3rd, 11th (en); 1., 2., 3. (de)."""
    if 10 <= n % 100 <= 20 or n % 10 not in (1, 2, 3):
        return Msg("dist_ord_th", n=n)
    if n % 10 == 1:
        return Msg("dist_ord_st", n=n)
    return Msg("dist_ord_nd", n=n) if n % 10 == 2 else Msg("dist_ord_rd", n=n)


def _clip_u(u: Any) -> np.ndarray:
    return np.clip(np.asarray(u, dtype=float), U_MIN, 1.0 - U_MIN)


def _kind_of(value: Any) -> Text:
    """What a value that is not a number is, in words ("text ('abc')", "a list")."""
    if isinstance(value, (bool, np.bool_)):
        return Msg("dist_kind_bool")
    if isinstance(value, str):
        return Msg("dist_kind_text", text=repr(value[:30]))
    if value is None:
        return Msg("dist_kind_empty")
    if isinstance(value, list):
        return Msg("dist_kind_list")
    if isinstance(value, dict):
        return Msg("dist_kind_object")
    return type(value).__name__


def _number_problem(name: Text, value: Any) -> Msg | None:
    """Why ``value`` is not an acceptable number, or None. ``name`` is the parameter with its article
    ("the lowest value")."""
    if not is_number(value):
        return Msg("dist_not_number", name=name, kind=_kind_of(value))
    try:
        x = float(value)
    except OverflowError:
        return Msg("dist_far_too_large", name=name)
    if not math.isfinite(x):
        return Msg("dist_not_finite", name=name)
    if abs(x) > MAX_MAGNITUDE:
        return Msg("dist_too_large", name=name, x=x, limit=MAX_MAGNITUDE)
    return None


class Distribution:
    """Common interface of all families (see the module docstring). Subclasses are frozen dataclasses."""

    #: The JSON ``type``.
    kind: ClassVar[str] = ""
    #: The family's name in messages ("PERT distribution"), a catalogue message.
    label: ClassVar[str] = ""
    #: field name → (JSON key, the parameter with its article: "the lowest value", a catalogue
    #: message), in the order of the JSON form. Fields listed in
    #: ``optional`` may be absent (None). Field names differ from JSON keys only where a JSON key
    #: would clash with the interface (``mean``).
    params: ClassVar[dict[str, tuple[str, Text]]] = {}
    optional: ClassVar[tuple[str, ...]] = ()
    #: True for families whose support is exactly [low, high] (uniform, triangular, PERT).
    ranged: ClassVar[bool] = False
    #: Fields that hold a list of numbers (checked by the family); every other field is one number.
    sequences: ClassVar[tuple[str, ...]] = ()

    # ---- validation -------------------------------------------------------------------------
    def __post_init__(self) -> None:
        reasons: list[Text] = []
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

    def _problems(self) -> list[Text]:
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

#: The parameters of the families with their article, as messages name them.
LOWEST, HIGHEST, MOST_LIKELY = Msg("dp_low"), Msg("dp_high"), Msg("dp_mode")
MEAN, SD, PROBABILITY, VALUE = Msg("dp_mean"), Msg("dp_sd"), Msg("dp_p"), Msg("dp_value")


def _range_problems(low: float, high: float, mode: float | None = None) -> list[Text]:
    if low > high:
        return [Msg("dist_low_above_high", low=low, high=high)]
    if low == high:
        return [Msg("dist_low_is_high", low=low)]
    if mode is not None and not low <= mode <= high:
        return [Msg("dist_mode_outside", mode=mode, low=low, high=high)]
    return []
