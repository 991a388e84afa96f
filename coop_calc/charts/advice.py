"""Advice charts: the pool structures side by side, and the sweep as a heat map (two inputs) or as
lines (one input). Amounts in the scenario's currency; wording in English or German."""

from __future__ import annotations

import numpy as np
from matplotlib.colors import TwoSlopeNorm
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from ..exchange.formatting import format_money_short, format_number, format_share, lang_of
from ..exchange.texts import pick
from ._base import BLUE, GREY, ORANGE, PALETTE, RED, empty, figure, money_axis, short_names, shorten, style


def t(key: str, lang: str = "en", **kw) -> str:
    return pick("chart_advice", key, lang, **kw)


def _style(ax, title: str, grid: str = "y") -> None:
    """The house style; inside a report's sub-figure the title goes on the axes."""
    if isinstance(ax.figure, Figure):
        style(ax, title, grid)
        return
    ax.set_title(title, loc="left", fontsize=10, fontweight="bold")
    ax.spines[["top", "right"]].set_visible(False)
    if grid:
        ax.grid(axis=grid, color="#D9D9D9", linewidth=0.8)
    ax.set_axisbelow(True)


def axis_label(axis: str, names: dict[str, str] | None = None, lang: str = "en") -> str:
    """A sweep axis in words: 'Coordination cost per pair', 'Discount of Nordwerk', …"""
    kind, _, arg = axis.partition(":")
    if kind == "per_pair":
        return t("per_pair", lang)
    who = (names or {}).get(arg, arg)
    return t(kind, lang, who=who if len(who) <= 24 else short_names([who])[0])


def axis_value(axis: str, x: float, currency: str, lang: str) -> str:
    kind = axis.partition(":")[0]
    if kind == "per_pair":
        return format_money_short(x, currency, lang)
    if kind == "discount":
        return format_share(x, lang, 1)
    if kind == "member":
        return ("ja" if x else "nein") if lang_of(lang) == "de" else ("yes" if x else "no")
    return format_number(x, lang, 2)


def waiting_chart(*, lang: str = "en", fig: Figure | None = None) -> Figure:
    """A placeholder while the advice is being computed."""
    return empty(figure(fig, (8.0, 3.2)), t("working", lang))


def structure_chart(advice, *, lang: str = "en", fig: Figure | None = None,
                    size: tuple[float, float] = (8.0, 3.2), anonymous: bool = False) -> Figure:
    """One horizontal bar per structure (single pool, recommended, best stable when it differs), cut
    into its groups, each labelled with its members' short names."""
    s = advice.scenario
    cur = s.meta.currency
    fig = figure(fig, size)
    names = short_names([s.alias_of(i) if anonymous else p.name for i, p in enumerate(s.partners)])
    rows = [(t("single", lang), advice.structure.grand)]
    if advice.structure.split_advised:
        rows.append((t("best", lang), advice.structure.best))
    if advice.structure.best_stable is not None:
        rows.append((t("stable", lang), advice.structure.best_stable))
    ax = fig.add_subplot()
    top = max(max(st.net_savings, 0.0) for _, st in rows) or 1.0
    for r, (_, st) in enumerate(rows):
        left = 0.0
        for j, g in enumerate(st.groups):
            if len(g.members) == 1 or g.net_savings <= 0:
                continue
            colour = PALETTE[j % len(PALETTE)] if r else BLUE
            ax.barh(r, g.net_savings, left=left, color=colour, edgecolor="white", height=0.6)
            label = ", ".join(names[i] for i in g.members)
            if g.net_savings > 0.12 * top:
                room = max(8, int(60 * g.net_savings / top))
                text = label if len(label) <= room else label[: room - 1] + "…"
                ax.text(left + g.net_savings / 2, r, text, ha="center", va="center", fontsize=7.5, color="white")
            if not g.stable:
                ax.barh(r, g.net_savings, left=left, color="none", edgecolor=RED, hatch="//", height=0.6)
            left += g.net_savings
        ax.text(max(left, 0) + 0.01 * top, r, format_money_short(st.net_savings, cur, lang), va="center", fontsize=8.5)
    if any(not g.stable for _, st in rows for g in st.groups):
        ax.set_xlabel(t("hatched", lang), fontsize=8, color="#595959")
    ax.set_yticks(range(len(rows)), [lbl for lbl, _ in rows])
    ax.invert_yaxis()
    ax.set_xlim(0, top * 1.18)
    money_axis(ax, cur, lang, axis="x")
    _style(ax, t("st_title", lang), grid="x")
    return fig


