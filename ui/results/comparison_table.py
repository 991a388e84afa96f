"""The scenario comparison's two tables: per variant its savings, the change against the base variant
and whether its chosen split is stable (with the subsidy needed when no split is); per partner its cost
in each variant and the change against the base.

*Stable* means in the core: no group of partners would save more by leaving and buying on its own
(:func:`coop_calc.games.in_core`). When the core is empty no split at all is stable; the least-core
amount ε (:func:`coop_calc.games.least_core`) is then what every group would have to be given on top —
the subsidy that would make a stable split possible.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Sequence

from PySide6.QtCore import QCoreApplication

from coop_calc import charts
from coop_calc.exchange.texts import rule_title

from .common import lang, money, percent, yes_no

Cell = tuple[Any, ...]


translate = QCoreApplication.translate  # lupdate reads translate("ComparisonTable", "…") calls


def signed_money(delta: float | None, currency: str, decimals: int = 0) -> str:
    """A change in money with its sign ("+€1,200", "−€350", "±€0")."""
    if delta is None or not math.isfinite(delta):
        return "–"
    if abs(delta) < 0.5 * 10**-decimals:
        return "±" + money(0.0, currency, decimals)
    text = money(abs(delta), currency, decimals)
    return ("+" if delta > 0 else "−") + text


@dataclass(frozen=True)
class Stability:
    """Whether a variant's chosen split is stable, in the page's words."""

    stable: bool | None  # None: not checked (pool too large, or no splits)
    text: str  # "Yes" / "No" / "not checked"
    complaint: str  # the largest complaint under the chosen split, or "none"
    subsidy: str  # what a stable split would need, or "none"
    subsidy_amount: float | None  # the least-core amount per group when no split is stable
    tip: str


def stability(analysis) -> Stability:
    """The chosen split's stability and, when no split is stable, the least-core subsidy per group."""
    cur = analysis.savings.currency
    sp, split = analysis.splits, analysis.chosen_split()
    if sp is None or split is None or split.in_core is None:
        return Stability(
            None,
            translate("ComparisonTable", "not checked"),
            "–",
            "–",
            None,
            translate("ComparisonTable", "Pools of more than 22 partners are not checked group by group."),
        )
    names = [p.name for p in analysis.savings.partners]
    complaint = split.max_complaint
    who = ""
    if complaint is not None and complaint > 1e-6:
        group = charts.group_label(names, list(split.max_complaint_coalition), lang(), 200)
        complaint_text = money(complaint, cur)
        who = (
            translate("ComparisonTable", "%1 would gain %2 by leaving.")
            .replace("%1", group)
            .replace("%2", money(complaint, cur))
            + " "
        )
    else:
        complaint_text = translate("ComparisonTable", "none")
    if split.in_core:
        return Stability(
            True,
            yes_no(True),
            complaint_text,
            translate("ComparisonTable", "none"),
            None,
            translate("ComparisonTable", "No group of partners would save more by leaving and buying on its own."),
        )
    if sp.core_empty:
        eps = float(sp.least_core_value or 0.0)
        return Stability(
            False,
            yes_no(False),
            complaint_text,
            translate("ComparisonTable", "%1 per group").replace("%1", money(eps, cur)),
            eps,
            who
            + translate(
                "ComparisonTable",
                "No split at all is stable in this variant: about %1 per group would have to be"
                " subsidised (or found in better prices) for every group to stay.",
            ).replace("%1", money(eps, cur)),
        )
    return Stability(
        False,
        yes_no(False),
        complaint_text,
        translate("ComparisonTable", "none: another rule is stable"),
        None,
        who
        + translate(
            "ComparisonTable",
            "This rule leaves a group better off alone, but other splits (for example the nucleolus)"
            " are stable without any subsidy.",
        ),
    )


