"""The JSON form of distributions: parsing with plain-language validation, and bounds checks.

``parse_distribution(obj, place, bounds)`` turns the documented JSON object (or a bare number) into a
distribution of :mod:`.distributions`, or raises ValidationError naming the place and the reason.
"""

from __future__ import annotations

import math
from typing import Any

from ..checks import fmt, is_number
from ..errors import Collector, Problem, ValidationError
from .distributions import FAMILIES, Distribution, Fixed, Normal, _kind_of


def parse_distribution(obj: Any, place: str,
                       bounds: tuple[float | None, float | None] | None = None) -> Distribution:
    """The distribution described by the JSON value ``obj`` (a number or an object with ``type``).

    ``place`` names where the value sits, in user terms (``"Item 'Cobot' › annual benefit"``);
    every problem is reported as ``place: reason``. ``bounds = (lo, hi)`` (either may be None)
    requires the whole support to lie within [lo, hi], e.g. ``(0, 1)`` for a share.
    Raises :class:`~coop_calc.errors.ValidationError` listing every problem found.
    """
    c = Collector()
    dist = _parse(c, obj, place)
    c.raise_if_any()
    assert dist is not None
    if bounds is not None:
        why = bounds_problem(dist, bounds)
        if why:
            raise ValidationError(Problem(place, why))
    return dist


def _parse(c: Collector, obj: Any, place: str) -> Distribution | None:
    if is_number(obj):
        return _construct(c, place, Fixed, {"value": obj})
    known_types = ", ".join(FAMILIES)
    if not isinstance(obj, dict):
        c.add(place, f"a distribution must be a number or an object like {{\"type\": \"pert\", \"low\": …,"
                     f" \"mode\": …, \"high\": …}}, not {_kind_of(obj)}")
        return None
    kind = obj.get("type")
    if kind is None:
        c.add(place, f"the distribution needs a \"type\" (one of {known_types})")
        return None
    if not isinstance(kind, str) or kind not in FAMILIES:
        shown = repr(kind) if isinstance(kind, str) else _kind_of(kind)
        c.add(place, f"unknown distribution type {shown[:40]} (known: {known_types})")
        return None
    cls = FAMILIES[kind]
    by_key = {key: (name, plain) for name, (key, plain) in cls.params.items()}
    unknown = [k for k in obj if k != "type" and k not in by_key]
    if unknown:
        c.add(place, f"unknown field{'s' if len(unknown) > 1 else ''} {', '.join(repr(k)[:40] for k in unknown[:5])}"
                     f" for a {cls.label} (known: type, {', '.join(by_key)})")
    kwargs: dict[str, Any] = {}
    missing = []
    for key, (name, plain) in by_key.items():
        if key in obj:
            kwargs[name] = obj[key]
        elif name not in cls.optional:
            missing.append(f"the {plain} (\"{key}\")")
    if missing:
        c.add(place, f"a {cls.label} needs {' and '.join(missing)}")
    if unknown or missing:
        return None
    return _construct(c, place, cls, kwargs)


def _construct(c: Collector, place: str, cls: type[Distribution], kwargs: dict[str, Any]) -> Distribution | None:
    try:
        return cls(**kwargs)
    except ValidationError as e:
        for p in e.problems:
            c.add(place, p.reason)
        return None


def bounds_problem(dist: Distribution, bounds: tuple[float | None, float | None]) -> str | None:
    """Why ``dist`` can take values outside ``bounds = (lo, hi)`` (None = open side), or None."""
    lo, hi = bounds
    s_lo, s_hi = dist.support()
    if lo is not None and hi is not None:
        allowed = f"values must lie between {fmt(lo)} and {fmt(hi)}"
    elif lo is not None:
        allowed = f"values must not be below {fmt(lo)}"
    else:
        allowed = f"values must not be above {fmt(hi)}"  # type: ignore[arg-type]  # bounds are not both None
    if lo is not None and s_lo < lo:
        if math.isinf(s_lo):
            return (f"{allowed}, but a {dist.label} without a lowest value (\"low\") has no lower limit;"
                    f" add \"low\": {fmt(lo)} or use another type" if isinstance(dist, Normal)
                    else f"{allowed}, but a {dist.label} has no lower limit")
        return f"{allowed}, but this {dist.label} can go as low as {fmt(s_lo)}"
    if hi is not None and s_hi > hi:
        if math.isinf(s_hi):
            hint = (f"; add \"high\": {fmt(hi)} or use another type" if isinstance(dist, Normal)
                    else "; use a type with a highest value (PERT, triangular, uniform)")
            return f"{allowed}, but a {dist.label} has no upper limit{hint}"
        return f"{allowed}, but this {dist.label} can go as high as {fmt(s_hi)}"
    return None
