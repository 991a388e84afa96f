"""Numbers and money as a reader expects them, in English or German, and Excel number formats.

``format_money(1234.5, "EUR", "de")`` → ``'1.234,50 €'``; ``format_money(1234.5, "EUR", "en")`` →
``'€1,234.50'``; currencies without a common symbol keep their ISO code (``'CHF 1,234.50'``,
``'1.234,50 CHF'``). Negative amounts carry a leading minus sign. Used by the PDF report, the
statements and the figures; the workbook uses :func:`excel_money_format` so that Excel formats by
the reader's own locale.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

LANGUAGES = ("en", "de")

#: Currencies shown by symbol; every other ISO code is shown as the code itself.
SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}
#: Currencies whose symbol goes before the amount in English usage (and in Excel's format).
_PREFIX_SYMBOL = {"USD", "GBP", "JPY"}
_MINUS = "-"


def lang_of(lang: str) -> str:
    """'de' for any German language tag ('de', 'de_AT', 'de-CH'), else 'en'."""
    return "de" if str(lang).lower().startswith("de") else "en"


def format_number(x: float | None, lang: str = "en", decimals: int = 0) -> str:
    """``x`` with thousands separators and ``decimals`` places: 1,234.5 (en) / 1.234,5 (de).

    ``None`` and non-finite values give an en dash."""
    if x is None or not math.isfinite(x):
        return "–"
    # half away from zero, as every amount is rounded (coop_calc.money), not the f-string's half to even
    q = abs(Decimal(repr(float(x)))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    s = f"{q:,.{decimals}f}"
    if lang_of(lang) == "de":
        s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    negative = x < 0 and s.strip("0.,") != ""
    return (_MINUS if negative else "") + s


def format_quantity(x: float | None, lang: str = "en") -> str:
    """A quantity of need: whole numbers without decimals, others with up to two."""
    if x is None or not math.isfinite(x):
        return "–"
    if float(x).is_integer():
        return format_number(x, lang, 0)
    s = format_number(x, lang, 2)
    return s.rstrip("0").rstrip(",.") if ("," in s or "." in s) else s


def format_money(x: float | None, currency: str = "EUR", lang: str = "en", decimals: int = 2) -> str:
    """An amount in ``currency`` (ISO 4217) the way an English or German reader writes it.

    en: '€1,234.56', '$1,234.56', 'CHF 1,234.56'; de: '1.234,56 €', '1.234,56 CHF'."""
    if x is None or not math.isfinite(x):
        return "–"
    num = format_number(abs(x), lang, decimals)
    sign = _MINUS if x < 0 and num.strip("0.,") else ""
    sym = SYMBOLS.get(currency)
    if lang_of(lang) == "de":
        return f"{sign}{num}\u00a0{sym or currency}"
    if sym:
        return f"{sign}{sym}{num}"
    return f"{sign}{currency}\u00a0{num}"


def format_money_short(x: float | None, currency: str = "EUR", lang: str = "en") -> str:
    """A compact amount for chart axes: '€1.2M', '€250k' (en); '1,2 Mio. €', '250 Tsd. €' (de)."""
    if x is None or not math.isfinite(x):
        return "–"
    a = abs(x)
    if a >= 1e6:
        num, suf = x / 1e6, ("M", "\u00a0Mio.")
    elif a >= 1e4:
        num, suf = x / 1e3, ("k", "\u00a0Tsd.")
    else:
        return format_money(x, currency, lang, 0)
    digits = 0 if float(round(num, 1)).is_integer() else 1
    n = format_number(num, lang, digits)
    sym = SYMBOLS.get(currency)
    if lang_of(lang) == "de":
        return f"{n}{suf[1]}\u00a0{sym or currency}"
    sign, n = (_MINUS, n[1:]) if n.startswith(_MINUS) else ("", n)
    return f"{sign}{sym}{n}{suf[0]}" if sym else f"{sign}{currency}\u00a0{n}{suf[0]}"


def format_pct(x: float | None, lang: str = "en", decimals: int = 1) -> str:
    """A percentage given in percent points (49.1 → '49.1 %' / '49,1 %')."""
    if x is None or not math.isfinite(x):
        return "–"
    return f"{format_number(x, lang, decimals)}\u00a0%"


def format_share(x: float | None, lang: str = "en", decimals: int = 1) -> str:
    """A fraction as a percentage (0.491 → '49.1 %')."""
    return format_pct(None if x is None else 100.0 * x, lang, decimals)


def format_date(iso: str, lang: str = "en") -> str:
    """An ISO date (2026-11-24) as '24 November 2026' / '24. November 2026'; other text unchanged."""
    import datetime as _dt

    try:
        d = _dt.date.fromisoformat(iso[:10])
    except (TypeError, ValueError):
        return iso
    if lang_of(lang) == "de":
        months = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                  "Oktober", "November", "Dezember")
        return f"{d.day}. {months[d.month - 1]} {d.year}"
    return f"{d.day} {d.strftime('%B')} {d.year}"


def excel_money_format(currency: str, decimals: int = 2, lang: str = "en") -> str:
    """An Excel number format for amounts in ``currency``: '#,##0.00 "€"' for EUR, '"$"#,##0.00' for
    USD, '#,##0.00 "CHF"' for currencies without a symbol. Negative amounts get a minus sign.

    With ``lang`` 'de' the symbol carries the German locale tag and follows the amount
    ('#,##0.00 [$€-407]'), so a German Excel shows 1.234,56 € (format codes in the file are always
    en-US syntax; Excel applies the locale's separators)."""
    body = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    sym = SYMBOLS.get(currency, currency)
    if not (len(sym) <= 3 and all(ch.isalnum() or ch in "€$£¥" for ch in sym)):
        sym = "¤"  # never put arbitrary text into a format string
    if lang_of(lang) == "de":
        return f"{body} [${sym}-407];-{body} [${sym}-407]"
    pos = f'"{sym}"{body}' if currency in _PREFIX_SYMBOL else f'{body} "{sym}"'
    return f"{pos};-{pos}"


EXCEL_QUANTITY = "#,##0"
EXCEL_DECIMAL = "#,##0.00"
EXCEL_PERCENT = "0.0%"
