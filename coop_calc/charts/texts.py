"""Wording of the result charts in English and German.

Charts are engine code (no Qt), so they cannot use the application's Qt translator; like the PDF
report (:mod:`coop_calc.exchange.texts`) their wording lives in the engine catalogue
(:mod:`coop_calc.i18n`, context ``"chart"``), and rule titles come from there so that screen, report
and images use the same words.
"""

from __future__ import annotations

import re

from ..exchange.formatting import lang_of
from ..exchange.texts import pick, rule_title
from ..exchange.texts import text as exchange_text

__all__ = ["t", "lang_of", "rule_title", "input_label", "input_label_lines", "exchange_text"]


def t(key: str, lang: str = "en", **kw) -> str:
    """The chart wording ``key`` in ``lang`` with ``{placeholders}`` filled in."""
    return pick("chart", key, lang, **kw)


_FIELDS_DE = {
    "annual benefit": "jährlicher Nutzen", "annual operating cost": "jährliche Betriebskosten",
    "residual value": "Restwert", "utilisation": "Auslastung", "price escalation": "Preissteigerung",
    "failure loss": "Nutzenverlust bei Ausfall", "technology fails": "Technik fällt aus",
}


def input_label(label: str, lang: str = "en", width: int | None = None) -> str:
    """An input's label from the risk engine ("Cobot: annual benefit", "Kessler drops out",
    "Cobot fails at Kessler", "discount rate") in ``lang``; names are cut so that the whole label fits
    ``width`` characters while the part that says *what* varies stays whole. Unknown forms are kept."""
    de = lang_of(lang) == "de"

    def cut(name: str, rest: str) -> str:
        if width is None or len(name) + len(rest) <= width:
            return name
        room = max(8, width - len(rest))
        return name[: room - 1].rstrip() + "…"

    if label == "discount rate":
        return "Diskontierungszins" if de else "Discount rate"
    m = re.fullmatch(r"(.+): (.+)", label)
    if m and m.group(2) in _FIELDS_DE:
        what = _FIELDS_DE[m.group(2)] if de else m.group(2)
        return f"{cut(m.group(1), what + ': ')}: {what}"
    m = re.fullmatch(r"(.+) fails at (.+)", label)
    if m:
        item, who = cut(m.group(1), " fails at " + m.group(2)[:14]), m.group(2)
        who = who if width is None or len(who) <= 16 else who[:15] + "…"
        return f"{item} fällt aus bei {who}" if de else f"{item} fails at {who}"
    m = re.fullmatch(r"(.+) drops out", label)
    if m:
        return f"{cut(m.group(1), ' steigt aus')} steigt aus" if de else f"{cut(m.group(1), ' drops out')} drops out"
    return label


def input_label_lines(label: str, lang: str = "en", width: int = 40) -> str:
    """:func:`input_label` in at most two lines of ``width`` characters: the item (or partner) on the
    first, what varies on the second, when the whole label is too long for one line."""
    whole = input_label(label, lang)
    if len(whole) <= width:
        return whole
    for sep in (": ", " fällt aus bei ", " fails at ", " steigt aus", " drops out"):
        if sep in whole:
            head, tail = whole.split(sep, 1)
            second = (sep.strip(": ") + " " + tail).strip() if sep != ": " else tail
            first = head if len(head) <= width else head[: width - 1].rstrip() + "…"
            second = second if len(second) <= width else second[: width - 1].rstrip() + "…"
            return f"{first}\n{second}"
    return whole[: width - 1] + "…"
