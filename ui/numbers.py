"""Numbers as the user types and reads them: the user's locale first, plain ``1234.56`` too.

``parse_number`` accepts German ``1.234,56`` and ``1.234,56 €`` in a German locale, English
``1,234.56``, and the locale-free ``1234.56`` everywhere; it refuses anything else with a reason.
A percent sign is accepted only where the field means a percentage (``percent=True``) and a currency
only where it means an amount (``money=True``): elsewhere "5%" would silently become 5.
Display goes through QLocale; amounts carry the scenario's currency (ISO 4217 code → symbol).
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QLocale

#: Symbols for the currencies SME pools in Europe use most; others are shown by their ISO code.
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CNY": "¥", "CHF": "CHF",
                    "PLN": "zł", "CZK": "Kč", "SEK": "kr", "DKK": "kr", "NOK": "kr", "HUF": "Ft",
                    "INR": "₹", "KRW": "₩", "TRY": "₺"}

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")
_CURRENCY = re.compile(r"[€$£¥₹₩₺]|\b(?!INF\b|NAN\b)[A-Z]{3}\b|zł|Kč|kr|Ft", re.UNICODE)


class UnitError(ValueError):
    """A number with a unit the field does not mean: ``kind`` is "percent" or "money"."""

    def __init__(self, kind: str, text: str):
        self.kind, self.text = kind, text
        what = "a percentage" if kind == "percent" else "an amount of money"
        super().__init__(f"{text!r} is {what}, but this field takes a plain number")


def symbol(code: str) -> str:
    return CURRENCY_SYMBOLS.get(code, code)


def parse_number(text: str | float | int, locale: QLocale | None = None, *, percent: bool = False,
                 money: bool = False) -> float:
    """The number in ``text``; raises ValueError with a reason a user understands (UnitError for a
    percent sign where ``percent`` is false or a currency where ``money`` is false)."""
    if isinstance(text, bool):
        raise ValueError("expected a number")
    if isinstance(text, (int, float)):
        x = float(text)
    else:
        loc = locale or QLocale()
        raw = str(text).strip()
        if "%" in raw and not percent:
            raise UnitError("percent", raw)
        if not money and _CURRENCY.search(raw):
            raise UnitError("money", raw)
        t = _CURRENCY.sub("", raw)
        if percent:
            t = t.replace("%", "")
        t = _SPACES.sub("", t).replace("\u2212", "-")
        if not t:
            raise ValueError("enter a number" if not raw else f"{raw!r} is not a number")
        x, ok = loc.toDouble(t)
        if not ok:
            x, ok = QLocale.c().toDouble(t)
        if not ok:
            example = loc.toString(1234.5, "f", 2)
            raise ValueError(f"{raw!r} is not a number (type it like {example} or 1234.5)")
    if not math.isfinite(x):
        raise ValueError("the number must be finite")
    return x


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
    """A number for the clipboard: the locale's decimal sign, no group separators, as Excel reads it."""
    loc = locale or QLocale()
    text = format_number(x, loc)
    return text.replace(loc.groupSeparator(), "") if loc.groupSeparator() else text
