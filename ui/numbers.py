"""Numbers as the user types, pastes and reads them, in either interface language.

The rule that keeps a number from being read 1,000 times too small or too large
(docs/user-guide.md, "Typing and pasting numbers"):

1. With both ``.`` and ``,`` the last one is the decimal sign and the other groups thousands:
   ``8.500,00`` and ``8,500.00`` are 8500 in either language, ``12.345,67`` is 12345.67.
2. One sign used several times groups thousands: ``1.234.567`` and ``1,234,567``.
3. One sign once is a decimal sign when it cannot be a thousands separator: not exactly three digits
   after it (``3500.5``, ``1,5``, ``0.05``), or nothing, a leading zero or more than three digits
   before it (``.500``, ``0,500``, ``12345.678``).
4. Otherwise (``4.500``, ``1,234``) the text reads two ways, 1,000 apart. It is read as thousands only
   when the sign is the interface language's own thousands separator (German ``4.500``, English
   ``4,500``: how the application itself shows 4500). When it is the interface's decimal sign
   (English ``4.500``, German ``4,500``) it is refused with both readings named. A grouping sign is
   therefore never taken for a decimal sign; and the reading of rule 4 is reported at the cell
   (:func:`reading_note`).
5. A pasted block is read with one convention (:func:`block_convention`): a cell that rules 1–3
   decide (``8.500,00``, ``3500.5``, ``1.234.567``) decides for all; cells deciding differently refuse
   the paste with the cell named; if no cell decides, rule 4 applies to each cell.

``parse_number`` also accepts a percent sign only where the field means a percentage
(``percent=True``) and a currency only where it means an amount (``money=True``): elsewhere "5%" would
silently become 5. Display goes through QLocale; amounts carry the scenario's currency (ISO 4217 code
→ symbol) in the interface language's format (``1.234,50 €`` / ``€1,234.50``).
"""

from __future__ import annotations

import math
import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Iterable, Iterator

from PySide6.QtCore import QLocale

#: Symbols for the currencies SME pools in Europe use most; others are shown by their ISO code.
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CNY": "¥", "CHF": "CHF",
                    "PLN": "zł", "CZK": "Kč", "SEK": "kr", "DKK": "kr", "NOK": "kr", "HUF": "Ft",
                    "INR": "₹", "KRW": "₩", "TRY": "₺"}

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009'’]+")
_CURRENCY = re.compile(r"[€$£¥₹₩₺]|\b(?!INF\b|NAN\b)[A-Z]{3}\b|zł|Kč|kr|Ft", re.UNICODE)
_SHAPE = re.compile(r"^([+-]?)([\d.,]*\d[\d.,]*|[.,]\d+)(?:[eE]([+-]?\d{1,3}))?$")

#: the decimal sign a pasted block was found to use ("." or ","), while that block is read
_BLOCK_DECIMAL: ContextVar[str | None] = ContextVar("block_decimal", default=None)


class UnitError(ValueError):
    """A number with a unit the field does not mean: ``kind`` is "percent" or "money"."""

    def __init__(self, kind: str, text: str):
        self.kind, self.text = kind, text
        what = "a percentage" if kind == "percent" else "an amount of money"
        super().__init__(f"{text!r} is {what}, but this field takes a plain number")


class AmbiguousNumber(ValueError):
    """``text`` reads as ``thousands`` with its sign as a thousands separator and as ``decimal``
    with it as a decimal sign (rule 4), and nothing decides which."""

    def __init__(self, text: str, thousands: float, decimal: float):
        self.text, self.thousands, self.decimal = text, thousands, decimal
        super().__init__(f"{text!r} could mean {thousands:g} or {decimal:g}")


class ConventionConflict(ValueError):
    """A pasted block whose cells use both conventions: ``first`` (row, column) uses decimal sign
    ``first_sign``, ``cell`` the other one."""

    def __init__(self, cell: tuple[int, int], text: str, first: tuple[int, int], first_text: str):
        self.cell, self.text, self.first, self.first_text = cell, text, first, first_text
        super().__init__(f"{text!r} and {first_text!r} use different decimal signs")


