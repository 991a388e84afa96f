"""Small typed readers for untrusted JSON values that record problems instead of raising.

Every reader takes a :class:`~coop_calc.errors.Collector`, the place in user terms and the raw
value, and returns a clean value or ``None`` after recording why the value is refused. Nothing is
clamped: a value out of range is reported, never adjusted.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

import numpy as np

from .errors import Collector

#: Magnitudes beyond these are refused as absurd (in the scenario's currency / unit of need).
MAX_AMOUNT = 1e12
MAX_QUANTITY = 1e9
MAX_TEXT = 2000
MAX_ID = 64
#: The largest whole number a JSON reader or a spreadsheet keeps exactly (2⁵³ − 1); larger seeds
#: would silently become another number.
MAX_EXACT_INTEGER = 2**53 - 1

# Characters that cannot be saved or shown: unpaired surrogates (not encodable as UTF-8) and
# control characters. Tab, line feed and carriage return are allowed in multi-line texts only.
_UNSAVEABLE = re.compile(r"[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"[\t\n\r]")


def fmt(x: float) -> str:
    """A number as a user would type it: 12 not 12.0, 0.25 not 2.5e-01, 12,000 for large ones."""
    x = float(x)
    if not math.isfinite(x):
        return "infinity" if x > 0 else "minus infinity" if x < 0 else "not a number"
    if x.is_integer() and abs(x) < 1e18:
        return f"{int(x):,}"
    return f"{x:,.6g}"


def is_number(value: Any) -> bool:
    """A JSON or numpy number; true/false is not a number."""
    return (isinstance(value, (int, float, np.integer, np.floating))
            and not isinstance(value, (bool, np.bool_)))


def number(
    c: Collector,
    place: str,
    value: Any,
    *,
    low: float | None = 0.0,
    high: float | None = None,
    low_open: bool = False,
    integer: bool = False,
    what: str = "value",
) -> float | None:
    """A finite number within [low, high] (``low_open``: strictly above low), else None."""
    if not is_number(value):
        kind = "text" if isinstance(value, str) else "empty" if value is None else type(value).__name__
        c.add(place, f"the {what} must be a number, not {kind} ({_short(value)})")
        return None
    try:
        x = float(value)
    except OverflowError:
        c.add(place, f"the {what} is far too large")
        return None
    if not math.isfinite(x):
        c.add(place, f"the {what} must be a finite number")
        return None
    if integer and not x.is_integer():
        c.add(place, f"the {what} must be a whole number, not {fmt(x)}")
        return None
    if low is not None and (x < low or (low_open and x == low)):
        if low == 0 and not low_open:
            c.add(place, f"the {what} must not be negative ({fmt(x)})")
        else:
            c.add(place, f"the {what} must be {'larger than' if low_open else 'at least'} {fmt(low)} ({fmt(x)})")
        return None
    exact = int(value) if isinstance(value, (int, np.integer)) else x  # whole numbers compared exactly
    if high is not None and exact > high:
        shown = f"{exact:,}" if isinstance(exact, int) else fmt(x)
        c.add(place, f"the {what} {shown} is larger than the allowed {fmt(high)}")
        return None
    return x


def character_problem(value: str, *, multiline: bool = False) -> str | None:
    """Why ``value`` holds a character that cannot be saved or shown (an unpaired surrogate, a
    control character; tab and line breaks only where ``multiline``), or None."""
    bad = _UNSAVEABLE.search(value) or (None if multiline else _LINE_BREAKS.search(value))
    if bad is None:
        return None
    ch = bad.group()
    code = f"U+{ord(ch):04X}"
    if 0xD800 <= ord(ch) <= 0xDFFF:
        return f"contains a broken character ({code}, half of a character pair) that cannot be saved"
    name = {"\t": "a tab", "\n": "a line break", "\r": "a line break"}.get(ch)
    if name:
        return f"contains {name}; use one line"
    return f"contains the invisible control character {code} ({unicodedata.name(ch, 'control')})".replace(
        " (control)", "")


def clean_label(value: Any) -> str | None:
    """``value`` if it is non-empty, savable one-line text of sensible length (for naming a place), else None."""
    if isinstance(value, str) and value.strip() and len(value) <= MAX_TEXT and character_problem(value) is None:
        return value
    return None


def text(c: Collector, place: str, value: Any, *, what: str = "text", required: bool = False,
         limit: int = MAX_TEXT, multiline: bool = False) -> str | None:
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        kind = "empty" if value is None else _kind(value)
        c.add(place, f"the {what} must be text, not {kind}")
        return None
    if required and not value.strip():
        c.add(place, f"the {what} must not be empty")
        return None
    if len(value) > limit:
        c.add(place, f"the {what} is longer than {limit:,} characters ({len(value):,})")
        return None
    why = character_problem(value, multiline=multiline)
    if why:
        c.add(place, f"the {what} {why}")
        return None
    return value


def identifier(c: Collector, place: str, value: Any) -> str | None:
    ident = text(c, place, value, what="id", required=True, limit=MAX_ID)
    if ident is not None and ident != ident.strip():
        c.add(place, "the id must not begin or end with spaces")
        return None
    return ident


def _kind(value: Any) -> str:
    """What a refused value is, in words ("a list", "a number (5)")."""
    if isinstance(value, bool):
        return "true/false"
    if is_number(value):
        return f"a number ({_short(value)})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def mapping(c: Collector, place: str, value: Any, *, allowed: tuple[str, ...], what: str) -> dict | None:
    """A JSON object with only known keys (unknown keys are reported, so typos are not lost)."""
    if not isinstance(value, dict):
        c.add(place, f"the {what} must be an object {{…}}, not {_kind(value)}")
        return None
    unknown = [k for k in value if k not in allowed]
    if unknown:
        c.add(place, f"unknown field{'s' if len(unknown) > 1 else ''} {', '.join(_short(k) for k in unknown[:5])}"
                     f" (known: {', '.join(a for a in allowed if isinstance(a, str))[:300]})")
    return value


def sequence(c: Collector, place: str, value: Any, *, what: str, limit: int) -> list | None:
    if value is None:
        return []
    if not isinstance(value, list):
        c.add(place, f"the {what} must be a list […], not {_kind(value)}")
        return None
    if len(value) > limit:
        c.add(place, f"too many {what}: {len(value):,} (at most {limit:,})")
        return None
    return value


def choice(c: Collector, place: str, value: Any, options: tuple[str, ...], *, what: str) -> str | None:
    if not isinstance(value, str) or value not in options:
        c.add(place, f"the {what} must be one of {', '.join(options)}, not {_short(value)}")
        return None
    return value


def _short(value: Any) -> str:
    if isinstance(value, (list, dict)):
        return "a list" if isinstance(value, list) else "an object"
    r = repr(value[:60] if isinstance(value, str) else value)
    return r if len(r) <= 40 else r[:37] + "…"
