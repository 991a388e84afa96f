"""Savings overview charts: cost per partner, the pool's cost from stand-alone to pooled, and the
pool without each partner. Amounts in the scenario's currency."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from ..analysis import Analysis
from ..exchange import figures as _exchange
from ._base import (
    BLUE,
    GREEN,
    GREY,
    ORANGE,
    RED,
    apply_theme,
    figure,
    format_money,
    legend_columns,
    money_axis,
    partner_ticks,
    style,
    title_to_figure,
    without_legal_form,
    wrap,
)
from .texts import t
from .theme import ChartTheme


def cost_per_partner(analysis: Analysis, *, lang: str = "en", fig: Figure | None = None,
                     size: tuple[float, float] = (8.0, 4.5), theme: ChartTheme | str | None = None) -> Figure:
    """Each partner's capital commitment alone (grey) and in the pool under the chosen rule (blue),
    with the saving in percent (the PDF report's chart; partner names whole, wrapped or slanted)."""
    fig = title_to_figure(_exchange.cost_alone_vs_pooled(analysis, lang=lang, fig=fig, size=size))
    if fig.axes:
        names = [p.name for p in analysis.savings.partners]
        partner_ticks(fig.axes[0], np.arange(len(names)), names)
    return apply_theme(fig, theme)


def pool_waterfall(analysis: Analysis, *, lang: str = "en", fig: Figure | None = None,
                   size: tuple[float, float] = (7.0, 4.5), theme: ChartTheme | str | None = None) -> Figure:
    """From what all partners would pay alone, minus what better prices and fewer units save, plus the
    coordination cost, to what the pool pays; the net savings written above."""
    r = analysis.savings
    cur = r.currency
    fig = figure(fig, size)
    ax = fig.add_subplot()
    alone, gross, coord, pooled = r.total_standalone_cost, r.gross_savings, r.coordination_cost, r.pooled_cost
    after_prices = alone - gross
    bottoms = [0.0, min(alone, after_prices), min(after_prices, after_prices + coord), 0.0]
    heights = [alone, abs(gross), abs(coord), pooled]
    colors = [GREY, GREEN, ORANGE, BLUE]
    labels = [t("wf_alone", lang), t("wf_prices", lang), t("wf_coord", lang), t("wf_pool", lang)]
    signs = ["", "−" if gross >= 0 else "+", "+" if coord >= 0 else "−", ""]
    x = np.arange(4)
    bars = ax.bar(x, heights, 0.62, bottom=bottoms, color=colors)
    for b, h, bottom, sign in zip(bars, heights, bottoms, signs):
        ax.annotate(sign + format_money(h, cur, lang, 0), (b.get_x() + b.get_width() / 2, bottom + h),
                    xytext=(0, 3), textcoords="offset points", ha="center", va="bottom", fontsize=9)
    for j in range(3):  # connectors show where the next step starts
        level = [alone, after_prices, after_prices + coord][j]
        ax.plot([x[j] + 0.31, x[j + 1] - 0.31], [level, level], color="#7F7F7F", linewidth=0.8, linestyle=":")
    pct = f" ({r.savings_pct:.1f} %)".replace(".", "," if lang.startswith("de") else ".")
    ax.text(0.99, 0.98, t("wf_net", lang, amount=format_money(r.savings, cur, lang, 0)) + pct,
            transform=ax.transAxes, ha="right", va="top", fontsize=10, fontweight="bold",
            color=GREEN if r.savings >= 0 else RED)
    ax.set_xticks(x, labels, fontsize=9)
    ax.set_ylim(0, max(alone, pooled, after_prices + coord) * 1.2 or 1.0)
    money_axis(ax, cur, lang)
    style(ax, t("wf_title", lang))
    return apply_theme(fig, theme)


def without_partner(analysis: Analysis, *, lang: str = "en", fig: Figure | None = None,
                    size: tuple[float, float] = (7.0, 4.5), theme: ChartTheme | str | None = None) -> Figure:
    """Horizontal bars: what the pool would save if each partner left (the others pooling on their
    own), against the whole pool's savings; the gap is what that partner brings to the pool."""
    r = analysis.savings
    cur = r.currency
    fig = figure(fig, size)
    ax = fig.add_subplot()
    names = [p.name for p in r.partners]
    without = np.array([e.savings for e in r.leave_one_out])
    lost = np.array([e.savings_lost for e in r.leave_one_out])
    y = np.arange(len(names))
    ax.barh(y, without, 0.6, color=GREY, label=t("loo_bar", lang))
    ax.barh(y, lost, 0.6, left=without, color="#E6A0A0", label=t("loo_lost_bar", lang))
    ax.axvline(r.savings, color=BLUE, linewidth=1.4, linestyle="--",
               label=t("loo_full", lang, amount=format_money(r.savings, cur, lang, 0)))
    end = max(float(r.savings), float((without + lost).max()) if len(without) else 0.0)
    for yi, gone in zip(y, lost):
        ax.annotate(t("loo_lost", lang, amount=format_money(gone, cur, lang, 0)), (end, yi),
                    xytext=(5, 0), textcoords="offset points", va="center", fontsize=9, color=RED)
    # whole names; beyond eight partners one line each (without the legal form), so rows do not collide
    ax.set_yticks(y, wrap(names, 28) if len(names) <= 8 else [without_legal_form(nm) for nm in names],
                  fontsize=9 if len(names) <= 8 else 7)
    ax.invert_yaxis()
    lo = min(0.0, float(without.min()) if len(without) else 0.0)
    ax.set_xlim(lo * 1.1, end * 1.25 if end > 0 else 1.0)
    money_axis(ax, cur, lang, axis="x")
    style(ax, t("loo_title", lang), grid="x")
    labels = ax.get_legend_handles_labels()[1]
    fig.legend(loc="outside lower center", ncols=legend_columns(fig, labels, 9, 3), frameon=False, fontsize=9)
    return apply_theme(fig, theme)