@dataclass(frozen=True)
class Reading:
    """How one number text reads: ``value`` when it reads one way; ``decimal_sign`` the decimal sign it
    shows it uses ("." or ",", None when it does not tell); for rule 4 ``sign`` and the two readings."""

    value: float | None
    decimal_sign: str | None = None
    sign: str | None = None
    thousands: float | None = None
    decimal: float | None = None


def symbol(code: str) -> str:
    return CURRENCY_SYMBOLS.get(code, code)


def _groups_ok(whole: str, sep: str) -> bool:
    parts = whole.split(sep)
    return 1 <= len(parts[0]) <= 3 and not (parts[0].startswith("0") and len(parts) > 1) and all(
        len(p) == 3 for p in parts[1:])


def read(text: str) -> Reading:
    """How the bare number ``text`` (no unit, no spaces) reads under rules 1–4; ValueError when it is
    no number."""
    m = _SHAPE.match(text)
    if not m:
        raise ValueError(f"{text!r} is not a number")
    sign, body, exp = m.groups()
    scale = 10.0 ** int(exp) if exp else 1.0
    neg = -1.0 if sign == "-" else 1.0

    def num(whole: str, frac: str = "") -> float:
        return neg * float(f"{whole or '0'}.{frac or '0'}") * scale

    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        dec = "." if body.rfind(".") > body.rfind(",") else ","
        grp = "," if dec == "." else "."
        whole, _, frac = body.rpartition(dec)
        if body.count(dec) != 1 or not frac or not _groups_ok(whole, grp):
            raise ValueError(f"{text!r} is not a number")
        return Reading(num(whole.replace(grp, ""), frac), dec)
    if not dots and not commas:
        return Reading(num(body))
    sep = "." if dots else ","
    other = "," if sep == "." else "."
    if body.count(sep) > 1:
        if not _groups_ok(body, sep):
            raise ValueError(f"{text!r} is not a number")
        return Reading(num(body.replace(sep, "")), other)
    whole, _, frac = body.partition(sep)
    if not frac:
        raise ValueError(f"{text!r} is not a number")
    if len(frac) != 3 or not whole or len(whole) > 3 or whole.startswith("0") or exp:
        return Reading(num(whole, frac), sep)
    return Reading(None, None, sep, num(whole + frac), num(whole, frac))


def _bare(raw: str, percent: bool, money: bool) -> str:
    if "%" in raw and not percent:
        raise UnitError("percent", raw)
    if not money and _CURRENCY.search(raw):
        raise UnitError("money", raw)
    t = _CURRENCY.sub("", raw)
    if percent:
        t = t.replace("%", "")
    return _SPACES.sub("", t).replace("\u2212", "-")


def parse_number(text: str | float | int, locale: QLocale | None = None, *, percent: bool = False,
                 money: bool = False) -> float:
    """The number in ``text`` read by the rule above; raises ValueError with a reason a user
    understands (UnitError for a unit the field does not mean, AmbiguousNumber for rule 4)."""
    if isinstance(text, bool):
        raise ValueError("expected a number")
    if isinstance(text, (int, float)):
        x = float(text)
    else:
        loc = locale or QLocale()
        raw = str(text).strip()
        t = _bare(raw, percent, money)
        if not t:
            raise ValueError("enter a number" if not raw else f"{raw!r} is not a number")
        try:
            r = read(t)
        except ValueError:
            example = loc.toString(1234.5, "f", 2)
            raise ValueError(f"{raw!r} is not a number (type it like {example} or 1234.5)") from None
        if r.value is not None:
            x = r.value
        else:
            assert r.thousands is not None and r.decimal is not None
            block = _BLOCK_DECIMAL.get()
            if block is not None:
                x = r.decimal if r.sign == block else r.thousands
            elif r.sign == loc.groupSeparator():
                x = r.thousands
            else:
                raise AmbiguousNumber(raw, r.thousands, r.decimal)
    if not math.isfinite(x):
        raise ValueError("the number must be finite")
    return x


