"""Wording of the result charts in English and German.

Charts are engine code (no Qt), so they cannot use the application's Qt translator; like the PDF
report (:mod:`coop_calc.exchange.texts`) they carry their own two-language table, and rule titles
come from there so that screen, report and images use the same words.
"""

from __future__ import annotations

import re

from ..exchange.formatting import lang_of
from ..exchange.texts import pick, rule_title
from ..exchange.texts import text as exchange_text

__all__ = ["t", "lang_of", "rule_title", "input_label", "input_label_lines", "exchange_text"]



EN = {
    "alone": "Alone", "pooled": "In the pool", "whole_pool": "Whole pool",
    "wf_title": "What the partners pay together: alone versus in the pool",
    "wf_alone": "All partners\nbuying alone", "wf_prices": "Better prices,\nfewer units",
    "wf_coord": "Coordination\ncost", "wf_pool": "The pool\npays",
    "wf_net": "Net savings {amount}",
    "loo_title": "Savings of the pool without each partner",
    "loo_full": "Whole pool: {amount}", "loo_bar": "Pool without this partner",
    "loo_lost_bar": "Lost if this partner leaves", "loo_lost": "−{amount}",
    "pv_title": "{item}: price per unit by volume ordered",
    "pv_x": "Need ordered ({unit})", "pv_y": "Cost per unit of need, fees included",
    "pv_pool": "Pool ({volume} {unit})", "pv_best": "best at the pool's volume",
    "pv_alone": "Partners alone",
    "sc_title": "S-curve of the net present value: {who}",
    "sc_y": "Share of trials at or below", "npv": "Net present value",
    "tor_title": "What drives the result in the pool: {who}",
    "tor_x": "Rank correlation",
    "tor_none": "No uncertain inputs: nothing to rank.",
    "loss_risk": "loss risk", "no_risk": "No simulation yet.",
    "cp_title": "Groups with the largest complaint under {rule}",
    "cp_x": "What the group would gain by leaving",
    "cp_none": "No group would gain anything by leaving.",
    "cp_nomatch": "No group with the partners searched for.",
    "all_partners": "All partners", "all_except": "All except {names}",
    "cmp_title": "Savings of each scenario", "cmp_alone": "Stand-alone cost", "cmp_pool": "Pooled cost",
    "cmp_partner_title": "Each partner's cost in each scenario (its chosen rule)",
    "not_in": "not in this scenario",
    "split_cost_title": "Cost per partner in the pool under each rule",
    "chosen": "chosen", "no_splits": "No splits for this pool.",
}

DE = {
    "alone": "Allein", "pooled": "Im Pool", "whole_pool": "Gesamter Pool",
    "wf_title": "Was die Partner zusammen zahlen: allein gegenüber im Pool",
    "wf_alone": "Alle Partner\nkaufen allein", "wf_prices": "Bessere Preise,\nweniger Einheiten",
    "wf_coord": "Koordinations-\nkosten", "wf_pool": "Der Pool\nzahlt",
    "wf_net": "Nettoeinsparung {amount}",
    "loo_title": "Einsparung des Pools ohne den jeweiligen Partner",
    "loo_full": "Gesamter Pool: {amount}", "loo_bar": "Pool ohne diesen Partner",
    "loo_lost_bar": "Entgeht, wenn er austritt", "loo_lost": "−{amount}",
    "pv_title": "{item}: Preis je Einheit nach Bestellmenge",
    "pv_x": "Bestellter Bedarf ({unit})", "pv_y": "Kosten je Bedarfseinheit inkl. Gebühren",
    "pv_pool": "Pool ({volume} {unit})", "pv_best": "am günstigsten bei der Poolmenge",
    "pv_alone": "Partner allein",
    "sc_title": "S-Kurve des Kapitalwerts: {who}",
    "sc_y": "Anteil der Durchläufe bis hier", "npv": "Kapitalwert",
    "tor_title": "Was das Ergebnis im Pool bestimmt: {who}",
    "tor_x": "Rangkorrelation",
    "tor_none": "Keine unsicheren Eingaben: nichts zu ordnen.",
    "loss_risk": "Verlustrisiko", "no_risk": "Noch keine Simulation.",
    "cp_title": "Gruppen mit dem größten Einwand bei {rule}",
    "cp_x": "Was die Gruppe beim Austritt gewinnen würde",
    "cp_none": "Keine Gruppe würde durch einen Austritt etwas gewinnen.",
    "cp_nomatch": "Keine Gruppe mit den gesuchten Partnern.",
    "all_partners": "Alle Partner", "all_except": "Alle außer {names}",
    "cmp_title": "Einsparung je Szenario", "cmp_alone": "Einzelkosten", "cmp_pool": "Kosten im Pool",
    "cmp_partner_title": "Kosten jedes Partners je Szenario (nach dessen Regel)",
    "not_in": "nicht in diesem Szenario",
    "split_cost_title": "Kosten je Partner im Pool nach Aufteilungsregel",
    "chosen": "gewählt", "no_splits": "Keine Aufteilung für diesen Pool.",
}


def t(key: str, lang: str = "en", **kw) -> str:
    """The chart wording ``key`` in ``lang`` with ``{placeholders}`` filled in."""
    return pick(EN, DE, key, lang, **kw)


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