def scenario_rows(
    labels: Sequence[str], analyses: Sequence[tuple[Any, str]], risks: Sequence[Any], base: int, current: int
) -> tuple[list[str], list[str], list[list[Cell]]]:
    """(headers, header tips, rows) of the variants table; ``analyses``: (analysis or None, error)."""
    headers = [
        translate("ComparisonTable", "Scenario"),
        translate("ComparisonTable", "Partners"),
        translate("ComparisonTable", "Savings"),
        translate("ComparisonTable", "Savings %"),
        translate("ComparisonTable", "Savings vs base"),
        translate("ComparisonTable", "Rule"),
        translate("ComparisonTable", "Chosen split stable"),
        translate("ComparisonTable", "Largest complaint"),
        translate("ComparisonTable", "Subsidy for a stable split"),
        translate("ComparisonTable", "Loss probability in the pool"),
    ]
    tips = [
        "",
        "",
        translate(
            "ComparisonTable", "What the pool saves against every partner buying alone, coordination cost included."
        ),
        "",
        translate("ComparisonTable", "Change of the savings against the base variant (marked “base”)."),
        "",
        translate("ComparisonTable", "Stable: no group of partners would save more by leaving and buying on its own."),
        translate("ComparisonTable", "The most a group of partners would gain by leaving, under the chosen rule."),
        translate(
            "ComparisonTable",
            "When no split at all is stable: the least-core amount each group would have to be given on top.",
        ),
        "",
    ]
    base_a = analyses[base][0] if 0 <= base < len(analyses) else None
    rows: list[list[Cell]] = []
    for j, (a, error) in enumerate(analyses):
        mark = (" ◀" if j == current else "") + (" " + translate("ComparisonTable", "(base)") if j == base else "")
        if a is None:
            rows.append([(labels[j] + mark, labels[j])] + [("", None)] * (len(headers) - 2) + [(error, error)])
            continue
        r, cur = a.savings, a.savings.currency
        delta = r.savings - base_a.savings.savings if base_a is not None and j != base else None
        st = stability(a)
        risk = risks[j] if j < len(risks) else None
        p = risk.pool_pooled["p_loss"] if risk is not None else None
        rows.append(
            [
                (labels[j] + mark, labels[j]),
                (str(a.scenario.n), a.scenario.n),
                (money(r.savings, cur, 0), r.savings),
                (percent(r.savings_pct), r.savings_pct),
                (signed_money(delta, cur) if delta is not None else "–", delta),
                (rule_title(a.chosen_rule, lang()), a.chosen_rule),
                (st.text, st.stable, st.tip),
                (st.complaint, getattr(a.chosen_split(), "max_complaint", None), st.tip),
                (st.subsidy, st.subsidy_amount, st.tip),
                (percent(100 * p) if p is not None else translate("ComparisonTable", "not simulated"), p),
            ]
        )
    return headers, tips, rows


def partner_rows(
    labels: Sequence[str], shown: Sequence[Any], base: int
) -> tuple[list[str], list[str], list[list[Cell]]]:
    """(headers, tips, rows): each partner's cost in every variant under that variant's rule, and for
    every variant but the base the change against the base. ``shown``: the analyses (all computed)."""
    _, names, costs = charts.partner_costs_table(shown)
    cur = shown[0].savings.currency if shown else "EUR"
    headers, tips = [translate("ComparisonTable", "Partner")], [""]
    for s, label in enumerate(labels):
        headers.append(label + (" " + translate("ComparisonTable", "(base)") if s == base else ""))
        tips.append(translate("ComparisonTable", "The partner's cost in this variant under its chosen rule."))
        if s != base:
            headers.append(translate("ComparisonTable", "Change vs base"))
            tips.append(
                translate(
                    "ComparisonTable",
                    "Cost in this variant minus cost in the base variant: negative means the partner pays less.",
                )
            )
    rows: list[list[Cell]] = []
    absent = translate("ComparisonTable", "not in this scenario")
    for k, name in enumerate(names):
        row: list[Cell] = [(name, name)]
        for s in range(len(labels)):
            c = costs[k, s]
            row.append((money(c, cur, 0), float(c)) if c == c else (absent, None))
            if s != base:
                b = costs[k, base] if 0 <= base < costs.shape[1] else float("nan")
                d = c - b if c == c and b == b else None
                row.append((signed_money(d, cur), d))
        rows.append(row)
    return headers, tips, rows
