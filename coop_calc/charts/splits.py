"""Fair split chart: each partner's share of the savings — or its cost in the pool — under every rule.

With ``what="savings"`` the bars are those of the PDF report
(:func:`coop_calc.exchange.figures.split_comparison`); with ``what="cost"`` every partner's cost in the
pool under each rule stands beside what it would pay alone (grey), the same figures as the page's table
switched to "Cost in the pool". On screen the chart sits in a half-width pane, so the legend of the
rules goes below the bars instead of beside them, where it would take a third of the width.
"""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from ..analysis import Analysis
from ..exchange import figures as _exchange
from ._base import GREY, PALETTE, apply_theme, empty, figure, money_axis, partner_ticks, style, title_to_figure
from .texts import rule_title, t
from .theme import ChartTheme

WHAT = ("savings", "cost")


def split_comparison(analysis: Analysis, *, lang: str = "en", fig: Figure | None = None,
                     size: tuple[float, float] = (9.0, 4.5), legend_below: bool = True, what: str = "savings",
                     theme: ChartTheme | str | None = None) -> Figure:
    """Grouped bars, one group per partner, one bar per rule; the chosen rule outlined. ``what``:
    "savings" (each partner's share of the savings, currency) or "cost" (what it pays in the pool,
    currency, with its stand-alone cost in grey for comparison)."""
    if what not in WHAT:
        raise ValueError(f"what must be one of {WHAT}, not {what!r}")
    if what == "savings":
        fig = title_to_figure(_exchange.split_comparison(analysis, lang=lang, fig=fig, size=size))
        if fig.axes:
            names = [p.name for p in analysis.savings.partners]
            partner_ticks(fig.axes[0], np.arange(len(names)), names)
    else:
        fig = _costs(analysis, lang, figure(fig, size))
    legend = fig.axes[0].get_legend() if fig.axes else None
    if legend_below and legend is not None:
        handles, labels = fig.axes[0].get_legend_handles_labels()
        legend.remove()
        fig.legend(handles, labels, loc="outside lower center", ncols=3, fontsize=8, frameon=False)
    return apply_theme(fig, theme)


def _costs(analysis: Analysis, lang: str, fig: Figure) -> Figure:
    sp = analysis.splits
    if sp is None or not sp.splits:
        return empty(fig, t("no_splits", lang))
    ax = fig.add_subplot()
    names = [p.name for p in analysis.savings.partners]
    rules = list(sp.splits)
    x = np.arange(len(names))
    w = 0.8 / (len(rules) + 1)
    alone = np.array([p.standalone_cost for p in analysis.savings.partners], dtype=float)
    ax.bar(x - 0.4 + w / 2, alone, w, color=GREY, label=t("alone", lang))
    for k, r in enumerate(rules):
        chosen = r == analysis.chosen_rule
        label = rule_title(r, lang) + (f" ({t('chosen', lang)})" if chosen else "")
        ax.bar(x - 0.4 + w * (k + 1.5), sp.splits[r].cost, w, color=PALETTE[k % len(PALETTE)], label=label,
               edgecolor="black" if chosen else "none", linewidth=0.6)
    ax.axhline(0, color="black", linewidth=0.6)
    partner_ticks(ax, x, names)
    money_axis(ax, analysis.savings.currency, lang)
    style(ax, t("split_cost_title", lang))
    ax.legend(frameon=False, fontsize=7.5, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return fig
