"""Shared drawing helpers of the result charts: one figure per call, no pyplot state.

Colours follow :mod:`coop_calc.exchange.figures` (grey = alone, blue = in the pool) so the screen,
the PDF report and exported images look alike.
"""

from __future__ import annotations

import textwrap
from typing import Sequence

import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ..exchange.figures import without_legal_form
from ..exchange.formatting import format_money, format_money_short, format_number
from .theme import ChartTheme
from .theme import apply as apply_theme

GREY = "#A6A6A6"
BLUE = "#2E75B6"
GREEN = "#548235"
ORANGE = "#C55A11"
RED = "#C00000"
PALETTE = ("#2E75B6", "#C55A11", "#548235", "#7030A0", "#BF9000", "#1F3864", "#7F7F7F")

__all__ = ["GREY", "BLUE", "GREEN", "ORANGE", "RED", "PALETTE", "figure", "label_chars", "money_axis", "style", "wrap",
           "shorten", "short_names", "title_to_figure", "format_money", "format_money_short", "format_number", "empty",
           "partner_ticks", "without_legal_form", "legend_columns", "ChartTheme", "apply_theme"]


def figure(fig: Figure | None, size: tuple[float, float]) -> Figure:
    """A fresh constrained-layout figure, or ``fig`` (the screen canvas' figure) cleared."""
    if fig is None:
        return Figure(figsize=size, layout="constrained")
    fig.clear()
    return fig


def money_axis(ax, currency: str, lang: str, axis: str = "y") -> None:
    """Amounts on an axis as '€1.2M' / '1,2 Mio. €'; a horizontal axis gets fewer ticks, because such
    labels are wide."""
    fmt = FuncFormatter(lambda x, _pos: format_money_short(x, currency, lang))
    target = ax.yaxis if axis == "y" else ax.xaxis
    target.set_major_formatter(fmt)
    if axis == "x":
        target.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10]))


def label_chars(fig: Figure, share: float = 0.45, fontsize: float = 8.0) -> int:
    """How many characters of tick labels fit into ``share`` of the figure's width (for labels of
    horizontal bar charts, which take room from the bars)."""
    return max(22, int(fig.get_figwidth() * 72 * share / (0.58 * fontsize)))


def style(ax, title: str, grid: str = "y") -> None:
    """Title at the figure's left edge (clear of long tick labels), light grid, no top/right frame."""
    suptitle(ax.figure, title)
    ax.spines[["top", "right"]].set_visible(False)
    if grid:
        ax.grid(axis=grid, color="#D9D9D9", linewidth=0.8)
    ax.set_axisbelow(True)


def title_to_figure(fig: Figure) -> Figure:
    """Move a left-aligned axes title (the report's style) to the figure's left edge, where long tick
    labels or a narrow pane cannot push it out of the picture."""
    if fig.axes:
        ax = fig.axes[0]
        title = ax.get_title(loc="left")
        if title:
            ax.set_title("", loc="left")
            suptitle(fig, title)
    return fig


def suptitle(fig: Figure, title: str, fontsize: float = 11.0) -> None:
    """The chart's title at the figure's left edge, wrapped in whole words into as many lines as the
    figure's width needs (a narrow pane must not cut it off)."""
    chars = max(20, int(fig.get_figwidth() * 72 * 0.97 / (0.62 * fontsize)))
    fig.suptitle("\n".join(textwrap.wrap(title, chars, break_long_words=False)) or title, fontsize=fontsize,
                 fontweight="bold", x=0.01, ha="left")


def wrap(labels: Sequence[str], width: int = 16, lines: int = 3) -> list[str]:
    """Each label in lines of whole words, at most ``lines`` of them: a label that needs more gets
    wider lines rather than losing words."""
    out = []
    for lbl in labels:
        w = width
        parts = textwrap.wrap(lbl, w, break_long_words=False)
        while len(parts) > lines:
            w += 2
            parts = textwrap.wrap(lbl, w, break_long_words=False)
        out.append("\n".join(parts) or lbl)
    return out


def partner_ticks(ax, x: Sequence[float] | np.ndarray, names: Sequence[str], fontsize: float = 8.0) -> None:
    """Partner names under bars, never cut off with an ellipsis: up to six partners wrapped into lines
    of whole words; more partners slanted on one line each, without their legal form (two-line slanted
    labels would run into each other). The constrained layout makes room for them below the axes."""
    if len(names) <= 6:
        ax.set_xticks(x, wrap(names, 14), fontsize=fontsize)
        return
    ax.set_xticks(x, [without_legal_form(nm) for nm in names], fontsize=fontsize - 0.5, rotation=30, ha="right",
                  rotation_mode="anchor")


def shorten(label: str, width: int = 24) -> str:
    """A label cut to ``width`` characters with an ellipsis (for marks inside a plot)."""
    return label if len(label) <= width else label[: width - 1].rstrip() + "…"


def short_names(names: Sequence[str]) -> list[str]:
    """Each name cut to its first words, as few as keep the names apart ("Vogel Automotive
    Components GmbH" → "Vogel", but "Partner A" stays "Partner A")."""
    words = [nm.split() or [nm] for nm in names]
    out = []
    for w in words:
        k = 1
        while k < len(w) and sum(1 for o in words if o[:k] == w[:k]) > 1:
            k += 1
        out.append(" ".join(w[:k]))
    return out


def legend_columns(fig: Figure, labels: Sequence[str], fontsize: float = 9.0, most: int = 4) -> int:
    """How many legend entries fit side by side under the figure (the rest wrap onto further rows
    instead of running out of the picture)."""
    room = fig.get_figwidth() * 72
    widest = max([len(lbl) for lbl in labels] + [1]) * 0.6 * fontsize + 3 * fontsize  # text, marker, gap
    return max(1, min(most, len(labels), int(room // widest)))


def empty(fig: Figure, message: str) -> Figure:
    """A figure that says why there is nothing to draw (instead of an empty frame)."""
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=11, color="#595959", wrap=True,
            transform=ax.transAxes)
    return fig
