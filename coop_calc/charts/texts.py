"""Wording of the result charts in English and German.

Charts are engine code (no Qt), so they cannot use the application's Qt translator; like the PDF
report (:mod:`coop_calc.exchange.texts`) their wording lives in the engine catalogue
(:mod:`coop_calc.i18n`, context ``"chart"``; the risk inputs' labels under ``"risk_input"``), and rule
titles come from there so that screen, report and images use the same words.
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


#: what varies in an item's risk input, as the risk engine labels it ("Cobot: annual benefit"): the
#: catalogue key (context ``risk_input``) is the English phrase with underscores
FIELDS = ("annual_benefit", "annual_operating_cost", "residual_value", "utilisation", "price_escalation",
          "failure_loss", "technology_fails")


def _cut(name: str, rest: int, width: int | None) -> str:
    """``name`` shortened (with an ellipsis) so that it and ``rest`` characters fit ``width``."""
    if width is None or len(name) + rest <= width:
        return name
    room = max(8, width - rest)
    return name if len(name) <= room else name[: room - 1].rstrip() + "…"


def _parts(label: str, lang: str, width: int | None) -> tuple[str, str] | None:
    """(the name part, the whole label) of a risk input's label in ``lang``; None for an unknown form."""
    lang = lang_of(lang)
    m = re.fullmatch(r"(.+): (.+)", label)
    if m and m.group(2).replace(" ", "_") in FIELDS:
        what = pick("risk_input", m.group(2).replace(" ", "_"), lang)
        name = _cut(m.group(1), len(what) + 2, width)
        return name, f"{name}: {what}"
    m = re.fullmatch(r"(.+) fails at (.+)", label)
    if m:
        who = m.group(2)
        rest = len(pick("risk_input", "fails_at", lang, item="", who=who[:14]))
        item = _cut(m.group(1), rest, width)
        who = who if width is None or len(who) <= 16 else who[:15] + "…"
        return item, pick("risk_input", "fails_at", lang, item=item, who=who)
    m = re.fullmatch(r"(.+) drops out", label)
    if m:
        name = _cut(m.group(1), len(pick("risk_input", "drops_out", lang, name="")), width)
        return name, pick("risk_input", "drops_out", lang, name=name)
    return None


def input_label(label: str, lang: str = "en", width: int | None = None) -> str:
    """An input's label from the risk engine ("Cobot: annual benefit", "Kessler drops out",
    "Cobot fails at Kessler", "discount rate") in ``lang``; names are cut so that the whole label fits
    ``width`` characters while the part that says *what* varies stays whole. Unknown forms are kept."""
    if label == "discount rate":
        return pick("risk_input", "discount_rate", lang)
    parts = _parts(label, lang, width)
    return label if parts is None else parts[1]


def input_label_lines(label: str, lang: str = "en", width: int = 40) -> str:
    """:func:`input_label` in at most two lines of ``width`` characters: the item (or partner) on the
    first, what varies on the second, when the whole label is too long for one line."""
    whole = input_label(label, lang)
    if len(whole) <= width:
        return whole
    parts = _parts(label, lang, None)
    if parts is not None and parts[1].startswith(parts[0]):
        head, tail = parts[0], parts[1][len(parts[0]):].strip(" :")
        first = head if len(head) <= width else head[: width - 1].rstrip() + "…"
        second = tail if len(tail) <= width else tail[: width - 1].rstrip() + "…"
        return f"{first}\n{second}"
    return whole[: width - 1] + "…"
