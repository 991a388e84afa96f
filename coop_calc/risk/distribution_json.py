"""The JSON form of distributions: parsing with plain-language validation, and bounds checks.

``parse_distribution(obj, place, bounds)`` turns the documented JSON object (or a bare number) into a
distribution of :mod:`.distributions`, or raises ValidationError naming the place and the reason.
"""

from __future__ import annotations

import math
from typing import Any

from ..checks import is_number
from ..errors import Collector, Problem, ValidationError
from ..messages import Msg, Text
from .distributions import FAMILIES, Distribution, Fixed, Normal, _kind_of


def parse_distribution(obj: Any, place: Text,
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


def _and(parts: list[Text]) -> Text:
    """"a and b and c" in the reader's language."""
    out = parts[0]
    for p in parts[1:]:
        out = Msg("dist_a_and_b", a=out, b=p)
    return out


def _parse(c: Collector, obj: Any, place: Text) -> Distribution | None:
    if is_number(obj):
        return _construct(c, place, Fixed, {"value": obj})
    known_types = ", ".join(FAMILIES)
    if not isinstance(obj, dict):
        c.add(place, Msg("dist_not_object", kind=_kind_of(obj)))
        return None
    kind = obj.get("type")
    if kind is None:
        c.add(place, Msg("dist_no_type", known=known_types))
        return None
    if not isinstance(kind, str) or kind not in FAMILIES:
        shown = repr(kind) if isinstance(kind, str) else _kind_of(kind)
        c.add(place, Msg("dist_unknown_type", type=shown[:40] if isinstance(shown, str) else shown,
                         known=known_types))
        return None
    cls = FAMILIES[kind]
    by_key = {key: (name, plain) for name, (key, plain) in cls.params.items()}
    unknown = [k for k in obj if k != "type" and k not in by_key]
    if unknown:
        c.add(place, Msg("dist_unknown_fields" if len(unknown) > 1 else "dist_unknown_field",
                         fields=", ".join(repr(k)[:40] for k in unknown[:5]), dist=cls.label,
                         known=", ".join(by_key)))
    kwargs: dict[str, Any] = {}
    missing: list[Text] = []
    for key, (name, plain) in by_key.items():
        if key in obj:
            kwargs[name] = obj[key]
        elif name not in cls.optional:
            missing.append(Msg("dist_param_key", name=plain, json=key))
    if missing:
        c.add(place, Msg("dist_needs", dist=cls.label, missing=_and(missing)))
    if unknown or missing:
        return None
    return _construct(c, place, cls, kwargs)


def _construct(c: Collector, place: Text, cls: type[Distribution], kwargs: dict[str, Any]) -> Distribution | None:
    try:
        return cls(**kwargs)
    except ValidationError as e:
        for p in e.problems:
            c.add(place, p.reason)
        return None


def bounds_problem(dist: Distribution, bounds: tuple[float | None, float | None]) -> Msg | None:
    """Why ``dist`` can take values outside ``bounds = (lo, hi)`` (None = open side), or None."""
    lo, hi = bounds
    s_lo, s_hi = dist.support()
    if lo is not None and hi is not None:
        allowed = Msg("bounds_between", lo=lo, hi=hi)
    elif lo is not None:
        allowed = Msg("bounds_not_below", lo=lo)
    else:
        allowed = Msg("bounds_not_above", hi=hi)
    if lo is not None and s_lo < lo:
        if math.isinf(s_lo):
            return (Msg("bounds_normal_no_low", allowed=allowed, dist=dist.label, lo=lo) if isinstance(dist, Normal)
                    else Msg("bounds_no_lower_limit", allowed=allowed, dist=dist.label))
        return Msg("bounds_as_low_as", allowed=allowed, dist=dist.label, x=s_lo)
    if hi is not None and s_hi > hi:
        if math.isinf(s_hi):
            return (Msg("bounds_normal_no_high", allowed=allowed, dist=dist.label, hi=hi) if isinstance(dist, Normal)
                    else Msg("bounds_no_upper_limit", allowed=allowed, dist=dist.label))
        return Msg("bounds_as_high_as", allowed=allowed, dist=dist.label, x=s_hi)
    return None
