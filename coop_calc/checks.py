"""Small typed readers for untrusted JSON values that record problems instead of raising.

Every reader takes a :class:`~coop_calc.errors.Collector`, the place in user terms and the raw
value, and returns a clean value or ``None`` after recording why the value is refused. Nothing is
clamped: a value out of range is reported, never adjusted.

Places, reasons and the ``what`` a value is (``Msg("w_unit_price")``) are catalogue messages
(:mod:`coop_calc.messages`, context ``"problem"``), so a reason reads in the reader's language; the
refused value itself is the user's data and is shown as it is.
"""

from __future__ import annotations

import math
import re
from typing import Any

import numpy as np

from .errors import Collector
from .messages import Msg, Text
from .messages import number as _number

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


def fmt(x: float, lang: str = "en") -> str:
    """A number as a user of ``lang`` would type it: 12 not 12.0, 0.25 not 2.5e-01, 12,000 (en) /
    12.000 (de) for large ones; infinity and not-a-number in words of that language."""
    return _number(float(x), lang)


def is_number(value: Any) -> bool:
    """A JSON or numpy number; true/false is not a number."""
    return (isinstance(value, (int, float, np.integer, np.floating))
            and not isinstance(value, (bool, np.bool_)))


def number(
    c: Collector,
    place: Text,
    value: Any,
    *,
    low: float | None = 0.0,
    high: float | None = None,
    low_open: bool = False,
    integer: bool = False,
    what: Text = Msg("w_value"),
) -> float | None:
    """A finite number within [low, high] (``low_open``: strictly above low), else None."""
    if not is_number(value):
        if value is None:
            c.add(place, Msg("num_missing", what=what))
        else:
            c.add(place, Msg("num_not_number", what=what, kind=_type_word(value), value=_short(value)))
        return None
    try:
        x = float(value)
    except OverflowError:
        c.add(place, Msg("num_far_too_large", what=what))
        return None
    if not math.isfinite(x):
        c.add(place, Msg("num_not_finite", what=what))
        return None
    if integer and not x.is_integer():
        c.add(place, Msg("num_not_whole", what=what, x=x))
        return None
    if low is not None and (x < low or (low_open and x == low)):
        if low == 0 and not low_open:
            c.add(place, Msg("num_negative", what=what, x=x))
        elif low_open:
            c.add(place, Msg("num_not_above", what=what, low=low, x=x))
        else:
            c.add(place, Msg("num_below", what=what, low=low, x=x))
        return None
    exact = int(value) if isinstance(value, (int, np.integer)) else x  # whole numbers compared exactly
    if high is not None and exact > high:
        c.add(place, Msg("num_above", what=what, x=exact, high=float(high)))
        return None
    return x


def character_problem(value: str, *, multiline: bool = False) -> Msg | None:
    """Why ``value`` holds a character that cannot be saved or shown (an unpaired surrogate, a
    control character; tab and line breaks only where ``multiline``), or None."""
    bad = _UNSAVEABLE.search(value) or (None if multiline else _LINE_BREAKS.search(value))
    if bad is None:
        return None
    ch = bad.group()
    code = f"U+{ord(ch):04X}"
    if 0xD800 <= ord(ch) <= 0xDFFF:
        return Msg("char_surrogate", code=code)
    if ch == "\t":
        return Msg("char_tab")
    if ch in "\r\n":
        return Msg("char_line_break")
    return Msg("char_control", code=code)  # C0/C1 controls have no Unicode name to add


def clean_label(value: Any) -> str | None:
    """``value`` if it is non-empty, savable one-line text of sensible length (for naming a place), else None."""
    if isinstance(value, str) and value.strip() and len(value) <= MAX_TEXT and character_problem(value) is None:
        return value
    return None


