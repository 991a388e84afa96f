"""Bargaining power: each quote's price–volume curve for one item, with every partner's stand-alone
purchase and the pool's purchase marked.

The curve of a quote is its cost per unit of need (fixed fee included, buying up to a cheaper tier
where the scenario allows it) as a function of the need ordered; needs become purchased units as in
the pricing engine (``ceil(need / capacity_per_unit)``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from matplotlib.figure import Figure

from ..analysis import Analysis
from ..model import Scenario
from ..pricing import Schedule, units_needed
from ._base import (
    BLUE,
    GREY,
    PALETTE,
    empty,
    figure,
    format_money,
    format_number,
    money_axis,
    shorten,
    style,
    without_legal_form,
)
from .texts import t
from .theme import ChartTheme
from .theme import apply as apply_theme

#: Partners' points are named in the chart up to this many partners (the page's table names them all).
MAX_LABELLED = 8


@dataclass(frozen=True)
class QuoteCurve:
    quote_id: str
    supplier: str
    volumes: np.ndarray  # need (item's unit)
    price: np.ndarray  # cost per unit of need (currency); NaN where the quote cannot supply


@dataclass(frozen=True)
class PriceVolume:
    item_id: str
    item_name: str
    unit: str
    currency: str
    curves: tuple[QuoteCurve, ...]
    partner_points: tuple[tuple[int, float, float], ...]  # (partner index, need, price per need)
    pool_point: tuple[float, float] | None  # (pooled need, price per need)
    winner: str | None  # quote id that supplies the pool


def price_volume_data(scenario: Scenario, analysis: Analysis, item_id: str, points: int = 700) -> PriceVolume:
    """The curves and points of :func:`price_volume` for item ``item_id`` (no drawing)."""
    k = scenario.item_ids().index(item_id)
    item = scenario.items[k]
    quotes = scenario.quotes_for(item_id)
    pool = next((p for p in analysis.savings.items if p.item_id == item_id), None)
    mine = []
    for i, pr in enumerate(analysis.savings.partners):
        for pur in pr.purchases:
            if pur.item_id == item_id and pur.need > 0:
                mine.append((i, float(pur.need), float(pur.price_per_need)))
    top = max([pool.need if pool else 0.0] + [m[1] for m in mine] + [item.capacity_per_unit]) * 1.3
    needs = [m[1] for m in mine] + ([pool.need] if pool else [])
    if item.capacity_per_unit == 1 and all(float(x).is_integer() for x in needs) and top <= 20_000:
        grid = np.arange(1.0, np.ceil(top) + 1)  # whole units: between them the curve means nothing
    else:
        grid = np.linspace(top / points, top, points)
        marks = list(needs)
        for q in quotes:  # sample just before and at every tier start so that steps stay sharp
            for tier in q.tiers:
                at = tier.min_quantity * item.capacity_per_unit
                marks += [at, at - item.capacity_per_unit * 1e-6]
        grid = np.unique(np.concatenate([grid, np.array(marks, dtype=float)]))
        grid = grid[(grid > 0) & (grid <= top)]
    units = units_needed(grid, item.capacity_per_unit)
    curves = []
    for q in quotes:
        cost, _ = Schedule.of(q).cost(units, scenario.buy_up)
        with np.errstate(invalid="ignore"):
            price = np.where(np.isfinite(cost), cost / grid, np.nan)
        curves.append(QuoteCurve(q.id, q.label, grid, price))
    return PriceVolume(item_id, item.name, item.unit, scenario.meta.currency, tuple(curves), tuple(mine),
                       (float(pool.need), float(pool.price_per_need)) if pool else None,
                       pool.quote_id if pool else None)


def price_volume(scenario: Scenario, analysis: Analysis, item_id: str, *, lang: str = "en",
                 fig: Figure | None = None, size: tuple[float, float] = (9.0, 5.0),
                 theme: ChartTheme | str | None = None) -> Figure:
    """Cost per unit of need against the need ordered, one line per quote; the quote that supplies the
    pool drawn bold; grey dots for each partner buying alone, a blue star for the pool."""
    d = price_volume_data(scenario, analysis, item_id)
    fig = figure(fig, size)
    if not d.curves:
        return apply_theme(empty(fig, d.item_name), theme)
    ax = fig.add_subplot()
    for j, c in enumerate(d.curves):
        win = c.quote_id == d.winner
        label = c.supplier + (f" ({t('pv_best', lang)})" if win else "")
        ax.plot(c.volumes, c.price, color=PALETTE[j % len(PALETTE)], linewidth=2.6 if win else 1.2,
                alpha=1.0 if win else 0.8, label=label, zorder=3 if win else 2)
    names = [p.name for p in analysis.savings.partners]
    ref = [p[2] for p in d.partner_points] + ([d.pool_point[1]] if d.pool_point else [])
    if ref:
        finite = np.concatenate([c.price[np.isfinite(c.price)] for c in d.curves] + [np.array(ref)])
        ax.set_ylim(max(0.0, float(finite.min()) * 0.85), max(ref) * 1.3)
    ax.set_xlim(0, float(d.curves[0].volumes[-1]))
    if d.pool_point:
        px, py = d.pool_point
        ax.scatter([px], [py], s=220, marker="*", color=BLUE, edgecolor="black", linewidth=0.6, zorder=6,
                   label=t("pv_pool", lang, volume=format_number(px, lang, 0), unit=d.unit))
        ax.annotate(format_money(py, d.currency, lang, 0), (px, py), xytext=(8, 8), textcoords="offset points",
                    fontsize=9, fontweight="bold", color=BLUE, zorder=6)
    ax.xaxis.set_major_formatter(lambda x, _pos: format_number(x, lang, 0))
    money_axis(ax, d.currency, lang)
    ax.set_xlabel(t("pv_x", lang, unit=d.unit))
    ax.set_ylabel(t("pv_y", lang, unit=d.unit))
    style(ax, t("pv_title", lang, item=shorten(d.item_name, 60)), grid="both")
    if d.partner_points:
        xs = [p[1] for p in d.partner_points]
        ys = [p[2] for p in d.partner_points]
        ax.scatter(xs, ys, s=46, color=GREY, edgecolor="black", linewidth=0.6, zorder=4, label=t("pv_alone", lang))
        if len(xs) <= MAX_LABELLED:
            engine = fig.get_layout_engine()
            if engine is not None:  # place the names where the axes will finally be
                engine.execute(fig)
            _label_points(ax, fig, xs, ys, [without_legal_form(names[p[0]]) for p in d.partner_points],
                          avoid=[d.pool_point] if d.pool_point else [])
    ax.legend(frameon=True, framealpha=0.9, fontsize=8, loc="upper right")
    return apply_theme(fig, theme)


def _label_points(ax, fig, xs, ys, labels, avoid=(), fontsize: float = 8.0) -> None:
    """Name each point, trying positions around it until the label overlaps no other label or point
    (a small greedy stand-in for a label-repel algorithm; positions in points)."""
    to_pt = 72.0 / fig.dpi
    pts = [tuple(p * to_pt for p in ax.transData.transform((x, y))) for x, y in list(zip(xs, ys)) + list(avoid)]
    placed: list[tuple[float, float, float, float]] = []
    (left, _), (right, _) = (p * to_pt for p in ax.bbox.get_points())
    candidates = [(0, 10), (0, -12), (0, 22), (0, -24), (0, 34), (0, -36), (0, 46), (0, -48)]
    for j in sorted(range(len(xs)), key=lambda j: ys[j]):
        w, h = 0.55 * fontsize * len(labels[j]), fontsize * 1.2
        px, py = pts[j]
        shift = max(0.0, left + 2 - (px - w / 2)) - max(0.0, (px + w / 2) - (right - 2))
        best = (shift, candidates[0][1])
        for dx, dy in ((shift + cx, cy) for cx, cy in candidates):
            x0, y0 = px + dx - w / 2, (py + dy) if dy > 0 else (py + dy - h)
            box = (x0, y0, x0 + w, y0 + h)
            hits_label = any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed)
            hits_point = any(box[0] - 4 < qx < box[2] + 4 and box[1] - 4 < qy < box[3] + 4 for qx, qy in pts)
            if not hits_label and not hits_point:
                best = (dx, dy)
                break
        dx, dy = best
        y0 = (py + dy) if dy > 0 else (py + dy - h)
        placed.append((px + dx - w / 2, y0, px + dx + w / 2, y0 + h))
        far = abs(dy) > 12
        ax.annotate(labels[j], (xs[j], ys[j]), xytext=(dx, dy), textcoords="offset points", ha="center",
                    va="bottom" if dy > 0 else "top", fontsize=fontsize, color="#404040", zorder=5,
                    arrowprops=dict(arrowstyle="-", color="#A0A0A0", linewidth=0.6) if far else None)