def sweep_chart(sw, *, currency: str = "EUR", names: dict[str, str] | None = None, lang: str = "en",
                fig: Figure | None = None, size: tuple[float, float] = (8.0, 4.5)) -> Figure:
    """Two inputs: a heat map of the best division's net savings, cells where the single pool is not
    stable hatched, the single pool's break-even as a contour. One input: both savings as lines, red
    marks where the single pool is not stable."""
    fig = figure(fig, size)
    if sw is None:
        return empty(fig, t("no_sweep", lang))
    ax = fig.add_subplot()
    x = np.array(sw.values[0])
    if len(sw.axes) == 1:
        ax.plot(x, sw.grand_net_savings, color=GREY, marker="o", ms=3, label=t("grand", lang))
        ax.plot(x, sw.best_net_savings, color=BLUE, marker="o", ms=3, label=t("best_line", lang))
        bad = sw.grand_stable == 0
        if bad.any():
            ax.scatter(x[bad], sw.grand_net_savings[bad], color=RED, zorder=3, s=22, label=t("unstable", lang))
        ax.axhline(0, color="#7F7F7F", lw=0.8)
        ax.set_xlabel(axis_label(sw.axes[0], names, lang))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: axis_value(sw.axes[0], v, currency, lang)))
        money_axis(ax, currency, lang)
        ax.legend(fontsize=8, frameon=False)
        _style(ax, t("sw_title1", lang, axis=axis_label(sw.axes[0], names, lang)))
        return fig
    y = np.array(sw.values[1])
    z = sw.best_net_savings.T  # rows: second axis
    lo, hi = float(z.min()), float(z.max())
    norm = TwoSlopeNorm(vcenter=0.0, vmin=min(lo, -1e-9 - abs(hi) * 0.05), vmax=max(hi, 1e-9)) if lo < 0 < hi else None
    im = ax.imshow(z, origin="lower", aspect="auto", cmap="RdYlGn" if norm is not None else "Greens", norm=norm,
                   extent=(-0.5, len(x) - 0.5, -0.5, len(y) - 0.5))
    cb = fig.colorbar(im, ax=ax, shrink=0.9)
    cb.ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: format_money_short(v, currency, lang)))
    cb.set_label(t("savings", lang), fontsize=8)
    for (i, j), stable in np.ndenumerate(sw.grand_stable):
        if stable == 0:
            ax.text(i, j, "×", ha="center", va="center", color=RED, fontsize=9)
    g = sw.grand_net_savings.T
    if g.min() < 0 < g.max() and len(x) > 1 and len(y) > 1:
        ax.contour(np.arange(len(x)), np.arange(len(y)), g, levels=[0.0], colors=[ORANGE], linewidths=1.5)
    step_x = max(1, len(x) // 8)
    step_y = max(1, len(y) // 8)
    ax.set_xticks(range(0, len(x), step_x), [axis_value(sw.axes[0], v, currency, lang) for v in x[::step_x]],
                  fontsize=8)
    ax.set_yticks(range(0, len(y), step_y), [axis_value(sw.axes[1], v, currency, lang) for v in y[::step_y]],
                  fontsize=8)
    ax.set_xlabel(axis_label(sw.axes[0], names, lang))
    ax.set_ylabel(shorten(axis_label(sw.axes[1], names, lang), 34), fontsize=9)
    _style(ax, t("sw_title", lang), grid="")
    ax.text(1.0, -0.16, f"× {t('unstable', lang)}   — {t('break_even', lang)}", transform=ax.transAxes,
            ha="right", fontsize=7.5, color="#595959")
    return fig