def reading_note(text: str, locale: QLocale | None = None) -> tuple[float, float] | None:
    """For a text that rule 4 read by the interface language's thousands separator: (the value it was
    read as, the value it would have been with a decimal sign), else None — so that the cell can say
    how it was read."""
    if not isinstance(text, str) or _BLOCK_DECIMAL.get() is not None:
        return None
    loc = locale or QLocale()
    try:
        r = read(_bare(text.strip(), True, True))
    except ValueError:
        return None
    if r.value is None and r.sign == loc.groupSeparator() and r.thousands is not None and r.decimal is not None:
        return r.thousands, r.decimal
    return None


def block_convention(cells: Iterable[tuple[tuple[int, int], str]]) -> str | None:
    """The decimal sign ("." or ",") the number cells of a pasted block show they use, or None when
    none tells; ConventionConflict when two cells tell differently. ``cells`` are ((row, column),
    text); texts that are not numbers are ignored."""
    found: tuple[str, tuple[int, int], str] | None = None
    for where, text in cells:
        if not isinstance(text, str) or not text.strip():
            continue
        try:
            sign = read(_bare(text.strip(), True, True)).decimal_sign
        except ValueError:
            continue
        if sign is None:
            continue
        if found is None:
            found = (sign, where, text.strip())
        elif sign != found[0]:
            raise ConventionConflict(where, text.strip(), found[1], found[2])
    return found[0] if found else None


@contextmanager
def block_decimal(sign: str | None) -> Iterator[None]:
    """Read numbers with ``sign`` as the decimal sign while pasting one block (None: rule 4)."""
    token = _BLOCK_DECIMAL.set(sign)
    try:
        yield
    finally:
        _BLOCK_DECIMAL.reset(token)


def plain_form(x: float, locale: QLocale | None = None) -> str:
    """``x`` without thousands separators in the interface's decimal sign, as it can be typed without
    being refused: when that text itself reads two ways (``1.125``), a trailing zero decides it."""
    loc = locale or QLocale()
    text = plain_number(x, loc)
    try:
        two_ways = read(text).value is None
    except ValueError:
        two_ways = False
    return text + "0" if two_ways else text


def decimals_for(x: float, most: int = 6) -> int:
    """Enough decimals to show ``x`` exactly as typed (up to ``most``)."""
    if float(x).is_integer():
        return 0
    s = f"{x:.{most}f}".rstrip("0")
    return len(s.split(".")[1]) if "." in s else 0


def format_number(x: float | None, locale: QLocale | None = None, decimals: int | None = None) -> str:
    if x is None:
        return ""
    loc = locale or QLocale()
    d = decimals_for(x) if decimals is None else decimals
    return loc.toString(float(x), "f", d)


def format_money(x: float | None, currency: str, locale: QLocale | None = None,
                 decimals: int | None = 2) -> str:
    """``1.234,56 €`` (German) or ``€1,234.56`` (English); negative amounts with a minus sign."""
    if x is None:
        return ""
    if not math.isfinite(x):
        return "—"
    loc = locale or QLocale()
    d = (0 if float(x).is_integer() else 2) if decimals is None else decimals
    text = loc.toCurrencyString(abs(float(x)), symbol(currency), d)
    return (loc.negativeSign() + text) if x < 0 and round(abs(x), d) > 0 else text


def format_percent(x: float | None, locale: QLocale | None = None, decimals: int | None = None) -> str:
    """``x`` is already in percent (12.5 → ``12,5 %`` / ``12.5 %``)."""
    if x is None:
        return ""
    return format_number(x, locale, decimals) + "\u00a0%"


def plain_number(x: float, locale: QLocale | None = None) -> str:
    """``x`` with the locale's decimal sign and no group separators (Copy and the cell editors use
    :func:`plain_form`, which also keeps it unambiguous)."""
    loc = locale or QLocale()
    text = format_number(x, loc)
    return text.replace(loc.groupSeparator(), "") if loc.groupSeparator() else text