def text(c: Collector, place: Text, value: Any, *, what: Text = Msg("w_text"), required: bool = False,
         limit: int = MAX_TEXT, multiline: bool = False) -> str | None:
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        c.add(place, Msg("text_missing", what=what) if value is None else
              Msg("text_not_text", what=what, kind=_kind(value)))
        return None
    if required and not value.strip():
        c.add(place, Msg("text_empty", what=what))
        return None
    if len(value) > limit:
        c.add(place, Msg("text_too_long", what=what, limit=limit, n=len(value)))
        return None
    why = character_problem(value, multiline=multiline)
    if why:
        c.add(place, Msg("text_character", what=what, why=why))
        return None
    return value


def identifier(c: Collector, place: Text, value: Any) -> str | None:
    ident = text(c, place, value, what=Msg("f_id"), required=True, limit=MAX_ID)
    if ident is not None and ident != ident.strip():
        c.add(place, Msg("id_spaces"))
        return None
    return ident


def _kind(value: Any) -> Text:
    """What a refused value is, in words ("a list", "a number (5)")."""
    if isinstance(value, bool):
        return Msg("kind_true_false")
    if is_number(value):
        return Msg("kind_number", value=_short(value))
    if isinstance(value, list):
        return Msg("kind_list")
    if isinstance(value, dict):
        return Msg("kind_object")
    if isinstance(value, str):
        return Msg("kind_text", value=_short(value))
    if value is None:
        return Msg("kind_empty")
    return type(value).__name__


def _type_word(value: Any) -> Text:
    """The JSON type of a refused value in one word ("text", "list"; English: as Python names it)."""
    if isinstance(value, str):
        return Msg("type_text")
    if isinstance(value, bool):
        return Msg("type_bool")
    if isinstance(value, list):
        return Msg("type_list")
    if isinstance(value, dict):
        return Msg("type_dict")
    if isinstance(value, int):
        return Msg("type_int")
    if isinstance(value, float):
        return Msg("type_float")
    return type(value).__name__


def mapping(c: Collector, place: Text, value: Any, *, allowed: tuple[str, ...], what: Text) -> dict | None:
    """A JSON object with only known keys (unknown keys are reported, so typos are not lost)."""
    if not isinstance(value, dict):
        c.add(place, Msg("not_object", what=what, kind=_kind(value)))
        return None
    unknown = [k for k in value if k not in allowed]
    if unknown:
        known = ", ".join(a for a in allowed if isinstance(a, str))[:300]
        names = tuple(_short(k) for k in unknown[:5])
        c.add(place, Msg("unknown_fields", names=names, known=known) if len(unknown) > 1 else
              Msg("unknown_field", names=names, known=known))
    return value


def sequence(c: Collector, place: Text, value: Any, *, what: Text, limit: int) -> list | None:
    """A JSON list of at most ``limit`` rows (``what``: the rows, plural); None (missing) is empty."""
    if value is None:
        return []
    if not isinstance(value, list):
        c.add(place, Msg("not_list", what=what, kind=_kind(value)))
        return None
    if len(value) > limit:
        c.add(place, Msg("too_many", what=what, n=len(value), limit=limit))
        return None
    return value


def choice(c: Collector, place: Text, value: Any, options: tuple[str, ...], *, what: Text) -> str | None:
    if not isinstance(value, str) or value not in options:
        c.add(place, Msg("not_one_of", what=what, options=", ".join(options), value=_short(value)))
        return None
    return value


def _short(value: Any) -> Any:
    """A refused value as it can be shown: text and numbers as given (quoted, shortened), a list,
    an object, true or false in words."""
    if isinstance(value, (list, dict)):
        return Msg("kind_list") if isinstance(value, list) else Msg("kind_object")
    if isinstance(value, bool):
        return Msg("value_true") if value else Msg("value_false")
    if value is None:
        return Msg("value_none")
    if is_number(value):  # in the reader's notation when that shows it exactly, else as written
        x = value.item() if isinstance(value, (np.integer, np.floating)) else value
        if isinstance(x, int):
            return x if len(str(x)) <= 40 else repr(x)[:37] + "…"
        return x if _number(x).replace(",", "") == repr(x).removesuffix(".0") else repr(x)[:40]
    r = repr(value[:60] if isinstance(value, str) else value)
    return r if len(r) <= 40 else r[:37] + "…"
