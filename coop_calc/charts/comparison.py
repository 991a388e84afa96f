"""Scenario comparison: several variants of one pool side by side (a project's scenarios).

Partners are matched across scenarios by id; a partner missing from a scenario has no bar there.
Each scenario's partner costs are under that scenario's own sharing rule.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
from matplotlib.figure import Figure

from ..analysis import Analysis
from ._base import (
    BLUE,
    GREY,
    PALETTE,
    RED,
    apply_theme,
    figure,
    format_number,
    money_axis,
    partner_ticks,
    style,
    wrap,
)
from .texts import t
from .theme import ChartTheme


def partner_costs_table(analyses: Sequence[Analysis]) -> tuple[list[str], list[str], np.ndarray]:
    """(partner ids, names, costs) with costs[p, s] = partner p's cost in scenario s under its chosen
    rule (NaN when the partner is not in that scenario or splits are not computed)."""
    ids: list[str] = []
    names: dict[str, str] = {}
    for a in analyses:
        for p in a.scenario.partners:
            if p.id not in names:
                ids.append(p.id)
                names[p.id] = p.name
    out = np.full((len(ids), len(analyses)), np.nan)
    row = {pid: j for j, pid in enumerate(ids)}
    for s, a in enumerate(analyses):
        split = a.chosen_split()
        if split is None:
            continue
        for i, p in enumerate(a.scenario.partners):
            out[row[p.id], s] = float(split.cost[i])
    return ids, [names[i] for i in ids], out


def scenario_costs(labels: Sequence[str], analyses: Sequence[Analysis], *, lang: str = "en",
                   fig: Figure | None = None, size: tuple[float, float] = (8.0, 4.0),
                   theme: ChartTheme | str | None = None, warnings: Sequence[str] | None = None) -> Figure:
    """Per scenario: what the partners would pay alone (grey) and what the pool pays (blue), with the
    savings in percent above the pool's bar. ``warnings``: per scenario a short text written in red
    above its bars (e.g. that no split is stable), or ""."""
    fig = figure(fig, size)
    ax = fig.add_subplot()
    x = np.arange(len(analyses))
    alone = [a.savings.total_standalone_cost for a in analyses]
    pooled = [a.savings.pooled_cost for a in analyses]
    ax.bar(x - 0.19, alone, 0.38, color=GREY, label=t("cmp_alone", lang))
    bars = ax.bar(x + 0.19, pooled, 0.38, color=BLUE, label=t("cmp_pool", lang))
    for b, a in zip(bars, analyses):
        pct = a.savings.savings_pct
        ax.annotate(f"−{format_number(pct, lang, 1)} %" if pct >= 0 else f"+{format_number(-pct, lang, 1)} %",
                    (b.get_x() + b.get_width() / 2, b.get_height()), xytext=(0, 3), textcoords="offset points",
                    ha="center", va="bottom", fontsize=9, color=BLUE, fontweight="bold")
    ax.set_xticks(x, wrap(labels, 20), fontsize=9)
    top = max(alone + pooled + [1.0])
    ax.set_ylim(0, top * (1.28 if warnings and any(warnings) else 1.15))
    for xi, cost, text in zip(x, alone, warnings or []):
        if text:
            ax.annotate("\n".join(wrap([text], 24)), (xi, cost), xytext=(0, 4), textcoords="offset points", ha="center",
                        va="bottom", fontsize=8, color=RED, fontweight="bold")
    pad = max(0.0, (3 - len(analyses)) / 2)  # one or two scenarios: keep the bars slim
    ax.set_xlim(-0.6 - pad, len(analyses) - 0.4 + pad)
    money_axis(ax, analyses[0].savings.currency if analyses else "EUR", lang)
    style(ax, t("cmp_title", lang))
    fig.legend(frameon=False, fontsize=9, loc="outside lower center", ncols=2)
    return apply_theme(fig, theme)


def partner_costs(labels: Sequence[str], analyses: Sequence[Analysis], *, lang: str = "en",
                  fig: Figure | None = None, size: tuple[float, float] = (8.0, 4.0),
                  theme: ChartTheme | str | None = None) -> Figure:
    """Grouped bars: each partner's cost in each scenario (one colour per scenario)."""
    fig = figure(fig, size)
    ax = fig.add_subplot()
    _, names, costs = partner_costs_table(analyses)
    x = np.arange(len(names))
    k = max(1, len(analyses))
    w = 0.8 / k
    for s, lbl in enumerate(labels):
        ax.bar(x - 0.4 + w * (s + 0.5), costs[:, s], w, color=PALETTE[s % len(PALETTE)], label=lbl)
    partner_ticks(ax, x, names)
    money_axis(ax, analyses[0].savings.currency if analyses else "EUR", lang)
    style(ax, t("cmp_partner_title", lang))
    # as many legend columns as the longest scenario name leaves room for (the rest on further lines)
    room = fig.get_figwidth() * 72 / (0.6 * 8)
    longest = max([len(lbl) for lbl in labels] + [1]) + 5
    fig.legend(frameon=False, fontsize=8, loc="outside lower center", ncols=max(1, min(k, int(room // longest))))
    return apply_theme(fig, theme)
